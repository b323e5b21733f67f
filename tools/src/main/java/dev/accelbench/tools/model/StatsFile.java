package dev.accelbench.tools.model;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Summary statistics from a JSON file (provisional, until {@code accelbench attention --stats-out}
 * fixes its format): one object whose numeric fields override the workload's built-in values.
 * Fields: seq_len, head_dim, heads, layers, pruning_rate, avg_bits_pruned (LEOPARD),
 * padding_fraction, new_fetch_fraction (SPRINT). Other fields are reported as ignored.
 */
final class StatsFile {

    static final Set<String> FIELDS = Set.of("seq_len", "head_dim", "heads", "layers", "pruning_rate",
            "avg_bits_pruned", "padding_fraction", "new_fetch_fraction");

    final Map<String, Double> values = new LinkedHashMap<>();
    final List<String> ignored = new ArrayList<>();

    static StatsFile read(Path file) {
        JsonNode root;
        try {
            root = new ObjectMapper().readTree(Files.readString(file));
        } catch (IOException e) {
            throw new IllegalArgumentException(file + ": cannot read statistics: " + e.getMessage(), e);
        }
        if (root == null || !root.isObject()) {
            throw new IllegalArgumentException(file + ": statistics must be a JSON object with fields " + FIELDS);
        }
        StatsFile s = new StatsFile();
        for (Iterator<Map.Entry<String, JsonNode>> it = root.fields(); it.hasNext(); ) {
            Map.Entry<String, JsonNode> e = it.next();
            if (!FIELDS.contains(e.getKey())) {
                s.ignored.add(e.getKey());
            } else if (!e.getValue().isNumber()) {
                throw new IllegalArgumentException(file + ": field " + e.getKey() + " must be a number, got "
                        + e.getValue());
            } else {
                s.values.put(e.getKey(), e.getValue().asDouble());
            }
        }
        return s;
    }

    double get(String key, double fallback) {
        return values.getOrDefault(key, fallback);
    }

    int getInt(String key, int fallback) {
        double v = values.getOrDefault(key, (double) fallback);
        if (v != Math.rint(v)) {
            throw new IllegalArgumentException("statistics field " + key + " must be a whole number, got " + v);
        }
        return (int) v;
    }
}
