package dev.accelbench.models.sprint;

import java.util.List;
import java.util.Locale;
import java.util.stream.Collectors;

/**
 * Chapter 3's workloads (section 3.6): SQuAD at S = 384 with about 46% padding (section 3.5) for
 * BERT-B, BERT-L, ALBERT-X-L and ALBERT-XX-L; ViT-B at S = 197 without padding; GPT-2-L at
 * S = 1280 (WikiText-2 sequences are packed: no padding assumed, the thesis states none); Synth1
 * and Synth2 at 2K and 4K with 75% pruning and 50% padding. Pruning rates as printed (ViT-B 64.4%;
 * the data-movement text says 64.3%). The new-fetch fraction is the thesis' 2.1% average for
 * every workload (for the Synths it "scales up BERT-B's numbers", i.e. the same fraction of S).
 * Heads and layers: BERT-B 12 x 12, BERT-L 16 x 24, ALBERT-X-L 16 x 24, ALBERT-XX-L 64 x 12,
 * ViT-B 12 x 12, GPT-2-L 20 x 36, Synths one head of one layer (ratios do not depend on them).
 */
public final class SprintWorkloads {

    /** Section 3.5's average share of S fetched anew between adjacent queries. */
    public static final double NEW_FETCH = 0.021;
    /** Section 3.5: "46% for the SQuAD dataset". */
    public static final double SQUAD_PADDING = 0.46;

    /**
     * The workload behind Table 3.2/3.3's M-SPRINT column (not stated; chosen once): BERT-B on
     * SQuAD, the thesis' running example of padding and pruning (sections 3.2 and 3.6).
     */
    public static final String TABLE_3_2 = "bert-b-squad";

    private static final List<SprintWorkload> THESIS = List.of(
            new SprintWorkload("bert-b-squad", 384, 64, 12, 12, SQUAD_PADDING, 0.746, NEW_FETCH, 1),
            new SprintWorkload("bert-l-squad", 384, 64, 16, 24, SQUAD_PADDING, 0.755, NEW_FETCH, 1),
            new SprintWorkload("albert-xl-squad", 384, 64, 16, 24, SQUAD_PADDING, 0.651, NEW_FETCH, 1),
            new SprintWorkload("albert-xxl-squad", 384, 64, 64, 12, SQUAD_PADDING, 0.731, NEW_FETCH, 1),
            new SprintWorkload("vit-b-cifar10", 197, 64, 12, 12, 0.0, 0.644, NEW_FETCH, 1),
            new SprintWorkload("gpt2-l-wikitext2", 1280, 64, 20, 36, 0.0, 0.739, NEW_FETCH, 1),
            new SprintWorkload("synth1", 2048, 64, 1, 1, 0.5, 0.75, NEW_FETCH, 1),
            new SprintWorkload("synth2", 4096, 64, 1, 1, 0.5, 0.75, NEW_FETCH, 1));

    private SprintWorkloads() {
    }

    public static List<SprintWorkload> thesis() {
        return THESIS;
    }

    /**
     * The thesis' row for a name (case-insensitive), keyed by the attention workload registry's
     * names; empty for a registry workload chapter 3 did not study (memn2n and the GLUE rows). Old
     * short names stay as aliases: bert-b, bert-l, albert-x-l, albert-xx-l (the SQuAD rows), vit-b,
     * gpt2-l.
     */
    public static java.util.Optional<SprintWorkload> find(String name) {
        String key = name.toLowerCase(Locale.ROOT).trim();
        key = switch (key) {
            case "bert-b" -> "bert-b-squad";
            case "bert-l" -> "bert-l-squad";
            case "albert-x-l", "albert-xl" -> "albert-xl-squad";
            case "albert-xx-l", "albert-xxl" -> "albert-xxl-squad";
            case "gpt2", "gpt-2-l", "gpt2-l" -> "gpt2-l-wikitext2";
            case "vit-b" -> "vit-b-cifar10";
            default -> key;
        };
        for (SprintWorkload w : THESIS) {
            if (w.name().equals(key)) {
                return java.util.Optional.of(w);
            }
        }
        return java.util.Optional.empty();
    }

    /** The thesis' row for a name ({@link #find}), or an error listing the rows. */
    public static SprintWorkload byName(String name) {
        java.util.Optional<SprintWorkload> w = find(name);
        if (w.isPresent()) {
            return w.get();
        }
        throw new IllegalArgumentException("unknown SPRINT workload '" + name + "'; valid: "
                + THESIS.stream().map(SprintWorkload::name).collect(Collectors.joining(", ")));
    }
}
