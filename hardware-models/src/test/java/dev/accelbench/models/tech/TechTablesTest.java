package dev.accelbench.models.tech;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;

class TechTablesTest {

    /** The thesis' Table 2.3 (HP-LEOPARD, 65 nm) moved to 40 nm by the Dennard rule. */
    @Test
    void dennardScalingReproducesTheThesis() {
        assertEquals(1.31, ProcessScaling.area(3.47, 65, 40), 0.005);        // 3.47 x (40/65)^2
        assertEquals(932.9, ProcessScaling.throughput(574.1, 65, 40), 0.05); // 574.1 x 65/40
        double efficiency = ProcessScaling.efficiency(519.3, 65, 40);        // 519.3 x (65/40)^3
        assertEquals(2228, efficiency, 1);
        // The thesis' table says 2224.8: within 0.2%.
        assertEquals(2224.8, efficiency, 2224.8 * 0.002);
        assertEquals(1.0, ProcessScaling.energy(ProcessScaling.efficiency(1, 65, 40), 65, 40), 1e-12);
    }

    @Test
    void horowitzPointsAndInterpolation() {
        assertEquals(10, SramEnergy.accessPj(8, 64), 1e-12);
        assertEquals(20, SramEnergy.accessPj(32, 64), 1e-12);
        assertEquals(100, SramEnergy.accessPj(1024, 64), 1e-12);
        assertEquals(2.5, SramEnergy.accessPj(32, 8), 1e-12);
        double mid = SramEnergy.accessPj(16, 64);
        assertEquals(15, mid, 1e-12);   // halfway between 8 and 32 KB in log size
        assertTrue(SramEnergy.extrapolated(4));
        assertFalse(SramEnergy.extrapolated(64));
        assertEquals(0.2, Horowitz45nm.multPj(Horowitz45nm.Type.INT8));
        assertEquals(4184, Horowitz45nm.addAreaUm2(Horowitz45nm.Type.FP32));
    }
}
