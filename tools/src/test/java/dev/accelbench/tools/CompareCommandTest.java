package dev.accelbench.tools;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.StringWriter;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class CompareCommandTest {

    private final CliRun cli = new CliRun();
    private final StringWriter out = cli.out;
    private final StringWriter err = cli.err;

    private int run(String... args) {
        return cli.run(args);
    }

    private static String fixture(String name) {
        return CliRun.resource("/compare/" + name);
    }

    @Test
    void twoRunsOfTheSameCodeExitZero() {
        assertEquals(0, run("compare", fixture("baseline.json"), fixture("candidate-same.json")), err.toString());
        String md = out.toString();
        // 3% noise: each benchmark is unchanged, or inconclusive where the 99% interval grazes the 5% band.
        assertTrue(md.contains("0 slower · 0 faster · "), md);
        assertTrue(md.contains("| DotBenchmark.vector | n=4096 | thrpt | 1.988 ops/us | 1.987 ops/us | 1.000 ["), md);
        assertTrue(md.contains("Baseline `" + fixture("baseline.json") + "` (111111111111)"), md);
        assertTrue(md.contains("4 compared exactly, 0 changed."), md);
        assertFalse(md.contains("### Warnings"), "same environment, three forks: nothing to warn about\n" + md);
        assertEquals("", err.toString());
    }

    @Test
    void aTwentyPercentSlowdownExitsOneWithAMarkdownTable() {
        assertEquals(1, run("compare", fixture("baseline.json"), fixture("candidate-slower.json")), err.toString());
        String md = out.toString();
        assertTrue(md.contains("| benchmark | params | mode | baseline | candidate | ratio (99% CI) | verdict |"), md);
        assertTrue(md.matches("(?s).*\\n\\| DotBenchmark\\.vector \\| n=4096 \\| thrpt \\| [12]\\.\\d+ ops/us \\| 1\\.[56]\\d* ops/us"
                + " \\| 0\\.8\\d\\d \\[0\\.\\d{3}, 0\\.\\d{3}] \\(-\\d+\\.\\d%\\) \\| \\*\\*SLOWER\\*\\* \\|\\n.*"), md);
        assertTrue(md.contains("\n| AxpyBenchmark.vector | n=4096 | thrpt | "), md);
        assertTrue(md.contains("| DotBenchmark.vector | n=4096 | gc.alloc.rate.norm | "), md);
        assertTrue(md.contains("0 → 16 B/op, beyond the noise allowance of 8 B"), md);
        assertTrue(md.contains("- environments differ: vector width (vector_bits) is 256 in the baseline and 128 in the"
                + " candidate"), md);
        assertTrue(md.contains("(333333333333-dirty)"), md);
    }

    @Test
    void aLargerThresholdLetsTheSlowdownPass() {
        assertEquals(0, run("compare", fixture("baseline.json"), fixture("candidate-slower.json"),
                "--threshold", "0.5"), err.toString());
        assertEquals(1, run("compare", fixture("baseline.json"), fixture("candidate-slower.json"),
                "--threshold", "50%", "--gate", "all"), "the allocation change still fails the gate");
        assertEquals(1, run("compare", fixture("baseline.json"), fixture("candidate-slower.json"),
                "--gate", "metrics"), "the metrics gate ignores timing but sees the allocation");
        assertEquals(0, run("compare", fixture("baseline.json"), fixture("candidate-same.json"), "--gate", "ALL"));
    }

    @Test
    void jsonAndTableFormats() throws Exception {
        assertEquals(1, run("compare", "--format", "json", fixture("baseline.json"), fixture("candidate-slower.json")));
        JsonNode json = new ObjectMapper().readTree(out.toString());
        assertTrue(json.get("regression").asBoolean());
        assertEquals("slower", json.get("benchmarks").get(0).get("verdict").asText());
        assertEquals(0.05, json.get("settings").get("threshold").asDouble());
        out.getBuffer().setLength(0);
        assertEquals(0, run("compare", "--format", "TABLE", fixture("baseline.json"), fixture("candidate-same.json")));
        assertTrue(out.toString().startsWith("benchmark             params  mode   baseline"), out.toString());
    }

    @ParameterizedTest
    @ValueSource(strings = {"abc", "-5%", "150%"})
    void aBadThresholdIsOneLineAndExitTwo(String threshold) {
        assertEquals(2, run("compare", fixture("baseline.json"), fixture("candidate-same.json"), "--threshold", threshold));
        assertEquals("accelbench compare: invalid threshold \"" + threshold + "\": ", err.toString()
                .substring(0, ("accelbench compare: invalid threshold \"" + threshold + "\": ").length()));
        assertEquals(1, err.toString().lines().count(), err.toString());
        assertEquals("", out.toString());
    }

    @Test
    void aBadAlphaExitsTwo() {
        assertEquals(2, run("compare", fixture("baseline.json"), fixture("candidate-same.json"), "--alpha", "2"));
        assertEquals("accelbench compare: invalid alpha \"2\": must lie strictly between 0 and 0.5",
                err.toString().strip());
    }

    @Test
    void malformedAndMissingFilesAreOneLineAndExitTwo() {
        String truncated = fixture("truncated.json");
        assertEquals(2, run("compare", fixture("baseline.json"), truncated));
        String message = err.toString().strip();
        assertTrue(message.startsWith("accelbench compare: " + truncated + ": truncated JSON (JMH results)"), message);
        assertEquals(1, message.lines().count(), message);
        assertFalse(message.contains("Exception"), message);

        err.getBuffer().setLength(0);
        assertEquals(2, run("compare", "no-such-baseline.json", fixture("baseline.json")));
        assertEquals("accelbench compare: no-such-baseline.json: no such file", err.toString().strip());
    }

    @Test
    void wrongArgumentsExitTwoWithUsage() {
        assertEquals(2, run("compare", fixture("baseline.json")));
        assertTrue(err.toString().contains("Usage: accelbench compare"), err.toString());
        assertEquals(2, run("compare", "--format", "html", fixture("baseline.json"), fixture("candidate-same.json")));
    }

    @Test
    void helpDescribesTheExitCodes() {
        assertEquals(0, run("compare", "--help"));
        assertTrue(out.toString().replaceAll("\\s+", " ").contains("1 the gate failed: a significant slowdown beyond the threshold (--gate timing)"), out.toString());
        out.getBuffer().setLength(0);
        assertEquals(0, run("--help"));
        assertTrue(out.toString().contains("compare"), out.toString());
    }
}
