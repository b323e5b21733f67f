package dev.accelbench.tools.model;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import picocli.CommandLine;

/** The commands run through picocli directly (the model parent command is registered elsewhere). */
class PaperModelCommandsTest {

    private final StringWriter out = new StringWriter();
    private final StringWriter err = new StringWriter();

    private int run(Object command, String... args) {
        CommandLine cli = new CommandLine(command).setCaseInsensitiveEnumValuesAllowed(true);
        cli.setOut(new PrintWriter(out));
        cli.setErr(new PrintWriter(err));
        return cli.execute(args);
    }

    @Test
    void leopardTableShowsSpeedupAndComponents() {
        assertEquals(0, run(new LeopardCommand(), "--preset", "hp", "--workload", "bert-b-glue", "--paper-stats"),
                err.toString());
        String t = out.toString();
        assertTrue(t.contains("HP-LEOPARD on bert-b-glue"), t);
        assertTrue(t.contains("(thesis section 2.4.2)"), t);
        assertTrue(t.contains("energy_key_buffer") && t.contains("throughput_40nm_dennard"), t);
        assertTrue(t.contains("speedup: 1.759"), t);
        assertTrue(t.contains("574.1 GOPs/s"), "Table 2.3 shown for its workload: " + t);
    }

    @Test
    void leopardJsonParses() throws Exception {
        assertEquals(0, run(new LeopardCommand(), "--preset", "ae", "--workload", "memn2n", "--paper-stats",
                "--format", "json"), err.toString());
        JsonNode doc = new ObjectMapper().readTree(out.toString());
        assertEquals("AE-LEOPARD", doc.get("design").asText());
        double speedup = doc.get("ratios").get("speedup").asDouble();
        assertTrue(speedup > 2 && speedup < 2.3, "AE on MemN2N: " + speedup);
        assertTrue(doc.get("metrics").get("cycles").get("baseline").asDouble() > doc.get("metrics").get("cycles")
                .get("value").asDouble());
    }

    @Test
    void leopardWithoutStatsRunsTheBitSerialKernel() throws Exception {
        assertEquals(0, run(new LeopardCommand(), "--preset", "hp", "--workload", "memn2n", "--heads", "4",
                "--format", "json"), err.toString());
        JsonNode doc = new ObjectMapper().readTree(out.toString());
        String statistics = doc.get("statistics").asText();
        assertTrue(statistics.contains("bit-serial kernel on the workload generator (seed 1, 4 heads"), statistics);
        assertTrue(statistics.contains("leopard's 91.7%"), statistics);
        // The generator's scores are not MemN2N's: the rate is calibrated, the bits are the kernel's own.
        double speedup = doc.get("ratios").get("speedup").asDouble();
        double thesis = doc.get("ratios").get("speedup with the thesis' statistics").asDouble();
        assertTrue(speedup > 1.5 && speedup < 4, "kernel statistics: " + speedup);
        assertTrue(thesis > 2.5 && thesis < 3.5, "thesis statistics: " + thesis);
    }

    @Test
    void leopardRunsAWorkloadItDidNotStudyWithANote() {
        assertEquals(0, run(new LeopardCommand(), "--preset", "ae", "--workload", "albert-xl-squad", "--paper-stats"),
                err.toString());
        assertTrue(out.toString().contains("note: LEOPARD (thesis chapter 2) did not study albert-xl-squad"),
                out.toString());
    }

    @Test
    void leopardBadNamesListTheValidOnes() {
        assertEquals(2, run(new LeopardCommand(), "--preset", "xl", "--workload", "bert-b-glue"));
        assertTrue(err.toString().contains("valid: ae, hp"), err.toString());
        err.getBuffer().setLength(0);
        assertEquals(2, run(new LeopardCommand(), "--workload", "t5"));
        assertTrue(err.toString().contains("known: memn2n, bert-b-glue, bert-l-glue"), err.toString());
        err.getBuffer().setLength(0);
        assertEquals(2, run(new LeopardCommand(), "--workload", "memn2n", "--paper-stats", "--stats", "x.json"));
        assertTrue(err.toString().contains("exclude each other"), err.toString());
    }

    @Test
    void badStatsFilesAreNamed(@TempDir Path dir) throws Exception {
        Path old = dir.resolve("old.json");
        Files.writeString(old, "{\"pruning_rate\": 0.5}");
        assertEquals(2, run(new LeopardCommand(), "--workload", "bert-b-glue", "--stats", old.toString()));
        assertTrue(err.toString().contains(old + ": schema is missing, expected \"accelbench-attention-stats/1\""),
                err.toString());
        err.getBuffer().setLength(0);
        Path broken = dir.resolve("broken.json");
        Files.writeString(broken, "{\"schema\": \"accelbench-attention-stats/1\", ");
        assertEquals(2, run(new SprintCommand(), "--workload", "bert-b-squad", "--stats", broken.toString()));
        assertTrue(err.toString().contains(broken + ": cannot read statistics"), err.toString());
        err.getBuffer().setLength(0);
        Path noRate = dir.resolve("norate.json");
        Files.writeString(noRate, "{\"schema\": \"accelbench-attention-stats/1\", \"workload\": {\"name\": null, "
                + "\"seq_len\": 8, \"head_dim\": 4, \"valid_length\": 8}, \"leopard\": {}, \"sprint\": "
                + "{\"adjacent_queries\": {}}}");
        assertEquals(2, run(new LeopardCommand(), "--workload", "bert-b-glue", "--stats", noRate.toString()));
        assertTrue(err.toString().contains(noRate + ": field leopard.pruning_rate must be a number"), err.toString());
        err.getBuffer().setLength(0);
        assertEquals(2, run(new SprintCommand(), "--workload", "bert-b-squad", "--stats",
                dir.resolve("missing.json").toString()));
        assertTrue(err.toString().contains("missing.json: cannot read statistics"), err.toString());
    }

    @Test
    void sprintTableAndJson() throws Exception {
        assertEquals(0, run(new SprintCommand(), "--preset", "m", "--workload", "bert-b-squad", "--paper-stats"),
                err.toString());
        assertTrue(out.toString().contains("M-SPRINT on bert-b-squad"), out.toString());
        assertTrue(out.toString().contains("energy_in_memory_pruning"), out.toString());
        out.getBuffer().setLength(0);
        assertEquals(0, run(new SprintCommand(), "--preset", "S", "--workload", "vit-b-cifar10", "--paper-stats",
                "--format", "json"));
        JsonNode doc = new ObjectMapper().readTree(out.toString());
        assertEquals("S-SPRINT", doc.get("design").asText());
        double speedup = doc.get("ratios").get("speedup").asDouble();
        assertTrue(speedup > 2.4 && speedup < 3.0, "ViT-B: " + speedup);
    }

    @Test
    void sprintWithoutStatsReplaysTheKernelsPruningVectors() throws Exception {
        assertEquals(0, run(new SprintCommand(), "--preset", "m", "--workload", "bert-b-squad", "--heads", "1",
                "--format", "json"), err.toString());
        JsonNode doc = new ObjectMapper().readTree(out.toString());
        String statistics = doc.get("statistics").asText();
        assertTrue(statistics.contains("SPRINT kernel on the workload generator (seed 1, 1 heads"), statistics);
        assertTrue(statistics.contains("per-query pruning vectors replayed"), statistics);
        double speedup = doc.get("ratios").get("speedup").asDouble();
        assertTrue(speedup > 3 && speedup < 25, "M-SPRINT on the kernel's vectors: " + speedup);
        assertTrue(doc.get("ratios").has("speedup with the thesis' statistics"), doc.toString());
    }

    @Test
    void sprintRunsWorkloadsItDidNotStudyWithANote() {
        assertEquals(0, run(new SprintCommand(), "--preset", "l", "--workload", "memn2n", "--paper-stats"),
                err.toString());
        assertTrue(out.toString().contains("note: SPRINT (thesis chapter 3) did not study memn2n"), out.toString());
        out.getBuffer().setLength(0);
        assertEquals(0, run(new SprintCommand(), "--preset", "s", "--workload", "bert-b-glue", "--heads", "1"),
                err.toString());
        assertTrue(out.toString().contains("note: SPRINT (thesis chapter 3) did not study bert-b-glue"), out.toString());
        assertTrue(out.toString().contains("calibrated for leopard's 78.6%"), out.toString());
    }

    @Test
    void sprintBadNamesListTheValidOnes() {
        assertEquals(2, run(new SprintCommand(), "--preset", "xl", "--workload", "bert-b-squad"));
        assertTrue(err.toString().contains("valid: s, m, l"), err.toString());
        err.getBuffer().setLength(0);
        assertEquals(2, run(new SprintCommand(), "--workload", "bert-b"));
        assertTrue(err.toString().contains("known: memn2n, bert-b-glue"), err.toString());
    }
}
