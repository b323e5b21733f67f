package dev.accelbench.reports.compare;

/**
 * Candidate score divided by baseline score, with a confidence interval.
 *
 * @param ratio      mean of the candidate's iterations over mean of the baseline's
 * @param lower      lower end of the interval
 * @param upper      upper end of the interval
 * @param confidence the interval's level, e.g. 0.99
 */
public record RatioEstimate(double ratio, double lower, double upper, double confidence) {
}
