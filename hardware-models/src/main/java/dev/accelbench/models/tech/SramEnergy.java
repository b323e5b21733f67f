package dev.accelbench.models.tech;

/**
 * Energy of one SRAM access of a given width from an array of a given size, from Horowitz's three
 * points (8 KB 10 pJ, 32 KB 20 pJ, 1 MB 100 pJ per 64 bits). Between the points the energy is
 * interpolated linearly in log(size); below 8 KB it is held at 10 pJ and above 1 MB it follows the
 * 32 KB - 1 MB slope (both labelled extrapolations by {@link #extrapolated(double)}). Narrower or
 * wider accesses scale linearly with the bits.
 */
public final class SramEnergy {

    private static final double[] KB = {8, 32, 1024};
    private static final double[] PJ = {Horowitz45nm.SRAM_8KB_64BIT_PJ, Horowitz45nm.SRAM_32KB_64BIT_PJ,
            Horowitz45nm.SRAM_1MB_64BIT_PJ};

    private SramEnergy() {
    }

    /** pJ for one access of {@code bits} bits to an SRAM of {@code kb} KiB. */
    public static double accessPj(double kb, int bits) {
        if (!(kb > 0)) {
            throw new IllegalArgumentException("SRAM size must be positive, got " + kb + " KiB");
        }
        double per64;
        if (kb <= KB[0]) {
            per64 = PJ[0];
        } else {
            int i = kb <= KB[1] ? 0 : 1;
            double t = (Math.log(kb) - Math.log(KB[i])) / (Math.log(KB[i + 1]) - Math.log(KB[i]));
            per64 = PJ[i] + t * (PJ[i + 1] - PJ[i]);
        }
        return per64 * bits / 64.0;
    }

    /** True where {@link #accessPj} leaves Horowitz's 8 KB - 1 MB range. */
    public static boolean extrapolated(double kb) {
        return kb < KB[0] || kb > KB[2];
    }
}
