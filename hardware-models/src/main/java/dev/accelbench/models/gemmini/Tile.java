package dev.accelbench.models.gemmini;

/**
 * A tile of a tiled GEMM C (M x N) = A (M x K) B (K x N): {@code tm} rows of C by {@code tn}
 * columns, the reduction taken {@code tk} at a time, each a multiple of Gemmini's DIM = 16 (its
 * tiling loop counts tiles in DIM blocks). Edge tiles are smaller.
 */
public record Tile(int tm, int tk, int tn) {

    public Tile {
        if (tm < GemminiConfig.DIM || tk < GemminiConfig.DIM || tn < GemminiConfig.DIM
                || tm % GemminiConfig.DIM != 0 || tk % GemminiConfig.DIM != 0 || tn % GemminiConfig.DIM != 0) {
            throw new IllegalArgumentException("tile sizes must be positive multiples of 16, got " + tm + "x" + tk + "x" + tn);
        }
    }

    @Override
    public String toString() {
        return tm + "x" + tk + "x" + tn;
    }
}
