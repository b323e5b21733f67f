package dev.accelbench.models.fast;

/**
 * Energy per event, pJ at 45 nm (both arrays on the same node, so only ratios matter), from
 * Horowitz's table (SPEC section 7) with the width rules used for LEOPARD (a x b-bit multiply
 * 0.2 pJ x ab/64, w-bit add 0.03 pJ x w/8):
 * <ul>
 *   <li>FP32 MAC: FP32 multiply 3.7 + FP32 add 0.9 = 4.6 pJ;</li>
 *   <li>fMAC chunk step: a 2x2-bit multiply (0.0125 pJ) and a shift-add into the group's
 *       fixed-point accumulator of ma + mb + log2(g) bits;</li>
 *   <li>per BFP group and output: the 8-bit exponent add and the group sum's conversion and FP32
 *       accumulation, 0.03 + 0.9 pJ;</li>
 *   <li>BFP conversion per element: an 8-bit compare toward the group's largest exponent and a
 *       24-bit align-and-round, 0.03 + 0.09 pJ.</li>
 * </ul>
 * Operand and result memory traffic is not modeled.
 */
final class FastEnergy {

    static final double FP32_MAC_PJ = 3.7 + 0.9;
    static final double GROUP_PJ = 0.03 + 0.9;
    static final double CONVERT_PJ = 0.03 + 0.09;

    private FastEnergy() {
    }

    static double mult(int a, int b) {
        return 0.2 * a * b / 64.0;
    }

    static double add(int w) {
        return 0.03 * w / 8.0;
    }

    /** One fMAC's ma x mb mantissa product in chunk steps, accumulated at group width. */
    static double fmacPj(FastConfig c, int ma, int mb) {
        int accBits = ma + mb + (32 - Integer.numberOfLeadingZeros(c.groupSize() - 1));
        return c.chunkSteps(ma, mb) * (mult(c.chunkBits(), c.chunkBits()) + add(accBits));
    }
}
