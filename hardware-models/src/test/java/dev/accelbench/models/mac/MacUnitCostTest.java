package dev.accelbench.models.mac;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;

class MacUnitCostTest {

    @Test
    void horowitzPairsAreSourcedNotExtrapolated() {
        MacCost int8 = MacUnitCost.of(MacFormat.INT8, MacFormat.INT32);
        assertEquals(0.2 + 0.1, int8.energyPj(), 1e-12);
        assertEquals(282 + 137, int8.areaUm2(), 1e-9);
        MacCost fp32 = MacUnitCost.of(MacFormat.FP32, MacFormat.FP32);
        assertEquals(3.7 + 0.9, fp32.energyPj(), 1e-12);
        // FPGA FP32 multiplier 374 LUTs + 2 DSPs, accumulator 189 + 2 (the MAC talk).
        assertEquals(374 + 189, fp32.luts());
        assertEquals(4, fp32.dsps());
        assertFalse(fp32.extrapolated());
    }

    @Test
    void talkTablesAndConverters() {
        // E5M3 (CFG-1) 86 LUTs with an E6M7 accumulator 242 LUTs, no DSPs.
        MacCost a = MacUnitCost.of(MacFormat.E5M3, MacFormat.E6M7);
        assertEquals(86 + 242, a.luts());
        assertEquals(0, a.dsps());
        assertEquals(MacFormat.E6M5, MacUnitCost.productFormat(MacFormat.E5M2));
        // E5M2 product E6M5 to Q8.13: converter 81 LUTs + accumulator 55 LUTs; E5M2 CFG-5 multiplier extrapolated.
        MacCost b = MacUnitCost.of(MacFormat.E5M2, MacFormat.Q8_13);
        assertTrue(b.extrapolated());
        assertEquals(24 + 55 + 81, b.luts());
        assertTrue(b.note().contains("extrapolated"));
    }

    @Test
    void systemLevelReduction() {
        // "25% LUT count reduction" from FP32 (58,420) to E5M2 + E6M5 (42,640): 27%.
        double reduction = 1 - (double) MacUnitCost.SYSTEM_E5M2_E6M5_LUTS / MacUnitCost.SYSTEM_FP32_LUTS;
        assertEquals(0.27, reduction, 0.01);
    }

    @Test
    void extrapolatedFormatsAreLabelled() {
        MacCost bf16 = MacUnitCost.of(MacFormat.BF16, MacFormat.FP32);
        assertTrue(bf16.extrapolated());
        assertEquals(1.1 * (8.0 / 11) * (8.0 / 11) + 0.9, bf16.energyPj(), 1e-12);
        assertEquals(180 + 189, bf16.luts());
    }
}
