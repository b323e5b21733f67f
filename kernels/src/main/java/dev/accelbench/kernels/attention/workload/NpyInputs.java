package dev.accelbench.kernels.attention.workload;

import dev.accelbench.kernels.attention.AttentionMask;
import dev.accelbench.kernels.attention.AttentionShape;
import java.nio.file.Path;
import java.util.Arrays;

/**
 * Q, K and V from three .npy files, each (S, d) for one head or (H, S, d) for H heads, all of the
 * same shape.
 */
public final class NpyInputs {

    private NpyInputs() {
    }

    public static AttentionInputs read(Path q, Path k, Path v, boolean causal, int validLength) {
        NpyArray qa = NpyReader.read(q);
        NpyArray ka = NpyReader.read(k);
        NpyArray va = NpyReader.read(v);
        if (!Arrays.equals(qa.shape(), ka.shape()) || !Arrays.equals(qa.shape(), va.shape())) {
            throw new IllegalArgumentException("Q, K, V shapes differ: " + Arrays.toString(qa.shape()) + ", "
                    + Arrays.toString(ka.shape()) + ", " + Arrays.toString(va.shape()));
        }
        int[] sh = qa.shape();
        AttentionShape shape = switch (sh.length) {
            case 2 -> new AttentionShape(1, sh[0], sh[1]);
            case 3 -> new AttentionShape(sh[0], sh[1], sh[2]);
            default -> throw new IllegalArgumentException(q + ": expected shape (S, d) or (H, S, d), got "
                    + Arrays.toString(sh));
        };
        int valid = validLength < 0 ? shape.seqLen() : validLength;
        return new AttentionInputs(shape, new AttentionMask(causal, valid), qa.data(), ka.data(), va.data());
    }
}
