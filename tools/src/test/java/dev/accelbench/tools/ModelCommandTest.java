package dev.accelbench.tools;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import org.junit.jupiter.api.Test;

class ModelCommandTest {

    @Test
    void jsonHasTheRequiredKeysAndScaleSimCycles() throws Exception {
        CliRun cli = new CliRun();
        assertEquals(0, cli.run("model", "systolic", "--rows", "32", "--cols", "32", "--dataflow", "ws", "--gemm",
                "512,768,768", "--format", "json"), cli.err.toString());
        JsonNode r = new ObjectMapper().readTree(cli.out.toString()).get("results").get(0);
        // 24 x 24 folds of 2*32 + 32 + 512 - 2 = 606 cycles, minus SCALE-Sim's uncounted last cycle.
        assertEquals(24 * 24 * 606 - 1, r.get("total_cycles").asLong());
        assertEquals(0, r.get("stall_cycles").asLong());
        assertTrue(r.get("utilization").asDouble() <= 1);
        for (String key : new String[] {"sram_reads", "sram_writes", "dram_reads", "dram_writes"}) {
            for (String op : new String[] {"ifmap", "filter", "ofmap"}) {
                assertTrue(r.get(key).has(op), key + "." + op);
            }
        }
        for (String c : new String[] {"mac", "ifmap_sram", "filter_sram", "ofmap_sram", "dram", "total"}) {
            assertTrue(r.get("energy_pj").get(c).asDouble() >= 0, c);
        }
        assertTrue(r.get("edp_joule_seconds").asDouble() > 0);
    }

    @Test
    void presetWorkloadAndOverrides() throws Exception {
        CliRun cli = new CliRun();
        assertEquals(0, cli.run("model", "systolic", "--preset", "gemmini", "--workload", "bert-b", "--dataflow", "os",
                "--sram-kb", "128,128,512", "--bandwidth", "8", "--format", "json"), cli.err.toString());
        JsonNode doc = new ObjectMapper().readTree(cli.out.toString());
        assertEquals(16, doc.get("accelerator").get("rows").asInt());
        assertEquals("os", doc.get("accelerator").get("dataflow").asText());
        assertEquals(8.0, doc.get("accelerator").get("bandwidth_words_per_cycle").asDouble());
        assertEquals(8, doc.get("results").size());
        assertTrue(doc.get("layer_total").get("total_cycles").asLong() > 0);
        CliRun csv = new CliRun();
        assertEquals(0, csv.run("model", "systolic", "--rows", "8", "--cols", "8", "--gemm", "16,16,16", "--format", "csv"));
        assertEquals(2, csv.out.toString().strip().split("\n").length);
        CliRun table = new CliRun();
        assertEquals(0, table.run("model", "systolic", "--rows", "8", "--cols", "8", "--gemm", "16,16,16"));
        assertTrue(table.out.toString().contains("total_cyc"));
    }

    @Test
    void badValuesAreRejectedClearly() {
        String[][] bad = {
                {"--rows", "0", "--cols", "4", "--gemm", "1,2,3"},
                {"--rows", "4", "--cols", "4", "--dataflow", "rs", "--gemm", "1,2,3"},
                {"--rows", "4", "--cols", "4", "--gemm", "1,2"},
                {"--rows", "4", "--cols", "4", "--gemm", "1,x,3"},
                {"--rows", "4", "--cols", "4"},
                {"--cols", "4", "--gemm", "1,2,3"},
                {"--rows", "4", "--cols", "4", "--gemm", "1,2,3", "--bandwidth", "0"},
                {"--rows", "4", "--cols", "4", "--gemm", "1,2,3", "--sram-kb", "1,2"},
                {"--preset", "tpu-v9", "--gemm", "1,2,3"},
                {"--rows", "4", "--cols", "4", "--workload", "bert-xl"},
        };
        String[] expected = {"at least 1 row", "unknown dataflow", "three sizes", "whole numbers", "exactly one of",
                "--rows and --cols", "bandwidth", "--sram-kb", "unknown preset", "unknown workload"};
        for (int i = 0; i < bad.length; i++) {
            CliRun cli = new CliRun();
            String[] args = new String[bad[i].length + 2];
            args[0] = "model";
            args[1] = "systolic";
            System.arraycopy(bad[i], 0, args, 2, bad[i].length);
            assertEquals(2, cli.run(args), String.join(" ", bad[i]));
            assertTrue(cli.err.toString().contains(expected[i]), cli.err.toString());
        }
        CliRun none = new CliRun();
        assertEquals(2, none.run("model"));
    }

    @Test
    void trainingComparison() throws Exception {
        CliRun cli = new CliRun();
        assertEquals(0, cli.run("model", "systolic", "--rows", "4", "--cols", "4", "--gemm", "8,4,6", "--training",
                "--format", "json"), cli.err.toString());
        JsonNode t = new ObjectMapper().readTree(cli.out.toString()).get("training");
        assertEquals(5, t.size());
        assertEquals(36, t.get(1).get("total_cycles").asLong());       // input gradient in place
        assertEquals(6 + 36, t.get(3).get("total_cycles").asLong());   // transpose W, then WS
        CliRun bad = new CliRun();
        assertEquals(2, bad.run("model", "systolic", "--rows", "4", "--cols", "4", "--workload", "bert-b", "--training"));
    }
}
