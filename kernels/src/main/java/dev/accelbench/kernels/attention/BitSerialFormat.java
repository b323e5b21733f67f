package dev.accelbench.kernels.attention;

/**
 * How LEOPARD's QK-DPU walks a key (thesis section 2.2.4, Figure 2.4, Table 2.1): K is
 * sign-magnitude of {@code keyBits} bits, read from the MSB {@code bitsPerStep} (B) bits per step,
 * the first step starting with the sign bit, so there are keyBits / B steps and a score that stops
 * after step t has cost t x B bits. After step t, r(t) = keyBits - t B magnitude bits are still
 * unread; the conservative margin is M(t) = (sum of |q_c| over the pairs whose signs agree) x
 * (2^r(t) - 1), the most those bits could still add (pairs of opposite sign can only lower the
 * score). Q is {@link #QUERY_BITS}-bit two's complement, consumed whole each step.
 *
 * @param keyBits     bits of a key element, sign included (12 in LEOPARD)
 * @param bitsPerStep B, a divisor of keyBits (LEOPARD explores 1, 2, 4, 12 and uses 2)
 */
public record BitSerialFormat(int keyBits, int bitsPerStep) {

    /** Q precision in LEOPARD (Table 2.3: (Q, K)-bits = (12, 12)). */
    public static final int QUERY_BITS = 12;

    /** LEOPARD's configuration: 12-bit keys, 2 bits per step (section 2.3.2). */
    public static final BitSerialFormat LEOPARD = new BitSerialFormat(12, 2);

    public BitSerialFormat {
        if (keyBits < 2 || keyBits > 16) {
            throw new IllegalArgumentException("keyBits must be 2..16 (sign + magnitude), got " + keyBits);
        }
        if (bitsPerStep < 1 || bitsPerStep > keyBits || keyBits % bitsPerStep != 0) {
            throw new IllegalArgumentException("bits per step must divide the key's " + keyBits + " bits, got "
                    + bitsPerStep);
        }
    }

    /** LEOPARD's 12-bit keys with B bits per step. */
    public static BitSerialFormat leopard(int bitsPerStep) {
        return new BitSerialFormat(12, bitsPerStep);
    }

    public int steps() {
        return keyBits / bitsPerStep;
    }

    public int magnitudeBits() {
        return keyBits - 1;
    }

    /** Magnitude bits still unread after step t (1-based); r(0) = magnitudeBits. */
    public int remainingAfter(int t) {
        return t == 0 ? magnitudeBits() : keyBits - t * bitsPerStep;
    }

    /** The magnitude bits step t (1-based) reads, as a number: (m >> r(t)) mod 2^(r(t-1) - r(t)). */
    public int digit(int magnitude, int t) {
        int width = remainingAfter(t - 1) - remainingAfter(t);
        return (magnitude >>> remainingAfter(t)) & ((1 << width) - 1);
    }

    public int maxMagnitude() {
        return (1 << magnitudeBits()) - 1;
    }
}
