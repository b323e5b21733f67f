package dev.accelbench.models.leopard;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.Random;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.constraints.DoubleRange;
import net.jqwik.api.constraints.IntRange;
import org.junit.jupiter.api.Test;

/** The model's mechanics: traces against summaries, the pipeline's bounds, input checks. */
class LeopardModelTest {

    /**
     * A trace whose every QK-DPU gets the same mix (S = 64, 8 DPUs, 8 keys each: 6 pruned after 4
     * bits, 2 unpruned) must cost exactly what the summary statistics p = 0.75, b = 4 give.
     */
    @Test
    void balancedTraceEqualsSummary() {
        int s = 64;
        boolean[][] pruned = new boolean[s][s];
        byte[][] bits = new byte[s][s];
        for (int i = 0; i < s; i++) {
            for (int j = 0; j < s; j++) {
                pruned[i][j] = (j / 8) % 4 != 0;
                bits[i][j] = (byte) (pruned[i][j] ? 4 : 12);
            }
        }
        LeopardWorkload summary = new LeopardWorkload("synthetic", s, 64, 1, 1, 0.75, 4.0, 1);
        for (LeopardConfig c : List.of(LeopardConfig.ae(), LeopardConfig.hp(), LeopardConfig.baseline(),
                LeopardConfig.pruningOnly())) {
            LeopardResult fromTrace = LeopardModel.run(c, "synthetic", List.of(new HeadTrace(64, pruned, bits)));
            LeopardResult fromSummary = LeopardModel.run(c, summary);
            if (c.qkDpus() == 6) {
                // 64 keys over 6 DPUs do not split evenly: the trace's busiest DPU is not the average one.
                assertTrue(Math.abs(fromTrace.cycles() / fromSummary.cycles() - 1) < 0.15, c.name());
            } else {
                assertEquals(fromSummary.cycles(), fromTrace.cycles(), 1e-6, c.name());
            }
            assertEquals(fromSummary.energy().totalPj(), fromTrace.energy().totalPj(), 1e-6 * fromSummary.energy().totalPj(),
                    c.name());
            assertEquals(fromSummary.ops(), fromTrace.ops(), 0.0);
        }
    }

    /** HP on 8 keys per DPU of 3 steps: 24 cycles per query front-end, 16 unpruned Scores back-end: front-bound. */
    @Test
    void handComputedHeadCycles() {
        LeopardWorkload w = new LeopardWorkload("hand", 64, 64, 1, 1, 0.75, 4.0, 1);
        LeopardResult r = LeopardModel.run(LeopardConfig.hp(), w);
        // 64 queries x 24 front cycles; the last query's back-end ends with its front-end.
        assertEquals(64 * 24, r.cycles(), 1e-9);
        assertEquals(64 * 16 / (64.0 * 24), r.vpuUtilization(), 1e-12);
        LeopardResult b = LeopardModel.baseline(w);
        // Baseline: 64 cycles per query in both stages, the back-end lagging one query at most.
        assertEquals(64 * 64, b.cycles(), 64.0);
    }

    /** FIFO back-pressure: HP without pruning on S = 1280 produces 1.33 Scores per cycle for a 1-per-cycle V-PU. */
    @Test
    void fifoBackPressureStallsTheFrontEnd() {
        LeopardWorkload w = new LeopardWorkload("dense", 1280, 64, 1, 1, 0.0, 12, 1);
        LeopardResult r = LeopardModel.run(LeopardConfig.hp(), w);
        assertTrue(r.frontStallCycles() > 0, "stalls " + r.frontStallCycles());
        // The V-PU binds: 1280 Scores of one cycle per query.
        assertEquals(1280.0 * 1280, r.cycles(), 1280.0 * 2);
        assertTrue(r.vpuUtilization() > 0.998);
    }

    @Property(tries = 200)
    void boundsAndMonotonicity(@ForAll @IntRange(min = 8, max = 600) int s, @ForAll @DoubleRange(min = 0, max = 0.95) double p,
                               @ForAll @IntRange(min = 1, max = 6) int halfBits, @ForAll boolean hp) {
        LeopardConfig c = hp ? LeopardConfig.hp() : LeopardConfig.ae();
        LeopardWorkload w = new LeopardWorkload("w", s, 64, 2, 1, p, 2.0 * halfBits, 1);
        LeopardResult r = LeopardModel.run(c, w);
        double steps = p * halfBits + (1 - p) * 6;
        double frontTotal = 2.0 * s * Math.ceil((double) s / c.qkDpus()) * steps;
        double backTotal = 2.0 * s * s * (1 - p);
        assertTrue(r.cycles() >= Math.max(frontTotal, backTotal) - 1e-6, "cycles below the busier stage");
        assertTrue(r.cycles() <= frontTotal + backTotal + 1e-6, "cycles above the serial sum");
        assertTrue(r.vpuUtilization() <= 1 + 1e-12);
        LeopardWorkload more = new LeopardWorkload("w", s, 64, 2, 1, Math.min(1, p + 0.04), 2.0 * halfBits, 1);
        LeopardResult m = LeopardModel.run(c, more);
        assertTrue(m.energy().totalPj() <= r.energy().totalPj() * (1 + 1e-12), "more pruning must not cost more energy");
        if (halfBits < 6) {
            assertTrue(m.cycles() <= r.cycles() + 1e-6, "more pruning must not be slower");
        }
    }

    /** Random traces: the baseline ignores the decisions; a tile never beats its DPU-count bound. */
    @Property(tries = 50)
    void tracesRespectBounds(@ForAll long seed, @ForAll @IntRange(min = 1, max = 200) int s) {
        Random rnd = new Random(seed);
        boolean[][] pruned = new boolean[s][s];
        byte[][] bits = new byte[s][s];
        for (int i = 0; i < s; i++) {
            for (int j = 0; j < s; j++) {
                pruned[i][j] = rnd.nextDouble() < 0.7;
                bits[i][j] = (byte) (2 * (1 + rnd.nextInt(6)));
            }
        }
        List<HeadTrace> t = List.of(new HeadTrace(64, pruned, bits));
        LeopardResult base = LeopardModel.run(LeopardConfig.baseline(), "r", t);
        assertEquals((double) s * s, base.cycles(), s);
        LeopardResult hp = LeopardModel.run(LeopardConfig.hp(), "r", t);
        assertTrue(hp.speedupOver(base) <= 8.0 + 1e-9);
    }

    @Test
    void badInputIsNamed() {
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class, () -> LeopardConfig.preset("xl"));
        assertTrue(e.getMessage().contains("ae, hp"), e.getMessage());
        e = assertThrows(IllegalArgumentException.class, () -> LeopardWorkloads.byName("t5"));
        assertTrue(e.getMessage().contains("bert-b-glue"), e.getMessage());
        assertThrows(IllegalArgumentException.class, () -> new LeopardWorkload("x", 10, 64, 1, 1, 1.5, 4, 1));
        assertThrows(IllegalArgumentException.class,
                () -> new HeadTrace(64, new boolean[][] {{true}}, new byte[][] {{0}}));
        assertThrows(IllegalArgumentException.class,
                () -> new LeopardConfig("x", 4, 5, true, true, 12, 64, 512, 8e8, 65));
    }
}
