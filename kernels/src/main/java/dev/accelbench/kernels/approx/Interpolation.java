package dev.accelbench.kernels.approx;

/** How a lookup table is read between its entries. */
public enum Interpolation {
    /** The entry nearest the input. */
    NEAREST,
    /** The straight line between the two entries around the input. */
    LINEAR;

    public String label() {
        return name().toLowerCase(java.util.Locale.ROOT);
    }
}
