package dev.accelbench.kernels.numeric.sqnr;

import dev.accelbench.kernels.numeric.FormatNames;
import dev.accelbench.kernels.numeric.MiniFloat;
import dev.accelbench.kernels.numeric.ScalarFormat;
import dev.accelbench.kernels.numeric.block.MxFormat;
import dev.accelbench.kernels.numeric.block.QuantFormat;
import dev.accelbench.kernels.numeric.block.QuantFormats;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;

/**
 * SQNR of formats over the {@link Distribution}s: each distribution's samples (one seeded array,
 * the same for every format) form a single row of the matrix, so blocks run along it.
 * Scalar formats round to nearest even and saturate ({@link QuantFormat.Scalar}).
 */
public final class SqnrSweep {

    /** The MAC talk's formats and the SPEC's fixed-point accumulators, beside the named instances. */
    private static final List<String> TALK_FORMATS = List.of("e6m3", "e5m3", "e4m3-ieee", "e4m2", "e5m5", "e6m5", "e7m7",
            "q8.8", "q8.12", "q8.13", "q11.13", "q16.16", "q7.7", "q6.6");
    private static final int[] BFP_MANTISSA_BITS = {2, 4, 6, 8};
    private static final int[] BFP_BLOCK_SIZES = {16, 32, 64};

    private SqnrSweep() {
    }

    /**
     * Every named scalar format but the unsigned scale type e8m0 (it cannot hold a signal's
     * negative half), the talk's formats, BFP with M = 2, 4, 6, 8 at K = 16, 32, 64, the MX formats
     * and q8_0.
     */
    public static List<String> defaultFormats() {
        List<String> names = new ArrayList<>();
        for (Map.Entry<String, ScalarFormat> named : FormatNames.named().entrySet()) {
            if (!(named.getValue() instanceof MiniFloat f) || f.signed()) {
                names.add(named.getKey());
            }
        }
        names.addAll(TALK_FORMATS);
        for (int m : BFP_MANTISSA_BITS) {
            for (int k : BFP_BLOCK_SIZES) {
                names.add("bfp" + m + "-k" + k);
            }
        }
        MxFormat.ALL.forEach(mx -> names.add(mx.name()));
        names.add("q8_0");
        return names;
    }

    /** One row per format name, in the given order; unknown names fail before any work. */
    public static List<SqnrRow> run(List<String> formatNames, int samples, long seed) {
        if (samples < 1) {
            throw new IllegalArgumentException("need at least one sample, got " + samples);
        }
        List<QuantFormat> formats = formatNames.stream().map(QuantFormats::parse).toList();
        Map<Distribution, float[]> data = new EnumMap<>(Distribution.class);
        for (Distribution d : Distribution.values()) {
            // One stream per distribution, all from the one seed.
            data.put(d, d.sample(seed + d.ordinal(), samples));
        }
        List<SqnrRow> rows = new ArrayList<>();
        for (int f = 0; f < formats.size(); f++) {
            Map<Distribution, Double> db = new EnumMap<>(Distribution.class);
            for (Distribution d : Distribution.values()) {
                float[] x = data.get(d);
                db.put(d, Sqnr.db(x, formats.get(f).roundTrip(x, 1, samples)));
            }
            rows.add(new SqnrRow(formatNames.get(f).trim(), formats.get(f).bitsPerValue(), db));
        }
        return rows;
    }
}
