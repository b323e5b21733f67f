package dev.accelbench.models.training;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import org.junit.jupiter.api.Test;

class TrainingGemmsTest {

    @Test
    void smallLayerByHand() {
        // X 8 x 4, W 4 x 6 on a 4 x 4 array.
        List<TrainingPass> p = TrainingGemms.compare(8, 4, 6, 4, 4);
        TrainingPass fwd = p.get(0);
        // Forward WS: K = 4 -> 1 row fold, N = 6 -> 2 column folds, fold 2*4 + 4 + 8 - 2 = 18.
        assertEquals(36, fwd.computeCycles());
        TrainingPass dx = p.get(1);
        assertEquals(36, dx.computeCycles());   // same tiles, same fold length
        assertEquals(4 * 6 + 8 * 6 * 1 + 8 * 4 * (2 - 1), dx.sramReads());
        assertEquals(8 * 4 * 2, dx.sramWrites());
        TrainingPass dw = p.get(2);
        // dW = X^T dY, OS on (K=4, M=8, N=6): Sr = 4 -> 1, Sc = 6 -> 2, T = 8, fold 4 + 4 + 8 - 2 = 14.
        assertEquals(28, dw.computeCycles());
        TrainingPass dxT = p.get(3);
        // Transpose W (24 words) at 4 words/cycle: 6 cycles; then WS on (M=8, K'=6, N'=4):
        // Sr = 6 -> 2, Sc = 4 -> 1, fold 18: 36.
        assertEquals(6, dxT.transposeCycles());
        assertEquals(36, dxT.computeCycles());
        TrainingPass dwT = p.get(4);
        // Transpose X (32 words): 8 cycles; WS on (K=4, M=8, N=6): Sr = 8 -> 2, Sc = 6 -> 2, T = 4,
        // fold 8 + 4 + 4 - 2 = 14: 56.
        assertEquals(8, dwT.transposeCycles());
        assertEquals(56, dwT.computeCycles());
        assertTrue(dw.totalCycles() < dwT.totalCycles());
        assertTrue(dx.totalCycles() < dxT.totalCycles());
    }

    @Test
    void inPlaceNeverNeedsTransposeTraffic() {
        List<TrainingPass> p = TrainingGemms.compare(512, 768, 768, 32, 32);
        assertEquals(0, p.get(1).transposeCycles());
        assertEquals(0, p.get(2).transposeCycles());
        assertTrue(p.get(3).transposeCycles() > 0 && p.get(4).transposeCycles() > 0);
        assertEquals(p.get(0).computeCycles(), p.get(1).computeCycles());
    }
}
