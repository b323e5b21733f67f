package dev.accelbench.tools.model;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.accelbench.models.fast.RuleSchedule;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import java.util.Set;

/**
 * A FAST precision schedule file (JSON), read into a {@link RuleSchedule}:
 * <pre>
 * {
 *   "default_bits": 8,
 *   "rules": [
 *     {"layers": [0, 5],  "progress": [0.0, 0.5], "bits": 2},
 *     {"layers": [0, 11], "progress": [0.5, 1.0], "bits": 6}
 *   ]
 * }
 * </pre>
 * {@code default_bits} (required) applies where no rule matches; rules are tried in order, the first
 * match wins. {@code layers} is an inclusive 0-based range (default: every layer), {@code progress}
 * a half-open range of training progress in [0, 1] (default [0, 1]; a range ending at 1 includes 1);
 * {@code bits} is 2, 4, 6 or 8. Unknown fields are errors, so a misspelt key is not silently ignored.
 */
final class FastScheduleFile {

    private static final Set<String> TOP = Set.of("default_bits", "rules", "description");
    private static final Set<String> RULE = Set.of("layers", "progress", "bits");

    private FastScheduleFile() {
    }

    static RuleSchedule read(Path file) {
        String text;
        try {
            text = Files.readString(file);
        } catch (IOException e) {
            throw new IllegalArgumentException(file + ": cannot read schedule: " + e.getMessage(), e);
        }
        JsonNode root;
        try {
            root = new ObjectMapper().readTree(text);
        } catch (JsonProcessingException e) {
            throw new IllegalArgumentException(file + ": not valid JSON: " + e.getOriginalMessage(), e);
        }
        try {
            return parse(root);
        } catch (IllegalArgumentException e) {
            throw new IllegalArgumentException(file + ": " + e.getMessage(), e);
        }
    }

    static RuleSchedule parse(JsonNode root) {
        if (root == null || !root.isObject()) {
            throw new IllegalArgumentException("a schedule must be a JSON object with default_bits and rules");
        }
        unknown(root, TOP, "schedule");
        JsonNode def = root.get("default_bits");
        if (def == null || !def.isIntegralNumber()) {
            throw new IllegalArgumentException("default_bits must be a whole number (2, 4, 6 or 8)");
        }
        List<RuleSchedule.Rule> rules = new ArrayList<>();
        JsonNode list = root.get("rules");
        if (list != null) {
            if (!list.isArray()) {
                throw new IllegalArgumentException("rules must be an array");
            }
            for (int i = 0; i < list.size(); i++) {
                JsonNode r = list.get(i);
                String where = "rules[" + i + "]";
                if (!r.isObject()) {
                    throw new IllegalArgumentException(where + " must be an object with layers, progress and bits");
                }
                unknown(r, RULE, where);
                JsonNode bits = r.get("bits");
                if (bits == null || !bits.isIntegralNumber()) {
                    throw new IllegalArgumentException(where + ".bits must be a whole number (2, 4, 6 or 8)");
                }
                double[] layers = pair(r.get("layers"), where + ".layers", 0, Integer.MAX_VALUE, true);
                double[] progress = pair(r.get("progress"), where + ".progress", 0, 1, false);
                try {
                    rules.add(new RuleSchedule.Rule((int) layers[0], (int) layers[1], progress[0], progress[1], bits.asInt()));
                } catch (IllegalArgumentException e) {
                    throw new IllegalArgumentException(where + ": " + e.getMessage(), e);
                }
            }
        }
        return new RuleSchedule(def.asInt(), rules);
    }

    private static double[] pair(JsonNode n, String where, double lo, double hi, boolean whole) {
        if (n == null) {
            return new double[] {lo, hi};
        }
        if (!n.isArray() || n.size() != 2 || !n.get(0).isNumber() || !n.get(1).isNumber()
                || (whole && (!n.get(0).isIntegralNumber() || !n.get(1).isIntegralNumber()))) {
            throw new IllegalArgumentException(where + " must be [from, to] of " + (whole ? "whole numbers" : "numbers")
                    + ", got " + n);
        }
        return new double[] {n.get(0).asDouble(), n.get(1).asDouble()};
    }

    private static void unknown(JsonNode node, Set<String> known, String where) {
        for (Iterator<String> it = node.fieldNames(); it.hasNext(); ) {
            String f = it.next();
            if (!known.contains(f)) {
                throw new IllegalArgumentException(where + ": unknown field '" + f + "'; known: " + known.stream().sorted().toList());
            }
        }
    }
}
