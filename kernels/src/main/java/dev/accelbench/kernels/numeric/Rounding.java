package dev.accelbench.kernels.numeric;

import java.util.Arrays;
import java.util.Locale;

/**
 * How a value between two representable neighbours is rounded. Directions are on the real line:
 * {@link #UP} goes toward +Inf (so toward zero for negative values), {@link #DOWN} toward -Inf.
 */
public enum Rounding {
    /** Round to nearest, ties to the neighbour with an even significand (IEEE 754 default). */
    RNE("rne"),
    /** Toward zero (truncation). */
    RTZ("rtz"),
    /** Round to nearest, ties away from zero. */
    RNA("rna"),
    /** Toward +Inf (ceiling). */
    UP("up"),
    /** Toward -Inf (floor). */
    DOWN("down"),
    /**
     * Up with probability (x - lo) / (hi - lo), else down, using a given number of random bits
     * (the distance is truncated to that many bits below the last kept bit, as hardware does).
     * The bits come from {@link StochasticBits}, a function of (seed, element index).
     */
    STOCHASTIC("stochastic"),
    /**
     * Hysteresis (Lee et al., ICLR 2022): round down if the value went up since the previous
     * quantized value, up if it went down, so that a value oscillating inside one step does not
     * flip the code. Needs the previous quantized value; the first value rounds to nearest.
     */
    HYSTERESIS("hysteresis");

    private final String cliName;

    Rounding(String cliName) {
        this.cliName = cliName;
    }

    /** The name used on the command line and in benchmark parameters. */
    public String cliName() {
        return cliName;
    }

    /** Parses {@code rne|rtz|rna|up|down|stochastic|hysteresis}, case-insensitively. */
    public static Rounding parse(String name) {
        String wanted = name.trim().toLowerCase(Locale.ROOT);
        return Arrays.stream(values()).filter(r -> r.cliName.equals(wanted)).findFirst()
                .orElseThrow(() -> new IllegalArgumentException("unknown rounding '" + name + "'; expected one of "
                        + String.join("|", Arrays.stream(values()).map(Rounding::cliName).toList())));
    }
}
