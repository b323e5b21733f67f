package dev.accelbench.kernels.gemm;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.accelbench.kernels.numeric.block.BlockFormat;
import dev.accelbench.kernels.numeric.block.PackedMatrix;
import dev.accelbench.kernels.numeric.block.QuantFormats;
import java.util.SplittableRandom;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.constraints.IntRange;
import org.junit.jupiter.api.Test;

/** The block GEMM and GEMV against an int32-per-block scalar reference (bit for bit) and the float64 GEMM of the dequantized matrices. */
class BlockGemmTest {

    static final String[] FORMATS = {"q8_0", "mxint8", "bfp8", "bfp4-k32", "bfp6-k8"};

    static float[] gaussian(long seed, int n) {
        SplittableRandom random = new SplittableRandom(seed);
        float[] x = new float[n];
        for (int i = 0; i < n; i++) {
            x[i] = (float) (random.nextGaussian() * Math.exp(random.nextGaussian()));
        }
        return x;
    }

    /**
     * The plainest block GEMM: int32 dot products of the codes per block, scaled by the product of
     * the scales into a float32 sum, in BlockGemm's order (chunks of KC codes summed apart, then added).
     */
    static float[] reference(PackedMatrix a, PackedMatrix b) {
        BlockOperand pa = BlockOperand.of(a, "A");
        BlockOperand pb = BlockOperand.of(b, "B");
        int bs = a.blockSize();
        int k = a.shape().paddedCols();
        int blocks = a.shape().blocksPerRow();
        int perChunk = Math.max(1, 256 / bs);
        float[] c = new float[a.rows() * b.rows()];
        for (int i = 0; i < a.rows(); i++) {
            for (int j = 0; j < b.rows(); j++) {
                float sum = 0;
                for (int chunk = 0; chunk < blocks; chunk += perChunk) {
                    float part = 0;
                    for (int bl = chunk; bl < Math.min(blocks, chunk + perChunk); bl++) {
                        int dot = 0;
                        for (int t = 0; t < bs; t++) {
                            dot += (int) pa.code(i * k + bl * bs + t) * (int) pb.code(j * k + bl * bs + t);
                        }
                        float scale = pb.scales()[j * blocks + bl] * pa.scales()[i * blocks + bl];
                        part = Math.fma((float) dot, scale, part);
                    }
                    sum += part;
                }
                c[i * b.rows() + j] = sum;
            }
        }
        return c;
    }

    /** |c - C_ref| against the float64 GEMM of the dequantized matrices, within the float32 roundings of scale products and sums. */
    static void assertNearDequantized(PackedMatrix a, PackedMatrix b, float[] c, String what) {
        float[] da = a.dequantize();
        float[] db = b.dequantize();
        int k = a.cols();
        int blocks = a.shape().blocksPerRow();
        for (int i = 0; i < a.rows(); i++) {
            for (int j = 0; j < b.rows(); j++) {
                double exact = 0;
                double magnitude = 0;
                for (int p = 0; p < k; p++) {
                    double product = (double) da[i * k + p] * db[j * k + p];
                    exact += product;
                    magnitude += Math.abs(product);
                }
                double bound = 0x1p-24 * (blocks + 4) * magnitude + Float.MIN_NORMAL;
                double actual = c[i * b.rows() + j];
                assertTrue(Math.abs(actual - exact) <= bound, what + " (" + i + ", " + j + "): " + actual + " vs " + exact
                        + ", bound " + bound);
            }
        }
    }

    @Property(tries = 120)
    void gemmEqualsTheInt32ReferenceAndTheDequantizedProduct(@ForAll @IntRange(max = 4) int formatIndex,
                                                             @ForAll @IntRange(min = 1, max = 21) int m,
                                                             @ForAll @IntRange(min = 1, max = 40) int n,
                                                             @ForAll @IntRange(min = 1, max = 600) int k,
                                                             @ForAll @IntRange(min = 1, max = 2) int threads,
                                                             @ForAll long seed) {
        BlockFormat format = QuantFormats.parseBlock(FORMATS[formatIndex]);
        PackedMatrix a = format.quantize(gaussian(seed, m * k), m, k);
        PackedMatrix b = format.quantize(gaussian(~seed, n * k), n, k);
        float[] c = new float[m * n];
        java.util.Arrays.fill(c, Float.NaN); // overwritten, never read
        BlockGemm.gemm(a, b, c, threads);
        float[] expected = reference(a, b);
        for (int i = 0; i < c.length; i++) {
            assertEquals(expected[i], c[i], 0f, format.name() + " element " + i);
        }
        assertNearDequantized(a, b, c, format.name());
    }

    @Property(tries = 80)
    void gemvMatchesTheDequantizedProduct(@ForAll @IntRange(max = 4) int formatIndex,
                                          @ForAll @IntRange(min = 1, max = 70) int n,
                                          @ForAll @IntRange(min = 1, max = 700) int k,
                                          @ForAll @IntRange(min = 1, max = 2) int threads, @ForAll long seed) {
        BlockFormat format = QuantFormats.parseBlock(FORMATS[formatIndex]);
        PackedMatrix x = format.quantize(gaussian(seed, k), 1, k);
        PackedMatrix w = format.quantize(gaussian(~seed, n * k), n, k);
        float[] y = new float[n];
        BlockGemv.gemv(x, w, y, threads);
        assertNearDequantized(x, w, y, format.name());
    }

    @Test
    void quantizeBTransposesTheWeights() {
        int k = 70;
        int n = 9;
        float[] b = gaussian(3, k * n);
        BlockFormat q80 = QuantFormats.parseBlock("q8_0");
        PackedMatrix packed = BlockGemm.quantizeB(q80, b, k, n);
        assertEquals(n, packed.rows());
        assertEquals(k, packed.cols());
        float[] transposed = new float[k * n];
        for (int p = 0; p < k; p++) {
            for (int j = 0; j < n; j++) {
                transposed[j * k + p] = b[p * n + j];
            }
        }
        org.junit.jupiter.api.Assertions.assertArrayEquals(q80.quantize(transposed, n, k).dequantize(), packed.dequantize());
    }

    @Test
    void nanScalePropagates() {
        BlockFormat mx = QuantFormats.parseBlock("mxint8");
        float[] x = gaussian(1, 64);
        x[3] = Float.NaN;
        PackedMatrix a = mx.quantize(x, 1, 64);
        PackedMatrix b = mx.quantize(gaussian(2, 128), 2, 64);
        float[] c = new float[2];
        BlockGemm.gemm(a, b, c, 1);
        assertTrue(Float.isNaN(c[0]) && Float.isNaN(c[1]));
    }

    @Test
    void badOperandsAreRejectedWithTheNumbers() {
        BlockFormat q80 = QuantFormats.parseBlock("q8_0");
        BlockFormat mx = QuantFormats.parseBlock("mxint8");
        PackedMatrix a = q80.quantize(new float[2 * 64], 2, 64);
        PackedMatrix b = q80.quantize(new float[3 * 60], 3, 60);
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class, () -> BlockGemm.gemm(a, b, new float[6], 1));
        assertTrue(e.getMessage().contains("64") && e.getMessage().contains("60"), e.getMessage());
        PackedMatrix other = mx.quantize(new float[3 * 64], 3, 64);
        e = assertThrows(IllegalArgumentException.class, () -> BlockGemm.gemm(a, other, new float[6], 1));
        assertTrue(e.getMessage().contains("mxint8"), e.getMessage());
        PackedMatrix b2 = q80.quantize(new float[3 * 64], 3, 64);
        e = assertThrows(IllegalArgumentException.class, () -> BlockGemm.gemm(a, b2, new float[5], 1));
        assertTrue(e.getMessage().contains("needs 6"), e.getMessage());
        BlockFormat wide = QuantFormats.parseBlock("bfp12");
        PackedMatrix w = wide.quantize(new float[64], 1, 64);
        e = assertThrows(IllegalArgumentException.class, () -> BlockGemm.gemm(w, w, new float[1], 1));
        assertTrue(e.getMessage().contains("2^24"), e.getMessage());
        BlockFormat fp8 = QuantFormats.parseBlock("mxfp8-e4m3");
        PackedMatrix f = fp8.quantize(new float[64], 1, 64);
        e = assertThrows(IllegalArgumentException.class, () -> BlockGemm.gemm(f, f, new float[1], 1));
        assertTrue(e.getMessage().contains("CodedGemm"), e.getMessage());
        e = assertThrows(IllegalArgumentException.class, () -> BlockGemv.gemv(b2, b2, new float[3], 1));
        assertTrue(e.getMessage().contains("1 x k"), e.getMessage());
    }
}
