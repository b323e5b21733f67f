package dev.accelbench.models.fast;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.accelbench.models.workload.TransformerModel;
import java.util.List;
import org.junit.jupiter.api.Test;

/** The four models' training steps and rule schedules. */
class FastWorkloadsTest {

    /** 3 x L x (S H 3H + 2 heads S^2 dh + S H H + 2 S H F) multiply-adds, with each model's L, H, F, S. */
    @Test
    void stepMacsForEveryModel() {
        for (TransformerModel m : TransformerModel.values()) {
            long s = m.sequence();
            long h = m.dModel();
            long f = m.dFf();
            long perLayer = s * h * 3 * h + 2L * m.heads() * s * s * m.dHead() + s * h * h + 2 * s * h * f;
            long expected = 3L * TransformerTrainingGemms.layers(m) * perLayer;
            assertEquals(expected, TransformerTrainingGemms.of(m).stream().mapToLong(StepGemm::macs).sum(), m.id());
        }
        assertEquals(24, TransformerTrainingGemms.layers(TransformerModel.BERT_L));
        assertEquals(36, TransformerTrainingGemms.layers(TransformerModel.GPT2_L));
    }

    /** The BERT-B step is the same list as before the generalization. */
    @Test
    void bertBaseUnchanged() {
        assertEquals(BertTrainingGemms.bertBase(512), TransformerTrainingGemms.of(TransformerModel.BERT_B));
    }

    @Test
    void firstMatchingRuleWinsElseDefault() {
        RuleSchedule s = new RuleSchedule(8, List.of(new RuleSchedule.Rule(0, 5, 0, 0.5, 2),
                new RuleSchedule.Rule(0, 11, 0, 1, 4)));
        assertEquals(2, s.mantissaBits(3, 12, 0.25));
        assertEquals(4, s.mantissaBits(3, 12, 0.5));
        assertEquals(4, s.mantissaBits(11, 12, 1.0));
        assertEquals(8, s.mantissaBits(12, 24, 0.1));
    }

    @Test
    void badRulesAreNamed() {
        assertTrue(assertThrows(IllegalArgumentException.class, () -> new RuleSchedule(5, List.of())).getMessage()
                .contains("2, 4, 6 or 8"));
        assertThrows(IllegalArgumentException.class, () -> new RuleSchedule.Rule(3, 2, 0, 1, 4));
        assertThrows(IllegalArgumentException.class, () -> new RuleSchedule.Rule(0, 2, 0.5, 0.5, 4));
    }

    /** On every model a schedule between 2 and 8 bits lies between the constant 2- and 8-bit runs. */
    @Test
    void progressiveBetweenExtremesOnEveryModel() {
        FastConfig c = FastConfig.defaults();
        for (TransformerModel m : TransformerModel.values()) {
            List<StepGemm> g = TransformerTrainingGemms.of(m);
            int l = TransformerTrainingGemms.layers(m);
            double lo = FastModel.training(c, g, l, PrecisionSchedule.constant(2), 8).cycles();
            double hi = FastModel.training(c, g, l, PrecisionSchedule.constant(8), 8).cycles();
            double p = FastModel.training(c, g, l, PrecisionSchedule.progressive(), 8).cycles();
            assertTrue(lo < p && p < hi, m.id());
        }
    }
}
