package dev.accelbench.kernels.gemm;

/**
 * Copies GEMM operands into the panels the micro-kernel reads contiguously, zero-padding the
 * tails, so that the micro-kernel needs neither the operand's layout nor bounds checks.
 */
final class Packing {

    private Packing() {
    }

    /**
     * op(B)[pc .. pc+kc, jc .. jc+nc] into panels of nr columns: panel q holds, for each of the kc
     * rows, nr consecutive values (columns jc + q nr ...), zero beyond nc.
     */
    static void packB(Op opB, float[] b, int bOff, int ldb, int pc, int kc, int jc, int nc, float[] packed, int nr) {
        int panels = Sgemm.ceilDiv(nc, nr);
        for (int q = 0; q < panels; q++) {
            int j0 = jc + q * nr;
            int width = Math.min(nr, jc + nc - j0);
            int out = q * kc * nr;
            if (opB == Op.N) {
                for (int p = 0; p < kc; p++) {
                    int row = bOff + (pc + p) * ldb + j0;
                    System.arraycopy(b, row, packed, out, width);
                    if (width < nr) {
                        java.util.Arrays.fill(packed, out + width, out + nr, 0f);
                    }
                    out += nr;
                }
            } else {
                // B is stored n x k: column j of op(B) is row j of the stored matrix.
                for (int j = 0; j < nr; j++) {
                    if (j < width) {
                        int row = bOff + (j0 + j) * ldb + pc;
                        for (int p = 0; p < kc; p++) {
                            packed[out + p * nr + j] = b[row + p];
                        }
                    } else {
                        for (int p = 0; p < kc; p++) {
                            packed[out + p * nr + j] = 0f;
                        }
                    }
                }
            }
        }
    }

    /**
     * op(A)[ic .. ic+mc, pc .. pc+kc] into panels of mr rows: panel q holds, for each of the kc
     * columns, mr consecutive values (rows ic + q mr ...), zero beyond mc.
     */
    static void packA(Op opA, float[] a, int aOff, int lda, int ic, int mc, int pc, int kc, float[] packed, int mr) {
        int panels = Sgemm.ceilDiv(mc, mr);
        for (int q = 0; q < panels; q++) {
            int i0 = ic + q * mr;
            int height = Math.min(mr, ic + mc - i0);
            int out = q * kc * mr;
            if (opA == Op.N) {
                for (int i = 0; i < mr; i++) {
                    if (i < height) {
                        int row = aOff + (i0 + i) * lda + pc;
                        for (int p = 0; p < kc; p++) {
                            packed[out + p * mr + i] = a[row + p];
                        }
                    } else {
                        for (int p = 0; p < kc; p++) {
                            packed[out + p * mr + i] = 0f;
                        }
                    }
                }
            } else {
                // A is stored k x m: row p of the stored matrix holds column p of op(A).
                for (int p = 0; p < kc; p++) {
                    int row = aOff + (pc + p) * lda + i0;
                    System.arraycopy(a, row, packed, out + p * mr, height);
                    if (height < mr) {
                        java.util.Arrays.fill(packed, out + p * mr + height, out + (p + 1) * mr, 0f);
                    }
                }
            }
        }
    }
}
