package dev.accelbench.models.sprint;

import java.util.BitSet;

/**
 * SPRINT's memory controller on per-query pruning vectors (section 3.4.3). With P(t) the
 * pruning vector of query t (bit set = pruned) the spatial-locality detection engine forms
 * <pre>
 *   memory requests  = P(t-1) AND NOT P(t)        (equation 3.4)
 *   reuse            = NOT P(t-1) AND NOT P(t)    (equation 3.5)
 * </pre>
 * The on-chip buffers hold at most {@code capacity} Key/Value pairs; a needed pair that is not
 * on chip is fetched, and room is made by evicting the least recently needed pairs that the
 * current query does not need. With capacity for every unpruned key of two adjacent queries the
 * fetches are exactly equation 3.4's requests (a test checks this); a larger buffer keeps older
 * pairs too and fetches fewer, a smaller one more. The first query fetches all it needs. Keys go
 * to CORELETs token-interleaved, key j to CORELET j mod N (section 3.5).
 */
public final class MemoryController {

    private final int capacity;
    private final int corelets;
    private final int keys;
    private final BitSet resident;
    private final long[] lastUsed;
    private int residentCount;
    private long time;
    private BitSet previousPruned;

    public MemoryController(int keys, int capacity, int corelets) {
        if (keys < 1 || capacity < 1 || corelets < 1) {
            throw new IllegalArgumentException("keys, capacity and corelets must be positive");
        }
        this.keys = keys;
        this.capacity = capacity;
        this.corelets = corelets;
        this.resident = new BitSet(keys);
        this.lastUsed = new long[keys];
    }

    /** Equation 3.4: keys pruned for the previous query and needed now. */
    public static BitSet requests(BitSet previousPruned, BitSet pruned, int keys) {
        BitSet r = (BitSet) previousPruned.clone();
        r.andNot(pruned);
        r.clear(keys, Math.max(keys, r.length()));
        return r;
    }

    /** Equation 3.5: keys needed by both queries. */
    public static BitSet reuse(BitSet previousPruned, BitSet pruned, int keys) {
        BitSet r = new BitSet(keys);
        r.set(0, keys);
        r.andNot(previousPruned);
        r.andNot(pruned);
        return r;
    }

    /** Processes one query's pruning vector over this head's keys. */
    public QueryTraffic next(BitSet pruned) {
        time++;
        int needed = 0;
        int fetched = 0;
        int reused = 0;
        int[] perCorelet = new int[corelets];
        for (int j = 0; j < keys; j++) {
            if (pruned.get(j)) {
                continue;
            }
            needed++;
            perCorelet[j % corelets]++;
            if (resident.get(j)) {
                reused++;
            } else {
                fetched++;
            }
        }
        // Install this query's pairs, evicting the least recently needed ones it does not need.
        for (int j = 0; j < keys; j++) {
            if (!pruned.get(j)) {
                lastUsed[j] = time;
                if (!resident.get(j)) {
                    if (residentCount >= capacity && !evictOne(pruned)) {
                        continue;
                    }
                    resident.set(j);
                    residentCount++;
                }
            }
        }
        previousPruned = (BitSet) pruned.clone();
        int busiest = 0;
        for (int c : perCorelet) {
            busiest = Math.max(busiest, c);
        }
        return new QueryTraffic(needed, fetched, reused, busiest);
    }

    private boolean evictOne(BitSet pruned) {
        int victim = -1;
        long oldest = Long.MAX_VALUE;
        for (int j = resident.nextSetBit(0); j >= 0; j = resident.nextSetBit(j + 1)) {
            if (lastUsed[j] < time && lastUsed[j] < oldest) {
                oldest = lastUsed[j];
                victim = j;
            }
        }
        if (victim < 0) {
            return false;
        }
        resident.clear(victim);
        residentCount--;
        return true;
    }

    /** The previous query's pruning vector, null before the first. */
    public BitSet previousPruned() {
        return previousPruned == null ? null : (BitSet) previousPruned.clone();
    }
}
