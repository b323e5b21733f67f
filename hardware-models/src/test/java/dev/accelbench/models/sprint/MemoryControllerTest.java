package dev.accelbench.models.sprint;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.BitSet;
import java.util.List;
import java.util.Random;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.constraints.IntRange;
import org.junit.jupiter.api.Test;

class MemoryControllerTest {

    private static BitSet bits(String s) {
        BitSet b = new BitSet(s.length());
        for (int i = 0; i < s.length(); i++) {
            if (s.charAt(i) == '1') {
                b.set(i);
            }
        }
        return b;
    }

    /** Equations 3.4 and 3.5 on a hand example (1 = pruned). */
    @Test
    void equations34And35() {
        BitSet prev = bits("11001100");
        BitSet now = bits("10101010");
        assertEquals(bits("01000100"), MemoryController.requests(prev, now, 8));
        assertEquals(bits("00010001"), MemoryController.reuse(prev, now, 8));
    }

    /**
     * With room for two adjacent queries' pairs, the controller fetches no more than equation 3.4
     * asks and reuses at least what 3.5 marks (it may also keep older pairs).
     */
    @Property(tries = 100)
    void fetchesBoundedByEquation34(@ForAll long seed, @ForAll @IntRange(min = 4, max = 300) int keys) {
        Random rnd = new Random(seed);
        MemoryController mc = new MemoryController(keys, keys, 2);
        BitSet prev = null;
        for (int t = 0; t < 20; t++) {
            BitSet p = new BitSet(keys);
            for (int j = 0; j < keys; j++) {
                if (rnd.nextDouble() < 0.75) {
                    p.set(j);
                }
            }
            QueryTraffic q = mc.next(p);
            assertEquals(keys - p.cardinality(), q.needed(), 0.0);
            assertEquals(q.needed(), q.fetched() + q.reused(), 0.0);
            if (prev != null) {
                assertTrue(q.fetched() <= MemoryController.requests(prev, p, keys).cardinality());
                assertTrue(q.reused() >= MemoryController.reuse(prev, p, keys).cardinality());
            }
            prev = p;
        }
    }

    /** With capacity for one query's pairs only, pairs pruned last time are evicted first: fetches equal eq. 3.4. */
    @Test
    void tightBufferFetchesExactlyTheRequests() {
        MemoryController mc = new MemoryController(8, 3, 1);
        mc.next(bits("00011111"));           // needs 0,1,2: fetch 3
        QueryTraffic q = mc.next(bits("10011011")); // needs 1,2,5: 5 is requested
        assertEquals(1, q.fetched(), 0.0);
        assertEquals(2, q.reused(), 0.0);
        q = mc.next(bits("11101010"));       // needs 3,5,7: 3 and 7 requested
        assertEquals(2, q.fetched(), 0.0);
    }

    /** A sliding window of 100 unpruned keys moving one key per query gives the summary model's traffic. */
    @Test
    void slidingWindowTraceMatchesSummary() {
        int s = 400;
        int window = 100;
        boolean[][] pruned = new boolean[s][s];
        for (int i = 0; i < s; i++) {
            for (int j = 0; j < s; j++) {
                pruned[i][j] = Math.floorMod(j - i, s) >= window; // keys i .. i+99, wrapping
            }
        }
        SprintConfig c = SprintConfig.preset("s");
        SprintResult trace = SprintModel.run(c, "window", List.of(new PruningTrace(64, s, pruned)));
        // p = 1 - 100/400, one new pair per query = 1/400 of S.
        SprintWorkload summary = new SprintWorkload("window", s, 64, 1, 1, 0, 0.75, 1.0 / s, 1);
        SprintResult sum = SprintModel.run(c, summary);
        assertEquals(sum.mainReadBytes(), trace.mainReadBytes(), 0.02 * sum.mainReadBytes());
        assertEquals(sum.cycles(), trace.cycles(), 0.02 * sum.cycles());
        assertEquals(sum.energy().totalPj(), trace.energy().totalPj(), 0.02 * sum.energy().totalPj());
    }

    /**
     * Token interleaving (section 3.5, Figure 3.7): key j goes to CORELET j mod N. Unpruned keys all
     * congruent to 0 mod 4 land on one of L's four CORELETs, which then does all the work; the
     * same count of unpruned keys in a contiguous run spreads evenly. Summary statistics cannot
     * see this; traces do.
     */
    @Test
    void tracesShowCoreletImbalance() {
        int s = 256;
        boolean[][] strided = new boolean[s][s];
        boolean[][] contiguous = new boolean[s][s];
        for (int i = 0; i < s; i++) {
            for (int j = 0; j < s; j++) {
                strided[i][j] = j % 4 != 0;
                contiguous[i][j] = j >= s / 4;
            }
        }
        SprintConfig l = SprintConfig.preset("l");
        SprintResult bad = SprintModel.run(l, "strided", List.of(new PruningTrace(64, s, strided)));
        SprintResult good = SprintModel.run(l, "contiguous", List.of(new PruningTrace(64, s, contiguous)));
        assertEquals(bad.mainReadBytes(), good.mainReadBytes(), 1e-9);
        assertEquals(4.0, bad.cycles() / good.cycles(), 0.1);
        assertEquals(0.25, bad.computeUtilization() / good.computeUtilization(), 0.03);
    }

    @Test
    void badInputIsNamed() {
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class, () -> SprintConfig.preset("xl"));
        assertTrue(e.getMessage().contains("s, m, l"), e.getMessage());
        e = assertThrows(IllegalArgumentException.class, () -> SprintWorkloads.byName("memn2n"));
        assertTrue(e.getMessage().contains("bert-b"), e.getMessage());
        assertThrows(IllegalArgumentException.class, () -> new PruningTrace(64, 4, new boolean[5][5]));
    }
}
