package dev.accelbench.models.attention;

import dev.accelbench.kernels.attention.PruningStats;
import dev.accelbench.kernels.attention.PruningSummary;
import dev.accelbench.kernels.attention.workload.AttentionWorkload;
import dev.accelbench.kernels.attention.workload.RatePaper;
import dev.accelbench.models.leopard.LeopardWorkload;
import dev.accelbench.models.leopard.LeopardWorkloads;
import dev.accelbench.models.sprint.PruningTrace;
import dev.accelbench.models.sprint.SprintWorkload;
import dev.accelbench.models.sprint.SprintWorkloads;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/**
 * The paper models' inputs for a registry workload ({@link AttentionWorkload}), either the thesis'
 * own statistics or a kernel run's.
 *
 * <p>Each model uses its own paper's figures: LEOPARD chapter 2's rows ({@link LeopardWorkloads}),
 * SPRINT chapter 3's ({@link SprintWorkloads}). A workload one paper did not study is built from
 * the other paper's row and noted: for LEOPARD (albert-xl-squad, synth1, synth2) SPRINT's pruning
 * rate, heads and layers, and as bits per pruned Score the plain mean of chapter 2's eight rows
 * (the thesis gives none for these); for SPRINT (memn2n, bert-b-glue, bert-l-glue) LEOPARD's rate,
 * heads and layers, the registry's padding (none) and section 3.5's 2.1% new-fetch average.
 *
 * <p>From a kernel run: LEOPARD takes the bit-serial kernel's pruning rate and mean bits per
 * pruned Score (the summary statistics the tile model takes), SPRINT the SPRINT kernel's per-query
 * in-memory pruning vectors as {@link PruningTrace}s (the memory controller replays them). S and d
 * are the run's; heads and layers stay the row's, since a run covers a sample of heads.
 */
public final class PaperWorkloads {

    /** A model's workload and what the caller should be told about where it came from. */
    public record Resolved<T>(T workload, List<String> notes) {
    }

    private PaperWorkloads() {
    }

    /** LEOPARD's row for a registry workload (chapter 2's statistics, or a noted stand-in). */
    public static Resolved<LeopardWorkload> leopard(AttentionWorkload w) {
        var row = LeopardWorkloads.find(w.id());
        if (row.isPresent()) {
            return new Resolved<>(row.get(), List.of());
        }
        SprintWorkload s = SprintWorkloads.byName(w.id());
        double bits = LeopardWorkloads.thesis().stream().mapToDouble(LeopardWorkload::avgBitsPruned).average()
                .orElseThrow();
        return new Resolved<>(new LeopardWorkload(w.id(), w.seqLen(), w.headDim(), s.heads(), s.layers(), s.pruningRate(),
                bits, 1), List.of(String.format(Locale.ROOT, "LEOPARD (thesis chapter 2) did not study %s; paper "
                + "statistics are SPRINT's pruning rate %.1f%% and the mean of chapter 2's bits per pruned score "
                + "(%.2f)", w.id(), 100 * s.pruningRate(), bits)));
    }

    /** SPRINT's row for a registry workload (chapter 3's statistics, or a noted stand-in). */
    public static Resolved<SprintWorkload> sprint(AttentionWorkload w) {
        var row = SprintWorkloads.find(w.id());
        if (row.isPresent()) {
            return new Resolved<>(row.get(), List.of());
        }
        LeopardWorkload l = LeopardWorkloads.byName(w.id());
        return new Resolved<>(new SprintWorkload(w.id(), w.seqLen(), w.headDim(), l.heads(), l.layers(), w.padding(),
                l.pruningRate(), SprintWorkloads.NEW_FETCH, 1), List.of(String.format(Locale.ROOT, "SPRINT (thesis "
                + "chapter 3) did not study %s; paper statistics are LEOPARD's pruning rate %.1f%%, no padding and "
                + "the 2.1%% new-fetch average", w.id(), 100 * l.pruningRate())));
    }

    /** The paper whose pruning rate a model's kernel run is calibrated to: its own where it has one. */
    public static RatePaper ratePaper(AttentionWorkload w, RatePaper own) {
        boolean has = own == RatePaper.LEOPARD ? w.leopardRate().isPresent() : w.sprintRate().isPresent();
        return has ? own : own == RatePaper.LEOPARD ? RatePaper.SPRINT : RatePaper.LEOPARD;
    }

    /**
     * The row with a bit-serial run's pruning rate and bits per pruned Score, at the run's S and d.
     * A run that pruned nothing has no bits per pruned Score; 12 stands in (it is never used then).
     */
    public static LeopardWorkload leopard(LeopardWorkload row, PruningSummary bitSerial, int seqLen, int headDim) {
        if (!bitSerial.bitsMeasured()) {
            throw new IllegalArgumentException("LEOPARD needs bits processed per score: statistics of a bit-serial run");
        }
        double rate = bitSerial.pruningRate();
        if (!(rate >= 0 && rate <= 1)) {
            throw new IllegalArgumentException("the run has no scores to take a pruning rate from");
        }
        double bits = Double.isFinite(bitSerial.avgBitsPruned()) ? bitSerial.avgBitsPruned() : 12;
        return new LeopardWorkload(row.name(), seqLen, headDim, row.heads(), row.layers(), rate, bits, row.tasks());
    }

    /**
     * The row with a SPRINT run's summary: its in-memory pruning rate and the share of S fetched
     * anew between adjacent queries (the row's where the run has no adjacent pairs), at the run's
     * S, d and padding. Used where only summary statistics exist (a stats file).
     */
    public static SprintWorkload sprint(SprintWorkload row, PruningSummary run, int seqLen, int headDim,
            double padding) {
        double rate = run.pruningRate();
        if (!(rate >= 0 && rate < 1)) {
            throw new IllegalArgumentException("SPRINT needs a pruning rate in [0, 1), the run has " + rate);
        }
        double fetch = Double.isFinite(run.requestsPerPairFractionOfS()) ? run.requestsPerPairFractionOfS()
                : row.newFetchFraction();
        return new SprintWorkload(row.name(), seqLen, headDim, row.heads(), row.layers(), padding, rate, fetch,
                row.tasks());
    }

    /**
     * The per-head traces of a SPRINT run made with {@link PruningStats#keepingVectors}: pruned[i][j]
     * = key j not fetched for query i, over the valid queries and keys (keys a query cannot see, in
     * a causal mask, count as pruned: they are never fetched).
     */
    public static List<PruningTrace> sprintTraces(PruningStats stats, int seqLen, int headDim) {
        List<PruningTrace> traces = new ArrayList<>();
        for (List<long[]> head : stats.keptVectors()) {
            int valid = head.size();
            if (valid == 0) {
                continue;
            }
            boolean[][] pruned = new boolean[valid][valid];
            for (int i = 0; i < valid; i++) {
                long[] kept = head.get(i);
                for (int j = 0; j < valid; j++) {
                    int word = j >>> 6;
                    pruned[i][j] = word >= kept.length || (kept[word] & (1L << j)) == 0;
                }
            }
            traces.add(new PruningTrace(headDim, seqLen, pruned));
        }
        if (traces.isEmpty()) {
            throw new IllegalArgumentException("the SPRINT run recorded no queries");
        }
        return traces;
    }
}
