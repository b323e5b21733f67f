package dev.accelbench.reports.jmh;

import com.fasterxml.jackson.databind.JsonNode;
import java.nio.file.Path;
import java.util.function.Supplier;

/**
 * Typed access to the fields of one JSON object, remembering where it sits (file, entry, field
 * path) so that every complaint says exactly which value is wrong.
 */
final class Fields {

    private final Path file;
    private final String kind;
    private final String context;
    private final String prefix;
    private final JsonNode node;

    /** Fields of a JMH result entry; {@code context} names the entry. */
    Fields(Path file, String context, JsonNode node) {
        this(file, "not JMH results", context, "", node);
    }

    Fields(Path file, String kind, String context, String prefix, JsonNode node) {
        this.file = file;
        this.kind = kind;
        this.context = context;
        this.prefix = prefix;
        this.node = node;
    }

    boolean has(String name) {
        return node.has(name) && !node.get(name).isNull();
    }

    /** The object in field {@code name}, with paths continuing from it. */
    Fields nested(String name) {
        JsonNode child = node.get(name);
        if (child == null || !child.isObject()) {
            throw problem(name, child == null ? "is missing" : "is " + JmhResultReader.describe(child)
                    + ", expected an object");
        }
        return new Fields(file, kind, context, path(name) + ".", child);
    }

    String text(String name) {
        JsonNode child = required(name);
        if (!child.isTextual() || child.asText().isBlank()) {
            throw problem(name, "is " + JmhResultReader.describe(child) + ", expected a non-empty string");
        }
        return child.asText();
    }

    double number(String name) {
        return toNumber(required(name), () -> problem(name, "is not a number"));
    }

    int optionalInt(String name, int absent) {
        if (!has(name)) {
            return absent;
        }
        JsonNode child = node.get(name);
        if (!child.canConvertToInt() || !child.isIntegralNumber() || child.asInt() < 0) {
            throw problem(name, "is not a non-negative integer");
        }
        return child.asInt();
    }

    JsonNode array(String name) {
        JsonNode child = required(name);
        if (!child.isArray()) {
            throw problem(name, "is " + JmhResultReader.describe(child) + ", expected an array");
        }
        return child;
    }

    /** The array in field {@code name}, or null when the field is absent or null. */
    JsonNode optionalArray(String name) {
        return has(name) ? array(name) : null;
    }

    /** The object in field {@code name}, or null when the field is absent or null. */
    JsonNode optionalObject(String name) {
        if (!has(name)) {
            return null;
        }
        JsonNode child = node.get(name);
        if (!child.isObject()) {
            throw problem(name, "is " + JmhResultReader.describe(child) + ", expected an object");
        }
        return child;
    }

    ResultFileException problem(String name, String what) {
        String where = name.isEmpty() && prefix.isEmpty() ? "" : " " + path(name);
        return new ResultFileException(file, kind + ": " + context + ":" + where + " " + what);
    }

    private JsonNode required(String name) {
        JsonNode child = node.get(name);
        if (child == null || child.isNull()) {
            throw problem(name, "is missing");
        }
        return child;
    }

    private String path(String name) {
        return name.isEmpty() ? prefix.replaceAll("\\.$", "") : prefix + name;
    }

    /** A JSON number, or one of the strings JMH writes for non-finite values. */
    static double toNumber(JsonNode value, Supplier<ResultFileException> otherwise) {
        if (value.isNumber()) {
            return value.asDouble();
        }
        if (value.isTextual()) {
            switch (value.asText()) {
                case "NaN" -> {
                    return Double.NaN;
                }
                case "Infinity", "+Infinity" -> {
                    return Double.POSITIVE_INFINITY;
                }
                case "-Infinity" -> {
                    return Double.NEGATIVE_INFINITY;
                }
                default -> throw otherwise.get();
            }
        }
        throw otherwise.get();
    }
}
