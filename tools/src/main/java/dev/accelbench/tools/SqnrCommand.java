package dev.accelbench.tools;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import dev.accelbench.kernels.numeric.sqnr.Distribution;
import dev.accelbench.kernels.numeric.sqnr.SqnrRow;
import dev.accelbench.kernels.numeric.sqnr.SqnrSweep;
import java.io.PrintWriter;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.ParameterException;
import picocli.CommandLine.Spec;

/**
 * {@code accelbench sqnr}: signal-to-quantization-noise ratio of scalar and block formats on
 * seeded Gaussian, Laplacian and Student-t(3) data of unit variance, as a table or JSON. The
 * numbers depend only on the seed and the sample count, so two runs can be diffed.
 */
@Command(name = "sqnr", mixinStandardHelpOptions = true,
        description = {"SQNR in dB, 10 log10(sum x^2 / sum (x - q(x))^2), of number formats on seeded Gaussian, "
                + "Laplacian and Student-t (3 degrees of freedom) data of unit variance.",
                "Scalar formats round to nearest even and saturate; block formats run along one row of the samples. "
                        + "Exact formats print inf (JSON: null)."})
final class SqnrCommand implements Callable<Integer> {

    enum Format { TABLE, JSON }

    @Option(names = "--samples", defaultValue = "65536", paramLabel = "N",
            description = "samples per distribution (default: ${DEFAULT-VALUE})")
    int samples;

    @Option(names = "--seed", defaultValue = "42", paramLabel = "N", description = "random seed (default: ${DEFAULT-VALUE})")
    long seed;

    @Option(names = "--format", defaultValue = "table", paramLabel = "table|json",
            description = "output: table or json (default: ${DEFAULT-VALUE})")
    Format format;

    @Option(names = "--formats", split = ",", paramLabel = "NAME",
            description = "comma-separated format names (default: every named scalar format but e8m0, the MAC talk's "
                    + "formats, bfp2/4/6/8 at k = 16, 32, 64, the MX formats and q8_0)")
    List<String> formats;

    @Spec
    CommandSpec spec;

    @Override
    public Integer call() throws Exception {
        if (samples < 1) {
            throw new ParameterException(spec.commandLine(), "--samples must be at least 1, got " + samples);
        }
        List<SqnrRow> rows;
        try {
            rows = SqnrSweep.run(formats == null ? SqnrSweep.defaultFormats() : formats, samples, seed);
        } catch (IllegalArgumentException e) {
            throw new ParameterException(spec.commandLine(), e.getMessage(), e);
        }
        PrintWriter out = spec.commandLine().getOut();
        if (format == Format.JSON) {
            out.println(json(rows));
        } else {
            table(rows, out);
        }
        out.flush();
        return 0;
    }

    private void table(List<SqnrRow> rows, PrintWriter out) {
        int width = Math.max("format".length(), rows.stream().mapToInt(r -> r.format().length()).max().orElse(0));
        out.printf("SQNR in dB, %d samples per distribution, seed %d%n", samples, seed);
        StringBuilder header = new StringBuilder(String.format(Locale.ROOT, "%-" + width + "s  %9s", "format", "bits/val"));
        for (Distribution d : Distribution.values()) {
            header.append(String.format(Locale.ROOT, "  %10s", d.label()));
        }
        out.println(header);
        for (SqnrRow row : rows) {
            StringBuilder line = new StringBuilder(String.format(Locale.ROOT, "%-" + width + "s  %9.3f", row.format(),
                    row.bitsPerValue()));
            for (Distribution d : Distribution.values()) {
                double db = row.db(d);
                line.append(Double.isInfinite(db) && db > 0 ? String.format("  %10s", "inf")
                        : String.format(Locale.ROOT, "  %10.2f", db));
            }
            out.println(line);
        }
    }

    private String json(List<SqnrRow> rows) throws Exception {
        List<Map<String, Object>> results = new ArrayList<>();
        for (SqnrRow row : rows) {
            Map<String, Object> db = new LinkedHashMap<>();
            for (Distribution d : Distribution.values()) {
                double value = row.db(d);
                db.put(d.label(), Double.isFinite(value) ? value : null);
            }
            Map<String, Object> result = new LinkedHashMap<>();
            result.put("format", row.format());
            result.put("bits_per_value", row.bitsPerValue());
            result.put("sqnr_db", db);
            results.add(result);
        }
        Map<String, Object> document = new LinkedHashMap<>();
        document.put("samples", samples);
        document.put("seed", seed);
        document.put("distributions", java.util.Arrays.stream(Distribution.values()).map(Distribution::label).toList());
        document.put("results", results);
        return new ObjectMapper().enable(SerializationFeature.INDENT_OUTPUT).writeValueAsString(document);
    }
}
