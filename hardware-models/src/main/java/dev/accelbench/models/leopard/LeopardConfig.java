package dev.accelbench.models.leopard;

/**
 * One LEOPARD tile (thesis Table 2.2) or its baseline: the front-end's QK-DPUs, the back-end's
 * V-PU, the Score/IDX FIFOs, clock and process.
 *
 * @param name            label in results
 * @param qkDpus          number of QK-DPUs (N_QK): 6 for AE, 8 for HP, 1 for the baseline
 * @param bitsPerStep     K bits a QK-DPU processes per cycle (B): 2 bit-serial, 12 for the baseline's
 *                        12x12-bit unit
 * @param runtimePruning  whether pruned Scores skip the back-end (softmax, xV, V-buffer reads)
 * @param earlyTermination whether a pruned Score stops after the bits it needed (section 2.2.4);
 *                        without it every Score costs all {@code keyBits}
 * @param keyBits         K precision, 12 (section 2.4.1: 12-bit QK-PU inputs)
 * @param taps            MAC lanes per QK-DPU and per V-PU row, D = 64
 * @param fifoDepth       Score-FIFO depth, 512
 * @param clockHz         800 MHz (section 2.4.1)
 * @param processNm       65 (TSMC 65 nm GP)
 */
public record LeopardConfig(String name, int qkDpus, int bitsPerStep, boolean runtimePruning,
        boolean earlyTermination, int keyBits, int taps, int fifoDepth, double clockHz, int processNm) {

    /** Table 2.2's K precision, taps, FIFO depth; section 2.4.1's clock. */
    static final int KEY_BITS = 12;
    static final int TAPS = 64;
    static final int FIFO_DEPTH = 512;
    static final double CLOCK_HZ = 800e6;

    public LeopardConfig {
        if (qkDpus < 1) {
            throw new IllegalArgumentException("qkDpus must be at least 1, got " + qkDpus);
        }
        if (bitsPerStep < 1 || bitsPerStep > keyBits || keyBits % bitsPerStep != 0) {
            throw new IllegalArgumentException("bitsPerStep must divide keyBits (" + keyBits + "), got " + bitsPerStep);
        }
        if (earlyTermination && !runtimePruning) {
            throw new IllegalArgumentException("early termination needs runtime pruning");
        }
        if (taps < 1 || fifoDepth < 1 || !(clockHz > 0)) {
            throw new IllegalArgumentException("taps, fifoDepth and clockHz must be positive");
        }
    }

    /** AE-LEOPARD: six 12x2-bit QK-DPUs, iso-area with the baseline (section 2.4.1). */
    public static LeopardConfig ae() {
        return new LeopardConfig("AE-LEOPARD", 6, 2, true, true, KEY_BITS, TAPS, FIFO_DEPTH, CLOCK_HZ, 65);
    }

    /** HP-LEOPARD: eight 12x2-bit QK-DPUs, 15% larger than the baseline (section 2.4.1). */
    public static LeopardConfig hp() {
        return new LeopardConfig("HP-LEOPARD", 8, 2, true, true, KEY_BITS, TAPS, FIFO_DEPTH, CLOCK_HZ, 65);
    }

    /** The baseline: one 12x12-bit QK-DPU, the same V-PU, no pruning, no early termination. */
    public static LeopardConfig baseline() {
        return new LeopardConfig("baseline", 1, KEY_BITS, false, false, KEY_BITS, TAPS, FIFO_DEPTH, CLOCK_HZ, 65);
    }

    /**
     * The baseline's hardware with runtime pruning only (full 12-bit Scores, pruned ones skip the
     * back-end): the middle bar of the thesis' energy-savings split (section 2.4.3, "Analysis of
     * energy savings breakdown").
     */
    public static LeopardConfig pruningOnly() {
        return new LeopardConfig("baseline+pruning", 1, KEY_BITS, true, false, KEY_BITS, TAPS, FIFO_DEPTH, CLOCK_HZ, 65);
    }

    /** The preset for a name: ae, hp, baseline (case-insensitive). */
    public static LeopardConfig preset(String name) {
        return switch (name.toLowerCase(java.util.Locale.ROOT)) {
            case "ae" -> ae();
            case "hp" -> hp();
            case "baseline" -> baseline();
            default -> throw new IllegalArgumentException("unknown LEOPARD preset '" + name + "'; valid: ae, hp, baseline");
        };
    }

    /** Bit-serial steps for a Score that runs to the end: keyBits / bitsPerStep (6 for B = 2). */
    public int fullSteps() {
        return keyBits / bitsPerStep;
    }
}
