package dev.accelbench.models.systolic;

/**
 * Which operand stays in the processing elements while the others stream through.
 *
 * <p>With A (M x K, SCALE-Sim's "ifmap") and B (K x N, its "filter"), each dataflow lays two of the
 * three GEMM dimensions across the array (Sr over the R rows, Sc over the C columns) and streams
 * the third over time (T), exactly as SCALE-Sim's {@code topology_utils.calc_spatio_temporal_params}:
 * <ul>
 *   <li>WS, weight stationary: Sr = K, Sc = N, T = M</li>
 *   <li>OS, output stationary: Sr = M, Sc = N, T = K</li>
 *   <li>IS, input stationary: Sr = K, Sc = M, T = N</li>
 * </ul>
 */
public enum Dataflow {
    WS, OS, IS;

    /** Parses {@code ws}, {@code os} or {@code is}, case-insensitive. */
    public static Dataflow parse(String text) {
        for (Dataflow d : values()) {
            if (d.name().equalsIgnoreCase(text.strip())) {
                return d;
            }
        }
        throw new IllegalArgumentException("unknown dataflow '" + text + "'; known: ws, os, is");
    }
}
