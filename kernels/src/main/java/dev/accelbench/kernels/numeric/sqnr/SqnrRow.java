package dev.accelbench.kernels.numeric.sqnr;

import java.util.EnumMap;
import java.util.Map;

/**
 * The SQNR of one format on each distribution.
 *
 * @param format       the format's name as requested
 * @param bitsPerValue storage bits per value, block scales included
 * @param db           SQNR in dB per distribution (+Inf: exact)
 */
public record SqnrRow(String format, double bitsPerValue, Map<Distribution, Double> db) {

    public SqnrRow {
        db = java.util.Collections.unmodifiableMap(new EnumMap<>(db));
    }

    public double db(Distribution distribution) {
        return db.get(distribution);
    }
}
