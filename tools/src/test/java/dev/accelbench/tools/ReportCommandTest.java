package dev.accelbench.tools;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.io.StringWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class ReportCommandTest {

    @TempDir
    Path dir;

    private final CliRun cli = new CliRun();
    private final StringWriter out = cli.out;
    private final StringWriter err = cli.err;

    private int run(String... args) {
        return cli.run(args);
    }

    private static String fixture(String name) {
        return CliRun.resource("/" + name);
    }

    @Test
    void writesTheHtmlReportAndTheMarkdownSummary() throws IOException {
        Path output = dir.resolve("report");
        assertEquals(0, run("report", fixture("report/real-run.json"), "-o", output.toString()), err.toString());
        assertEquals("wrote " + output.resolve("report.html") + "\nwrote " + output.resolve("summary.md") + "\n",
                out.toString());
        assertEquals("", err.toString());
        String html = Files.readString(output.resolve("report.html"));
        assertTrue(html.contains("<h2>FakeQuantizeBenchmark</h2>"));
        assertTrue(html.contains("<dd>AMD EPYC</dd>"));
        assertEquals(6, html.split("<svg ", -1).length - 1, "roofline, 3 throughput charts, 2 arraycopy baselines");
        String md = Files.readString(output.resolve("summary.md"));
        assertTrue(md.contains("## FakeQuantizeBenchmark"), md);
        assertTrue(md.contains("| vector | 16777216 | e4m3 | thrpt | 3.292e-07 ± 1.6e-07 ops/ns | 11.05 ± 5.2 GB/s |"), md);
    }

    @Test
    void mergesSeveralFiles() throws IOException {
        Path output = dir.resolve("merged");
        assertEquals(0, run("report", fixture("report/real-run.json"), fixture("compare/baseline.json"),
                "--output", output.toString()), err.toString());
        String md = Files.readString(output.resolve("summary.md"));
        assertTrue(md.contains("## Run 1: `") && md.contains("## Run 2: `"), md);
        assertTrue(md.contains("- git commit: 1111111111111111111111111111111111111111\n"), "the second file's sidecar\n" + md);
    }

    @Test
    void aMissingOrMalformedFileIsOneLineAndExitTwoAndWritesNothing() {
        Path output = dir.resolve("never");
        assertEquals(2, run("report", fixture("report/real-run.json"), "no-such.json", "-o", output.toString()));
        assertEquals("accelbench report: no-such.json: no such file\n", err.toString());
        assertFalse(Files.exists(output), "nothing is written when an input is bad");

        err.getBuffer().setLength(0);
        String truncated = fixture("compare/truncated.json");
        assertEquals(2, run("report", truncated, "-o", output.toString()));
        String message = err.toString();
        assertTrue(message.startsWith("accelbench report: " + truncated + ": truncated JSON (JMH results)"), message);
        assertEquals(1, message.lines().count(), message);
        assertEquals("", out.toString());
    }

    @Test
    void anOutputThatIsAnExistingFileIsOneLineAndExitTwo() throws IOException {
        Path file = Files.writeString(dir.resolve("results.json"), "keep me");
        assertEquals(2, run("report", fixture("report/real-run.json"), "-o", file.toString()));
        assertEquals("accelbench report: " + file + ": exists and is not a directory; -o takes the directory to write "
                + "report.html and summary.md into\n", err.toString());
        assertEquals("keep me", Files.readString(file));
    }

    @Test
    void anEmptyResultsFileIsAnError() throws IOException {
        Path empty = Files.writeString(dir.resolve("empty.json"), "[]");
        assertEquals(2, run("report", empty.toString(), "-o", dir.resolve("out").toString()));
        assertEquals("accelbench report: " + empty + ": no benchmark results (the JSON array is empty): nothing to report\n",
                err.toString());
    }

    @Test
    void usageErrorsExitTwo() {
        assertEquals(2, run("report", fixture("report/real-run.json")));
        assertTrue(err.toString().contains("Missing required option: '--output=DIR'"), err.toString());
        err.getBuffer().setLength(0);
        assertEquals(2, run("report", "-o", dir.toString()));
        assertTrue(err.toString().contains("Usage: accelbench report"), err.toString());
    }

    @Test
    void helpListsTheCommand() {
        assertEquals(0, run("--help"));
        assertTrue(out.toString().contains("report"), out.toString());
        out.getBuffer().setLength(0);
        assertEquals(0, run("report", "--help"));
        assertTrue(out.toString().contains("Usage: accelbench report [-hV] -o=DIR RESULTS.json..."), out.toString());
    }
}
