package dev.accelbench.kernels.numeric;

/**
 * How a minifloat spends its codes on special values. Examples are 8-bit formats, S = sign.
 */
public enum Encoding {
    /** Top exponent reserved: mantissa 0 is Inf, any other mantissa NaN (FP16, BF16, OCP E5M2: max 57,344). */
    IEEE,
    /** Finite plus NaN: only S.1111.111 is NaN, no Inf (OCP E4M3: bias 7, max 448). */
    FN,
    /** Finite, unsigned zero: 0x80 (negative zero's code) is the single NaN, no Inf; bias one larger (E4M3FNUZ max 240). */
    FNUZ,
    /** Every code is a number: no NaN, no Inf (OCP MX FP6 E3M2 max 28, E2M3 max 7.5, FP4 E2M1 max 6). */
    FINITE
}
