package dev.accelbench.tools.model;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;

/**
 * The statistics the paper models take from a file written by {@code accelbench attention
 * --stats-out} (schema {@value #SCHEMA}, documented in the README): the run's shape, LEOPARD's
 * bit-serial pruning rate and bits per pruned score, SPRINT's in-memory pruning rate and share of
 * S fetched anew between adjacent queries. Any other document is refused with the file and the
 * problem named.
 *
 * @param file          where it came from (for the output)
 * @param workload      the registry name, or null (a run on .npy files)
 * @param seqLen        S
 * @param headDim       d
 * @param validLength   unpadded positions
 * @param leopardRate   bit-serial pruning rate, 0..1
 * @param leopardBits   bits per pruned score (NaN when nothing was pruned)
 * @param sprintRate    in-memory pruning rate
 * @param sprintNewFetch keys fetched anew between adjacent queries, share of S (NaN without pairs)
 */
record StatsFile(Path file, String workload, int seqLen, int headDim, int validLength, double leopardRate,
        double leopardBits, double sprintRate, double sprintNewFetch) {

    /** The schema {@code accelbench attention} writes (its {@code AttentionCommand.SCHEMA}). */
    static final String SCHEMA = "accelbench-attention-stats/1";

    static StatsFile read(Path file) {
        JsonNode root;
        try {
            root = new ObjectMapper().readTree(Files.readString(file));
        } catch (IOException e) {
            throw new IllegalArgumentException(file + ": cannot read statistics: " + e.getMessage(), e);
        }
        if (root == null || !root.isObject()) {
            throw new IllegalArgumentException(file + ": not a statistics document (expected a JSON object with "
                    + "\"schema\": \"" + SCHEMA + "\", as accelbench attention --stats-out writes)");
        }
        JsonNode schema = root.get("schema");
        if (schema == null || !SCHEMA.equals(schema.asText())) {
            throw new IllegalArgumentException(file + ": schema is " + (schema == null ? "missing" : schema)
                    + ", expected \"" + SCHEMA + "\" (write it with accelbench attention --stats-out)");
        }
        JsonNode w = object(file, root, "workload");
        JsonNode l = object(file, root, "leopard");
        JsonNode s = object(file, root, "sprint");
        JsonNode adj = object(file, s, "adjacent_queries");
        JsonNode name = w.get("name");
        int seqLen = whole(file, w, "workload.seq_len");
        int validLength = whole(file, w, "workload.valid_length");
        if (validLength < 1 || validLength > seqLen) {
            throw new IllegalArgumentException(file + ": workload.valid_length " + validLength + " outside 1.."
                    + seqLen);
        }
        return new StatsFile(file, name == null || name.isNull() ? null : name.asText(), seqLen,
                whole(file, w, "workload.head_dim"), validLength, rate(file, l, "leopard.pruning_rate"),
                number(file, l, "leopard.avg_bits_pruned", true), rate(file, s, "sprint.pruning_rate"),
                number(file, adj, "sprint.adjacent_queries.requests_per_query_fraction_of_s", true));
    }

    private static JsonNode object(Path file, JsonNode parent, String field) {
        JsonNode n = parent.get(field);
        if (n == null || !n.isObject()) {
            throw new IllegalArgumentException(file + ": field " + field + " must be an object");
        }
        return n;
    }

    private static String leaf(String path) {
        return path.substring(path.lastIndexOf('.') + 1);
    }

    private static double number(Path file, JsonNode parent, String path, boolean nullable) {
        JsonNode n = parent.get(leaf(path));
        if (nullable && (n == null || n.isNull())) {
            return Double.NaN;
        }
        if (n == null || !n.isNumber()) {
            throw new IllegalArgumentException(file + ": field " + path + " must be a number, got " + n);
        }
        return n.asDouble();
    }

    private static double rate(Path file, JsonNode parent, String path) {
        double r = number(file, parent, path, false);
        if (!(r >= 0 && r <= 1)) {
            throw new IllegalArgumentException(file + ": field " + path + " must lie in [0, 1], got " + r);
        }
        return r;
    }

    private static int whole(Path file, JsonNode parent, String path) {
        double v = number(file, parent, path, false);
        if (v != Math.rint(v) || v < 1 || v > Integer.MAX_VALUE) {
            throw new IllegalArgumentException(file + ": field " + path + " must be a positive whole number, got " + v);
        }
        return (int) v;
    }

    /** Refuses statistics of another registry workload (a run on .npy files has none and passes). */
    void checkWorkload(dev.accelbench.kernels.attention.workload.AttentionWorkload w) {
        if (workload != null && !workload.equalsIgnoreCase(w.id())) {
            throw new IllegalArgumentException(file + ": statistics are of workload " + workload + ", not " + w.id());
        }
    }
}
