package dev.accelbench.kernels.attention.workload;

/** Whose reported pruning rate a workload is calibrated to. */
public enum RatePaper {
    /** LEOPARD, thesis chapter 2 (ISCA 2022), section 2.4.2. */
    LEOPARD,
    /** SPRINT, thesis chapter 3, section 3.6. */
    SPRINT
}
