package dev.accelbench.reports.compare;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.util.Optional;

/**
 * Renders a {@link ComparisonReport} as JSON for other tools. Field names are spelled out here
 * rather than derived from the records, so the format stays stable when the records change.
 * Non-finite numbers (JMH's missing errors) are written as null.
 */
public final class ComparisonJson {

    private static final ObjectMapper MAPPER = new ObjectMapper().enable(SerializationFeature.INDENT_OUTPUT);

    private ComparisonJson() {
    }

    public static String render(ComparisonReport report) {
        ObjectNode root = MAPPER.createObjectNode();
        root.put("baseline", report.baselineFile().toString());
        root.put("candidate", report.candidateFile().toString());
        report.baselineCommit().ifPresent(c -> root.put("baseline_commit", c));
        report.candidateCommit().ifPresent(c -> root.put("candidate_commit", c));
        ObjectNode settings = root.putObject("settings");
        settings.put("threshold", report.settings().threshold());
        settings.put("alpha", report.settings().alpha());
        settings.put("confidence", report.settings().confidence());
        settings.put("resamples", report.settings().resamples());
        settings.put("seed", report.settings().seed());
        root.put("regression", report.hasRegression());
        ObjectNode counts = root.putObject("counts");
        for (Verdict verdict : Verdict.values()) {
            counts.put(verdict.label(), report.count(verdict));
        }
        ArrayNode benchmarks = root.putArray("benchmarks");
        for (BenchmarkComparison b : report.benchmarks()) {
            ObjectNode node = benchmarks.addObject();
            key(node, b.key());
            side(node, "baseline", b.baseline());
            side(node, "candidate", b.candidate());
            b.ratio().ifPresent(r -> {
                ObjectNode ratio = node.putObject("ratio");
                number(ratio, "value", r.ratio());
                number(ratio, "lower", r.lower());
                number(ratio, "upper", r.upper());
                ratio.put("confidence", r.confidence());
            });
            node.put("verdict", b.verdict().label());
            node.put("reason", b.reason());
        }
        ArrayNode metrics = root.putArray("metrics");
        for (MetricComparison m : report.metrics()) {
            ObjectNode node = metrics.addObject();
            key(node, m.key());
            node.put("metric", m.metric());
            node.put("unit", m.unit());
            number(node, "baseline_value", m.baseline());
            number(node, "candidate_value", m.candidate());
            node.put("rule", m.rule().name().toLowerCase(java.util.Locale.ROOT));
            node.put("changed", m.changed());
            node.put("note", m.note());
        }
        ArrayNode warnings = root.putArray("warnings");
        report.warnings().forEach(warnings::add);
        try {
            return MAPPER.writeValueAsString(root) + "\n";
        } catch (com.fasterxml.jackson.core.JsonProcessingException e) {
            // A tree of plain values always serializes; reaching this is a bug, not bad input.
            throw new IllegalStateException(e);
        }
    }

    private static void key(ObjectNode node, BenchmarkKey key) {
        node.put("benchmark", key.benchmark());
        node.put("mode", key.mode().label());
        ObjectNode params = node.putObject("params");
        key.params().forEach(params::put);
    }

    private static void side(ObjectNode node, String name, Optional<RunSummary> summary) {
        summary.ifPresent(s -> {
            ObjectNode side = node.putObject(name);
            number(side, "score", s.score());
            number(side, "error", s.scoreError());
            side.put("unit", s.unit());
            side.put("forks", s.forks());
            side.put("iterations", s.iterations());
        });
    }

    private static void number(ObjectNode node, String field, double value) {
        if (Double.isFinite(value)) {
            node.put(field, value);
        } else {
            node.putNull(field);
        }
    }
}
