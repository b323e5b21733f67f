package dev.accelbench.tools.accuracy;

/**
 * One variant's errors over a sweep.
 *
 * @param variant     the registry name
 * @param description the method in one line
 * @param boundKind   "rel" or "abs": the kind of bound the variant claims
 * @param bound       the claimed bound on its valid range
 * @param samples     finite samples compared
 * @param nonFinite   samples where the variant or the reference was not finite and they differ
 * @param maxAbs      largest absolute error
 * @param meanAbs     mean absolute error
 * @param rmsAbs      root mean square absolute error
 * @param maxRel      largest relative error (reference 0 excluded)
 * @param meanRel     mean relative error
 * @param rmsRel      RMS relative error
 * @param maxRelAt    an input where the largest relative error occurs
 * @param ulpP50      median ULP error
 * @param ulpP99      99th percentile
 * @param ulpP999     99.9th percentile
 * @param ulpMax      largest ULP error (HdrHistogram, 3 significant digits)
 * @param bins        largest error per plot bin, or null
 */
public record SweepResult(String variant, String description, String boundKind, double bound, long samples,
                          long nonFinite, double maxAbs, double meanAbs, double rmsAbs, double maxRel, double meanRel,
                          double rmsRel, float maxRelAt, long ulpP50, long ulpP99, long ulpP999, long ulpMax,
                          double[] bins) {
}
