package dev.accelbench.kernels.gemm;

import dev.accelbench.kernels.platform.KernelSpecies;
import java.util.stream.IntStream;
import jdk.incubator.vector.FloatVector;
import jdk.incubator.vector.VectorSpecies;

/**
 * FP32 GEMM with the Vector API: C = alpha op(A) op(B) + beta C, row-major, any m, n, k >= 0, any
 * op (N or T), leading dimensions and offsets.
 *
 * <h2>Algorithm (the BLIS/Goto loop nest)</h2>
 * <pre>
 * for jc in n step NC:                       B block of NC columns
 *   for pc in k step KC:                     pack op(B)[pc:pc+KC, jc:jc+NC] into NR-wide panels
 *     for ic in m step MC:                   pack op(A)[ic:ic+MC, pc:pc+KC] into MR-tall panels
 *       for jr in NC step NR:                one B panel (KC x NR, in L1)
 *         for ir in MC step MR:              one A panel (MR x KC, the block in L2)
 *           micro-kernel: MR x NR tile of C += alpha A-panel B-panel
 * </pre>
 * The micro-kernel holds the MR x NR tile in MR x 2 vector registers (4 x 2 = 8 accumulators, two B
 * vectors and one broadcast A value) and does 8 FMAs per k. A 6 x 2 tile (12 accumulators, 15 of
 * AVX2's 16 registers) measured 30-40% slower here: C2 spilled accumulators; on AVX-512's 32
 * registers a taller tile may pay (not tried yet). Packing
 * turns every layout (N or T) into the same contiguous panels, so one micro-kernel serves NN, NT,
 * TN and TT, and the tails of M and N are zero-padded panels whose extra results are not stored.
 * beta is applied once to C before the products are added (with beta = 0, C is overwritten without
 * being read, as in BLAS).
 *
 * <h2>Threads</h2>
 * The larger of m and n is split into one slice per thread, in whole micro-tiles; each thread runs
 * the loop nest on its slice with its own packing buffers, so threads never synchronize. The default
 * is every available processor. Tasks run in the common fork-join pool.
 *
 * <p>A GEMV (m = 1) skips packing: with op(B) = N it accumulates rows of B scaled by a[p] (one pass
 * over B, which is what bounds a GEMV), with op(B) = T it takes dot products.
 */
public final class Sgemm {

    private static final VectorSpecies<Float> F = KernelSpecies.FLOAT;
    private static final int L = F.length();
    /** Rows of the micro-tile (see the class comment for why 4). */
    static final int MR = 4;
    /** Columns of the micro-tile: two vectors. */
    static final int NR = 2 * L;
    /** Depth of a packed block: an NR-wide B panel of KC rows fills about half of a 32-48 KiB L1. */
    static final int KC = 256;
    /** Rows of a packed A block, a multiple of MR: MC x KC floats (120 KiB) stay in a 1-2 MiB L2. */
    static final int MC = 120;
    /** Columns of a packed B block: KC x NC floats (4 MiB) in L3. */
    static final int NC = 4096;

    private Sgemm() {
    }

    /** C = alpha op(A) op(B) + beta C on all available processors. */
    public static void gemm(Op opA, Op opB, int m, int n, int k, float alpha, float[] a, int aOff, int lda, float[] b,
                            int bOff, int ldb, float beta, float[] c, int cOff, int ldc) {
        gemm(opA, opB, m, n, k, alpha, a, aOff, lda, b, bOff, ldb, beta, c, cOff, ldc,
                Runtime.getRuntime().availableProcessors());
    }

    /** C = alpha op(A) op(B) + beta C on up to {@code threads} threads. */
    public static void gemm(Op opA, Op opB, int m, int n, int k, float alpha, float[] a, int aOff, int lda, float[] b,
                            int bOff, int ldb, float beta, float[] c, int cOff, int ldc, int threads) {
        GemmArgs.check(opA, opB, m, n, k, a, aOff, lda, b, bOff, ldb, c, cOff, ldc);
        if (threads < 1) {
            throw new IllegalArgumentException("threads must be >= 1, got " + threads);
        }
        if (m == 0 || n == 0) {
            return;
        }
        scale(m, n, beta, c, cOff, ldc);
        if (k == 0 || alpha == 0) {
            return;
        }
        PanelPacker packA = (i0, rows, pc, kc, packed) -> Packing.packA(opA, a, aOff, lda, i0, rows, pc, kc, packed, MR);
        PanelPacker packB = (j0, cols, pc, kc, packed) -> Packing.packB(opB, b, bOff, ldb, pc, kc, j0, cols, packed, NR);
        Gemv gemv = (j0, cols) -> gemv(opA, opB, cols, k, alpha, a, aOff, lda, b, bOff + (opB == Op.N ? j0 : j0 * ldb),
                ldb, c, cOff + j0);
        run(m, n, k, alpha, packA, packB, gemv, c, cOff, ldc, threads);
    }

    /** Packs rows (of op(A)) or columns (of op(B)) {@code start .. start+count} over depth {@code pc .. pc+kc}. */
    @FunctionalInterface
    interface PanelPacker {
        void pack(int start, int count, int pc, int kc, float[] packed);
    }

    /** A GEMV (m = 1) on columns {@code j0 .. j0+cols}, without packing. */
    @FunctionalInterface
    interface Gemv {
        void run(int j0, int cols);
    }

    /**
     * C (m x n, beta already applied) += alpha op(A) op(B) for operands that pack themselves: the
     * float arrays here, decoded FP8 codes in {@link CodedGemm}. Splits the larger of m and n over
     * threads in whole micro-tiles; {@code gemv} (may be null) takes m = 1.
     */
    static void run(int m, int n, int k, float alpha, PanelPacker packA, PanelPacker packB, Gemv gemv, float[] c,
                    int cOff, int ldc, int threads) {
        boolean splitColumns = n >= m;
        int units = splitColumns ? ceilDiv(n, NR) : ceilDiv(m, MR);
        int slices = Math.min(threads, units);
        Runnable[] work = new Runnable[slices];
        for (int t = 0; t < slices; t++) {
            int from = (int) ((long) units * t / slices);
            int to = (int) ((long) units * (t + 1) / slices);
            int i0 = splitColumns ? 0 : from * MR;
            int i1 = splitColumns ? m : Math.min(m, to * MR);
            int j0 = splitColumns ? from * NR : 0;
            int j1 = splitColumns ? Math.min(n, to * NR) : n;
            work[t] = m == 1 && gemv != null ? () -> gemv.run(j0, j1 - j0)
                    : () -> serial(i0, i1 - i0, j0, j1 - j0, k, alpha, packA, packB, c, cOff, ldc);
        }
        if (slices == 1) {
            work[0].run();
        } else {
            IntStream.range(0, slices).parallel().forEach(t -> work[t].run());
        }
    }

    /** Multiplies C by beta; beta = 0 writes zeros without reading C. */
    static void scale(int m, int n, float beta, float[] c, int cOff, int ldc) {
        if (beta == 1) {
            return;
        }
        for (int i = 0; i < m; i++) {
            int row = cOff + i * ldc;
            if (beta == 0) {
                java.util.Arrays.fill(c, row, row + n, 0f);
            } else {
                for (int j = 0; j < n; j++) {
                    c[row + j] *= beta;
                }
            }
        }
    }

    /** The loop nest on one thread: rows i0.. and columns j0.. of C += alpha op(A) op(B). */
    private static void serial(int i0, int m, int j0, int n, int k, float alpha, PanelPacker packA, PanelPacker packB,
                               float[] c, int cOff, int ldc) {
        int kcMax = Math.min(KC, k);
        int ncMax = Math.min(NC, n);
        int mcMax = Math.min(MC, m);
        float[] packedB = new float[kcMax * ceilDiv(ncMax, NR) * NR];
        float[] packedA = new float[kcMax * ceilDiv(mcMax, MR) * MR];
        float[] edge = null; // allocated at the first edge tile: most shapes have none
        for (int jc = 0; jc < n; jc += NC) {
            int nc = Math.min(NC, n - jc);
            for (int pc = 0; pc < k; pc += KC) {
                int kc = Math.min(KC, k - pc);
                packB.pack(j0 + jc, nc, pc, kc, packedB);
                for (int ic = 0; ic < m; ic += MC) {
                    int mc = Math.min(MC, m - ic);
                    packA.pack(i0 + ic, mc, pc, kc, packedA);
                    for (int jr = 0; jr < nc; jr += NR) {
                        int bPanel = (jr / NR) * kc * NR;
                        for (int ir = 0; ir < mc; ir += MR) {
                            if (edge == null && (mc - ir < MR || nc - jr < NR)) {
                                edge = new float[MR * NR];
                            }
                            microKernel(kc, packedA, (ir / MR) * kc * MR, packedB, bPanel, alpha, c,
                                    cOff + (i0 + ic + ir) * ldc + j0 + jc + jr, ldc, Math.min(MR, mc - ir),
                                    Math.min(NR, nc - jr), edge);
                        }
                    }
                }
            }
        }
    }

    /**
     * C tile (rows x cols, at most MR x NR) += alpha A-panel B-panel over kc. Written out in one
     * method with named accumulators: arrays of vectors, or vectors passed to helpers that C2 does
     * not inline, would be boxed on the heap.
     */
    private static void microKernel(int kc, float[] ap, int aAt, float[] bp, int bAt, float alpha, float[] c, int cAt,
                                    int ldc, int rows, int cols, float[] edge) {
        FloatVector c00 = FloatVector.zero(F);
        FloatVector c01 = c00;
        FloatVector c10 = c00;
        FloatVector c11 = c00;
        FloatVector c20 = c00;
        FloatVector c21 = c00;
        FloatVector c30 = c00;
        FloatVector c31 = c00;
        // Indices linear in p let C2 hoist the bounds checks out of the loop.
        for (int p = 0; p < kc; p++) {
            int bi = bAt + p * NR;
            int ai = aAt + p * MR;
            FloatVector b0 = FloatVector.fromArray(F, bp, bi);
            FloatVector b1 = FloatVector.fromArray(F, bp, bi + L);
            FloatVector a0 = FloatVector.broadcast(F, ap[ai]);
            c00 = a0.fma(b0, c00);
            c01 = a0.fma(b1, c01);
            FloatVector a1 = FloatVector.broadcast(F, ap[ai + 1]);
            c10 = a1.fma(b0, c10);
            c11 = a1.fma(b1, c11);
            FloatVector a2 = FloatVector.broadcast(F, ap[ai + 2]);
            c20 = a2.fma(b0, c20);
            c21 = a2.fma(b1, c21);
            FloatVector a3 = FloatVector.broadcast(F, ap[ai + 3]);
            c30 = a3.fma(b0, c30);
            c31 = a3.fma(b1, c31);
        }
        if (rows == MR && cols == NR) {
            FloatVector s = FloatVector.broadcast(F, alpha);
            int r = cAt;
            c00.fma(s, FloatVector.fromArray(F, c, r)).intoArray(c, r);
            c01.fma(s, FloatVector.fromArray(F, c, r + L)).intoArray(c, r + L);
            r += ldc;
            c10.fma(s, FloatVector.fromArray(F, c, r)).intoArray(c, r);
            c11.fma(s, FloatVector.fromArray(F, c, r + L)).intoArray(c, r + L);
            r += ldc;
            c20.fma(s, FloatVector.fromArray(F, c, r)).intoArray(c, r);
            c21.fma(s, FloatVector.fromArray(F, c, r + L)).intoArray(c, r + L);
            r += ldc;
            c30.fma(s, FloatVector.fromArray(F, c, r)).intoArray(c, r);
            c31.fma(s, FloatVector.fromArray(F, c, r + L)).intoArray(c, r + L);
            r += ldc;
            r += ldc;
            return;
        }
        // An edge tile: the padded rows and columns hold products with zeros; store only the valid part.
        c00.intoArray(edge, 0);
        c01.intoArray(edge, L);
        c10.intoArray(edge, NR);
        c11.intoArray(edge, NR + L);
        c20.intoArray(edge, 2 * NR);
        c21.intoArray(edge, 2 * NR + L);
        c30.intoArray(edge, 3 * NR);
        c31.intoArray(edge, 3 * NR + L);
        for (int i = 0; i < rows; i++) {
            for (int j = 0; j < cols; j++) {
                c[cAt + i * ldc + j] = Math.fma(alpha, edge[i * NR + j], c[cAt + i * ldc + j]);
            }
        }
    }

    /** y (1 x n) += alpha x (1 x k) op(B), without packing: one pass over B. */
    private static void gemv(Op opA, Op opB, int n, int k, float alpha, float[] a, int aOff, int lda, float[] b,
                             int bOff, int ldb, float[] c, int cOff) {
        // op(A) is 1 x k: with opA = T it is a column of the stored k x 1 matrix.
        if (opB == Op.T) {
            float[] x = new float[k];
            for (int p = 0; p < k; p++) {
                x[p] = opA == Op.N ? a[aOff + p] : a[aOff + p * lda];
            }
            for (int j = 0; j < n; j++) {
                c[cOff + j] = Math.fma(alpha, dev.accelbench.kernels.blas.Dot.vector(x, 0, b, bOff + j * ldb, k),
                        c[cOff + j]);
            }
            return;
        }
        float[] y = new float[n];
        for (int p = 0; p < k; p++) {
            float ap = opA == Op.N ? a[aOff + p] : a[aOff + p * lda];
            dev.accelbench.kernels.blas.Axpy.vector(ap, b, bOff + p * ldb, y, 0, n);
        }
        for (int j = 0; j < n; j++) {
            c[cOff + j] = Math.fma(alpha, y[j], c[cOff + j]);
        }
    }

    static int ceilDiv(int x, int y) {
        return (x + y - 1) / y;
    }
}
