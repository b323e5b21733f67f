package dev.accelbench.kernels.numeric.block;

import dev.accelbench.kernels.numeric.FormatNames;
import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * One name space for every format, case-insensitive, shared by the CLI, benchmark parameters and
 * reports: the block formats below, and every scalar name of {@link FormatNames}.
 *
 * <pre>
 * bfpM[-kK]   block floating point: sign + M-bit magnitude, 1 <= M <= 15, blocks of K (default 16),
 *             1 <= K <= 65536; bfp8 = bfp8-k16 (9 bits a value plus an 8-bit exponent per block)
 * mxfp8-e4m3 mxfp8-e5m2 mxfp6-e3m2 mxfp6-e2m3 mxfp4 mxint8
 *             OCP MX v1.0, blocks of 32 with an E8M0 scale
 * q8_0        llama.cpp's Q8_0: blocks of 32 int8 with an FP16 scale
 * </pre>
 */
public final class QuantFormats {

    /** The block-format grammar, shown in every rejection. */
    public static final String BLOCK_GRAMMAR = "block formats: bfpM[-kK] (1<=M<=15, 1<=K<=65536, K defaults to 16), "
            + "mxfp8-e4m3 mxfp8-e5m2 mxfp6-e3m2 mxfp6-e2m3 mxfp4 mxint8, q8_0";

    private static final Pattern BFP = Pattern.compile("bfp(\\d+)(?:-k(\\d+))?");

    private QuantFormats() {
    }

    /** The scalar or block format a name denotes; unknown and impossible names fail with both grammars. */
    public static QuantFormat parse(String name) {
        String key = name.trim().toLowerCase(Locale.ROOT);
        if (isBlockName(key)) {
            return parseBlock(name);
        }
        try {
            return new QuantFormat.Scalar(FormatNames.parse(name));
        } catch (IllegalArgumentException e) {
            throw new IllegalArgumentException(e.getMessage() + "; " + BLOCK_GRAMMAR, e);
        }
    }

    /** The block format a name denotes; anything else fails with the block grammar. */
    public static BlockFormat parseBlock(String name) {
        String key = name.trim().toLowerCase(Locale.ROOT);
        if (key.equals("q8_0")) {
            return Q8_0Format.Q8_0;
        }
        for (MxFormat mx : MxFormat.ALL) {
            if (mx.name().equals(key)) {
                return mx;
            }
        }
        Matcher m = BFP.matcher(key);
        if (m.matches()) {
            try {
                int k = m.group(2) == null ? BfpFormat.DEFAULT_BLOCK_SIZE : Integer.parseInt(m.group(2));
                return BfpFormat.of(Integer.parseInt(m.group(1)), k);
            } catch (NumberFormatException e) {
                throw new IllegalArgumentException("impossible block format '" + name + "': number too large; " + BLOCK_GRAMMAR);
            } catch (IllegalArgumentException e) {
                throw new IllegalArgumentException("impossible block format '" + name + "': " + e.getMessage() + "; "
                        + BLOCK_GRAMMAR);
            }
        }
        throw new IllegalArgumentException("unknown block format '" + name + "'; " + BLOCK_GRAMMAR);
    }

    /** Whether a (lower-case) name is meant as a block format, so that its errors show the block grammar. */
    private static boolean isBlockName(String key) {
        return key.startsWith("bfp") || key.startsWith("mx") || key.startsWith("q8_");
    }
}
