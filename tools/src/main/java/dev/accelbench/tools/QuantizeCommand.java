package dev.accelbench.tools;

import dev.accelbench.kernels.numeric.Conversion;
import dev.accelbench.kernels.numeric.FormatNames;
import dev.accelbench.kernels.numeric.Overflow;
import dev.accelbench.kernels.numeric.Rounding;
import dev.accelbench.kernels.numeric.ScalarFormat;
import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.PrintWriter;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.Callable;
import java.util.regex.Pattern;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

/**
 * {@code accelbench quantize}: rounds float32 values read one per line to a format and prints them
 * back as float32, one line per input line, so that other implementations can be checked against
 * this one value by value. Hysteresis follows the input order; stochastic rounding draws the bits
 * of (seed, line's value index).
 */
@Command(name = "quantize", mixinStandardHelpOptions = true,
        description = {"Round float32 values (one per line on standard input) to a format and print the results.",
                "Input: decimal numbers (also NaN, Inf), or with --bits float32 bit patterns as 8 hex digits.",
                "Output: Java's Float.toString, or with --bits 8 lowercase hex digits of the float32 bits."},
        footer = {"", "Formats: " + FormatNames.GRAMMAR,
                "A malformed line is reported on standard error with its number; the other lines are still",
                "processed and the exit status is 1. Bad options exit with 2."})
final class QuantizeCommand implements Callable<Integer> {

    private static final Pattern HEX_BITS = Pattern.compile("[0-9a-fA-F]{8}");

    @Option(names = "--to", paramLabel = "FORMAT", description = "target format, e.g. e4m3, bf16, e6m3, q8.8 (required unless --sqnr)")
    String to;

    @Option(names = "--sqnr", description = "instead of converting standard input, print the SQNR table of every format "
            + "(as `accelbench sqnr`; with --samples, --seed, --format table|json, --formats)")
    boolean sqnr;

    @Option(names = "--samples", defaultValue = "65536", paramLabel = "N", description = "with --sqnr: samples per distribution")
    int samples;

    @Option(names = "--format", defaultValue = "table", paramLabel = "table|json", description = "with --sqnr: output format")
    String sqnrFormat;

    @Option(names = "--formats", paramLabel = "NAME,...", description = "with --sqnr: the formats (default: all)")
    String sqnrFormats;

    @Option(names = "--rounding", defaultValue = "rne", paramLabel = "MODE",
            description = "rne|rtz|rna|up|down|stochastic|hysteresis (default: ${DEFAULT-VALUE})")
    String rounding;

    @Option(names = "--overflow", defaultValue = "inf", paramLabel = "POLICY",
            description = "saturate|inf (default: ${DEFAULT-VALUE}): inf follows IEEE 754; FN/FNUZ give NaN, FINITE saturates")
    String overflow;

    @Option(names = "--seed", defaultValue = "0", description = "seed of stochastic rounding (default: ${DEFAULT-VALUE})")
    long seed;

    @Option(names = "--random-bits", defaultValue = "" + Conversion.DEFAULT_RANDOM_BITS, paramLabel = "N",
            description = "random bits per stochastic rounding, 1..31 (default: ${DEFAULT-VALUE})")
    int randomBits;

    @Option(names = "--bits", description = "read and write float32 bit patterns as 8 hex digits")
    boolean bits;

    @Option(names = "--verbose", description = "add columns: code (hex), exact decoded value, error (result - input)")
    boolean verbose;

    @Spec
    CommandSpec spec;

    /** Standard input unless a test sets another. */
    InputStream input = System.in;

    @Override
    public Integer call() throws IOException {
        if (sqnr) {
            return sqnrTable();
        }
        if (to == null) {
            spec.commandLine().getErr().println("accelbench quantize: --to FORMAT is required (or --sqnr)");
            spec.commandLine().getErr().flush();
            return 2;
        }
        Conversion conversion;
        try {
            ScalarFormat format = FormatNames.parse(to);
            conversion = new Conversion(format, Rounding.parse(rounding), Overflow.parse(overflow), seed, randomBits);
        } catch (IllegalArgumentException e) {
            spec.commandLine().getErr().println("accelbench quantize: " + e.getMessage());
            spec.commandLine().getErr().flush();
            return 2;
        }
        PrintWriter out = spec.commandLine().getOut();
        PrintWriter err = spec.commandLine().getErr();
        int hexDigits = (conversion.format().bits() + 3) / 4;
        int malformed = 0;
        long index = 0;
        float previous = Float.NaN;
        try (BufferedReader in = new BufferedReader(new InputStreamReader(input, StandardCharsets.UTF_8))) {
            int lineNumber = 0;
            for (String line; (line = in.readLine()) != null; ) {
                lineNumber++;
                float x;
                try {
                    x = bits ? parseBits(line) : parseDecimal(line);
                } catch (IllegalArgumentException e) {
                    err.println("accelbench quantize: line " + lineNumber + ": " + e.getMessage());
                    malformed++;
                    continue;
                }
                int code = conversion.encode(x, index++, previous);
                float result = conversion.format().decode(code);
                previous = result;
                out.print(bits ? String.format("%08x", Float.floatToRawIntBits(result)) : Float.toString(result));
                if (verbose) {
                    double exact = conversion.format().value(code);
                    long mask = conversion.format().bits() == 32 ? 0xFFFFFFFFL : (1L << conversion.format().bits()) - 1;
                    out.print(" " + String.format("%0" + hexDigits + "x", code & mask) + " " + exact + " "
                            + ((double) result - x));
                }
                out.println();
            }
        }
        out.flush();
        err.flush();
        return malformed == 0 ? 0 : 1;
    }

    /** {@code quantize --sqnr}: the same table as {@code accelbench sqnr}, with this command's streams. */
    private int sqnrTable() {
        List<String> args = new ArrayList<>(List.of("--samples", Integer.toString(samples), "--format", sqnrFormat));
        if (spec.commandLine().getParseResult().hasMatchedOption("--seed")) {
            args.addAll(List.of("--seed", Long.toString(seed)));
        }
        if (sqnrFormats != null) {
            args.addAll(List.of("--formats", sqnrFormats));
        }
        CommandLine table = new CommandLine(new SqnrCommand()).setCaseInsensitiveEnumValuesAllowed(true)
                .setOut(spec.commandLine().getOut()).setErr(spec.commandLine().getErr());
        return table.execute(args.toArray(String[]::new));
    }

    static float parseBits(String line) {
        String s = line.trim();
        if (!HEX_BITS.matcher(s).matches()) {
            throw new IllegalArgumentException("expected exactly 8 hex digits of a float32 bit pattern, got '" + line + "'");
        }
        return Float.intBitsToFloat((int) Long.parseLong(s, 16));
    }

    static float parseDecimal(String line) {
        String s = line.trim();
        switch (s.toLowerCase(Locale.ROOT)) {
            case "nan", "+nan", "-nan" -> {
                return s.startsWith("-") ? Float.intBitsToFloat(0xFFC00000) : Float.NaN;
            }
            case "inf", "+inf", "infinity", "+infinity" -> {
                return Float.POSITIVE_INFINITY;
            }
            case "-inf", "-infinity" -> {
                return Float.NEGATIVE_INFINITY;
            }
            default -> {
                // Float.parseFloat also takes Java suffixes (1f, 1d) and hex floats; decimal digits only here.
                if (s.isEmpty() || !s.matches("[+-]?(\\d+\\.?\\d*|\\.\\d+)([eE][+-]?\\d+)?")) {
                    throw new IllegalArgumentException("expected a decimal number, got '" + line + "'");
                }
                return Float.parseFloat(s);
            }
        }
    }
}
