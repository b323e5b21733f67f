package dev.accelbench.kernels.attention;

/**
 * Scratch memory for the attention kernels of one shape, reused across calls so that a benchmark
 * loop allocates nothing. One workspace per thread: the kernels write into it.
 */
public final class AttentionWorkspace {

    final int seqLen;
    final int headDim;
    /** K transposed, d rows of S: the score kernel broadcasts q[c] against row c. */
    final float[] kt;
    /** One query's scores. */
    final float[] row;
    /** A group of queries' scores, {@link ScoreKernel#GROUP} rows of S. */
    final float[] rows;
    /** Exponentials (dense) or kept scores (pruned), compacted. */
    final float[] exps;
    /** Indices of kept keys. */
    final int[] kept;
    /** Kept keys as a bit set, for the adjacent-query statistics. */
    final long[] keptBits;
    /** Top-k selection scratch. */
    final float[] select;

    public AttentionWorkspace(AttentionShape shape) {
        this.seqLen = shape.seqLen();
        this.headDim = shape.headDim();
        this.kt = new float[seqLen * headDim];
        this.row = new float[seqLen];
        this.rows = new float[ScoreKernel.GROUP * seqLen];
        this.exps = new float[seqLen + 8];
        this.kept = new int[seqLen + 8];
        this.keptBits = new long[(seqLen + 63) >>> 6];
        this.select = new float[seqLen];
    }

    void check(AttentionShape shape) {
        if (shape.seqLen() != seqLen || shape.headDim() != headDim) {
            throw new IllegalArgumentException("workspace was made for seqLen " + seqLen + ", headDim " + headDim
                    + ", not " + shape.seqLen() + ", " + shape.headDim());
        }
    }
}
