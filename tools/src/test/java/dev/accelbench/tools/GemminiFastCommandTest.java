package dev.accelbench.tools;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** {@code accelbench model gemmini} and {@code accelbench model fast}, in-process through the registered parent command. */
class GemminiFastCommandTest {

    @Test
    void gemminiTableShowsEveryBlockAtBothAccumulators() {
        CliRun cli = new CliRun();
        assertEquals(0, cli.run("model", "gemmini"), cli.err.toString());
        String t = cli.out.toString();
        assertTrue(t.contains("accumulator 128 KiB") && t.contains("accumulator 256 KiB"), t);
        for (String block : new String[] {"qkv_proj", "qk_t+softmax", "pv", "w_out+layernorm", "ffn_w1", "ffn_w2+layernorm",
                "mha (qk_t+softmax fused only)", "ffn (w2+layernorm fused)"}) {
            assertTrue(t.contains(block), block + " in " + t);
        }
        assertTrue(t.contains("survey: about -22%"), t);
    }

    @Test
    void gemminiJsonHasComparisonsAndEdp() throws Exception {
        CliRun cli = new CliRun();
        assertEquals(0, cli.run("model", "gemmini", "--accumulator-kb", "256", "--seq-len", "512", "--format", "json"),
                cli.err.toString());
        JsonNode doc = new ObjectMapper().readTree(cli.out.toString());
        assertEquals(1, doc.get("results").size());
        JsonNode r = doc.get("results").get(0);
        assertEquals(256.0, r.get("accumulator_kb").asDouble());
        assertEquals(6, r.get("blocks").size());
        JsonNode qk = r.get("blocks").get(1);
        assertEquals("qk_t+softmax", qk.get("name").asText());
        assertEquals(12, qk.get("count").asInt());
        assertTrue(qk.get("fused").get("cycles").asLong() < qk.get("unfused").get("cycles").asLong());
        assertTrue(qk.get("fused").get("edp_joule_seconds").asDouble() > 0);
        double saving = r.get("comparisons").get("softmax_fusion_mha_saving").asDouble();
        assertTrue(saving > 0.10 && saving < 0.35, "survey about 22%: " + saving);
        assertEquals(0.27, doc.get("published").get("w2_layernorm_fusion_ffn_penalty").asDouble());
    }

    @Test
    void gemminiCsvHasOneRowPerBlockAndTotal() {
        CliRun cli = new CliRun();
        assertEquals(0, cli.run("model", "gemmini", "--accumulator-kb", "128", "--seq-len", "128", "--format", "csv"),
                cli.err.toString());
        String[] lines = cli.out.toString().strip().split("\n");
        assertTrue(lines[0].startsWith("accumulator_kb,block,count,unfused_cycles,fused_cycles"), lines[0]);
        assertEquals(1 + 6 + 3, lines.length, cli.out.toString());
        for (String l : lines) {
            assertEquals(13, l.split(",", -1).length, l);
        }
    }

    @Test
    void gemminiBadValuesExit2WithAMessage() {
        String[][] bad = {{"--accumulator-kb", "big"}, {"--accumulator-kb", "0"}, {"--accumulator-kb", "1"},
                {"--seq-len", "0"}, {"--seq-len", "100000"}, {"--format", "xml"}};
        String[] expected = {"--accumulator-kb must be sizes", "must be positive", "cannot hold two 16 x 16", "--seq-len must be",
                "--seq-len must be", "format"};
        for (int i = 0; i < bad.length; i++) {
            CliRun cli = new CliRun();
            String[] args = new String[bad[i].length + 2];
            args[0] = "model";
            args[1] = "gemmini";
            System.arraycopy(bad[i], 0, args, 2, bad[i].length);
            assertEquals(2, cli.run(args), String.join(" ", bad[i]));
            assertTrue(cli.err.toString().contains(expected[i]), cli.err.toString());
        }
    }

    @Test
    void fastByMantissaScalesWithChunkSteps() throws Exception {
        for (int m : new int[] {2, 4, 6, 8}) {
            CliRun cli = new CliRun();
            assertEquals(0, cli.run("model", "fast", "--workload", "bert-b", "--mantissa", String.valueOf(m), "--format",
                    "json"), cli.err.toString());
            JsonNode r = new ObjectMapper().readTree(cli.out.toString()).get("results").get(0);
            assertEquals((m / 2) * (m / 2), r.get("cycle_ratio").asDouble(), 1e-9, "m=" + m);
            assertTrue(r.get("energy_reduction").asDouble() > 1);
        }
    }

    @Test
    void fastDefaultScheduleLiesBetweenTwoAndEightBits() {
        CliRun cli = new CliRun();
        assertEquals(0, cli.run("model", "fast", "--workload", "gpt2-l", "--format", "csv"), cli.err.toString());
        String[] lines = cli.out.toString().strip().split("\n");
        assertEquals(6, lines.length, cli.out.toString());
        assertTrue(lines[1].startsWith("progressive (default),"), lines[1]);
        double sched = Double.parseDouble(lines[1].split(",")[4]);
        double m2 = Double.parseDouble(lines[2].split(",")[4]);
        double m8 = Double.parseDouble(lines[5].split(",")[4]);
        assertTrue(m2 < sched && sched < m8, m2 + " < " + sched + " < " + m8);
        CliRun table = new CliRun();
        assertEquals(0, table.run("model", "fast", "--workload", "vit-b"));
        assertTrue(table.out.toString().contains("12 layers, S = 197"), table.out.toString());
    }

    @Test
    void fastScheduleFile(@TempDir Path dir) throws Exception {
        Path f = dir.resolve("sched.json");
        // Every layer at 4 bits for the whole run: the same as --mantissa 4.
        Files.writeString(f, "{\"default_bits\": 8, \"rules\": [{\"layers\": [0, 23], \"bits\": 4}]}");
        CliRun cli = new CliRun();
        assertEquals(0, cli.run("model", "fast", "--workload", "bert-l", "--schedule", f.toString(), "--format", "json"),
                cli.err.toString());
        JsonNode r = new ObjectMapper().readTree(cli.out.toString()).get("results").get(0);
        assertEquals("schedule sched.json", r.get("precision").asText());
        assertEquals(4.0, r.get("cycle_ratio").asDouble(), 1e-9);
    }

    @Test
    void fastBadInputsExit2WithAMessage(@TempDir Path dir) throws Exception {
        Path broken = dir.resolve("broken.json");
        Files.writeString(broken, "{\"default_bits\": 8, \"rules\": [");
        Path badBits = dir.resolve("bits.json");
        Files.writeString(badBits, "{\"default_bits\": 8, \"rules\": [{\"bits\": 3}]}");
        Path typo = dir.resolve("typo.json");
        Files.writeString(typo, "{\"default_bits\": 8, \"rulez\": []}");
        String[][] bad = {
                {"--workload", "t5"},
                {"--workload", "bert-b", "--mantissa", "5"},
                {"--workload", "bert-b", "--mantissa", "4", "--schedule", typo.toString()},
                {"--workload", "bert-b", "--schedule", broken.toString()},
                {"--workload", "bert-b", "--schedule", badBits.toString()},
                {"--workload", "bert-b", "--schedule", typo.toString()},
                {"--workload", "bert-b", "--schedule", dir.resolve("missing.json").toString()}};
        String[] expected = {"known: bert-b, bert-l, gpt2-l, vit-b", "2, 4, 6 or 8", "at most one of", "not valid JSON",
                "rules[0]: mantissa bits must be 2, 4, 6 or 8", "unknown field 'rulez'", "cannot read schedule"};
        for (int i = 0; i < bad.length; i++) {
            CliRun cli = new CliRun();
            String[] args = new String[bad[i].length + 2];
            args[0] = "model";
            args[1] = "fast";
            System.arraycopy(bad[i], 0, args, 2, bad[i].length);
            assertEquals(2, cli.run(args), String.join(" ", bad[i]));
            assertTrue(cli.err.toString().contains(expected[i]), expected[i] + " in " + cli.err);
        }
    }
}
