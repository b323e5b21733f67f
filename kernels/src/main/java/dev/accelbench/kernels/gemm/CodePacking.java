package dev.accelbench.kernels.gemm;

/**
 * {@link Packing} for one-byte codes: the same panels, each value decoded through a table as it is
 * copied, so that the FP32 micro-kernel reads decoded panels.
 */
final class CodePacking {

    private CodePacking() {
    }

    /** Panels of nr columns of op(B)[pc .. pc+kc, jc .. jc+nc], decoded, zero beyond nc. */
    static void packB(Op opB, byte[] b, int bOff, int ldb, int pc, int kc, int jc, int nc, float[] table,
                      float[] packed, int nr) {
        int panels = Sgemm.ceilDiv(nc, nr);
        for (int q = 0; q < panels; q++) {
            int j0 = jc + q * nr;
            int width = Math.min(nr, jc + nc - j0);
            int out = q * kc * nr;
            for (int p = 0; p < kc; p++) {
                for (int j = 0; j < nr; j++) {
                    packed[out + p * nr + j] = j >= width ? 0f
                            : table[b[opB == Op.N ? bOff + (pc + p) * ldb + j0 + j : bOff + (j0 + j) * ldb + pc + p] & 0xFF];
                }
            }
        }
    }

    /** Panels of mr rows of op(A)[ic .. ic+mc, pc .. pc+kc], decoded, zero beyond mc. */
    static void packA(Op opA, byte[] a, int aOff, int lda, int ic, int mc, int pc, int kc, float[] table,
                      float[] packed, int mr) {
        int panels = Sgemm.ceilDiv(mc, mr);
        for (int q = 0; q < panels; q++) {
            int i0 = ic + q * mr;
            int height = Math.min(mr, ic + mc - i0);
            int out = q * kc * mr;
            for (int p = 0; p < kc; p++) {
                for (int i = 0; i < mr; i++) {
                    packed[out + p * mr + i] = i >= height ? 0f
                            : table[a[opA == Op.N ? aOff + (i0 + i) * lda + pc + p : aOff + (pc + p) * lda + i0 + i] & 0xFF];
                }
            }
        }
    }
}
