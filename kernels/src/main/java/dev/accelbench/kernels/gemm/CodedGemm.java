package dev.accelbench.kernels.gemm;

import dev.accelbench.kernels.numeric.ScalarFormat;

/**
 * The FP8 fast path: C = alpha op(A) op(B) + beta C where A and B hold one-byte codes of a format
 * of up to 8 bits (E4M3, E5M2, FP6/FP4 codes, ...). The codes are decoded while the panels are
 * packed, through a 256-entry table of their float32 values, and the FP32 micro-kernel of
 * {@link Sgemm} does the rest: decoding costs O(mk + kn), the products O(mnk). The packed panels
 * are those Sgemm would pack from the decoded matrices, so the result equals {@link Sgemm} on the
 * decoded matrices bit for bit (tests check it).
 */
public final class CodedGemm {

    private CodedGemm() {
    }

    /** C = alpha op(A) op(B) + beta C on byte codes of {@code format}, on up to {@code threads} threads. */
    public static void gemm(ScalarFormat format, Op opA, Op opB, int m, int n, int k, float alpha, byte[] a, int aOff,
                            int lda, byte[] b, int bOff, int ldb, float beta, float[] c, int cOff, int ldc, int threads) {
        if (format.bits() > 8) {
            throw new IllegalArgumentException(format.name() + " has " + format.bits() + "-bit codes; the coded GEMM "
                    + "reads one-byte codes (formats of up to 8 bits)");
        }
        GemmArgs.check(opA, opB, m, n, k, null, 0, lda, null, 0, ldb, c, cOff, ldc, false);
        if (a == null || b == null) {
            throw new IllegalArgumentException((a == null ? "A" : "B") + " is null");
        }
        GemmArgs.operand("A", a.length, aOff, lda, opA == Op.N ? m : k, opA == Op.N ? k : m);
        GemmArgs.operand("B", b.length, bOff, ldb, opB == Op.N ? k : n, opB == Op.N ? n : k);
        if (threads < 1) {
            throw new IllegalArgumentException("threads must be >= 1, got " + threads);
        }
        if (m == 0 || n == 0) {
            return;
        }
        Sgemm.scale(m, n, beta, c, cOff, ldc);
        if (k == 0 || alpha == 0) {
            return;
        }
        float[] table = new float[256];
        for (int code = 0; code < 1 << format.bits(); code++) {
            table[code] = format.decode(code);
        }
        Sgemm.PanelPacker packA = (i0, rows, pc, kc, packed) ->
                CodePacking.packA(opA, a, aOff, lda, i0, rows, pc, kc, table, packed, Sgemm.MR);
        Sgemm.PanelPacker packB = (j0, cols, pc, kc, packed) ->
                CodePacking.packB(opB, b, bOff, ldb, pc, kc, j0, cols, table, packed, Sgemm.NR);
        Sgemm.run(m, n, k, alpha, packA, packB, null, c, cOff, ldc, threads);
    }
}
