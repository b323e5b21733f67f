package dev.accelbench.models.sprint;

/**
 * Energy per event for SPRINT, pJ at 65 nm. From the thesis (section 3.6): in-memory MAC 0.10 pJ
 * (with its DAC), ReRAM read 3.1 pJ/bit and write 24.4 pJ/bit, analog comparator 41 fJ. Not in the
 * thesis, derived as for LEOPARD (Horowitz 45 nm, SPEC section 7, scaled by (65/45)^3, stated
 * width rules; see {@code dev.accelbench.models.leopard.LeopardEnergy}): an 8x8 MAC is an 8x8
 * multiply (0.2 pJ) and a 24-bit add (0.09 pJ); a bit read or written in a 2 KB buffer bank
 * (16 KB / 8 banks) costs 10 pJ x sqrt(2/8) / 64 (Horowitz's square-root trend from 8 KB); the
 * softmax reads 8 bits of a 1 KB LUT and does a 12-bit add.
 */
public record SprintEnergy(double inMemoryMacPj, double reramReadBitPj, double reramWriteBitPj, double comparatorPj,
        double macPj, double sramBitPj, double softmaxPj) {

    static final double SCALE_45_TO_65 = Math.pow(65.0 / 45.0, 3);

    /** The thesis' values with the derived on-chip ones for a bank of {@code bankBytes}. */
    public static SprintEnergy of(int bankBytes) {
        double s = SCALE_45_TO_65;
        double sramBit = 10.0 * Math.sqrt(bankBytes / 8192.0) / 64.0;
        double lutBit = 10.0 * Math.sqrt(1024 / 8192.0) / 64.0;
        return new SprintEnergy(0.10, 3.1, 24.4, 0.041,
                s * (0.2 + 0.03 * 24 / 8.0),
                s * sramBit,
                s * (8 * lutBit + 0.03 * 12 / 8.0));
    }
}
