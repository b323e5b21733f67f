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
        assertEquals(0, run(new LeopardCommand(), "--preset", "hp", "--workload", "bert-b"), err.toString());
        String t = out.toString();
        assertTrue(t.contains("HP-LEOPARD on bert-b-glue"), t);
        assertTrue(t.contains("energy_key_buffer") && t.contains("throughput_40nm_dennard"), t);
        assertTrue(t.contains("speedup: 1.759"), t);
        assertTrue(t.contains("574.1 GOPs/s"), "Table 2.3 shown for its workload: " + t);
    }

    @Test
    void leopardJsonParses() throws Exception {
        assertEquals(0, run(new LeopardCommand(), "--preset", "ae", "--workload", "memn2n", "--format", "json"),
                err.toString());
        JsonNode doc = new ObjectMapper().readTree(out.toString());
        assertEquals("AE-LEOPARD", doc.get("design").asText());
        double speedup = doc.get("ratios").get("speedup").asDouble();
        assertTrue(speedup > 2 && speedup < 2.3, "AE on MemN2N: " + speedup);
        assertTrue(doc.get("metrics").get("cycles").get("baseline").asDouble() > doc.get("metrics").get("cycles")
                .get("value").asDouble());
    }

    @Test
    void leopardStatsFileOverrides(@TempDir Path dir) throws Exception {
        Path f = dir.resolve("stats.json");
        Files.writeString(f, "{\"pruning_rate\": 0.0, \"avg_bits_pruned\": 12, \"other\": 1}");
        assertEquals(0, run(new LeopardCommand(), "--preset", "ae", "--workload", "vit-b", "--stats", f.toString(),
                "--format", "csv"), err.toString());
        String csv = out.toString();
        assertTrue(csv.startsWith("metric,unit,value,baseline"), csv);
        // No pruning: six 6-step QK-DPUs run as fast as the one 12x12 unit.
        String speedup = csv.lines().filter(l -> l.startsWith("speedup,")).findFirst().orElseThrow();
        assertEquals(1.0, Double.parseDouble(speedup.split(",")[2]), 0.01, speedup);
    }

    @Test
    void leopardBadNamesListTheValidOnes() {
        assertEquals(2, run(new LeopardCommand(), "--preset", "xl", "--workload", "bert-b"));
        assertTrue(err.toString().contains("valid: ae, hp"), err.toString());
        err.getBuffer().setLength(0);
        assertEquals(2, run(new LeopardCommand(), "--workload", "t5"));
        assertTrue(err.toString().contains("valid: memn2n, bert-b-glue"), err.toString());
    }

    @Test
    void leopardBadStatsFileIsNamed(@TempDir Path dir) throws Exception {
        Path f = dir.resolve("bad.json");
        Files.writeString(f, "{\"pruning_rate\": \"high\"}");
        assertEquals(2, run(new LeopardCommand(), "--workload", "bert-b", "--stats", f.toString()));
        assertTrue(err.toString().contains("pruning_rate must be a number"), err.toString());
    }

    @Test
    void sprintTableAndJson() throws Exception {
        assertEquals(0, run(new SprintCommand(), "--preset", "m", "--workload", "bert-b"), err.toString());
        assertTrue(out.toString().contains("M-SPRINT on bert-b"), out.toString());
        assertTrue(out.toString().contains("energy_in_memory_pruning"), out.toString());
        out.getBuffer().setLength(0);
        assertEquals(0, run(new SprintCommand(), "--preset", "S", "--workload", "vit-b", "--format", "json"));
        JsonNode doc = new ObjectMapper().readTree(out.toString());
        assertEquals("S-SPRINT", doc.get("design").asText());
        double speedup = doc.get("ratios").get("speedup").asDouble();
        assertTrue(speedup > 2.4 && speedup < 3.0, "ViT-B: " + speedup);
    }

    @Test
    void sprintRunsMemn2nWithANote() {
        assertEquals(0, run(new SprintCommand(), "--preset", "l", "--workload", "memn2n"), err.toString());
        assertTrue(out.toString().contains("note: SPRINT did not study memn2n"), out.toString());
    }

    @Test
    void sprintBadNamesListTheValidOnes() {
        assertEquals(2, run(new SprintCommand(), "--preset", "xl", "--workload", "bert-b"));
        assertTrue(err.toString().contains("valid: s, m, l"), err.toString());
        err.getBuffer().setLength(0);
        assertEquals(2, run(new SprintCommand(), "--workload", "t5"));
        assertTrue(err.toString().contains("valid: bert-b, bert-l"), err.toString());
    }
}
