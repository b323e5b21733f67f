package dev.accelbench.kernels.approx;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;

/**
 * The one registry of operations and variant names, used by the {@code accuracy} command and the
 * benchmarks' parameters. Names are case-insensitive. Table variants take their size in the name,
 * {@code table-nearest-N} / {@code table-linear-N} with 64 &lt;= N &lt;= 4096; {@link #variants} lists
 * them at 64, 256, 1024 and 4096. SiLU's variants are named after the exp variant they use.
 */
public final class Approximations {

    /** The table sizes listed by default. */
    public static final List<Integer> LISTED_TABLE_SIZES = List.of(64, 256, 1024, 4096);

    private static final Pattern TABLE = Pattern.compile("table-(nearest|linear)-(\\d{1,6})");

    private Approximations() {
    }

    /** The operation named {@code label} (case-insensitive); unknown names list the valid ones. */
    public static Op op(String label) {
        String wanted = label.trim().toLowerCase(Locale.ROOT);
        for (Op op : Op.values()) {
            if (op.label().equals(wanted)) {
                return op;
            }
        }
        throw new IllegalArgumentException("unknown operation '" + label + "'; valid: "
                + Arrays.stream(Op.values()).map(Op::label).collect(Collectors.joining(", ")));
    }

    /** Every listed variant of an operation, baselines first. */
    public static List<UnaryApprox> variants(Op op) {
        List<UnaryApprox> out = new ArrayList<>();
        switch (op) {
            case EXP -> {
                out.addAll(List.of(ExpVariant.values()));
                for (Interpolation interpolation : Interpolation.values()) {
                    for (int size : LISTED_TABLE_SIZES) {
                        out.add(new ExpTable(size, interpolation));
                    }
                }
            }
            case RECIPROCAL -> out.addAll(List.of(Reciprocal.values()));
            case RSQRT -> out.addAll(List.of(Rsqrt.values()));
            case GELU -> out.addAll(List.of(Gelu.values()));
            case SILU -> {
                for (ExpVariant exp : ExpVariant.values()) {
                    out.add(new Silu(exp));
                }
            }
            case SIN -> {
                out.add(Sine.exact());
                for (Interpolation interpolation : Interpolation.values()) {
                    for (int size : LISTED_TABLE_SIZES) {
                        out.add(Sine.table(size, interpolation));
                    }
                }
            }
        }
        return out;
    }

    /** The names of {@link #variants}, with the table pattern. */
    public static String validNames(Op op) {
        String names = variants(op).stream().map(UnaryApprox::label)
                .filter(n -> !n.startsWith("table-")).collect(Collectors.joining(", "));
        boolean tables = op == Op.EXP || op == Op.SIN || op == Op.SILU;
        return names + (tables ? ", table-nearest-N, table-linear-N (64 <= N <= 4096)" : "");
    }

    /** A variant by operation and name; unknown names list the valid ones. */
    public static UnaryApprox find(Op op, String name) {
        String wanted = name.trim().toLowerCase(Locale.ROOT);
        Matcher table = TABLE.matcher(wanted);
        if (table.matches() && (op == Op.EXP || op == Op.SIN || op == Op.SILU)) {
            int size = Integer.parseInt(table.group(2));
            Interpolation interpolation = Interpolation.valueOf(table.group(1).toUpperCase(Locale.ROOT));
            if (size < ExpTable.MIN_SIZE || size > ExpTable.MAX_SIZE) {
                throw new IllegalArgumentException("table size " + size + " in '" + name + "' is outside "
                        + ExpTable.MIN_SIZE + ".." + ExpTable.MAX_SIZE);
            }
            return switch (op) {
                case EXP -> new ExpTable(size, interpolation);
                case SIN -> Sine.table(size, interpolation);
                default -> new Silu(new ExpTable(size, interpolation));
            };
        }
        for (UnaryApprox variant : variants(op)) {
            if (variant.label().equals(wanted)) {
                return variant;
            }
        }
        throw new IllegalArgumentException("unknown " + op.label() + " variant '" + name + "'; valid: " + validNames(op));
    }

    /** A variant by {@code op/name} or by operation label and name. */
    public static UnaryApprox find(String op, String name) {
        return find(op(op), name);
    }

    /** The exp variant named {@code name}, e.g. for softmax. */
    public static UnaryApprox exp(String name) {
        return find(Op.EXP, name);
    }
}
