package dev.accelbench.models.leopard;

/**
 * Energy per hardware event of a LEOPARD tile, in pJ at 65 nm. The thesis gives no component
 * energies (its simulator's numbers come from synthesis it does not publish), so they are derived
 * once, here, from Horowitz's 45 nm table (ISSCC 2014, quoted in SPEC section 7: INT8 multiply
 * 0.2 pJ, INT8 add 0.03 pJ, 64-bit read of an 8 KB SRAM 10 pJ, 32 KB 20 pJ) with these stated
 * rules, never tuned to a published result:
 * <ul>
 *   <li>an a x b-bit integer multiplier costs 0.2 pJ x ab/64 (partial-product array; gives
 *       3.2 pJ for INT32 against Horowitz's 3.1);</li>
 *   <li>a w-bit adder costs 0.03 pJ x w/8 (gives 0.12 pJ for INT32 against 0.1);</li>
 *   <li>Key and Value buffers are 8 KB banks (Table 2.2; HP's 6 KB Key banks are charged the same),
 *       10 pJ per 64 bits = 0.15625 pJ per bit read; the 1 KB softmax LUT follows Horowitz's
 *       square-root trend (8 KB -&gt; 32 KB doubles): 10 / sqrt(8) pJ per 64 bits, 16 bits read;</li>
 *   <li>45 nm -&gt; 65 nm by the thesis' own Dennard rule (energy per op ~ L^3, Table 2.3's
 *       GOPs/J x (65/40)^3): x (65/45)^3 = 3.014.</li>
 * </ul>
 * Events: a 12x12 MAC lane is a 12x12 multiply and a 24-bit add; a bit-serial 12x2 lane per step a
 * 12x2 multiply and a 14-bit add; each bit-serial step adds three 20-bit adds per QK-DPU (shift-and-
 * accumulate into the ~20-bit partial sum of section 2.3.2, margin update, threshold compare; the
 * margin's masked |Q| sum rides in the first step's adder tree, "virtually no overhead" in the
 * thesis); a softmax step is a LUT read and a 24-bit add; a V-PU lane a 16x16 multiply and a 32-bit
 * add. Register latching, FIFOs, control and leakage are not modeled (the thesis' five-component
 * breakdown has none of them).
 *
 * @param bitSerialLanePj     one QK-DPU lane for one 12 x B-bit step
 * @param bitSerialStepPj     per-QK-DPU scalar work of one bit-serial step
 * @param fullLanePj          one 12x12-bit QK-DPU lane for a whole Score
 * @param softmaxPj           one unpruned Score through the softmax
 * @param vLanePj             one V-PU lane (16x16 MAC) for one unpruned Score
 * @param sramBitPj           one bit read from a Key or Value buffer bank
 */
public record LeopardEnergy(double bitSerialLanePj, double bitSerialStepPj, double fullLanePj,
        double softmaxPj, double vLanePj, double sramBitPj) {

    /** Horowitz 45 nm, SPEC section 7. */
    static final double INT8_MULT_PJ = 0.2;
    static final double INT8_ADD_PJ = 0.03;
    static final double SRAM_8KB_64BIT_PJ = 10.0;
    /** The thesis' Dennard rule, energy per op scales with the cube of the feature size. */
    static final double SCALE_45_TO_65 = Math.pow(65.0 / 45.0, 3);

    static double mult(int a, int b) {
        return INT8_MULT_PJ * a * b / 64.0;
    }

    static double add(int width) {
        return INT8_ADD_PJ * width / 8.0;
    }

    /** The derivation above, for bit-serial steps of {@code bitsPerStep} bits. */
    public static LeopardEnergy derived(int bitsPerStep) {
        double s = SCALE_45_TO_65;
        double lut1kBitPj = SRAM_8KB_64BIT_PJ / Math.sqrt(8.0) / 64.0;
        return new LeopardEnergy(
                s * (mult(12, bitsPerStep) + add(12 + bitsPerStep)),
                s * 3 * add(20),
                s * (mult(12, 12) + add(24)),
                s * (16 * lut1kBitPj + add(24)),
                s * (mult(16, 16) + add(32)),
                s * SRAM_8KB_64BIT_PJ / 64.0);
    }
}
