package dev.accelbench.models.sprint;

/** What a SPRINT-sized system does with pruning and padding. */
public enum SprintMode {
    /** The thesis' baseline: every query against every key, padding included, no in-memory pruning. */
    BASELINE,
    /** The baseline with the 2-D padding reduction only (Figure 3.10's first bar). */
    PADDING_REDUCTION,
    /** In-memory thresholding, the memory controller's request/reuse vectors and padding reduction. */
    SPRINT
}
