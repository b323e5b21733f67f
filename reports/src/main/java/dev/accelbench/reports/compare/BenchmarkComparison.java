package dev.accelbench.reports.compare;

import java.util.Optional;

/**
 * The comparison of one benchmark key.
 *
 * @param key       benchmark, mode and parameters
 * @param baseline  the baseline's score; empty for {@link Verdict#NEW}
 * @param candidate the candidate's score; empty for {@link Verdict#MISSING}
 * @param ratio     candidate / baseline with its interval; empty when it could not be computed
 * @param verdict   the outcome
 * @param reason    why, in words (e.g. which rule applied)
 */
public record BenchmarkComparison(BenchmarkKey key, Optional<RunSummary> baseline, Optional<RunSummary> candidate,
                                  Optional<RatioEstimate> ratio, Verdict verdict, String reason) {
}
