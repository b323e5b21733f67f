package dev.accelbench.reports.jmh;

import com.fasterxml.jackson.databind.JsonNode;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Reads a JMH JSON result file ({@code -rf json}) into {@link JmhResult}s.
 *
 * <p>It checks the shape JMH writes and rejects anything else with a message that names the file,
 * the entry and the field, e.g. {@code results/x.json: not JMH results: entry 2
 * (dev.acme.FooBenchmark.bar): primaryMetric.rawData[0][1] is not a number}. Fields a report needs
 * (benchmark, mode, primary metric and its raw data) are required; {@code params},
 * {@code secondaryMetrics}, {@code jvmArgs}, {@code threads} and {@code forks} may be absent, as in
 * files from older JMH versions. Numbers may be written as the strings {@code "NaN"},
 * {@code "Infinity"} and {@code "-Infinity"}, as JMH does.
 */
public final class JmhResultReader {

    private JmhResultReader() {
    }

    public static List<JmhResult> read(Path file) {
        JsonNode root = JsonFiles.read(file, "JMH results");
        if (!root.isArray()) {
            throw new ResultFileException(file, "not JMH results: expected a JSON array at the top level, found "
                    + describe(root));
        }
        List<JmhResult> results = new ArrayList<>(root.size());
        for (int i = 0; i < root.size(); i++) {
            results.add(entry(file, i, root.get(i)));
        }
        return List.copyOf(results);
    }

    private static JmhResult entry(Path file, int index, JsonNode node) {
        Fields fields = new Fields(file, "entry " + index, node);
        if (!node.isObject()) {
            throw fields.problem("", "is " + describe(node) + ", expected an object");
        }
        String benchmark = fields.text("benchmark");
        fields = new Fields(file, "entry " + index + " (" + benchmark + ")", node);
        String modeLabel = fields.text("mode");
        Mode mode = Mode.ofLabel(modeLabel).orElseThrow(() -> new ResultFileException(file,
                "not JMH results: entry " + index + " (" + benchmark + "): unknown mode \"" + modeLabel
                        + "\" (expected thrpt, avgt, sample or ss)"));
        Map<String, String> params = new LinkedHashMap<>();
        JsonNode paramsNode = fields.optionalObject("params");
        if (paramsNode != null) {
            paramsNode.properties().forEach(p -> params.put(p.getKey(), p.getValue().asText()));
        }
        int forks = fields.optionalInt("forks", 1);
        int threads = fields.optionalInt("threads", 1);
        List<String> jvmArgs = new ArrayList<>();
        JsonNode argsNode = fields.optionalArray("jvmArgs");
        if (argsNode != null) {
            argsNode.forEach(arg -> jvmArgs.add(arg.asText()));
        }
        Metric primary = metric(fields.nested("primaryMetric"), mode == Mode.SAMPLE_TIME, true);
        Map<String, Metric> secondary = new LinkedHashMap<>();
        JsonNode secondaryNode = fields.optionalObject("secondaryMetrics");
        if (secondaryNode != null) {
            for (var property : secondaryNode.properties()) {
                secondary.put(property.getKey(), metric(fields.nested("secondaryMetrics").nested(property.getKey()),
                        false, false));
            }
        }
        return new JmhResult(benchmark, mode, params, forks, threads, jvmArgs, primary, secondary);
    }

    private static Metric metric(Fields fields, boolean sampleMode, boolean rawDataRequired) {
        double score = fields.number("score");
        double error = fields.has("scoreError") ? fields.number("scoreError") : Double.NaN;
        String unit = fields.text("scoreUnit");
        List<List<Double>> rawData = List.of();
        List<List<List<HistogramBin>>> histogram = List.of();
        if (sampleMode && fields.has("rawDataHistogram")) {
            histogram = histogram(fields, "rawDataHistogram");
        } else if (fields.has("rawData")) {
            rawData = rawData(fields, "rawData");
        } else if (rawDataRequired) {
            throw fields.problem(sampleMode ? "rawDataHistogram" : "rawData",
                    "is missing: the comparison needs every iteration's score");
        }
        return new Metric(score, error, unit, rawData, histogram);
    }

    private static List<List<Double>> rawData(Fields fields, String name) {
        JsonNode forks = fields.array(name);
        nonEmpty(fields, name, forks);
        List<List<Double>> data = new ArrayList<>();
        for (int f = 0; f < forks.size(); f++) {
            String forkPath = name + "[" + f + "]";
            JsonNode iterations = forks.get(f);
            if (!iterations.isArray()) {
                throw fields.problem(forkPath, "is " + describe(iterations) + ", expected an array of iterations");
            }
            nonEmpty(fields, forkPath, iterations);
            List<Double> values = new ArrayList<>();
            for (int i = 0; i < iterations.size(); i++) {
                values.add(Fields.toNumber(iterations.get(i), () -> fields.problem(forkPath + "[" + values.size()
                        + "]", "is not a number")));
            }
            data.add(values);
        }
        return data;
    }

    private static List<List<List<HistogramBin>>> histogram(Fields fields, String name) {
        JsonNode forks = fields.array(name);
        nonEmpty(fields, name, forks);
        List<List<List<HistogramBin>>> data = new ArrayList<>();
        for (int f = 0; f < forks.size(); f++) {
            JsonNode iterations = forks.get(f);
            String forkPath = name + "[" + f + "]";
            if (!iterations.isArray()) {
                throw fields.problem(forkPath, "is " + describe(iterations) + ", expected an array of iterations");
            }
            nonEmpty(fields, forkPath, iterations);
            List<List<HistogramBin>> fork = new ArrayList<>();
            for (int i = 0; i < iterations.size(); i++) {
                String iterationPath = forkPath + "[" + i + "]";
                JsonNode bins = iterations.get(i);
                if (!bins.isArray() || bins.isEmpty()) {
                    throw fields.problem(iterationPath, "is " + describe(bins)
                            + ", expected a non-empty array of [value, count] pairs");
                }
                List<HistogramBin> iteration = new ArrayList<>();
                for (int b = 0; b < bins.size(); b++) {
                    JsonNode bin = bins.get(b);
                    String binPath = iterationPath + "[" + b + "]";
                    if (!bin.isArray() || bin.size() != 2 || !bin.get(1).canConvertToLong() || bin.get(1).asLong() < 0) {
                        throw fields.problem(binPath, "is " + describe(bin) + ", expected a [value, count] pair");
                    }
                    double value = Fields.toNumber(bin.get(0), () -> fields.problem(binPath + "[0]", "is not a number"));
                    iteration.add(new HistogramBin(value, bin.get(1).asLong()));
                }
                fork.add(iteration);
            }
            data.add(fork);
        }
        return data;
    }

    private static void nonEmpty(Fields fields, String path, JsonNode array) {
        if (array.isEmpty()) {
            throw fields.problem(path, "is empty: no measurement iterations");
        }
    }

    static String describe(JsonNode node) {
        return switch (node.getNodeType()) {
            case ARRAY -> "an array";
            case OBJECT -> "an object";
            case STRING -> "a string";
            case NUMBER -> "a number";
            case BOOLEAN -> "a boolean";
            case NULL -> "null";
            default -> "nothing";
        };
    }
}
