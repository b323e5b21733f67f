package dev.accelbench.kernels.attention.workload;

import dev.accelbench.kernels.attention.AttentionMask;
import dev.accelbench.kernels.attention.AttentionShape;
import java.util.Arrays;
import java.util.Locale;
import java.util.OptionalDouble;
import java.util.stream.Collectors;

/**
 * The one registry of attention workloads, used alike by the generators, the benchmarks'
 * {@code @Param}s, the {@code attention} command and the accelerator models. Each carries what the
 * thesis reports for it (Zheng Li, "Accelerating Attention through Gradient-Based Learned Runtime
 * Pruning", chapters 2 and 3): sequence length S, head size d, the padded fraction, and the pruning
 * rates LEOPARD (section 2.4.2, Figure 2.8) and SPRINT (section 3.6) report, which differ for some;
 * LEOPARD's average bits per pruned score (section 2.4.2) where given.
 *
 * <p>Sources of the shapes: section 2.4.1 gives d = 64 (MemN2N 20) and S = 50 (MemN2N), 512 (BERT
 * on GLUE), 384 (SQuAD), 1280 (GPT-2 on WikiText-2); section 3.6 gives S = 197 (ViT on CIFAR-10)
 * and 46% padding on SQuAD (section 3.5), 2K and 4K tokens with 50% padding for Synth1/2. GLUE and
 * WikiText-2 padding is not stated: none here. GPT-2 is a decoder, so its mask is causal.
 *
 * <p>{@code heads} is how many independent heads a generated sample holds (more heads, steadier
 * rates from seed to seed); {@code locality} is the correlation of adjacent queries in the
 * generator ({@link WorkloadGenerator}), chosen so that about 2.1% of S is fetched anew between
 * adjacent queries (SPRINT, section 3.5), checked by a test.
 */
public enum AttentionWorkload {

    MEMN2N("memn2n", "MemN2N (bAbI)", 50, 20, 0.0, false, 0.917, Double.NaN, 4.5, 32, 0.94),
    BERT_B_GLUE("bert-b-glue", "BERT-B (GLUE)", 512, 64, 0.0, false, 0.786, Double.NaN, 8.3, 4, 0.986),
    BERT_L_GLUE("bert-l-glue", "BERT-L (GLUE)", 512, 64, 0.0, false, 0.755, Double.NaN, 8.0, 4, 0.986),
    BERT_B_SQUAD("bert-b-squad", "BERT-B (SQuAD)", 384, 64, 0.46, false, 0.739, 0.746, 7.6, 4, 0.96),
    BERT_L_SQUAD("bert-l-squad", "BERT-L (SQuAD)", 384, 64, 0.46, false, 0.741, 0.755, 9.0, 4, 0.96),
    ALBERT_XL_SQUAD("albert-xl-squad", "ALBERT-X-L (SQuAD)", 384, 64, 0.46, false, Double.NaN, 0.651, Double.NaN, 4, 0.96),
    ALBERT_XXL_SQUAD("albert-xxl-squad", "ALBERT-XX-L (SQuAD)", 384, 64, 0.46, false, 0.726, 0.731, 8.0, 4, 0.96),
    GPT2_L_WIKITEXT2("gpt2-l-wikitext2", "GPT-2-L (WikiText-2)", 1280, 64, 0.0, true, 0.739, 0.739, 7.6, 2, 0.95),
    VIT_B_CIFAR10("vit-b-cifar10", "ViT-B (CIFAR-10)", 197, 64, 0.0, false, 0.603, 0.644, 8.5, 8, 0.99),
    SYNTH1("synth1", "Synth1 (2K tokens)", 2048, 64, 0.5, false, Double.NaN, 0.75, Double.NaN, 1, 0.944),
    SYNTH2("synth2", "Synth2 (4K tokens)", 4096, 64, 0.5, false, Double.NaN, 0.75, Double.NaN, 1, 0.944);

    private final String id;
    private final String label;
    private final int seqLen;
    private final int headDim;
    private final double padding;
    private final boolean causal;
    private final double leopardRate;
    private final double sprintRate;
    private final double leopardBitsPerPrunedScore;
    private final int heads;
    private final double locality;

    AttentionWorkload(String id, String label, int seqLen, int headDim, double padding, boolean causal,
            double leopardRate, double sprintRate, double leopardBits, int heads, double locality) {
        this.id = id;
        this.label = label;
        this.seqLen = seqLen;
        this.headDim = headDim;
        this.padding = padding;
        this.causal = causal;
        this.leopardRate = leopardRate;
        this.sprintRate = sprintRate;
        this.leopardBitsPerPrunedScore = leopardBits;
        this.heads = heads;
        this.locality = locality;
    }

    /** The workload named {@code name} (case-insensitive); the error lists the names. */
    public static AttentionWorkload byName(String name) {
        for (AttentionWorkload w : values()) {
            if (w.id.equalsIgnoreCase(name == null ? "" : name.trim())) {
                return w;
            }
        }
        throw new IllegalArgumentException("unknown attention workload '" + name + "'; known: " + names());
    }

    /** The registered names, comma-separated. */
    public static String names() {
        return Arrays.stream(values()).map(AttentionWorkload::id).collect(Collectors.joining(", "));
    }

    public String id() {
        return id;
    }

    public String label() {
        return label;
    }

    public int seqLen() {
        return seqLen;
    }

    public int headDim() {
        return headDim;
    }

    /** Padded fraction of the sequence (0 when the thesis states none). */
    public double padding() {
        return padding;
    }

    public boolean causal() {
        return causal;
    }

    /** Non-padded positions: round(S (1 - padding)). */
    public int validLength() {
        return (int) Math.round(seqLen * (1 - padding));
    }

    public int heads() {
        return heads;
    }

    public double locality() {
        return locality;
    }

    public AttentionShape shape() {
        return new AttentionShape(heads, seqLen, headDim);
    }

    public AttentionShape shape(int headCount) {
        return new AttentionShape(headCount, seqLen, headDim);
    }

    public AttentionMask mask() {
        return new AttentionMask(causal, validLength());
    }

    /** LEOPARD's reported pruning rate, if it evaluated this workload. */
    public OptionalDouble leopardRate() {
        return Double.isNaN(leopardRate) ? OptionalDouble.empty() : OptionalDouble.of(leopardRate);
    }

    /** SPRINT's reported pruning rate, if it evaluated this workload. */
    public OptionalDouble sprintRate() {
        return Double.isNaN(sprintRate) ? OptionalDouble.empty() : OptionalDouble.of(sprintRate);
    }

    /** The rate a paper reports, or an error naming the workload and paper when it has none. */
    public double rate(RatePaper paper) {
        OptionalDouble r = paper == RatePaper.LEOPARD ? leopardRate() : sprintRate();
        if (r.isEmpty()) {
            throw new IllegalArgumentException(paper.name().toLowerCase(Locale.ROOT) + " reports no pruning rate for "
                    + id);
        }
        return r.getAsDouble();
    }

    /** LEOPARD's rate where it has one, else SPRINT's. */
    public RatePaper defaultPaper() {
        return leopardRate().isPresent() ? RatePaper.LEOPARD : RatePaper.SPRINT;
    }

    /** LEOPARD's average bits processed per pruned score (of 12, B = 2), if reported. */
    public OptionalDouble leopardBitsPerPrunedScore() {
        return Double.isNaN(leopardBitsPerPrunedScore) ? OptionalDouble.empty()
                : OptionalDouble.of(leopardBitsPerPrunedScore);
    }
}
