package dev.accelbench.kernels.numeric;

import dev.accelbench.kernels.platform.KernelSpecies;
import java.util.Objects;
import jdk.incubator.vector.ByteVector;
import jdk.incubator.vector.FloatVector;
import jdk.incubator.vector.IntVector;
import jdk.incubator.vector.VectorMask;
import jdk.incubator.vector.VectorOperators;
import jdk.incubator.vector.VectorSpecies;

/**
 * Vector API conversions to fixed point Qm.n under the deterministic rounding modes (RNE, RTZ, RNA,
 * up, down), equal to {@link FixedPoint#encode} bit for bit. Stochastic and hysteresis rounding of
 * fixed point stay scalar: their decision needs the distance to the neighbour in double precision.
 *
 * <p>x * 2^n is exact in float32 (a power-of-two scale; a value beyond float32 becomes Inf and
 * saturates), and so is its fractional part: below 2^23 a float's bits after the point all fit,
 * from 2^23 on it is an integer. Floor comes from a truncating conversion corrected for negative
 * non-integers; the conversion saturates at the int range, which covers every Qm.n of up to 32 bits.
 */
final class VectorFixedPoint implements BulkConversion {

    private static final VectorSpecies<Float> F = KernelSpecies.FLOAT;
    private static final VectorSpecies<Integer> I = KernelSpecies.INT;
    private static final VectorSpecies<Byte> B = KernelSpecies.BYTE;
    private static final int LANES = F.length();

    private final Conversion conversion;
    private final FixedPoint format;

    static boolean supports(Conversion conversion) {
        return conversion.format() instanceof FixedPoint && switch (conversion.rounding()) {
            case RNE, RTZ, RNA, UP, DOWN -> true;
            case STOCHASTIC, HYSTERESIS -> false;
        };
    }

    VectorFixedPoint(Conversion conversion) {
        if (!supports(conversion)) {
            throw new IllegalArgumentException(conversion + " has no vector conversion");
        }
        this.conversion = conversion;
        this.format = (FixedPoint) conversion.format();
    }

    @Override
    public Conversion conversion() {
        return conversion;
    }

    @Override
    public boolean vectorized() {
        return true;
    }

    @Override
    public void fakeQuantize(float[] src, int srcOff, float[] dst, int dstOff, int n, long firstIndex) {
        Objects.checkFromIndexSize(srcOff, n, src.length);
        Objects.checkFromIndexSize(dstOff, n, dst.length);
        int done = codes(src, srcOff, dst, null, dstOff, n);
        conversion.fakeQuantize(src, srcOff + done, dst, dstOff + done, n - done, firstIndex + done);
    }

    @Override
    public void encode(float[] src, int srcOff, byte[] codes, int codesOff, int n, long firstIndex) {
        ScalarBulkConversion.requireByteCodes(format);
        Objects.checkFromIndexSize(srcOff, n, src.length);
        Objects.checkFromIndexSize(codesOff, n, codes.length);
        int done = codes(src, srcOff, null, codes, codesOff, n);
        for (int i = done; i < n; i++) {
            codes[codesOff + i] = (byte) conversion.encode(src[srcOff + i]);
        }
    }

    @Override
    public void decode(byte[] codes, int codesOff, float[] dst, int dstOff, int n) {
        ScalarBulkConversion.requireByteCodes(format);
        Objects.checkFromIndexSize(codesOff, n, codes.length);
        Objects.checkFromIndexSize(dstOff, n, dst.length);
        int unused = 32 - format.bits();
        float step = Math.scalb(1f, -format.fractionBits());
        VectorMask<Byte> load = B.indexInRange(0, LANES);
        int i = 0;
        for (int bound = F.loopBound(n); i < bound; i += LANES) {
            ByteVector bytes = B.length() == LANES ? ByteVector.fromArray(B, codes, codesOff + i)
                    : ByteVector.fromArray(B, codes, codesOff + i, load);
            IntVector code = (IntVector) bytes.convertShape(VectorOperators.B2I, I, 0);
            IntVector signed = code.lanewise(VectorOperators.LSHL, unused).lanewise(VectorOperators.ASHR, unused);
            ((FloatVector) signed.convert(VectorOperators.I2F, 0)).mul(step).intoArray(dst, dstOff + i);
        }
        for (; i < n; i++) {
            dst[dstOff + i] = format.decode(codes[codesOff + i] & 0xFF);
        }
    }

    /** The vector loop: values (fake-quantize) or byte codes; returns the elements done. */
    private int codes(float[] src, int srcOff, float[] values, byte[] codes, int dstOff, int n) {
        Rounding rounding = conversion.rounding();
        float scale = Math.scalb(1f, format.fractionBits());
        float step = Math.scalb(1f, -format.fractionBits());
        int min = (int) format.minCode();
        int max = (int) format.maxCode();
        int mask = format.bits() == 32 ? -1 : (1 << format.bits()) - 1;
        VectorMask<Integer> nearest = I.maskAll(rounding == Rounding.RNE || rounding == Rounding.RNA);
        VectorMask<Integer> tiesAway = I.maskAll(rounding == Rounding.RNA);
        VectorMask<Integer> up = I.maskAll(rounding == Rounding.UP);
        VectorMask<Integer> towardZero = I.maskAll(rounding == Rounding.RTZ);
        VectorMask<Byte> store = B.indexInRange(0, LANES);
        int i = 0;
        for (int bound = F.loopBound(n); i < bound; i += LANES) {
            FloatVector x = FloatVector.fromArray(F, src, srcOff + i);
            FloatVector v = x.mul(scale);
            IntVector truncated = (IntVector) v.convert(VectorOperators.F2I, 0);
            FloatVector truncatedValue = (FloatVector) truncated.convert(VectorOperators.I2F, 0);
            // floor: one less than the truncation for negative non-integers (within the int range)
            VectorMask<Integer> belowTruncation = v.compare(VectorOperators.LT, truncatedValue).cast(I)
                    .and(truncated.compare(VectorOperators.GT, Integer.MIN_VALUE));
            IntVector floor = truncated.sub(1, belowTruncation);
            FloatVector fraction = v.sub(truncatedValue).add(1f, belowTruncation.cast(F));
            VectorMask<Integer> inexact = fraction.compare(VectorOperators.NE, 0f).cast(I)
                    .and(v.abs().compare(VectorOperators.LT, 0x1p31f).cast(I));
            VectorMask<Integer> negative = v.compare(VectorOperators.LT, 0f).cast(I);
            VectorMask<Integer> above = fraction.compare(VectorOperators.GT, 0.5f).cast(I);
            VectorMask<Integer> tie = fraction.compare(VectorOperators.EQ, 0.5f).cast(I);
            VectorMask<Integer> odd = floor.and(1).compare(VectorOperators.NE, 0);
            // Take the upper neighbour (floor + 1)?
            VectorMask<Integer> upper = nearest.and(above.or(tie.and(odd.andNot(tiesAway)))
                            .or(tie.and(tiesAway).andNot(negative)))
                    .or(up.and(inexact))
                    .or(towardZero.and(inexact).and(negative));
            IntVector code = floor.add(1, upper.and(floor.compare(VectorOperators.LT, Integer.MAX_VALUE)))
                    .max(min).min(max);
            code = code.blend(0, x.compare(VectorOperators.NE, x).cast(I));
            if (values != null) {
                ((FloatVector) code.convert(VectorOperators.I2F, 0)).mul(step).intoArray(values, dstOff + i);
            } else {
                ByteVector bytes = (ByteVector) code.and(mask).convertShape(VectorOperators.I2B, B, 0);
                if (B.length() == LANES) {
                    bytes.intoArray(codes, dstOff + i);
                } else {
                    bytes.intoArray(codes, dstOff + i, store);
                }
            }
        }
        return i;
    }
}
