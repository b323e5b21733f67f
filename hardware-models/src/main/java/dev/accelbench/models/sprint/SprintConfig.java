package dev.accelbench.models.sprint;

import java.util.Locale;

/**
 * A SPRINT system (thesis Table 3.1): N CORELETs, each a QK-PU and a V-PU of 64-way 8x8-bit MACs
 * with 16 KB of on-chip Key/Value buffer in 8 banks of 128-bit ports, and 16 x 64-bit memory
 * channels at 1 GHz; ReRAM main memory with transposable arrays for in-memory thresholding.
 *
 * @param name           label
 * @param corelets       1 (S), 2 (M), 4 (L)
 * @param onChipBytes    16 / 32 / 64 KB in total
 * @param banks          8 / 16 / 32
 * @param portBits       128 bits per bank
 * @param macWays        64 MACs per QK-PU and per V-PU
 * @param channelBytesPerCycle main-memory bytes per cycle per CORELET: 16 channels x 8 bytes = 128
 * @param clockHz        1 GHz (section 3.6)
 * @param mode           SPRINT, the baseline of the same size, or the baseline with only the 2-D
 *                       padding reduction (Figure 3.10's "sequence reduction only")
 */
public record SprintConfig(String name, int corelets, int onChipBytes, int banks, int portBits, int macWays,
        int channelBytesPerCycle, double clockHz, SprintMode mode) {

    public SprintConfig {
        if (corelets < 1 || onChipBytes < 1 || banks < 1 || portBits < 8 || macWays < 1 || channelBytesPerCycle < 1
                || !(clockHz > 0)) {
            throw new IllegalArgumentException("SPRINT configuration values must be positive: " + name);
        }
    }

    private static SprintConfig table31(String name, int corelets) {
        return new SprintConfig(name, corelets, 16 * 1024 * corelets, 8 * corelets, 128, 64, 16 * 8, 1e9,
                SprintMode.SPRINT);
    }

    /** S-, M- or L-SPRINT (case-insensitive s, m, l). */
    public static SprintConfig preset(String name) {
        return switch (name.toLowerCase(Locale.ROOT)) {
            case "s" -> table31("S-SPRINT", 1);
            case "m" -> table31("M-SPRINT", 2);
            case "l" -> table31("L-SPRINT", 4);
            default -> throw new IllegalArgumentException("unknown SPRINT preset '" + name + "'; valid: s, m, l");
        };
    }

    /** The same hardware in another mode (the baseline: no in-memory pruning, controller or padding reduction). */
    public SprintConfig withMode(SprintMode m) {
        String base = name.replaceAll("-(SPRINT|Baseline|PadOnly)$", "");
        String suffix = switch (m) {
            case SPRINT -> "-SPRINT";
            case BASELINE -> "-Baseline";
            case PADDING_REDUCTION -> "-PadOnly";
        };
        return new SprintConfig(base + suffix, corelets, onChipBytes, banks, portBits, macWays, channelBytesPerCycle,
                clockHz, m);
    }

    public SprintConfig baseline() {
        return withMode(SprintMode.BASELINE);
    }

    /**
     * Area in mm² where the thesis states it: S 1.44 (Figure 3.14's 1.8 x 0.8 mm² layout), M 1.81
     * (Table 3.2: 1816.2 GOPs/s at 1003.6 GOPs/s/mm²; Table 3.3's 973.5 implies 1.87 with the
     * in-memory circuits); NaN for other sizes (L's is not stated).
     */
    public double areaMm2() {
        return switch (corelets) {
            case 1 -> 1.8 * 0.8;
            case 2 -> 1816.2 / 1003.6;
            default -> Double.NaN;
        };
    }

    /** Key/Value pairs the on-chip buffers hold at d-element, 8-bit vectors: bytes / 2d (512 for L at d = 64). */
    public int capacityPairs(int headDim) {
        return onChipBytes / (2 * headDim);
    }

    /** Bytes of one bank. */
    public int bankBytes() {
        return onChipBytes / banks;
    }
}
