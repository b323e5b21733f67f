package dev.accelbench.models.gemmini;

import dev.accelbench.models.mac.MacUnitCost;
import dev.accelbench.models.systolic.Dataflow;
import dev.accelbench.models.systolic.FoldGeometry;
import dev.accelbench.models.tech.Horowitz45nm;
import dev.accelbench.models.tech.SramEnergy;
import dev.accelbench.models.workload.Gemm;
import java.util.Optional;

/**
 * A GEMM tiled for Gemmini's scratchpad and accumulator, optionally fused with a row-wise
 * normalization, and the search for its fastest tile. The rules (package-info derives them):
 * <ul>
 *   <li>Tiles run one after another (rows of C outermost, then columns, the reduction innermost);
 *       every tile loads its A panel (r x K) and its B panel (K x c) from DRAM, so B is read once
 *       per row of tiles and A once per column of tiles: small {@code tm} means more weight reloads.</li>
 *   <li>Array cycles of one reduction chunk (r x kk x c): the systolic model's weight-stationary
 *       folds ({@link FoldGeometry}), each preloading its 16 x 16 weights (R cycles) and streaming
 *       its r rows, with the skew (R - 1) and drain (C - 1) paid once per chunk because folds of a
 *       chunk pipeline back to back. One fold alone is SCALE-Sim's 2R + C + r - 2. With
 *       {@link GemminiConfig#preloadHidden()} (a sensitivity case) later preloads overlap the previous
 *       fold and a fold costs max(r, R).</li>
 *   <li>Scratchpad and accumulator are double buffered: a tile's DMA and the previous tile's
 *       normalization overlap its compute, so a tile costs max(compute, DMA, normalization); the
 *       first chunk's inputs, the last tile's output and its normalization are exposed.</li>
 *   <li>Capacity: 2 (tm tk + tk tn) bytes in the scratchpad and tm tn int32 words in half the
 *       accumulator; fused with a normalization, tn must cover all N columns (whole rows).</li>
 * </ul>
 */
public final class TiledMatmul {

    /** pJ per element and pass of the normalization unit: an INT32 multiply and add (Horowitz 45 nm), our assumption. */
    static final double VECTOR_OP_PJ = Horowitz45nm.multPj(Horowitz45nm.Type.INT32) + Horowitz45nm.addPj(Horowitz45nm.Type.INT32);

    private TiledMatmul() {
    }

    /**
     * Array cycles of one reduction chunk: folds x (R + r) + skew (R - 1) + drain (C - 1); with the
     * preload hidden, R + folds x max(r, R) + skew + drain (the first preload stays exposed). Both are
     * SCALE-Sim's 2R + C + r - 2 for one fold of r >= R rows.
     */
    public static long chunkCycles(GemminiConfig cfg, long r, long kk, long c) {
        FoldGeometry g = FoldGeometry.of(new Gemm(r, kk, c), cfg.array().rows(), cfg.array().cols(), Dataflow.WS);
        long skewAndDrain = (g.fill() - g.rows()) + g.drain();
        if (cfg.preloadHidden()) {
            return g.rows() + g.folds() * Math.max(g.temporal(), g.rows()) + skewAndDrain;
        }
        return g.folds() * (g.rows() + g.temporal()) + skewAndDrain;
    }

    /** Array cycles of one r x c output tile over the whole reduction K in chunks of tk. */
    public static long tileComputeCycles(GemminiConfig cfg, long r, long k, long tk, long c) {
        long full = k / tk;
        long rest = k % tk;
        return full * chunkCycles(cfg, r, tk, c) + (rest > 0 ? chunkCycles(cfg, r, rest, c) : 0);
    }

    /** Whether {@code tile} fits the buffers (and covers whole rows when fused). */
    public static boolean fits(GemminiConfig cfg, Gemm gemm, Tile tile, Normalization fused) {
        long spad = 2L * ((long) tile.tm() * tile.tk() + (long) tile.tk() * tile.tn());
        return spad <= cfg.scratchpadBytes() && (long) tile.tm() * tile.tn() <= cfg.accumulatorHalfWords()
                && (fused == null || tile.tn() >= gemm.n());
    }

    /**
     * The GEMM on one tile shape.
     *
     * @param fused    the normalization applied in the accumulator to whole rows, or null
     * @param outBytes bytes per output element written to DRAM (1: int8 after scaling; 4: int32 kept for
     *                 a later, separate normalization pass)
     */
    public static GemminiRun evaluate(GemminiConfig cfg, Gemm gemm, Tile tile, Normalization fused, int outBytes) {
        if (!fits(cfg, gemm, tile, fused)) {
            throw new IllegalArgumentException("tile " + tile + " does not fit " + cfg.scratchpadKb() + " KiB scratchpad / "
                    + cfg.accumulatorKb() + " KiB accumulator for " + gemm + (fused != null ? " fused with " + fused : ""));
        }
        long m = gemm.m();
        long k = gemm.k();
        long n = gemm.n();
        long tm = Math.min(tile.tm(), m);
        long tn = Math.min(tile.tn(), n);
        long tk = Math.min(tile.tk(), k);
        double bw = cfg.bytesPerCycle();
        int passes = fused == null ? 0 : fused.passes(cfg);
        long[][] rowClasses = {{tm, m / tm}, {m % tm, m % tm > 0 ? 1 : 0}};
        long[][] colClasses = {{tn, n / tn}, {n % tn, n % tn > 0 ? 1 : 0}};
        long cycles = 0;
        long compute = 0;
        long dram = 0;
        long vector = 0;
        long spadReads = 0;
        long accWrites = 0;
        long accReads = 0;
        long lastOut = 0;
        long lastVec = 0;
        for (long[] rc : rowClasses) {
            for (long[] cc : colClasses) {
                long tiles = rc[1] * cc[1];
                if (tiles == 0) {
                    continue;
                }
                long r = rc[0];
                long c = cc[0];
                long comp = tileComputeCycles(cfg, r, k, tk, c);
                long in = r * k + k * c;
                long out = r * c * outBytes;
                long dma = (long) Math.ceil((in + out) / bw);
                long vec = ceilDiv(r * c * passes, cfg.vectorElementsPerCycle());
                cycles += tiles * Math.max(comp, Math.max(dma, vec));
                compute += tiles * comp;
                dram += tiles * (in + out);
                vector += tiles * r * c * passes;
                // A streams once per column fold; B is preloaded once per tile.
                spadReads += tiles * (r * k * ceilDiv(c, GemminiConfig.DIM) + k * c);
                accWrites += tiles * r * c * ceilDiv(k, GemminiConfig.DIM);
                accReads += tiles * r * c * (1 + passes);
                lastOut = (long) Math.ceil(out / bw);
                lastVec = vec;
            }
        }
        long prologue = (long) Math.ceil((tm * tk + tk * tn) / bw);
        cycles += prologue + lastOut + lastVec;
        // Every byte read from DRAM lands in the scratchpad.
        long spadWrites = dram - m * n * outBytes;
        GemminiEnergy e = new GemminiEnergy(
                gemm.macs() * MacUnitCost.of(cfg.array().multiplier(), cfg.array().accumulator()).energyPj(),
                (spadReads + spadWrites) * SramEnergy.accessPj(cfg.scratchpadKb(), 8),
                (accWrites + accReads) * SramEnergy.accessPj(cfg.accumulatorKb(), 32),
                dram * Horowitz45nm.DRAM_64BIT_PJ_LOW / 8,
                vector * VECTOR_OP_PJ);
        String what = "matmul " + m + "x" + k + "x" + n + " tile " + tile + (fused != null ? " + " + label(fused) + " (fused)" : "");
        return new GemminiRun(what, cycles, compute, gemm.macs(), vector, dram, e, cfg.array().clockHz(), macAreaMm2(cfg));
    }

    /**
     * The fastest tile (fewest cycles; then least DRAM traffic; then the smallest tm, tn, tk in that order), over
     * every multiple of 16 up to each dimension; empty when no tile fits (a fused row wider than half the
     * accumulator holds 16 rows of).
     */
    public static Optional<GemminiRun> best(GemminiConfig cfg, Gemm gemm, Normalization fused, int outBytes) {
        int d = GemminiConfig.DIM;
        long mMax = roundUp(gemm.m());
        long kMax = roundUp(gemm.k());
        long nMax = roundUp(gemm.n());
        GemminiRun best = null;
        for (long tm = d; tm <= mMax; tm += d) {
            for (long tn = fused != null ? nMax : d; tn <= nMax; tn += d) {
                if (tm * tn > cfg.accumulatorHalfWords()) {
                    break;
                }
                for (long tk = d; tk <= kMax; tk += d) {
                    Tile t = new Tile((int) tm, (int) tk, (int) tn);
                    if (!fits(cfg, gemm, t, fused)) {
                        break;
                    }
                    GemminiRun r = evaluate(cfg, gemm, t, fused, outBytes);
                    if (best == null || r.cycles() < best.cycles()
                            || (r.cycles() == best.cycles() && r.dramBytes() < best.dramBytes())) {
                        best = r;
                    }
                }
            }
        }
        return Optional.ofNullable(best);
    }

    static String label(Normalization n) {
        return n == Normalization.SOFTMAX ? "softmax" : "layernorm";
    }

    static double macAreaMm2(GemminiConfig cfg) {
        return (double) cfg.array().rows() * cfg.array().cols()
                * MacUnitCost.of(cfg.array().multiplier(), cfg.array().accumulator()).areaUm2() / 1e6;
    }

    private static long roundUp(long x) {
        return ceilDiv(x, GemminiConfig.DIM) * GemminiConfig.DIM;
    }

    static long ceilDiv(long a, long b) {
        return (a + b - 1) / b;
    }
}
