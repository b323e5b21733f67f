package dev.accelbench.kernels.gemm;

import dev.accelbench.kernels.numeric.block.BlockFormat;
import dev.accelbench.kernels.numeric.block.PackedMatrix;
import dev.accelbench.kernels.platform.KernelSpecies;
import dev.accelbench.kernels.transpose.OutOfPlaceTranspose;
import java.util.stream.IntStream;
import jdk.incubator.vector.FloatVector;
import jdk.incubator.vector.VectorSpecies;

/**
 * Block-quantized GEMM: C (m x n) = A (m x k) B^T, A and B both packed in the same block format
 * along k (B given as its n x k transpose, the layout of a weight matrix whose rows are output
 * features, as in llama.cpp). Formats: Q8_0 (scaled INT8), MXINT8, BFP.
 *
 * <h2>Arithmetic</h2>
 * For each output element and each block, the integer codes are multiplied and summed over the
 * block, and the block's sum times the product of the two block scales is added into a float32
 * accumulator: c += (sum_t qa_t qb_t) x (sa x sb). The block sums are exact integers, as an
 * int32 accumulator would hold them; they are computed on the FP32 FMA units, which is exact
 * because every partial sum is an integer below 2^24 (|q| <= 127 and 32 values: 2^19; BFP:
 * (2^M - 1)^2 K < 2^24 is required, e.g. M <= 9 at K = 16, M = 8 up to K = 256). So the result is
 * the int32-per-block result; only the scale product and the float32 accumulation round.
 *
 * <p>Why not int8 SIMD: JDK 25's Vector API has no 8- or 16-bit dot product; on AVX2 (this host)
 * int8 products need widening to 16 and then 32 bits plus a horizontal sum per block, about twice
 * the instructions of an FP32 FMA for the same products, while converting codes to floats once,
 * while packing, lets the FP32 micro-kernel do eight products per instruction.
 *
 * <h2>Loop nest</h2>
 * {@link Sgemm}'s: B packed into KC x NR panels of decoded codes (with NR scales per block beside
 * them), A into MR x KC panels; the micro-kernel runs one block at a time into 4 x 2 vector
 * registers, then scales them into a tile that stays in L1, and adds the tile to C after KC.
 * KC is a whole number of blocks.
 */
public final class BlockGemm {

    private static final VectorSpecies<Float> F = KernelSpecies.FLOAT;
    private static final int L = F.length();
    static final int MR = 4;
    static final int NR = 2 * L;
    private static final int MC = 120;
    private static final int NC = 4096;

    private BlockGemm() {
    }

    /** C = A B^T on all available processors. */
    public static void gemm(PackedMatrix a, PackedMatrix bTransposed, float[] c) {
        gemm(a, bTransposed, c, Runtime.getRuntime().availableProcessors());
    }

    /**
     * C (a.rows x b.rows, row-major, overwritten) = A B^T on up to {@code threads} threads; A and B
     * must share format, block size and number of columns k.
     */
    public static void gemm(PackedMatrix a, PackedMatrix bTransposed, float[] c, int threads) {
        if (a == null || bTransposed == null) {
            throw new IllegalArgumentException("A and B must not be null (A " + (a == null ? "null" : "ok") + ", B "
                    + (bTransposed == null ? "null" : "ok") + ")");
        }
        BlockOperand pa = BlockOperand.of(a, "A");
        BlockOperand pb = BlockOperand.of(bTransposed, "B");
        check(a, bTransposed, c, threads);
        int m = a.rows();
        int n = bTransposed.rows();
        java.util.Arrays.fill(c, 0, m * n, 0f);
        if (m == 0 || n == 0 || a.cols() == 0) {
            return;
        }
        int k = a.shape().paddedCols();
        int blockSize = a.blockSize();
        int kc = blockSize * Math.max(1, 256 / blockSize);
        boolean splitColumns = n >= m;
        int units = splitColumns ? Sgemm.ceilDiv(n, NR) : Sgemm.ceilDiv(m, MR);
        int slices = Math.min(threads, units);
        Runnable[] work = new Runnable[slices];
        for (int t = 0; t < slices; t++) {
            int from = (int) ((long) units * t / slices);
            int to = (int) ((long) units * (t + 1) / slices);
            int i0 = splitColumns ? 0 : from * MR;
            int i1 = splitColumns ? m : Math.min(m, to * MR);
            int j0 = splitColumns ? from * NR : 0;
            int j1 = splitColumns ? Math.min(n, to * NR) : n;
            work[t] = () -> serial(pa, pb, i0, i1 - i0, j0, j1 - j0, k, kc, blockSize, c, n);
        }
        if (slices == 1) {
            work[0].run();
        } else {
            IntStream.range(0, slices).parallel().forEach(t -> work[t].run());
        }
    }

    static void check(PackedMatrix a, PackedMatrix b, float[] c, int threads) {
        if (threads < 1) {
            throw new IllegalArgumentException("threads must be >= 1, got " + threads);
        }
        if (!a.format().name().equals(b.format().name())) {
            throw new IllegalArgumentException("A is " + a.format().name() + " but B is " + b.format().name()
                    + ": the block GEMM multiplies codes of one format");
        }
        if (a.cols() != b.cols()) {
            throw new IllegalArgumentException("A is " + a.rows() + " x " + a.cols() + " and B^T is " + b.rows() + " x "
                    + b.cols() + ": both need the same k (columns)");
        }
        long bound = (long) BlockOperand.maxCode(a) * BlockOperand.maxCode(b) * a.blockSize();
        if (bound >= 1 << 24) {
            throw new IllegalArgumentException(a.format().name() + ": a block sum can reach " + bound
                    + ", beyond 2^24, where the FP32 block sums would no longer be exact; use a smaller block or mantissa");
        }
        if (c == null || c.length < (long) a.rows() * b.rows()) {
            throw new IllegalArgumentException("C (" + a.rows() + " x " + b.rows() + ") needs " + (long) a.rows() * b.rows()
                    + " elements, the array has " + (c == null ? "none (null)" : c.length));
        }
    }

    /**
     * B as the GEMM wants it: the row-major k x n matrix transposed to n x k and packed in the block
     * format along k (its rows become the GEMM's output columns).
     */
    public static PackedMatrix quantizeB(BlockFormat format, float[] b, int k, int n) {
        if (b == null || (long) k * n != b.length) {
            throw new IllegalArgumentException("B (" + k + " x " + n + ") needs " + (long) k * n + " values, got "
                    + (b == null ? "null" : b.length));
        }
        float[] transposed = new float[b.length];
        OutOfPlaceTranspose.transpose(b, transposed, k, n);
        return format.quantize(transposed, n, k);
    }

    private static void serial(BlockOperand a, BlockOperand b, int i0, int m, int j0, int n, int k, int kcMax,
                               int blockSize, float[] c, int ldc) {
        int kc0 = Math.min(kcMax, k);
        int ncMax = Math.min(NC, n);
        int mcMax = Math.min(MC, m);
        int blocksPerChunk = kc0 / blockSize;
        float[] packedB = new float[kc0 * Sgemm.ceilDiv(ncMax, NR) * NR];
        float[] scalesB = new float[blocksPerChunk * Sgemm.ceilDiv(ncMax, NR) * NR];
        float[] packedA = new float[kc0 * Sgemm.ceilDiv(mcMax, MR) * MR];
        float[] scalesA = new float[blocksPerChunk * Sgemm.ceilDiv(mcMax, MR) * MR];
        float[] tile = new float[MR * NR];
        int blocksPerRowA = a.matrix().shape().blocksPerRow();
        int blocksPerRowB = b.matrix().shape().blocksPerRow();
        for (int jc = 0; jc < n; jc += NC) {
            int nc = Math.min(NC, n - jc);
            for (int pc = 0; pc < k; pc += kcMax) {
                int kc = Math.min(kcMax, k - pc);
                pack(b, blocksPerRowB, k, j0 + jc, nc, pc, kc, blockSize, packedB, scalesB, NR);
                for (int ic = 0; ic < m; ic += MC) {
                    int mc = Math.min(MC, m - ic);
                    pack(a, blocksPerRowA, k, i0 + ic, mc, pc, kc, blockSize, packedA, scalesA, MR);
                    int blocks = kc / blockSize;
                    for (int jr = 0; jr < nc; jr += NR) {
                        for (int ir = 0; ir < mc; ir += MR) {
                            microKernel(blocks, blockSize, packedA, (ir / MR) * kc * MR, scalesA, (ir / MR) * blocks * MR,
                                    packedB, (jr / NR) * kc * NR, scalesB, (jr / NR) * blocks * NR, tile);
                            int cAt = (i0 + ic + ir) * ldc + j0 + jc + jr;
                            int rows = Math.min(MR, mc - ir);
                            int cols = Math.min(NR, nc - jr);
                            if (cols == NR) {
                                for (int r = 0; r < rows; r++) {
                                    int at = cAt + r * ldc;
                                    FloatVector.fromArray(F, c, at).add(FloatVector.fromArray(F, tile, r * NR))
                                            .intoArray(c, at);
                                    FloatVector.fromArray(F, c, at + L).add(FloatVector.fromArray(F, tile, r * NR + L))
                                            .intoArray(c, at + L);
                                }
                            } else {
                                for (int r = 0; r < rows; r++) {
                                    for (int j = 0; j < cols; j++) {
                                        c[cAt + r * ldc + j] += tile[r * NR + j];
                                    }
                                }
                            }
                        }
                    }
                }
            }
        }
    }

    /**
     * Rows start .. start+count of a packed operand over codes pc .. pc+kc into panels of w rows:
     * panel q holds, for each of the kc depths, w decoded codes (zero beyond count), and for each
     * of the kc / blockSize blocks, w scales.
     */
    private static void pack(BlockOperand x, int blocksPerRow, int paddedCols, int start, int count, int pc, int kc,
                             int blockSize, float[] packed, float[] scales, int w) {
        int panels = Sgemm.ceilDiv(count, w);
        int blocks = kc / blockSize;
        for (int q = 0; q < panels; q++) {
            int out = q * kc * w;
            int scaleOut = q * blocks * w;
            for (int r = 0; r < w; r++) {
                int row = start + q * w + r;
                boolean real = q * w + r < count;
                int codeAt = row * paddedCols + pc;
                if (!real) {
                    for (int p = 0; p < kc; p++) {
                        packed[out + p * w + r] = 0f;
                    }
                } else if (x.bytes() != null) {
                    byte[] codes = x.bytes();
                    for (int p = 0; p < kc; p++) {
                        packed[out + p * w + r] = codes[codeAt + p];
                    }
                } else {
                    short[] codes = x.shorts();
                    for (int p = 0; p < kc; p++) {
                        packed[out + p * w + r] = codes[codeAt + p];
                    }
                }
                int scaleAt = row * blocksPerRow + pc / blockSize;
                for (int bl = 0; bl < blocks; bl++) {
                    scales[scaleOut + bl * w + r] = real ? x.scales()[scaleAt + bl] : 0f;
                }
            }
        }
    }

    /**
     * tile (MR x NR, overwritten) = sum over blocks of (A-panel block B-panel block) x (sa sb): each
     * block's exact sums in eight vector registers, then scaled into the tile (kept in L1: 16
     * registers cannot hold both the sums and the tile on AVX2).
     */
    private static void microKernel(int blocks, int blockSize, float[] ap, int aAt, float[] sa, int saAt, float[] bp,
                                    int bAt, float[] sb, int sbAt, float[] tile) {
        FloatVector zero = FloatVector.zero(F);
        for (int v = 0; v < MR * NR; v += L) {
            zero.intoArray(tile, v);
        }
        for (int bl = 0; bl < blocks; bl++) {
            FloatVector c00 = FloatVector.zero(F);
            FloatVector c01 = c00;
            FloatVector c10 = c00;
            FloatVector c11 = c00;
            FloatVector c20 = c00;
            FloatVector c21 = c00;
            FloatVector c30 = c00;
            FloatVector c31 = c00;
            int p0 = bl * blockSize;
            for (int p = p0; p < p0 + blockSize; p++) {
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
            FloatVector s0 = FloatVector.fromArray(F, sb, sbAt + bl * NR);
            FloatVector s1 = FloatVector.fromArray(F, sb, sbAt + bl * NR + L);
            int si = saAt + bl * MR;
            FloatVector r0 = FloatVector.broadcast(F, sa[si]);
            c00.fma(s0.mul(r0), FloatVector.fromArray(F, tile, 0)).intoArray(tile, 0);
            c01.fma(s1.mul(r0), FloatVector.fromArray(F, tile, L)).intoArray(tile, L);
            FloatVector r1 = FloatVector.broadcast(F, sa[si + 1]);
            c10.fma(s0.mul(r1), FloatVector.fromArray(F, tile, NR)).intoArray(tile, NR);
            c11.fma(s1.mul(r1), FloatVector.fromArray(F, tile, NR + L)).intoArray(tile, NR + L);
            FloatVector r2 = FloatVector.broadcast(F, sa[si + 2]);
            c20.fma(s0.mul(r2), FloatVector.fromArray(F, tile, 2 * NR)).intoArray(tile, 2 * NR);
            c21.fma(s1.mul(r2), FloatVector.fromArray(F, tile, 2 * NR + L)).intoArray(tile, 2 * NR + L);
            FloatVector r3 = FloatVector.broadcast(F, sa[si + 3]);
            c30.fma(s0.mul(r3), FloatVector.fromArray(F, tile, 3 * NR)).intoArray(tile, 3 * NR);
            c31.fma(s1.mul(r3), FloatVector.fromArray(F, tile, 3 * NR + L)).intoArray(tile, 3 * NR + L);
        }
    }
}
