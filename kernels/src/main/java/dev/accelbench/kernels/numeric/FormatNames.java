package dev.accelbench.kernels.numeric;

import java.util.LinkedHashMap;
import java.util.Locale;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Scalar formats by name, case-insensitively: the named instances first, then the grammar.
 *
 * <pre>
 * named     fp32 fp16 bf16 tf32 | e4m3 (OCP, FN) e5m2 (OCP, IEEE) e4m3fnuz e5m2fnuz
 *           | e3m2 e2m3 e2m1 (OCP MX, FINITE) | e8m0 (MX scale: unsigned 2^-127..2^127, 0xFF NaN)
 * minifloat eXmY[-ieee|-fn|-fnuz|-finite][-bias=B][-cfgN]
 *           1 <= X <= 8, 0 <= Y <= 23; default IEEE; default bias 2^(X-1)-1, 2^(X-1) for -fnuz;
 *           -cfgN (N = 1..6) only with IEEE; IEEE needs X >= 2 and Y >= 1 (a normal binade and a
 *           NaN code); every value must lie within float32's range
 * fixed     qM.N, M >= 1 (sign included), N >= 0, M + N <= 32
 * </pre>
 * So {@code e4m3} is OCP's FN format and the MAC talk's IEEE-style E4M3 is {@code e4m3-ieee};
 * {@code e4m3-fnuz} is {@code e4m3fnuz}; {@code e3m4} is IEEE-style with bias 3.
 */
public final class FormatNames {

    /** The grammar, shown in every rejection. */
    public static final String GRAMMAR = "formats: fp32 fp16 bf16 tf32 e4m3 e5m2 e4m3fnuz e5m2fnuz e3m2 e2m3 e2m1 e8m0, "
            + "eXmY[-ieee|-fn|-fnuz|-finite][-bias=B][-cfgN] (1<=X<=8, 0<=Y<=23, cfg only with ieee), "
            + "qM.N (M>=1, N>=0, M+N<=32)";

    private static final Pattern MINIFLOAT =
            Pattern.compile("e(\\d+)m(\\d+)(?:-(ieee|fn|fnuz|finite))?(?:-bias=(-?\\d+))?(?:-cfg(\\d+))?");
    private static final Pattern FIXED = Pattern.compile("q(\\d+)\\.(\\d+)");

    private static final Map<String, ScalarFormat> NAMED = new LinkedHashMap<>();

    static {
        named("fp32", 8, 23, 127, Encoding.IEEE);
        named("fp16", 5, 10, 15, Encoding.IEEE);
        named("bf16", 8, 7, 127, Encoding.IEEE);
        named("tf32", 8, 10, 127, Encoding.IEEE);
        named("e4m3", 4, 3, 7, Encoding.FN);
        named("e5m2", 5, 2, 15, Encoding.IEEE);
        named("e4m3fnuz", 4, 3, 8, Encoding.FNUZ);
        named("e5m2fnuz", 5, 2, 16, Encoding.FNUZ);
        named("e3m2", 3, 2, 3, Encoding.FINITE);
        named("e2m3", 2, 3, 1, Encoding.FINITE);
        named("e2m1", 2, 1, 1, Encoding.FINITE);
        NAMED.put("e8m0", new MiniFloat("e8m0", 8, 0, 127, Encoding.FN, 0, false, false));
    }

    private FormatNames() {
    }

    private static void named(String name, int e, int m, int bias, Encoding encoding) {
        NAMED.put(name, new MiniFloat(name, e, m, bias, encoding, 0, true, true));
    }

    /** The named instances, in the order of the grammar above. */
    public static Map<String, ScalarFormat> named() {
        return java.util.Collections.unmodifiableMap(NAMED);
    }

    /** The format a name denotes; an unknown or impossible name fails with the grammar in the message. */
    public static ScalarFormat parse(String name) {
        String key = name.trim().toLowerCase(Locale.ROOT);
        ScalarFormat named = NAMED.get(key);
        if (named != null) {
            return named;
        }
        try {
            Matcher m = MINIFLOAT.matcher(key);
            if (m.matches()) {
                int e = Integer.parseInt(m.group(1));
                int mantissa = Integer.parseInt(m.group(2));
                Encoding encoding = m.group(3) == null ? Encoding.IEEE : Encoding.valueOf(m.group(3).toUpperCase(Locale.ROOT));
                if (m.group(5) != null && m.group(3) != null && encoding != Encoding.IEEE) {
                    throw new IllegalArgumentException("-cfgN goes only with the IEEE encoding");
                }
                int cfg = m.group(5) == null ? 0 : Integer.parseInt(m.group(5));
                if (m.group(5) != null && (cfg < 1 || cfg > 6)) {
                    throw new IllegalArgumentException("the multiplier configurations are cfg1..cfg6");
                }
                if (e < 1 || e > 8 || mantissa > 23) {
                    throw new IllegalArgumentException("need 1 <= X <= 8 and 0 <= Y <= 23");
                }
                int defaultBias = encoding == Encoding.FNUZ ? 1 << (e - 1) : (1 << (e - 1)) - 1;
                int bias = m.group(4) == null ? defaultBias : Integer.parseInt(m.group(4));
                return miniFloat(e, mantissa, bias, encoding, cfg);
            }
            Matcher q = FIXED.matcher(key);
            if (q.matches()) {
                return new FixedPoint(Integer.parseInt(q.group(1)), Integer.parseInt(q.group(2)));
            }
        } catch (NumberFormatException e) {
            throw new IllegalArgumentException("unknown format '" + name + "': number too large; " + GRAMMAR);
        } catch (IllegalArgumentException e) {
            throw new IllegalArgumentException("impossible format '" + name + "': " + e.getMessage() + "; " + GRAMMAR);
        }
        throw new IllegalArgumentException("unknown format '" + name + "'; " + GRAMMAR);
    }

    /** A minifloat by parameters, validated as the grammar is; the name is the canonical grammar form. */
    public static MiniFloat miniFloat(int e, int m, int bias, Encoding encoding, int cfg) {
        if (e < 1 || e > 8 || m < 0 || m > 23) {
            throw new IllegalArgumentException("need 1 <= X <= 8 and 0 <= Y <= 23, got e" + e + "m" + m);
        }
        if (cfg != 0 && encoding != Encoding.IEEE) {
            throw new IllegalArgumentException("-cfgN goes only with the IEEE encoding");
        }
        if (encoding == Encoding.IEEE && (e < 2 || m < 1)) {
            throw new IllegalArgumentException("the IEEE encoding needs X >= 2 (a normal binade) and Y >= 1 (a NaN code)");
        }
        int defaultBias = encoding == Encoding.FNUZ ? 1 << (e - 1) : (1 << (e - 1)) - 1;
        String plain = "e" + e + "m" + m;
        // IEEE is the grammar's default, but where a named instance that is not IEEE has the plain
        // name (e4m3 is FN, e2m1 FINITE, e8m0 unsigned), an IEEE format must say so.
        boolean plainNameIsTaken = NAMED.get(plain) instanceof MiniFloat named
                && (named.encoding() != Encoding.IEEE || !named.signed());
        boolean explicitEncoding = encoding != Encoding.IEEE || plainNameIsTaken;
        String name = plain + (explicitEncoding ? "-" + encoding.name().toLowerCase(Locale.ROOT) : "")
                + (bias == defaultBias ? "" : "-bias=" + bias) + (cfg == 0 ? "" : "-cfg" + cfg);
        for (ScalarFormat known : NAMED.values()) {
            if (known instanceof MiniFloat f && f.signed() && f.exponentBits() == e && f.mantissaBits() == m
                    && f.bias() == bias && f.encoding() == encoding && cfg == 0) {
                return f;
            }
        }
        MiniFloat format = new MiniFloat(name, e, m, bias, encoding, cfg, true, true);
        if (format.maxFinite() > Float.MAX_VALUE || format.minPositiveValue() < Float.MIN_VALUE) {
            throw new IllegalArgumentException("bias " + bias + " puts values outside float32's range");
        }
        return format;
    }
}
