package dev.accelbench.kernels.numeric;

import dev.accelbench.kernels.platform.KernelSpecies;
import java.util.Objects;
import jdk.incubator.vector.ByteVector;
import jdk.incubator.vector.FloatVector;
import jdk.incubator.vector.IntVector;
import jdk.incubator.vector.ShortVector;
import jdk.incubator.vector.VectorMask;
import jdk.incubator.vector.VectorOperators;
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
    private static final VectorSpecies<Integer> I = KernelSpecies.INT;
    /** Bytes with at least as many lanes as I (64 bits is the smallest byte shape). */
    private static final VectorSpecies<Byte> B = KernelSpecies.BYTE;
    /** Shorts with at least as many lanes as I. */
    private static final VectorSpecies<Short> S = KernelSpecies.SHORT;
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
    /** The codes of the values +Inf and -Inf (not of Inf inputs, which saturate under SATURATE). */
    private final int infValueCodePos;
    private final int infValueCodeNeg;
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
        infValueCodePos = format.encode(Float.POSITIVE_INFINITY, Rounding.RNE, Overflow.INF, 0, 1);
        infValueCodeNeg = format.encode(Float.NEGATIVE_INFINITY, Rounding.RNE, Overflow.INF, 0, 1);
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
        int done = rounding == Rounding.RNE ? roundNearestEven(src, srcOff, dst, dstOff, n)
                : round(src, srcOff, dst, dstOff, n, firstIndex);
        conversion.fakeQuantize(src, srcOff + done, dst, dstOff + done, n - done, firstIndex + done);
    }

    /** Encode rounds a chunk into this L1-sized scratch, then reads the codes off the rounded values. */
    private static final int CHUNK = 1024;

    @Override
    public void encode(float[] src, int srcOff, byte[] codes, int codesOff, int n, long firstIndex) {
        ScalarBulkConversion.requireByteCodes(format);
        Objects.checkFromIndexSize(codesOff, n, codes.length);
        encode(src, srcOff, codes, null, codesOff, n, firstIndex);
    }

    @Override
    public void encode(float[] src, int srcOff, short[] codes, int codesOff, int n, long firstIndex) {
        ScalarBulkConversion.requireShortCodes(format);
        Objects.checkFromIndexSize(codesOff, n, codes.length);
        encode(src, srcOff, null, codes, codesOff, n, firstIndex);
    }

    /** Encodes into byte or short codes (whichever is not null): chunks rounded into scratch, then coded. */
    private void encode(float[] src, int srcOff, byte[] bytes, short[] shorts, int codesOff, int n, long firstIndex) {
        Objects.checkFromIndexSize(srcOff, n, src.length);
        if (rounding == Rounding.HYSTERESIS) {
            throw new IllegalArgumentException("hysteresis needs the previous values: use fakeQuantize");
        }
        float[] rounded = new float[CHUNK];
        int done = 0;
        while (n - done >= LANES) {
            int chunk = Math.min(CHUNK, F.loopBound(n - done));
            if (rounding == Rounding.RNE) {
                roundNearestEven(src, srcOff + done, rounded, 0, chunk);
            } else {
                round(src, srcOff + done, rounded, 0, chunk, firstIndex + done);
            }
            codesOf(rounded, bytes, shorts, codesOff + done, chunk);
            done += chunk;
        }
        for (int i = done; i < n; i++) {
            int code = conversion.encode(src[srcOff + i], firstIndex + i, Float.NaN);
            if (bytes != null) {
                bytes[codesOff + i] = (byte) code;
            } else {
                shorts[codesOff + i] = (short) code;
            }
        }
    }

    @Override
    public void decode(byte[] codes, int codesOff, float[] dst, int dstOff, int n) {
        ScalarBulkConversion.requireByteCodes(format);
        Objects.checkFromIndexSize(codesOff, n, codes.length);
        Objects.checkFromIndexSize(dstOff, n, dst.length);
        int done = decode(codes, null, codesOff, dst, dstOff, n);
        for (int i = done; i < n; i++) {
            dst[dstOff + i] = format.decode(codes[codesOff + i] & 0xFF);
        }
    }

    @Override
    public void decode(short[] codes, int codesOff, float[] dst, int dstOff, int n) {
        ScalarBulkConversion.requireShortCodes(format);
        Objects.checkFromIndexSize(codesOff, n, codes.length);
        Objects.checkFromIndexSize(dstOff, n, dst.length);
        int done = decode(null, codes, codesOff, dst, dstOff, n);
        for (int i = done; i < n; i++) {
            dst[dstOff + i] = format.decode(codes[codesOff + i] & 0xFFFF);
        }
    }

    /**
     * The decoding loop over byte or short codes (whichever is not null), field arithmetic only:
     * normal and subnormal values from the fields, NaN and Inf by the encoding's rules as masks.
     */
    private int decode(byte[] bytes, short[] shorts, int codesOff, float[] dst, int dstOff, int n) {
        VectorMask<Byte> byteLoad = B.indexInRange(0, LANES);
        VectorMask<Short> shortLoad = S.indexInRange(0, LANES);
        int exponentMask = (1 << format.exponentBits()) - 1;
        int mantissaMask = (1 << mantissaBits) - 1;
        int codeMask = (1 << format.bits()) - 1;
        int signBit = 1 << (31 - signShift);
        boolean ieee = format.encoding() == Encoding.IEEE;
        VectorMask<Integer> nanAnyMantissa = I.maskAll(ieee && format.cfg() < 4);
        VectorMask<Integer> nanAllOnes = I.maskAll(format.encoding() == Encoding.FN);
        VectorMask<Integer> nanSignOnly = I.maskAll(unsignedZero);
        VectorMask<Integer> infZeroMantissa = I.maskAll(ieee && format.cfg() < 4);
        VectorMask<Integer> infAllOnes = I.maskAll(ieee && format.cfg() >= 4);
        VectorMask<Integer> cfg5 = I.maskAll(format.cfg() == 5);
        VectorMask<Integer> cfg6 = I.maskAll(format.cfg() == 6);
        int i = 0;
        for (int bound = F.loopBound(n); i < bound; i += LANES) {
            IntVector code;
            if (bytes != null) {
                ByteVector loaded = B.length() == LANES ? ByteVector.fromArray(B, bytes, codesOff + i)
                        : ByteVector.fromArray(B, bytes, codesOff + i, byteLoad);
                code = (IntVector) loaded.convertShape(VectorOperators.B2I, I, 0);
            } else {
                ShortVector loaded = S.length() == LANES ? ShortVector.fromArray(S, shorts, codesOff + i)
                        : ShortVector.fromArray(S, shorts, codesOff + i, shortLoad);
                code = (IntVector) loaded.convertShape(VectorOperators.S2I, I, 0);
            }
            code = code.and(codeMask);
            IntVector field = code.lanewise(VectorOperators.LSHR, mantissaBits).and(exponentMask);
            IntVector mantissa = code.and(mantissaMask);
            IntVector sign = code.lanewise(VectorOperators.LSHR, 31 - signShift).lanewise(VectorOperators.LSHL, 31);
            IntVector normal = field.add(127 - bias).lanewise(VectorOperators.LSHL, 23)
                    .or(mantissa.lanewise(VectorOperators.LSHL, 23 - mantissaBits));
            IntVector subnormal = ((FloatVector) mantissa.convert(VectorOperators.I2F, 0))
                    .mul(Math.scalb(1f, emin - mantissaBits)).reinterpretAsInts();
            VectorMask<Integer> zeroMantissa = mantissa.compare(VectorOperators.EQ, 0);
            VectorMask<Integer> allOnes = mantissa.compare(VectorOperators.EQ, mantissaMask);
            // Exponent field 0: subnormal, or (CFG-5) 1.m x 2^-bias unless m = 0, or (CFG-6) zero.
            IntVector fieldZero = subnormal.blend(normal.blend(0, zeroMantissa), cfg5).blend(0, cfg6);
            IntVector value = normal.blend(fieldZero, field.compare(VectorOperators.EQ, 0)).or(sign);
            VectorMask<Integer> top = field.compare(VectorOperators.EQ, exponentMask);
            VectorMask<Integer> infinite = top.and(infZeroMantissa.and(zeroMantissa).or(infAllOnes.and(allOnes)));
            value = value.blend(sign.or(0x7F800000), infinite);
            VectorMask<Integer> nan = top.and(nanAnyMantissa.andNot(zeroMantissa).or(nanAllOnes.and(allOnes)))
                    .or(nanSignOnly.and(code.compare(VectorOperators.EQ, signBit)));
            value = value.blend(unsignedZero ? IntVector.broadcast(I, 0x7FC00000) : sign.or(0x7FC00000), nan);
            value.reinterpretAsFloats().intoArray(dst, dstOff + i);
        }
        return i;
    }


    /**
     * The vector rounding loop over whole vectors of {@code [0, n)}; returns the elements done.
     * Everything is written out in this one method, without switches on the mode: a vector that
     * crosses a call C2 does not inline is boxed on the heap, and a method with too many nodes stops
     * C2 from inlining the Vector API itself, either of which costs a hundred times the arithmetic.
     * The rounding mode enters as lane masks: nearest / up / down / stochastic lanes.
     */
    private int round(float[] src, int srcOff, float[] dst, int dstOff, int n, long firstIndex) {
        boolean hysteresis = rounding == Rounding.HYSTERESIS;
        boolean stochastic = rounding == Rounding.STOCHASTIC;
        VectorMask<Integer> nearestLanes = I.maskAll(rounding == Rounding.RNE || rounding == Rounding.RNA);
        VectorMask<Integer> upLanes = I.maskAll(rounding == Rounding.UP);
        VectorMask<Integer> downLanes = I.maskAll(rounding == Rounding.DOWN);
        VectorMask<Integer> tiesAway = I.maskAll(rounding == Rounding.RNA);
        int[] randomBuffer = stochastic ? new int[LANES] : null;
        int randomLimit = (int) ((1L << randomBits) - 1);
        int i = 0;
        for (int bound = F.loopBound(n); i < bound; i += LANES) {
            FloatVector x = FloatVector.fromArray(F, src, srcOff + i);
            IntVector bits = x.reinterpretAsInts();
            IntVector abs = bits.and(0x7FFFFFFF);
            IntVector sign = bits.and(0x80000000);
            VectorMask<Integer> negative = bits.compare(VectorOperators.LT, 0);
            IntVector biased = abs.lanewise(VectorOperators.LSHR, 23);
            IntVector exponent = biased.max(1);
            IntVector significand = abs.and(0x7FFFFF).lanewise(VectorOperators.OR, 0x800000,
                    biased.compare(VectorOperators.NE, 0));
            // shift = quantum exponent - exponent of the significand's last bit
            IntVector quantumBiased = exponent.max(emin + 127);
            IntVector shift = quantumBiased.sub(exponent).add(23 - mantissaBits);
            IntVector cappedShift = shift.min(31);
            IntVector kept = significand.lanewise(VectorOperators.LSHR, cappedShift);
            IntVector rest = significand.sub(kept.lanewise(VectorOperators.LSHL, cappedShift));
            IntVector half = IntVector.broadcast(I, 1).lanewise(VectorOperators.LSHL, cappedShift)
                    .lanewise(VectorOperators.LSHR, 1);
            VectorMask<Integer> inexact = rest.compare(VectorOperators.NE, 0);
            VectorMask<Integer> odd = kept.and(1).compare(VectorOperators.NE, 0);
            VectorMask<Integer> nearest = nearestLanes;
            VectorMask<Integer> up = upLanes;
            VectorMask<Integer> down = downLanes;
            if (hysteresis) {
                FloatVector previous = FloatVector.fromArray(F, dst, dstOff + i);
                down = x.compare(VectorOperators.GT, previous).cast(I);
                up = x.compare(VectorOperators.LT, previous).cast(I);
                nearest = down.or(up).not();
            }
            VectorMask<Integer> atHalf = rest.compare(VectorOperators.EQ, half).and(inexact);
            VectorMask<Integer> away = nearest.and(rest.compare(VectorOperators.GT, half)
                            .or(atHalf.and(odd.or(tiesAway))))
                    .or(up.and(inexact).andNot(negative))
                    .or(down.and(inexact).and(negative));
            if (stochastic) {
                for (int lane = 0; lane < LANES; lane++) {
                    randomBuffer[lane] = StochasticBits.bits(conversion.seed(), firstIndex + i + lane, randomBits);
                }
                // Top R bits of the part shifted out, plus R random bits, carry into bit R.
                IntVector distance = shift.sub(randomBits);
                IntVector right = rest.lanewise(VectorOperators.LSHR, distance.max(0).min(31))
                        .blend(0, distance.compare(VectorOperators.GE, 32));
                IntVector left = rest.lanewise(VectorOperators.LSHL, distance.neg().max(0));
                IntVector top = right.blend(left, distance.compare(VectorOperators.LT, 0));
                away = IntVector.fromArray(I, randomBuffer, 0).compare(VectorOperators.GT, top.neg().add(randomLimit))
                        .and(inexact);
            }
            kept = kept.add(1, away);
            IntVector quantum = quantumBiased.sub(127 + mantissaBits);
            IntVector firstHalf = quantum.lanewise(VectorOperators.ASHR, 1);
            FloatVector magnitude = ((FloatVector) kept.convert(VectorOperators.I2F, 0))
                    .mul(firstHalf.add(127).lanewise(VectorOperators.LSHL, 23).reinterpretAsFloats())
                    .mul(quantum.sub(firstHalf).add(127).lanewise(VectorOperators.LSHL, 23).reinterpretAsFloats());
            if (flush) {
                magnitude = magnitude.blend(0f, magnitude.compare(VectorOperators.LT, minNormal));
            }
            IntVector result = magnitude.reinterpretAsInts();
            result = unsignedZero ? result.lanewise(VectorOperators.OR, sign, result.compare(VectorOperators.NE, 0))
                    : result.or(sign);
            IntVector overflowed = IntVector.broadcast(I, overflowPos).blend(overflowNeg, negative);
            if (hysteresis) {
                overflowed = overflowed.blend(IntVector.broadcast(I, overflowDownPos).blend(overflowDownNeg, negative), down)
                        .blend(IntVector.broadcast(I, overflowUpPos).blend(overflowUpNeg, negative), up);
            }
            result = result.blend(overflowed, magnitude.compare(VectorOperators.GT, maxFinite).cast(I));
            result = result.blend(IntVector.broadcast(I, infPos).blend(infNeg, negative),
                    abs.compare(VectorOperators.EQ, 0x7F800000));
            result = result.blend(IntVector.broadcast(I, nanPos).blend(nanNeg, negative),
                    abs.compare(VectorOperators.GT, 0x7F800000));
            result.reinterpretAsFloats().intoArray(dst, dstOff + i);
        }
        return i;
    }

    /**
     * The default mode's shortcut, equal to {@link #round} under RNE: in the normal range, adding
     * half an ulp minus one plus the kept lowest bit to the float's bits and clearing the dropped
     * bits rounds to nearest even, a carry moving into the exponent by itself; below the normal
     * range, adding and subtracting 2^(emin - M + 23) makes the FPU round at the subnormal step.
     */
    private int roundNearestEven(float[] src, int srcOff, float[] dst, int dstOff, int n) {
        int dropped = 23 - mantissaBits;
        // The kept significand's lowest bit breaks ties; with M = 0 it is the implicit 1, always odd.
        int keptBit = dropped == 0 || mantissaBits == 0 ? 0 : 1;
        int halfMinusOne = dropped == 0 ? 0 : (1 << (dropped - 1)) - (mantissaBits == 0 ? 0 : 1);
        int keepMask = -(1 << dropped);
        int minNormalBits = Float.floatToRawIntBits(minNormal);
        float subnormalMagic = Math.scalb(1f, emin - mantissaBits + 23);
        int i = 0;
        for (int bound = F.loopBound(n); i < bound; i += LANES) {
            FloatVector x = FloatVector.fromArray(F, src, srcOff + i);
            IntVector bits = x.reinterpretAsInts();
            IntVector abs = bits.and(0x7FFFFFFF);
            IntVector sign = bits.and(0x80000000);
            VectorMask<Integer> negative = bits.compare(VectorOperators.LT, 0);
            IntVector normal = abs.add(abs.lanewise(VectorOperators.LSHR, dropped).and(keptBit)).add(halfMinusOne)
                    .and(keepMask);
            FloatVector absolute = abs.reinterpretAsFloats();
            IntVector subnormal = absolute.add(subnormalMagic).sub(subnormalMagic).reinterpretAsInts();
            IntVector result = normal.blend(subnormal, abs.compare(VectorOperators.LT, minNormalBits));
            FloatVector magnitude = result.reinterpretAsFloats();
            if (flush) {
                result = result.blend(0, magnitude.compare(VectorOperators.LT, minNormal).cast(I));
            }
            result = unsignedZero ? result.lanewise(VectorOperators.OR, sign, result.compare(VectorOperators.NE, 0))
                    : result.or(sign);
            result = result.blend(IntVector.broadcast(I, overflowPos).blend(overflowNeg, negative),
                    magnitude.compare(VectorOperators.GT, maxFinite).cast(I));
            result = result.blend(IntVector.broadcast(I, infPos).blend(infNeg, negative),
                    abs.compare(VectorOperators.EQ, 0x7F800000));
            result = result.blend(IntVector.broadcast(I, nanPos).blend(nanNeg, negative),
                    abs.compare(VectorOperators.GT, 0x7F800000));
            result.reinterpretAsFloats().intoArray(dst, dstOff + i);
        }
        return i;
    }

    /**
     * Codes of rounded values (whole vectors of {@code [0, n)}). A rounded value is one of the
     * format's values, so its code follows from its bits alone: NaN and Inf (including the results
     * of overflow) map to the format's NaN and Inf codes with their sign.
     */
    private void codesOf(float[] rounded, byte[] bytes, short[] shorts, int codesOff, int n) {
        VectorMask<Byte> byteStore = B.indexInRange(0, LANES);
        VectorMask<Short> shortStore = S.indexInRange(0, LANES);
        float firstHalfScale = Math.scalb(1f, (mantissaBits - emin) / 2);
        float secondHalfScale = Math.scalb(1f, mantissaBits - emin - (mantissaBits - emin) / 2);
        for (int i = 0; i < n; i += LANES) {
            IntVector bits = FloatVector.fromArray(F, rounded, i).reinterpretAsInts();
            IntVector abs = bits.and(0x7FFFFFFF);
            VectorMask<Integer> negative = bits.compare(VectorOperators.LT, 0);
            IntVector sign = bits.lanewise(VectorOperators.LSHR, 31).lanewise(VectorOperators.LSHL, 31 - signShift);
            IntVector normal = abs.lanewise(VectorOperators.LSHR, 23).add(bias - 127)
                    .lanewise(VectorOperators.LSHL, mantissaBits)
                    .or(abs.lanewise(VectorOperators.LSHR, 23 - mantissaBits).and((1 << mantissaBits) - 1));
            FloatVector magnitude = abs.reinterpretAsFloats();
            // Steps of the subnormal quantum, scaled in two halves: 2^(M - emin) alone overflows float for BF16.
            IntVector subnormal = (IntVector) magnitude.mul(firstHalfScale).mul(secondHalfScale)
                    .convert(VectorOperators.F2I, 0);
            IntVector code = subnormal.blend(normal, magnitude.compare(VectorOperators.GE, minNormal).cast(I)).or(sign);
            if (unsignedZero) {
                code = code.blend(0, abs.compare(VectorOperators.EQ, 0));
            }
            code = code.blend(IntVector.broadcast(I, infValueCodePos).blend(infValueCodeNeg, negative),
                    abs.compare(VectorOperators.EQ, 0x7F800000));
            code = code.blend(IntVector.broadcast(I, nanCodePos).blend(nanCodeNeg, negative),
                    abs.compare(VectorOperators.GT, 0x7F800000));
            if (bytes != null) {
                ByteVector narrow = (ByteVector) code.convertShape(VectorOperators.I2B, B, 0);
                if (B.length() == LANES) {
                    narrow.intoArray(bytes, codesOff + i);
                } else {
                    narrow.intoArray(bytes, codesOff + i, byteStore);
                }
            } else {
                ShortVector narrow = (ShortVector) code.convertShape(VectorOperators.I2S, S, 0);
                if (S.length() == LANES) {
                    narrow.intoArray(shorts, codesOff + i);
                } else {
                    narrow.intoArray(shorts, codesOff + i, shortStore);
                }
            }
        }
    }
}
