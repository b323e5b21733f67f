package dev.accelbench.kernels.gemm;

import dev.accelbench.kernels.numeric.block.BfpMatrix;
import dev.accelbench.kernels.numeric.block.MxFormat;
import dev.accelbench.kernels.numeric.block.MxMatrix;
import dev.accelbench.kernels.numeric.block.PackedMatrix;
import dev.accelbench.kernels.numeric.block.Q8_0Matrix;
import dev.accelbench.kernels.platform.KernelSpecies;
import java.util.stream.IntStream;
import jdk.incubator.vector.ByteVector;
import dev.accelbench.kernels.platform.Lanes;
import jdk.incubator.vector.FloatVector;
import jdk.incubator.vector.ShortVector;
import jdk.incubator.vector.VectorMask;
import jdk.incubator.vector.VectorOperators;
import jdk.incubator.vector.VectorSpecies;

/**
 * Block-quantized GEMV: y (1 x n) = x (1 x k) W^T, x and W (n x k, a weight matrix with one row per
 * output) in the same block format, as in token-by-token LLM inference. A GEMV reads every weight
 * once, so it is bound by memory bandwidth: one byte per weight (plus a scale per block) instead of
 * FP32's four is where its speed comes from.
 *
 * <p>Per output and block: W's codes are widened to float lanes straight from the byte (or, for
 * BFP, short) array, multiplied by x's codes (decoded once per call) and summed in lanes; each
 * lane's sum is an exact integer (below 2^24, as {@link BlockGemm} requires), as an int32
 * accumulator would hold it; then the lane sums are scaled by sx x sw into float accumulators and
 * reduced across lanes at the end of the row. W's block scales are read where they lie (Q8_0's FP16
 * converted on the fly, E8M0 and BFP exponents through a 256-entry table), never decoded into a
 * scale array: that would cost as much as the GEMV. Four rows run together, sharing x's loads.
 */
public final class BlockGemv {

    private static final VectorSpecies<Float> F = KernelSpecies.FLOAT;
    private static final VectorSpecies<Byte> B = KernelSpecies.BYTE;
    private static final VectorSpecies<Short> S = KernelSpecies.SHORT;
    private static final int L = F.length();
    /** Below 256-bit floats the byte and short species have more lanes than needed: load only the first L. */
    private static final VectorMask<Byte> FIRST_BYTES = B.indexInRange(0, L);
    private static final VectorMask<Short> FIRST_SHORTS = S.indexInRange(0, L);
    private static final boolean EXACT_BYTES = B.length() == L;
    private static final boolean EXACT_SHORTS = S.length() == L;

    private BlockGemv() {
    }

    /** y = x W^T on all available processors. */
    public static void gemv(PackedMatrix x, PackedMatrix w, float[] y) {
        gemv(x, w, y, Runtime.getRuntime().availableProcessors());
    }

    /** y (w.rows values, overwritten) = x W^T, x a 1 x k packed matrix, on up to {@code threads} threads. */
    public static void gemv(PackedMatrix x, PackedMatrix w, float[] y, int threads) {
        if (x == null || x.rows() != 1) {
            throw new IllegalArgumentException("x must be a packed 1 x k matrix, got "
                    + (x == null ? "null" : x.rows() + " x " + x.cols()));
        }
        if (w == null) {
            throw new IllegalArgumentException("W is null");
        }
        BlockGemm.check(x, w, y, threads);
        BlockOperand px = BlockOperand.of(x, "x");
        int n = w.rows();
        int k = x.shape().paddedCols();
        int blockSize = x.blockSize();
        if (blockSize % L != 0) {
            BlockGemm.gemm(x, w, y, threads);
            return;
        }
        float[] xf = new float[k];
        for (int p = 0; p < k; p++) {
            xf[p] = px.code(p);
        }
        Weights weights = Weights.of(w);
        int units = Sgemm.ceilDiv(n, 4);
        int slices = Math.max(1, Math.min(threads, units));
        Runnable[] work = new Runnable[slices];
        for (int t = 0; t < slices; t++) {
            int j0 = Math.min(n, (int) ((long) units * t / slices) * 4);
            int j1 = Math.min(n, (int) ((long) units * (t + 1) / slices) * 4);
            work[t] = () -> rows(xf, px.scales(), weights, k, blockSize, j0, j1, y);
        }
        if (slices == 1) {
            work[0].run();
        } else {
            IntStream.range(0, slices).parallel().forEach(t -> work[t].run());
        }
    }

    /**
     * W's codes and how to read a block's scale: FP16 bits ({@code half}) or a byte through
     * {@code table} (E8M0 with MXINT8's 2^-6 folded in, or a BFP exponent).
     */
    private record Weights(byte[] bytes, short[] shorts, short[] half, byte[] scaleBytes, float[] table) {

        static Weights of(PackedMatrix w) {
            float[] table = new float[256];
            return switch (w) {
                case Q8_0Matrix q -> new Weights(q.codes(), null, q.scales(), null, null);
                case MxMatrix mx -> {
                    for (int e = 0; e < 256; e++) {
                        table[e] = e == MxFormat.NAN_SCALE ? Float.NaN
                                : (float) Math.scalb(1.0, e - 127 - MxFormat.INT8_FRACTION_BITS);
                    }
                    yield new Weights(mx.codes(), null, null, mx.scales(), table);
                }
                case BfpMatrix bfp -> {
                    for (int e = 0; e < 256; e++) {
                        table[e] = (float) Math.scalb(1.0, e - 127 - bfp.format().mantissaBits() + 1);
                    }
                    yield new Weights(null, bfp.codes(), null, bfp.exponents(), table);
                }
            };
        }

        float scale(int block) {
            return half != null ? Float.float16ToFloat(half[block]) : table[scaleBytes[block] & 0xFF];
        }
    }

    private static void rows(float[] x, float[] sx, Weights w, int k, int blockSize, int j0, int j1, float[] y) {
        int blocks = k / blockSize;
        int j = j0;
        for (; j + 4 <= j1; j += 4) {
            if (w.bytes() != null) {
                fourByteRows(x, sx, w, k, blockSize, blocks, j, y);
            } else {
                fourShortRows(x, sx, w, k, blockSize, blocks, j, y);
            }
        }
        for (; j < j1; j++) {
            oneRow(x, sx, w, k, blockSize, blocks, j, y);
        }
    }

    private static FloatVector bytes(byte[] w, int at) {
        ByteVector v = EXACT_BYTES ? ByteVector.fromArray(B, w, at) : ByteVector.fromArray(B, w, at, FIRST_BYTES);
        return (FloatVector) v.convertShape(VectorOperators.B2F, F, 0);
    }

    private static FloatVector shorts(short[] w, int at) {
        ShortVector v = EXACT_SHORTS ? ShortVector.fromArray(S, w, at) : ShortVector.fromArray(S, w, at, FIRST_SHORTS);
        return (FloatVector) v.convertShape(VectorOperators.S2F, F, 0);
    }

    private static void fourByteRows(float[] x, float[] sx, Weights w, int k, int blockSize, int blocks, int j,
                                     float[] y) {
        byte[] codes = w.bytes();
        FloatVector acc0 = FloatVector.zero(F);
        FloatVector acc1 = acc0;
        FloatVector acc2 = acc0;
        FloatVector acc3 = acc0;
        int r0 = j * k;
        int r1 = r0 + k;
        int r2 = r1 + k;
        int r3 = r2 + k;
        for (int bl = 0; bl < blocks; bl++) {
            FloatVector s0 = FloatVector.zero(F);
            FloatVector s1 = s0;
            FloatVector s2 = s0;
            FloatVector s3 = s0;
            int p0 = bl * blockSize;
            for (int p = p0; p < p0 + blockSize; p += L) {
                FloatVector xv = FloatVector.fromArray(F, x, p);
                s0 = bytes(codes, r0 + p).fma(xv, s0);
                s1 = bytes(codes, r1 + p).fma(xv, s1);
                s2 = bytes(codes, r2 + p).fma(xv, s2);
                s3 = bytes(codes, r3 + p).fma(xv, s3);
            }
            float xs = sx[bl];
            acc0 = FloatVector.broadcast(F, xs * w.scale(j * blocks + bl)).fma(s0, acc0);
            acc1 = FloatVector.broadcast(F, xs * w.scale((j + 1) * blocks + bl)).fma(s1, acc1);
            acc2 = FloatVector.broadcast(F, xs * w.scale((j + 2) * blocks + bl)).fma(s2, acc2);
            acc3 = FloatVector.broadcast(F, xs * w.scale((j + 3) * blocks + bl)).fma(s3, acc3);
        }
        y[j] = Lanes.ONE.mul(acc0).reduceLanes(VectorOperators.ADD);
        y[j + 1] = Lanes.ONE.mul(acc1).reduceLanes(VectorOperators.ADD);
        y[j + 2] = Lanes.ONE.mul(acc2).reduceLanes(VectorOperators.ADD);
        y[j + 3] = Lanes.ONE.mul(acc3).reduceLanes(VectorOperators.ADD);
    }

    private static void fourShortRows(float[] x, float[] sx, Weights w, int k, int blockSize, int blocks, int j,
                                      float[] y) {
        short[] codes = w.shorts();
        FloatVector acc0 = FloatVector.zero(F);
        FloatVector acc1 = acc0;
        FloatVector acc2 = acc0;
        FloatVector acc3 = acc0;
        int r0 = j * k;
        int r1 = r0 + k;
        int r2 = r1 + k;
        int r3 = r2 + k;
        for (int bl = 0; bl < blocks; bl++) {
            FloatVector s0 = FloatVector.zero(F);
            FloatVector s1 = s0;
            FloatVector s2 = s0;
            FloatVector s3 = s0;
            int p0 = bl * blockSize;
            for (int p = p0; p < p0 + blockSize; p += L) {
                FloatVector xv = FloatVector.fromArray(F, x, p);
                s0 = shorts(codes, r0 + p).fma(xv, s0);
                s1 = shorts(codes, r1 + p).fma(xv, s1);
                s2 = shorts(codes, r2 + p).fma(xv, s2);
                s3 = shorts(codes, r3 + p).fma(xv, s3);
            }
            float xs = sx[bl];
            acc0 = FloatVector.broadcast(F, xs * w.scale(j * blocks + bl)).fma(s0, acc0);
            acc1 = FloatVector.broadcast(F, xs * w.scale((j + 1) * blocks + bl)).fma(s1, acc1);
            acc2 = FloatVector.broadcast(F, xs * w.scale((j + 2) * blocks + bl)).fma(s2, acc2);
            acc3 = FloatVector.broadcast(F, xs * w.scale((j + 3) * blocks + bl)).fma(s3, acc3);
        }
        y[j] = Lanes.ONE.mul(acc0).reduceLanes(VectorOperators.ADD);
        y[j + 1] = Lanes.ONE.mul(acc1).reduceLanes(VectorOperators.ADD);
        y[j + 2] = Lanes.ONE.mul(acc2).reduceLanes(VectorOperators.ADD);
        y[j + 3] = Lanes.ONE.mul(acc3).reduceLanes(VectorOperators.ADD);
    }

    private static void oneRow(float[] x, float[] sx, Weights w, int k, int blockSize, int blocks, int j, float[] y) {
        FloatVector acc = FloatVector.zero(F);
        int r = j * k;
        for (int bl = 0; bl < blocks; bl++) {
            FloatVector s = FloatVector.zero(F);
            int p0 = bl * blockSize;
            for (int p = p0; p < p0 + blockSize; p += L) {
                FloatVector codes = w.bytes() != null ? bytes(w.bytes(), r + p) : shorts(w.shorts(), r + p);
                s = codes.fma(FloatVector.fromArray(F, x, p), s);
            }
            acc = FloatVector.broadcast(F, sx[bl] * w.scale(j * blocks + bl)).fma(s, acc);
        }
        y[j] = Lanes.ONE.mul(acc).reduceLanes(VectorOperators.ADD);
    }
}
