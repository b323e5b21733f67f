package dev.accelbench.kernels.numeric.block;

import dev.accelbench.kernels.numeric.Conversion;
import dev.accelbench.kernels.numeric.Rounding;
import java.util.Objects;

/**
 * Block floating point {@code bfpM[-kK]}: blocks of K values share the exponent
 * E = floor(log2 max|v|) of their largest magnitude, and each value keeps a sign and an M-bit
 * magnitude round(|v| x 2^(M-1-E)) clamped to 2^M - 1, so a value decodes to
 * ±magnitude x 2^(E-M+1). The rounding is chosen here (round to nearest even unless told);
 * stochastic rounding draws {@code randomBits} bits for the element at flat row-major index i from
 * {@link dev.accelbench.kernels.numeric.StochasticBits} under {@code seed}, so the vector and
 * scalar paths agree. Hysteresis, which needs a previous value per element, is not offered.
 *
 * @param mantissaBits M, 1..15 (sign + M bits must fit the 16-bit codes of {@link BfpMatrix})
 * @param blockSize    K, at least 1 (16 unless named)
 * @param rounding     how magnitudes are rounded
 * @param seed         the stochastic-rounding seed
 * @param randomBits   random bits per stochastic rounding, 1..31
 */
public record BfpFormat(int mantissaBits, int blockSize, Rounding rounding, long seed, int randomBits)
        implements BlockFormat {

    /** Block size when the name does not give one. */
    public static final int DEFAULT_BLOCK_SIZE = 16;
    /** The largest M: a sign and M bits fill the 16-bit code. */
    public static final int MAX_MANTISSA_BITS = 15;
    /** The block size limit, far above any hardware's, to catch typos early. */
    public static final int MAX_BLOCK_SIZE = 1 << 16;

    public BfpFormat {
        if (mantissaBits < 1 || mantissaBits > MAX_MANTISSA_BITS) {
            throw new IllegalArgumentException("BFP mantissa width must be 1.." + MAX_MANTISSA_BITS
                    + " (sign + M bits are stored in a 16-bit code), got " + mantissaBits);
        }
        if (blockSize < 1 || blockSize > MAX_BLOCK_SIZE) {
            throw new IllegalArgumentException("BFP block size must be 1.." + MAX_BLOCK_SIZE + ", got " + blockSize);
        }
        Objects.requireNonNull(rounding, "rounding");
        if (rounding == Rounding.HYSTERESIS) {
            throw new IllegalArgumentException("BFP does not offer hysteresis rounding: it needs a previous value per element");
        }
        if (randomBits < 1 || randomBits > 31) {
            throw new IllegalArgumentException("random bits must be 1..31, got " + randomBits);
        }
    }

    /** {@code bfpM-kK} with round-to-nearest-even. */
    public static BfpFormat of(int mantissaBits, int blockSize) {
        return new BfpFormat(mantissaBits, blockSize, Rounding.RNE, 0, Conversion.DEFAULT_RANDOM_BITS);
    }

    /** This format with another rounding (and seed for stochastic rounding). */
    public BfpFormat withRounding(Rounding newRounding, long newSeed) {
        return new BfpFormat(mantissaBits, blockSize, newRounding, newSeed, randomBits);
    }

    /** {@code bfpM}, with {@code -kK} when K is not the default 16. */
    @Override
    public String name() {
        return "bfp" + mantissaBits + (blockSize == DEFAULT_BLOCK_SIZE ? "" : "-k" + blockSize);
    }

    @Override
    public int elementBits() {
        return 1 + mantissaBits;
    }

    /** The shared exponent, stored as an E8M0-style biased byte. */
    @Override
    public int scaleBits() {
        return 8;
    }

    /** The largest magnitude code, 2^M - 1. */
    public int maxMagnitude() {
        return (1 << mantissaBits) - 1;
    }

    @Override
    public BfpMatrix quantize(float[] rowMajor, int rows, int cols) {
        BfpMatrix packed = BfpMatrix.allocate(this, BlockShape.of(rowMajor, rows, cols, blockSize));
        BfpKernel.quantize(this, rowMajor, packed);
        return packed;
    }

    /** Packs {@code rowMajor} into {@code dst}'s arrays (of dst's shape and this format), overwriting them. */
    public void quantizeInto(float[] rowMajor, BfpMatrix dst) {
        requireOwn(dst);
        BlockShape.of(rowMajor, dst.rows(), dst.cols(), blockSize);
        BfpKernel.quantize(this, rowMajor, dst);
    }

    @Override
    public BfpMatrix quantizeScalar(float[] rowMajor, int rows, int cols) {
        BfpMatrix packed = BfpMatrix.allocate(this, BlockShape.of(rowMajor, rows, cols, blockSize));
        BfpKernel.quantizeScalar(this, rowMajor, packed);
        return packed;
    }

    private void requireOwn(BfpMatrix dst) {
        if (dst.format().mantissaBits != mantissaBits || dst.blockSize() != blockSize) {
            throw new IllegalArgumentException("cannot pack " + name() + " into a " + dst.format().name() + " matrix");
        }
    }

    @Override
    public String toString() {
        return name();
    }
}
