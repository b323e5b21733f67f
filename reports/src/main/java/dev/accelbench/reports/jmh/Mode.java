package dev.accelbench.reports.jmh;

import java.util.Arrays;
import java.util.Optional;

/** JMH's benchmark modes, by the labels its JSON uses, each knowing which way is better. */
public enum Mode {
    THROUGHPUT("thrpt", true),
    AVERAGE_TIME("avgt", false),
    SAMPLE_TIME("sample", false),
    SINGLE_SHOT_TIME("ss", false);

    private final String label;
    private final boolean higherIsBetter;

    Mode(String label, boolean higherIsBetter) {
        this.label = label;
        this.higherIsBetter = higherIsBetter;
    }

    /** The label in JMH's JSON and on its command line ({@code -bm}). */
    public String label() {
        return label;
    }

    /** True for throughput (operations per time); times are better when lower. */
    public boolean higherIsBetter() {
        return higherIsBetter;
    }

    public static Optional<Mode> ofLabel(String label) {
        return Arrays.stream(values()).filter(mode -> mode.label.equals(label)).findFirst();
    }
}
