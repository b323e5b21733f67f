package dev.accelbench.models.attention;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.accelbench.kernels.attention.PruningStats;
import dev.accelbench.kernels.attention.workload.AttentionWorkload;
import dev.accelbench.kernels.attention.workload.RatePaper;
import dev.accelbench.models.leopard.LeopardWorkloads;
import dev.accelbench.models.sprint.PruningTrace;
import dev.accelbench.models.sprint.SprintWorkloads;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;

class PaperWorkloadsTest {

    @Test
    void everyRegistryWorkloadHasARowForBothModelsAndOnlyUnstudiedOnesANote() {
        Set<String> notLeopard = Set.of("albert-xl-squad", "synth1", "synth2");
        Set<String> notSprint = Set.of("memn2n", "bert-b-glue", "bert-l-glue");
        for (AttentionWorkload w : AttentionWorkload.values()) {
            var l = PaperWorkloads.leopard(w);
            var s = PaperWorkloads.sprint(w);
            assertEquals(w.id(), l.workload().name());
            assertEquals(w.id(), s.workload().name());
            assertEquals(notLeopard.contains(w.id()), !l.notes().isEmpty(), w.id());
            assertEquals(notSprint.contains(w.id()), !s.notes().isEmpty(), w.id());
            assertEquals(w.seqLen(), l.workload().seqLen(), w.id());
            assertEquals(w.seqLen(), s.workload().seqLen(), w.id());
            // Each model's own paper's rate where it has one, the other's otherwise.
            assertEquals(w.rate(PaperWorkloads.ratePaper(w, RatePaper.LEOPARD)), l.workload().pruningRate(), 1e-12, w.id());
            assertEquals(w.rate(PaperWorkloads.ratePaper(w, RatePaper.SPRINT)), s.workload().pruningRate(), 1e-12, w.id());
        }
        assertSame(LeopardWorkloads.byName("bert-b-glue"), PaperWorkloads.leopard(AttentionWorkload.BERT_B_GLUE).workload());
        assertSame(SprintWorkloads.byName("bert-b-squad"), PaperWorkloads.sprint(AttentionWorkload.BERT_B_SQUAD).workload());
    }

    @Test
    void tablesAreKeyedByRegistryNamesWithShortAliases() {
        assertEquals("vit-b-cifar10", LeopardWorkloads.byName("vit-b").name());
        assertEquals("gpt2-l-wikitext2", SprintWorkloads.byName("gpt2-l").name());
        assertEquals("albert-xl-squad", SprintWorkloads.byName("albert-x-l").name());
        assertFalse(LeopardWorkloads.find("synth1").isPresent());
        for (var w : LeopardWorkloads.thesis()) {
            AttentionWorkload.byName(w.name());
        }
        for (var w : SprintWorkloads.thesis()) {
            AttentionWorkload.byName(w.name());
        }
    }

    @Test
    void tracesAreTheNegatedKeptVectorsOverTheValidKeys() {
        PruningStats stats = PruningStats.keepingVectors(12);
        stats.startSequence(5);
        stats.recordQuery(new long[] {0b00101}, 3, 2);
        stats.recordQuery(new long[] {0b00110}, 3, 2);
        stats.recordQuery(new long[] {0b00000}, 3, 0);
        stats.startSequence(5);
        stats.recordQuery(new long[] {0b1}, 1, 1);
        List<PruningTrace> traces = PaperWorkloads.sprintTraces(stats, 5, 8);
        assertEquals(2, traces.size());
        PruningTrace t = traces.get(0);
        assertEquals(3, t.validLength());
        assertEquals(5, t.seqLen());
        assertArrayEquals(new boolean[] {false, true, false}, t.pruned()[0]);
        assertArrayEquals(new boolean[] {true, false, false}, t.pruned()[1]);
        assertArrayEquals(new boolean[] {true, true, true}, t.pruned()[2]);
        assertArrayEquals(new boolean[] {false}, traces.get(1).pruned()[0]);
    }

    @Test
    void plainStatisticsKeepNoVectors() {
        IllegalStateException e = assertThrows(IllegalStateException.class,
                () -> PaperWorkloads.sprintTraces(new PruningStats(), 4, 4));
        assertTrue(e.getMessage().contains("keepingVectors"), e.getMessage());
    }
}
