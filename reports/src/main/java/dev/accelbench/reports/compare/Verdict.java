package dev.accelbench.reports.compare;

/** The outcome for one benchmark; {@link Classifier} states when each applies. */
public enum Verdict {
    SLOWER, FASTER, UNCHANGED, INCONCLUSIVE,
    /** Only in the baseline. */
    MISSING,
    /** Only in the candidate. */
    NEW;

    public String label() {
        return name().toLowerCase(java.util.Locale.ROOT);
    }
}
