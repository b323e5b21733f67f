package dev.accelbench.kernels.numeric;

import dev.accelbench.kernels.platform.KernelSpecies;
import java.util.Objects;
import jdk.incubator.vector.ByteVector;
import jdk.incubator.vector.FloatVector;
import jdk.incubator.vector.IntVector;
import jdk.incubator.vector.VectorMask;
import jdk.incubator.vector.VectorOperators;
import jdk.incubator.vector.VectorShape;
import jdk.incubator.vector.VectorSpecies;

/**
 * Vector API conversions to and from a signed minifloat whose normal range starts at or above
 * float32's (every named format, FP32 included; not E8M0 or biases beyond float32's), in every
 * rounding mode. The arithmetic mirrors {@link MiniFloat#encode} lane by lane:
 *
 * <ol>
 * <li>Split |x| into a 24-bit significand and exponent (float32 subnormals keep exponent -126).
 * <li>The quantum exponent is max(e, emin) - M; the significand is shifted right by the distance
 *     to it (a per-lane variable shift; beyond 31 bits nothing is kept) and the bits shifted out
 *     decide the rounding: above/at half, odd, inexact, and for stochastic rounding their top R
 *     bits against R random bits of (seed, index), drawn in scalar code into a lane buffer.
 * <li>The kept integer times 2^quantum (two power-of-two multiplications, both exact) is the
 *     rounded magnitude; a carry into the next binade falls out of the arithmetic.
 * <li>Flush (CFG-2 and later), overflow beyond the largest finite, FNUZ's unsigned zero, and the
 *     NaN and Inf inputs are blended in from constants that the scalar conversion computed once.
 * </ol>
 * Codes are then read off the rounded float's bits. The tail of each call runs the scalar code.
 */
final class VectorMiniFloat implements BulkConversion {

    private static final VectorSpecies<Float> F = KernelSpecies.FLOAT;
    private static final VectorSpecies<Integer> I = F.withLanes(int.class);
    /** Bytes with at least as many lanes as I (64 bits is the smallest byte shape). */
    private static final VectorSpecies<Byte> B =
            VectorSpecies.of(byte.class, VectorShape.forBitSize(Math.max(64, F.vectorBitSize() / 4)));
    private static final int LANES = F.length();

    private final Conversion conversion;
    private final MiniFloat format;
    private final Rounding rounding;
    private final int mantissaBits;
    private final int emin;
    private final int bias;
    private final boolean flush;
    private final boolean unsignedZero;
    private final float maxFinite;
    private final float minNormal;
    private final int randomBits;
    /** Results for NaN, Inf and overflowing inputs, positive and negative, as float bits and as codes. */
    private final int nanPos;
    private final int nanNeg;
    private final int infPos;
    private final int infNeg;
    private final int overflowPos;
    private final int overflowNeg;
    /** Hysteresis rounds down after a rise and up after a fall: overflow then follows that direction. */
    private final int overflowDownPos;
    private final int overflowDownNeg;
    private final int overflowUpPos;
    private final int overflowUpNeg;
    private final int nanCodePos;
    private final int nanCodeNeg;
    private final int infCodePos;
    private final int infCodeNeg;
    private final int overflowCodePos;
    private final int overflowCodeNeg;
    private final int signShift;

    static boolean supports(Conversion conversion) {
        return conversion.format() instanceof MiniFloat f && f.signed() && f.minNormalExponent() >= -126;
    }

    VectorMiniFloat(Conversion conversion) {
        if (!supports(conversion)) {
            throw new IllegalArgumentException(conversion.format().name() + " has no vector conversion");
        }
        this.conversion = conversion;
        this.format = (MiniFloat) conversion.format();
        this.rounding = conversion.rounding();
        this.mantissaBits = format.mantissaBits();
        this.emin = format.minNormalExponent();
        this.bias = format.bias();
        this.flush = format.cfg() >= 2;
        this.unsignedZero = format.encoding() == Encoding.FNUZ;
        this.maxFinite = (float) format.maxFinite();
        this.minNormal = Math.scalb(1f, emin);
        this.randomBits = conversion.randomBits();
        this.signShift = 31 - (format.exponentBits() + mantissaBits);
        Conversion fixed = new Conversion(format, rounding == Rounding.HYSTERESIS ? Rounding.RNE : rounding,
                conversion.overflow(), conversion.seed(), randomBits);
        float negativeNaN = Float.intBitsToFloat(0xFFC00000);
        nanCodePos = fixed.encode(Float.NaN);
        nanCodeNeg = fixed.encode(negativeNaN);
        infCodePos = fixed.encode(Float.POSITIVE_INFINITY);
        infCodeNeg = fixed.encode(Float.NEGATIVE_INFINITY);
        // Overflow depends on the mode and sign only; for a format as wide as float32 it cannot happen.
        float huge = format.maxFinite() < Float.MAX_VALUE ? Float.MAX_VALUE : Float.POSITIVE_INFINITY;
        overflowCodePos = overflowCode(fixed, huge);
        overflowCodeNeg = overflowCode(fixed, -huge);
        nanPos = bitsOf(nanCodePos);
        nanNeg = bitsOf(nanCodeNeg);
        infPos = bitsOf(infCodePos);
        infNeg = bitsOf(infCodeNeg);
        overflowPos = bitsOf(overflowCodePos);
        overflowNeg = bitsOf(overflowCodeNeg);
        Conversion down = Conversion.of(format, Rounding.DOWN, conversion.overflow());
        Conversion up = Conversion.of(format, Rounding.UP, conversion.overflow());
        overflowDownPos = bitsOf(overflowCode(down, huge));
        overflowDownNeg = bitsOf(overflowCode(down, -huge));
        overflowUpPos = bitsOf(overflowCode(up, huge));
        overflowUpNeg = bitsOf(overflowCode(up, -huge));
    }

    /** UP/DOWN against the direction saturate: compute the code with the mode that applies to each sign. */
    private static int overflowCode(Conversion c, float huge) {
        if (c.rounding() == Rounding.STOCHASTIC) {
            return Conversion.of(c.format(), Rounding.RNE, c.overflow()).encode(huge);
        }
        return c.encode(huge);
    }

    private int bitsOf(int code) {
        return Float.floatToRawIntBits(format.decode(code));
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
        int[] random = rounding == Rounding.STOCHASTIC ? new int[LANES] : null;
        int i = 0;
        for (int bound = F.loopBound(n); i < bound; i += LANES) {
            FloatVector x = FloatVector.fromArray(F, src, srcOff + i);
            FloatVector previous = rounding == Rounding.HYSTERESIS ? FloatVector.fromArray(F, dst, dstOff + i) : null;
            round(x, previous, randomLanes(random, firstIndex + i)).intoArray(dst, dstOff + i);
        }
        conversion.fakeQuantize(src, srcOff + i, dst, dstOff + i, n - i, firstIndex + i);
    }

    @Override
    public void encode(float[] src, int srcOff, byte[] codes, int codesOff, int n, long firstIndex) {
        ScalarBulkConversion.requireByteCodes(format);
        Objects.checkFromIndexSize(srcOff, n, src.length);
        Objects.checkFromIndexSize(codesOff, n, codes.length);
        if (rounding == Rounding.HYSTERESIS) {
            throw new IllegalArgumentException("hysteresis needs the previous values: use fakeQuantize");
        }
        int[] random = rounding == Rounding.STOCHASTIC ? new int[LANES] : null;
        VectorMask<Byte> store = B.indexInRange(0, LANES);
        int i = 0;
        for (int bound = F.loopBound(n); i < bound; i += LANES) {
            FloatVector x = FloatVector.fromArray(F, src, srcOff + i);
            IntVector code = codesOf(x, round(x, null, randomLanes(random, firstIndex + i)));
            ByteVector bytes = (ByteVector) code.convertShape(VectorOperators.I2B, B, 0);
            if (B.length() == LANES) {
                bytes.intoArray(codes, codesOff + i);
            } else {
                bytes.intoArray(codes, codesOff + i, store);
            }
        }
        for (; i < n; i++) {
            codes[codesOff + i] = (byte) conversion.encode(src[srcOff + i], firstIndex + i, Float.NaN);
        }
    }

    @Override
    public void decode(byte[] codes, int codesOff, float[] dst, int dstOff, int n) {
        ScalarBulkConversion.requireByteCodes(format);
        Objects.checkFromIndexSize(codesOff, n, codes.length);
        Objects.checkFromIndexSize(dstOff, n, dst.length);
        VectorMask<Byte> load = B.indexInRange(0, LANES);
        int i = 0;
        for (int bound = F.loopBound(n); i < bound; i += LANES) {
            ByteVector bytes = B.length() == LANES ? ByteVector.fromArray(B, codes, codesOff + i)
                    : ByteVector.fromArray(B, codes, codesOff + i, load);
            IntVector code = ((IntVector) bytes.convertShape(VectorOperators.B2I, I, 0)).and(0xFF);
            valuesOf(code).intoArray(dst, dstOff + i);
        }
        for (; i < n; i++) {
            dst[dstOff + i] = format.decode(codes[codesOff + i] & 0xFF);
        }
    }

    private IntVector randomLanes(int[] buffer, long index) {
        if (buffer == null) {
            return null;
        }
        for (int lane = 0; lane < LANES; lane++) {
            buffer[lane] = StochasticBits.bits(conversion.seed(), index + lane, randomBits);
        }
        return IntVector.fromArray(I, buffer, 0);
    }

    /** Rounds lanes of x to the format, as float32 (previous: hysteresis state; random: stochastic bits). */
    private FloatVector round(FloatVector x, FloatVector previous, IntVector random) {
        IntVector bits = x.reinterpretAsInts();
        IntVector abs = bits.and(0x7FFFFFFF);
        IntVector sign = bits.and(0x80000000);
        VectorMask<Integer> negative = sign.compare(VectorOperators.NE, 0);
        IntVector biased = abs.lanewise(VectorOperators.LSHR, 23);
        IntVector exponent = biased.max(1);
        IntVector significand = abs.and(0x7FFFFF).lanewise(VectorOperators.OR, 0x800000,
                biased.compare(VectorOperators.NE, 0));
        // shift = quantum exponent - exponent of the significand's last bit
        IntVector shift = exponent.max(emin + 127).sub(exponent).add(23 - mantissaBits);
        IntVector cappedShift = shift.min(31);
        IntVector kept = significand.lanewise(VectorOperators.LSHR, cappedShift);
        IntVector rest = significand.sub(kept.lanewise(VectorOperators.LSHL, cappedShift));
        IntVector half = IntVector.broadcast(I, 1).lanewise(VectorOperators.LSHL, cappedShift)
                .lanewise(VectorOperators.LSHR, 1);
        VectorMask<Integer> inexact = rest.compare(VectorOperators.NE, 0);
        VectorMask<Integer> wentUp = null;
        VectorMask<Integer> wentDown = null;
        if (rounding == Rounding.HYSTERESIS) {
            wentUp = x.compare(VectorOperators.GT, previous).cast(I);
            wentDown = x.compare(VectorOperators.LT, previous).cast(I);
        }
        VectorMask<Integer> away = switch (rounding) {
            case RNE -> nearestEven(kept, rest, half);
            case RNA -> rest.compare(VectorOperators.GE, half).and(inexact);
            case RTZ -> I.maskAll(false);
            case UP -> inexact.andNot(negative);
            case DOWN -> inexact.and(negative);
            case STOCHASTIC -> stochastic(rest, shift, random).and(inexact);
            case HYSTERESIS -> {
                VectorMask<Integer> nearest = nearestEven(kept, rest, half).andNot(wentUp).andNot(wentDown);
                // went up -> round down (away only if negative); went down -> round up (away only if positive)
                yield nearest.or(wentUp.and(negative).and(inexact)).or(wentDown.andNot(negative).and(inexact));
            }
        };
        kept = kept.add(1, away);
        IntVector quantum = exponent.max(emin + 127).sub(127 + mantissaBits);
        IntVector firstHalf = quantum.lanewise(VectorOperators.ASHR, 1);
        IntVector secondHalf = quantum.sub(firstHalf);
        FloatVector magnitude = ((FloatVector) kept.convert(VectorOperators.I2F, 0))
                .mul(firstHalf.add(127).lanewise(VectorOperators.LSHL, 23).reinterpretAsFloats())
                .mul(secondHalf.add(127).lanewise(VectorOperators.LSHL, 23).reinterpretAsFloats());
        if (flush) {
            magnitude = magnitude.blend(0f, magnitude.compare(VectorOperators.LT, minNormal));
        }
        IntVector result = magnitude.reinterpretAsInts();
        IntVector signed = unsignedZero ? result.lanewise(VectorOperators.OR, sign, result.compare(VectorOperators.NE, 0))
                : result.or(sign);
        VectorMask<Integer> overflow = magnitude.compare(VectorOperators.GT, maxFinite).cast(I);
        IntVector overflowed = select(overflowPos, overflowNeg, negative);
        if (rounding == Rounding.HYSTERESIS) {
            overflowed = overflowed.blend(select(overflowDownPos, overflowDownNeg, negative), wentUp)
                    .blend(select(overflowUpPos, overflowUpNeg, negative), wentDown);
        }
        signed = signed.blend(overflowed, overflow);
        signed = signed.blend(select(infPos, infNeg, negative), abs.compare(VectorOperators.EQ, 0x7F800000));
        signed = signed.blend(select(nanPos, nanNeg, negative), abs.compare(VectorOperators.GT, 0x7F800000));
        return signed.reinterpretAsFloats();
    }

    private static VectorMask<Integer> nearestEven(IntVector kept, IntVector rest, IntVector half) {
        VectorMask<Integer> odd = kept.and(1).compare(VectorOperators.NE, 0);
        return rest.compare(VectorOperators.GT, half)
                .or(rest.compare(VectorOperators.EQ, half).and(odd).and(rest.compare(VectorOperators.NE, 0)));
    }

    /** Top R bits of the part shifted out, plus R random bits, carry into bit R. */
    private VectorMask<Integer> stochastic(IntVector rest, IntVector shift, IntVector random) {
        IntVector distance = shift.sub(randomBits);
        IntVector right = rest.lanewise(VectorOperators.LSHR, distance.max(0).min(31))
                .blend(0, distance.compare(VectorOperators.GE, 32));
        IntVector left = rest.lanewise(VectorOperators.LSHL, distance.neg().max(0));
        IntVector top = right.blend(left, distance.compare(VectorOperators.LT, 0));
        IntVector limit = IntVector.broadcast(I, (int) ((1L << randomBits) - 1)).sub(top);
        return random.compare(VectorOperators.GT, limit);
    }

    private static IntVector select(int positive, int negative, VectorMask<Integer> isNegative) {
        return IntVector.broadcast(I, positive).blend(negative, isNegative);
    }

    /** The codes of rounded values r (x is the input, for its special cases). */
    private IntVector codesOf(FloatVector x, FloatVector r) {
        IntVector inBits = x.reinterpretAsInts();
        IntVector inAbs = inBits.and(0x7FFFFFFF);
        VectorMask<Integer> negative = inBits.compare(VectorOperators.LT, 0);
        IntVector bits = r.reinterpretAsInts();
        IntVector abs = bits.and(0x7FFFFFFF);
        IntVector sign = bits.lanewise(VectorOperators.LSHR, 31).lanewise(VectorOperators.LSHL, 31 - signShift);
        IntVector normal = abs.lanewise(VectorOperators.LSHR, 23).add(bias - 127).lanewise(VectorOperators.LSHL, mantissaBits)
                .or(abs.lanewise(VectorOperators.LSHR, 23 - mantissaBits).and((1 << mantissaBits) - 1));
        FloatVector subnormalSteps = r.abs().mul(Math.scalb(1f, mantissaBits - emin));
        IntVector subnormal = (IntVector) subnormalSteps.convert(VectorOperators.F2I, 0);
        VectorMask<Integer> isNormal = r.abs().compare(VectorOperators.GE, minNormal).cast(I);
        IntVector code = subnormal.blend(normal, isNormal).or(sign);
        if (unsignedZero) {
            code = code.blend(0, abs.compare(VectorOperators.EQ, 0));
        }
        // A finite input whose rounded value is Inf or NaN overflowed (saturated overflow is coded as max above).
        VectorMask<Integer> overflow = inAbs.compare(VectorOperators.LT, 0x7F800000)
                .and(abs.compare(VectorOperators.GE, 0x7F800000));
        code = code.blend(select(overflowCodePos, overflowCodeNeg, negative), overflow);
        code = code.blend(select(infCodePos, infCodeNeg, negative), inAbs.compare(VectorOperators.EQ, 0x7F800000));
        return code.blend(select(nanCodePos, nanCodeNeg, negative), inAbs.compare(VectorOperators.GT, 0x7F800000));
    }

    /** The float32 values of codes, as {@link MiniFloat#decode}. */
    private FloatVector valuesOf(IntVector code) {
        int exponentMask = (1 << format.exponentBits()) - 1;
        int mantissaMask = (1 << mantissaBits) - 1;
        IntVector field = code.lanewise(VectorOperators.LSHR, mantissaBits).and(exponentMask);
        IntVector mantissa = code.and(mantissaMask);
        IntVector sign = code.lanewise(VectorOperators.LSHR, 31 - signShift).lanewise(VectorOperators.LSHL, 31);
        IntVector normal = field.add(127 - bias).lanewise(VectorOperators.LSHL, 23)
                .or(mantissa.lanewise(VectorOperators.LSHL, 23 - mantissaBits));
        IntVector subnormal = ((FloatVector) mantissa.convert(VectorOperators.I2F, 0))
                .mul(Math.scalb(1f, emin - mantissaBits)).reinterpretAsInts();
        VectorMask<Integer> zeroField = field.compare(VectorOperators.EQ, 0);
        IntVector special = switch (format.cfg()) {
            case 5 -> normal.blend(0, mantissa.compare(VectorOperators.EQ, 0));
            case 6 -> IntVector.zero(I);
            default -> subnormal;
        };
        IntVector value = normal.blend(special, zeroField).or(sign);
        // NaN and Inf codes: few, so compare against each of the format's special codes.
        for (int specialCode : specialCodes()) {
            value = value.blend(Float.floatToRawIntBits(format.decode(specialCode)), code.compare(VectorOperators.EQ, specialCode));
        }
        return value.reinterpretAsFloats();
    }

    private int[] specialCodes() {
        return java.util.stream.IntStream.range(0, 1 << format.bits())
                .filter(c -> format.isNaN(c) || format.isInfinite(c)).toArray();
    }
}
