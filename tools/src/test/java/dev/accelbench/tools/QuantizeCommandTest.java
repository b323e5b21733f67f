package dev.accelbench.tools;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayInputStream;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.charset.StandardCharsets;
import org.junit.jupiter.api.Test;
import picocli.CommandLine;

class QuantizeCommandTest {

    private final StringWriter out = new StringWriter();
    private final StringWriter err = new StringWriter();

    private int run(String stdin, String... args) {
        CommandLine cli = Accelbench.commandLine();
        cli.setOut(new PrintWriter(out));
        cli.setErr(new PrintWriter(err));
        QuantizeCommand quantize = cli.getSubcommands().get("quantize").getCommand();
        quantize.input = new ByteArrayInputStream(stdin.getBytes(StandardCharsets.UTF_8));
        String[] all = new String[args.length + 1];
        all[0] = "quantize";
        System.arraycopy(args, 0, all, 1, args.length);
        return cli.execute(all);
    }

    private String[] lines() {
        return out.toString().split("\\R");
    }

    @Test
    void decimalsInDecimalsOut() {
        assertEquals(0, run("450\n464\n465\n-0.001\n1e10\nNaN\n", "--to", "e4m3"));
        assertEquals(String.join("\n", "448.0", "448.0", "NaN", "-0.001953125", "NaN", "NaN"),
                out.toString().strip().replace("\r", ""));
    }

    @Test
    void bitPatternsInBitPatternsOut() {
        // 450f = 0x43e10000 -> 448f = 0x43e00000; 61440f = 0x47700000 -> Inf in E5M2; NaN with its sign.
        assertEquals(0, run("43e10000\n47700000\nFFC00000\n", "--to", "e5m2", "--bits"));
        assertEquals("43e00000", lines()[0]);
        assertEquals("7f800000", lines()[1]);
        assertEquals("ffc00000", lines()[2]);
    }

    @Test
    void roundingAndOverflowOptions() {
        assertEquals(0, run("1000\n-1000\n", "--to", "e4m3", "--rounding", "rtz"));
        assertEquals("448.0", lines()[0]);
        assertEquals("-448.0", lines()[1]);
        out.getBuffer().setLength(0);
        assertEquals(0, run("1e10\n", "--to", "e5m2", "--overflow", "saturate"));
        assertEquals("57344.0", lines()[0]);
    }

    @Test
    void hysteresisFollowsTheInputOrder() {
        assertEquals(0, run("1.0\n1.1\n1.12\n1.13\n1.1\n", "--to", "e4m3", "--rounding", "hysteresis"));
        assertEquals("1.0 1.0 1.0 1.125 1.125", String.join(" ", lines()));
    }

    @Test
    void stochasticRoundingIsReproducibleBySeed() {
        String input = "1.03\n".repeat(50);
        assertEquals(0, run(input, "--to", "e4m3", "--rounding", "stochastic", "--seed", "7"));
        String first = out.toString();
        out.getBuffer().setLength(0);
        assertEquals(0, run(input, "--to", "e4m3", "--rounding", "stochastic", "--seed", "7"));
        assertEquals(first, out.toString());
        assertTrue(first.contains("1.0\n") && first.contains("1.125\n"));
    }

    @Test
    void verboseAddsCodeValueAndError() {
        assertEquals(0, run("450\n", "--to", "e4m3", "--verbose"));
        assertEquals("448.0 7e 448.0 -2.0", lines()[0]);
    }

    @Test
    void malformedLinesAreNamedAndTheRestIsProcessed() {
        assertEquals(1, run("1.5\nabc\n2.5\n1.5f\n", "--to", "e2m1"));
        assertEquals("1.5 2.0", String.join(" ", lines()));
        assertTrue(err.toString().contains("line 2"), err.toString());
        assertTrue(err.toString().contains("line 4"), err.toString());
        err.getBuffer().setLength(0);
        assertEquals(1, run("3fc0000\n", "--to", "e2m1", "--bits"));
        assertTrue(err.toString().contains("line 1: expected exactly 8 hex digits"), err.toString());
    }

    @Test
    void sqnrPrintsTheTableOfTheChosenFormats() {
        assertEquals(0, run("", "--sqnr", "--samples", "4096", "--formats", "e4m3,bfp8,mxfp8-e4m3"));
        String table = out.toString();
        assertTrue(table.contains("SQNR in dB"), table);
        assertTrue(table.contains("e4m3") && table.contains("bfp8") && table.contains("mxfp8-e4m3"), table);
        out.getBuffer().setLength(0);
        assertEquals(0, run("", "--sqnr", "--samples", "4096", "--formats", "bf16", "--format", "json"));
        assertTrue(out.toString().contains("\"sqnr_db\""), out.toString());
    }

    @Test
    void badOptionsExitWithTwo() {
        assertEquals(2, run("1\n", "--to", "e9m40"));
        assertTrue(err.toString().contains("eXmY"), err.toString());
        assertEquals(2, run("1\n", "--to", "e4m3", "--rounding", "nearest"));
        assertEquals(2, run("1\n", "--to", "e4m3", "--overflow", "wrap"));
        assertEquals(2, run("1\n"));
    }
}
