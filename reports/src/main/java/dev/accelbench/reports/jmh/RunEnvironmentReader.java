package dev.accelbench.reports.jmh;

import com.fasterxml.jackson.databind.JsonNode;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.OptionalInt;

/**
 * Finds and reads the environment sidecar of a results file: {@code NAME.env.json} beside
 * {@code NAME.json}. A missing sidecar is normal (results from plain JMH) and reads as empty; a
 * sidecar that exists but is malformed is an error, since a comparison would otherwise silently
 * lose its environment checks.
 */
public final class RunEnvironmentReader {

    private static final String KIND = "not an environment sidecar";

    private RunEnvironmentReader() {
    }

    /** {@code results/x.json} → {@code results/x.env.json}; a name without .json gets .env.json appended. */
    public static Path sidecarOf(Path results) {
        String name = results.getFileName().toString();
        String base = name.endsWith(".json") ? name.substring(0, name.length() - ".json".length()) : name;
        return results.resolveSibling(base + ".env.json");
    }

    /** The sidecar beside {@code results}, or empty when there is none. */
    public static Optional<RunEnvironment> readBeside(Path results) {
        Path sidecar = sidecarOf(results);
        return Files.exists(sidecar) ? Optional.of(read(sidecar)) : Optional.empty();
    }

    public static RunEnvironment read(Path sidecar) {
        JsonNode root = JsonFiles.read(sidecar, "an environment sidecar");
        if (!root.isObject()) {
            throw new ResultFileException(sidecar, KIND + ": expected a JSON object at the top level, found "
                    + JmhResultReader.describe(root));
        }
        Fields fields = new Fields(sidecar, KIND, "top level", "", root);
        return new RunEnvironment(text(fields, "cpu_model"), strings(fields, "cpu_flags"), integer(fields, "cores"),
                text(fields, "os"), text(fields, "jdk"), integer(fields, "vector_bits"), text(fields, "git_commit"),
                text(fields, "started_utc"), strings(fields, "jvm_args"), strings(fields, "command_line"));
    }

    private static Optional<String> text(Fields fields, String name) {
        return fields.has(name) ? Optional.of(fields.text(name)) : Optional.empty();
    }

    private static OptionalInt integer(Fields fields, String name) {
        return fields.has(name) ? OptionalInt.of(fields.optionalInt(name, 0)) : OptionalInt.empty();
    }

    private static List<String> strings(Fields fields, String name) {
        JsonNode array = fields.optionalArray(name);
        List<String> values = new ArrayList<>();
        if (array != null) {
            array.forEach(value -> values.add(value.asText()));
        }
        return values;
    }
}
