package dev.accelbench.models.leopard;

import java.util.List;
import java.util.Locale;
import java.util.stream.Collectors;

/**
 * The thesis' per-workload statistics (chapter 2, section 2.4.2: pruning rates from Figure 2.8's
 * text, average bits per pruned Score from Figure 2.9's text; S and d from section 2.4.1), the 43
 * tasks of its averages. Heads and layers are the models' published shapes (BERT-B 12 x 12,
 * BERT-L 24 x 16, ALBERT-XX-L 12 layers of 64 heads, GPT-2-L 36 x 20, ViT-B 12 x 12) and MemN2N's
 * three hops of one attention each: they scale absolute cycles and energy, never a ratio.
 * ViT-B's S = 197 (196 patches and the class token) is chapter 3's (section 3.6); chapter 2 does
 * not state it.
 */
public final class LeopardWorkloads {

    private LeopardWorkloads() {
    }

    /**
     * The workload behind Table 2.3's HP-LEOPARD column, which the thesis does not state. Chosen
     * once from its description, not from the table: BERT-B on GLUE, because the tile's Key and
     * Value buffers are sized for "up to 512 sequences for a single head" with BERT's 512 as the
     * example (section 2.3.1), BERT-B is the model both chapters share, and MemN2N's d = 20 would
     * leave 44 of the 64 lanes idle. Every Table 2.3 test and the CLI use this one choice.
     */
    public static final String TABLE_2_3 = "bert-b-glue";

    private static final List<LeopardWorkload> THESIS = List.of(
            new LeopardWorkload("memn2n", 50, 20, 1, 3, 0.917, 4.5, 20),
            new LeopardWorkload("bert-b-glue", 512, 64, 12, 12, 0.786, 8.3, 9),
            new LeopardWorkload("bert-l-glue", 512, 64, 16, 24, 0.755, 8.0, 9),
            new LeopardWorkload("bert-b-squad", 384, 64, 12, 12, 0.739, 7.6, 1),
            new LeopardWorkload("bert-l-squad", 384, 64, 16, 24, 0.741, 9.0, 1),
            new LeopardWorkload("albert-xxl-squad", 384, 64, 64, 12, 0.726, 8.0, 1),
            new LeopardWorkload("gpt2-l-wikitext2", 1280, 64, 20, 36, 0.739, 7.6, 1),
            new LeopardWorkload("vit-b-cifar10", 197, 64, 12, 12, 0.603, 8.5, 1));

    /** Every workload of the thesis' chapter 2, 43 tasks in all. */
    public static List<LeopardWorkload> thesis() {
        return THESIS;
    }

    /**
     * The thesis' row for a name (case-insensitive), keyed by the attention workload registry's
     * names ({@code dev.accelbench.kernels.attention.workload.AttentionWorkload}); empty for a
     * registry workload chapter 2 did not study (albert-xl-squad, synth1, synth2). Old short names
     * stay as aliases: bert-b and bert-l (the GLUE rows), albert-xx-l (SQuAD), gpt2-l, vit-b.
     */
    public static java.util.Optional<LeopardWorkload> find(String name) {
        String key = name.toLowerCase(Locale.ROOT).trim();
        key = switch (key) {
            case "bert-b" -> "bert-b-glue";
            case "bert-l" -> "bert-l-glue";
            case "albert-xx-l", "albert-xxl" -> "albert-xxl-squad";
            case "gpt2", "gpt-2-l", "gpt2-l" -> "gpt2-l-wikitext2";
            case "vit-b" -> "vit-b-cifar10";
            default -> key;
        };
        for (LeopardWorkload w : THESIS) {
            if (w.name().equals(key)) {
                return java.util.Optional.of(w);
            }
        }
        return java.util.Optional.empty();
    }

    /** The thesis' row for a name ({@link #find}), or an error listing the rows. */
    public static LeopardWorkload byName(String name) {
        java.util.Optional<LeopardWorkload> w = find(name);
        if (w.isPresent()) {
            return w.get();
        }
        throw new IllegalArgumentException("unknown LEOPARD workload '" + name + "'; valid: "
                + THESIS.stream().map(LeopardWorkload::name).collect(Collectors.joining(", ")));
    }
}
