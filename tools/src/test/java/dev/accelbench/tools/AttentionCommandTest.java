package dev.accelbench.tools;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class AttentionCommandTest {

    @Test
    void printsTheStatisticsOfAWorkload() {
        CliRun cli = new CliRun();
        assertEquals(0, cli.run("attention", "--workload", "memn2n", "--heads", "8"), cli.err.toString());
        String out = cli.out.toString();
        assertTrue(out.contains("memn2n (MemN2N (bAbI)): 8 heads x S 50 x d 20"), out);
        assertTrue(out.contains("calibrated for 91.7%, leopard's rate"), out);
        assertTrue(out.contains("bits per pruned score"), out);
        assertTrue(out.contains("fetched anew"), out);
    }

    @Test
    void writesJsonWithTheDocumentedSchema(@TempDir Path dir) throws Exception {
        Path stats = dir.resolve("stats.json");
        CliRun cli = new CliRun();
        assertEquals(0, cli.run("attention", "--workload", "vit-b-cifar10", "--seed", "3",
                "--paper", "sprint", "--stats-out", stats.toString(), "--format", "json"), cli.err.toString());
        JsonNode doc = new ObjectMapper().readTree(stats.toFile());
        assertEquals(new ObjectMapper().readTree(cli.out.toString()), doc);
        assertEquals("accelbench-attention-stats/1", doc.get("schema").asText());
        assertEquals("vit-b-cifar10", doc.get("workload").get("name").asText());
        assertEquals(0.644, doc.get("target_rate").asDouble());
        assertEquals("sprint", doc.get("rate_paper").asText());
        JsonNode leopard = doc.get("leopard");
        assertEquals(0.644, leopard.get("pruning_rate").asDouble(), 0.03);
        assertEquals(13, leopard.get("pruned_by_bits").size());
        long pruned = 0;
        for (JsonNode n : leopard.get("pruned_by_bits")) {
            pruned += n.asLong();
        }
        assertEquals(leopard.get("pruned").asLong(), pruned);
        assertEquals(8 * 197, leopard.get("kept_per_query").size());
        assertTrue(leopard.get("adjacent_queries").get("reuse_ratio").asDouble() > 2);
        JsonNode sprint = doc.get("sprint");
        assertEquals(4, sprint.get("msb_bits").asInt());
        assertTrue(sprint.has("false_prunes"));
        // float32 scores vs LEOPARD's 12-bit codes: a few decisions next to Th differ
        assertEquals(leopard.get("pruning_rate").asDouble(), sprint.get("exact_pruning_rate").asDouble(), 1e-3);
        try (var files = Files.list(dir)) {
            assertEquals(1, files.count(), "no temporary file left behind");
        }
    }

    @Test
    void givenThresholdAndNpyInput() {
        CliRun cli = new CliRun();
        String h = CliRun.resource("/attention/heads-f4.npy");
        assertEquals(0, cli.run("attention", "--q", h, "--k", h, "--v", h, "--threshold", "0.5", "--format", "json"),
                cli.err.toString());
        assertTrue(cli.out.toString().contains("\"threshold\" : 0.5"), cli.out.toString());
    }

    @Test
    void badInputExitsTwoWithAMessage() {
        CliRun cli = new CliRun();
        assertEquals(2, cli.run("attention", "--workload", "gpt3"));
        assertTrue(cli.err.toString().contains("unknown attention workload 'gpt3'; known: memn2n"), cli.err.toString());
        CliRun both = new CliRun();
        assertEquals(2, both.run("attention", "--workload", "memn2n", "--threshold", "1", "--target-rate", "0.5"));
        CliRun none = new CliRun();
        assertEquals(2, none.run("attention"));
        assertTrue(none.err.toString().contains("give --workload NAME"), none.err.toString());
        CliRun rate = new CliRun();
        assertEquals(2, rate.run("attention", "--workload", "memn2n", "--target-rate", "1.5"));
        CliRun noSprint = new CliRun();
        assertEquals(2, noSprint.run("attention", "--workload", "memn2n", "--paper", "sprint"));
        assertTrue(noSprint.err.toString().contains("sprint reports no pruning rate for memn2n"), noSprint.err.toString());
        CliRun step = new CliRun();
        assertEquals(2, step.run("attention", "--workload", "memn2n", "--bits-per-step", "5"));
        CliRun missing = new CliRun();
        assertEquals(2, missing.run("attention", "--q", "/nonexistent.npy", "--k", "/x.npy", "--v", "/y.npy",
                "--threshold", "0"));
        assertTrue(missing.err.toString().contains("/nonexistent.npy: cannot read"), missing.err.toString());
        CliRun badDir = new CliRun();
        assertEquals(2, badDir.run("attention", "--workload", "memn2n", "--heads", "1", "--stats-out",
                "/nonexistent-dir/x.json"));
        assertFalse(badDir.err.toString().isEmpty());
    }
}
