package dev.accelbench.tools;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** accelbench attention --stats-out feeding accelbench model leopard|sprint --stats, end to end. */
class PaperModelsFromAttentionStatsTest {

    @Test
    void modelsReadTheStatisticsTheAttentionCommandWrote(@TempDir Path dir) throws Exception {
        Path stats = dir.resolve("memn2n.json");
        CliRun attention = new CliRun();
        assertEquals(0, attention.run("attention", "--workload", "memn2n", "--heads", "4", "--seed", "2",
                "--stats-out", stats.toString()), attention.err.toString());
        JsonNode written = new ObjectMapper().readTree(stats.toFile());

        CliRun leopard = new CliRun();
        assertEquals(0, leopard.run("model", "leopard", "--preset", "ae", "--workload", "memn2n", "--stats",
                stats.toString(), "--format", "json"), leopard.err.toString());
        JsonNode doc = new ObjectMapper().readTree(leopard.out.toString());
        String statistics = doc.get("statistics").asText();
        assertTrue(statistics.contains(stats + " (accelbench attention, bit-serial run)"), statistics);
        String rate = String.format(java.util.Locale.ROOT, "pruning=%.1f%%",
                100 * written.get("leopard").get("pruning_rate").asDouble());
        assertTrue(statistics.contains(rate), statistics + " vs " + rate);
        assertTrue(doc.get("ratios").get("speedup").asDouble() > 1, doc.toString());

        CliRun sprint = new CliRun();
        assertEquals(0, sprint.run("model", "sprint", "--preset", "s", "--workload", "memn2n", "--stats",
                stats.toString()), sprint.err.toString());
        assertTrue(sprint.out.toString().contains("(accelbench attention, SPRINT run summary)"), sprint.out.toString());

        CliRun other = new CliRun();
        assertEquals(2, other.run("model", "sprint", "--workload", "vit-b-cifar10", "--stats", stats.toString()));
        assertTrue(other.err.toString().contains(stats + ": statistics are of workload memn2n, not vit-b-cifar10"),
                other.err.toString());
    }
}
