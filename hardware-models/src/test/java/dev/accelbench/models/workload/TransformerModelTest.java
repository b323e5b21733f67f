package dev.accelbench.models.workload;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import org.junit.jupiter.api.Test;

class TransformerModelTest {

    private static long macs(Iterable<LayerGemm> gemms) {
        long total = 0;
        for (LayerGemm g : gemms) {
            total += g.macs();
        }
        return total;
    }

    @Test
    void bertBaseLayerMacs() {
        // S = 512, d = 768, d_ff = 3072: projections 4 S d^2, attention 2 S^2 d (over all heads), MLP 2 S d d_ff.
        long s = 512;
        long d = 768;
        long expected = 4 * s * d * d + 2 * s * s * d + 2 * s * d * 3072;
        assertEquals(4_026_531_840L, expected);
        assertEquals(expected, macs(TransformerModel.BERT_B.layerGemms()));
        assertEquals(64, TransformerModel.BERT_B.dHead());
    }

    @Test
    void sequenceLengthsAndDecodeStep() {
        assertEquals(197, TransformerModel.VIT_B.sequence());
        assertEquals(1024, TransformerModel.GPT2_L.sequence());
        assertEquals(16, TransformerModel.byId("BERT-L").heads());
        // GPT-2 L decoding one token: every GEMM has M = 1; 12 d^2 + 2 S d MACs.
        long d = 1280;
        long s = 1024;
        assertEquals(4 * d * d + 2 * s * d + 2 * d * 5120, macs(TransformerModel.GPT2_L.decodeStepGemvs()));
        TransformerModel.GPT2_L.decodeStepGemvs().forEach(g -> assertEquals(1, g.gemm().m()));
        assertEquals(16, TransformerModel.GPT2_L.workload().size());
        assertThrows(IllegalArgumentException.class, () -> TransformerModel.byId("gpt5"));
    }
}
