package dev.accelbench.models.mac;

import dev.accelbench.models.tech.Horowitz45nm;
import dev.accelbench.models.tech.Horowitz45nm.Type;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;

/**
 * Energy, area and FPGA resources of a MAC unit for a (multiplier format, accumulator format)
 * pair.
 *
 * <p>ASIC (45 nm): Horowitz's multiplier and adder energy and area where the format is in his table
 * (INT8, INT32, FP16, FP32). Other formats are extrapolated and say so: a float multiplier from FP16
 * by the square of the significand width (an array multiplier's partial products), a float adder
 * from FP16 linearly in the significand (its alignment shifter); fixed point from INT8 by the square
 * (multiplier) and linearly (adder) in the width. The FP32 rule reproduces Horowitz's own FP32
 * multiplier within 20% (FP16 1.1 pJ x (24/11)^2 = 5.2 vs 3.7), which is the error to expect.
 *
 * <p>FPGA (Xilinx ZCU104, Vitis HLS 2020.2, the MAC talk): multipliers FP32 374 LUTs + 2 DSPs,
 * FP16 195 + 1, BF16 180 + 1, E6M3/E5M3/E4M3 in CFG-1 115/86/78 LUTs, Q16.16 279 + 4, Q8.8 106 + 1,
 * Q7.7 93 + 1, Q6.6 81 + 1; accumulators FP32 189 + 2, E7M7 255, E7M5 185, E7M3 187, E6M7 242,
 * E6M5 187, E6M3 165, Q16.16 89, Q8.13 55, Q8.8 43, Q7.7 35, Q6.6 32 LUTs; float-to-Q8.13
 * converters after an E6M3/E6M2/E6M1/E5M3/E5M2/E5M1 multiplier 116/103/72/97/81/67 LUTs (the
 * multiplier output formats E7M7, E7M5, E7M3, E6M7, E6M5, E6M3). The talk gives the CFG-5 E5M2
 * multiplier only as "over 50% area reduction going from CFG-1 to CFG-5/CFG-6", so it is
 * extrapolated as half of the CFG-1 E5M3 multiplier scaled by significand^2: 86 / 2 x (3/4)^2 = 24.
 */
public final class MacUnitCost {

    private record Fpga(int luts, int dsps) {
    }

    private static final Map<MacFormat, Fpga> MULT = new EnumMap<>(MacFormat.class);
    private static final Map<MacFormat, Fpga> ACC = new EnumMap<>(MacFormat.class);
    /** Float-to-Q8.13 converter LUTs, keyed by the multiplier's output format. */
    private static final Map<MacFormat, Integer> CONVERTER = new EnumMap<>(MacFormat.class);

    static {
        MULT.put(MacFormat.FP32, new Fpga(374, 2));
        MULT.put(MacFormat.FP16, new Fpga(195, 1));
        MULT.put(MacFormat.BF16, new Fpga(180, 1));
        MULT.put(MacFormat.E6M3, new Fpga(115, 0));
        MULT.put(MacFormat.E5M3, new Fpga(86, 0));
        MULT.put(MacFormat.E4M3, new Fpga(78, 0));
        MULT.put(MacFormat.Q16_16, new Fpga(279, 4));
        MULT.put(MacFormat.Q8_8, new Fpga(106, 1));
        MULT.put(MacFormat.Q7_7, new Fpga(93, 1));
        MULT.put(MacFormat.Q6_6, new Fpga(81, 1));
        ACC.put(MacFormat.FP32, new Fpga(189, 2));
        ACC.put(MacFormat.E7M7, new Fpga(255, 0));
        ACC.put(MacFormat.E7M5, new Fpga(185, 0));
        ACC.put(MacFormat.E7M3, new Fpga(187, 0));
        ACC.put(MacFormat.E6M7, new Fpga(242, 0));
        ACC.put(MacFormat.E6M5, new Fpga(187, 0));
        ACC.put(MacFormat.E6M3, new Fpga(165, 0));
        ACC.put(MacFormat.Q16_16, new Fpga(89, 0));
        ACC.put(MacFormat.Q8_13, new Fpga(55, 0));
        ACC.put(MacFormat.Q8_8, new Fpga(43, 0));
        ACC.put(MacFormat.Q7_7, new Fpga(35, 0));
        ACC.put(MacFormat.Q6_6, new Fpga(32, 0));
        CONVERTER.put(MacFormat.E7M7, 116);
        CONVERTER.put(MacFormat.E7M5, 103);
        CONVERTER.put(MacFormat.E7M3, 72);
        CONVERTER.put(MacFormat.E6M7, 97);
        CONVERTER.put(MacFormat.E6M5, 81);
        CONVERTER.put(MacFormat.E6M3, 67);
    }

    /** System-level FPGA cost of the talk's designs (ResNet-20 table): FP32 58,420 LUTs, 320 DSPs. */
    public static final int SYSTEM_FP32_LUTS = 58_420;
    public static final int SYSTEM_FP32_DSPS = 320;
    /** E5M2 (CFG-5) multiplier + E6M5 accumulator: 42,640 LUTs, no DSPs. */
    public static final int SYSTEM_E5M2_E6M5_LUTS = 42_640;
    /** E5M2 (CFG-5) + Q8.13: 43,471 LUTs. */
    public static final int SYSTEM_E5M2_Q8_13_LUTS = 43_471;
    /** E5M2 (CFG-5) + Q11.13: 44,876 LUTs. */
    public static final int SYSTEM_E5M2_Q11_13_LUTS = 44_876;

    private MacUnitCost() {
    }

    /** The exact product's format of a float multiplier: exponent + 1, 2 m + 1 mantissa bits (E5M2 -> E6M5). */
    public static MacFormat productFormat(MacFormat input) {
        if (!input.isFloat()) {
            return input;
        }
        String name = "E" + (input.bits() - input.significand() + 1) + "M" + (2 * input.significand() - 1);
        for (MacFormat f : MacFormat.values()) {
            if (f.name().equals(name)) {
                return f;
            }
        }
        return input;
    }

    /** Every pair, computed once: the table is immutable and models ask for it on every evaluation. */
    private static final MacCost[][] TABLE = new MacCost[MacFormat.values().length][MacFormat.values().length];

    static {
        for (MacFormat m : MacFormat.values()) {
            for (MacFormat a : MacFormat.values()) {
                TABLE[m.ordinal()][a.ordinal()] = compute(m, a);
            }
        }
    }

    public static MacCost of(MacFormat multiplier, MacFormat accumulator) {
        return TABLE[multiplier.ordinal()][accumulator.ordinal()];
    }

    private static MacCost compute(MacFormat multiplier, MacFormat accumulator) {
        List<String> notes = new ArrayList<>();
        boolean extrapolated = false;
        Type mt = horowitz(multiplier);
        double multPj;
        double multArea;
        if (mt != null) {
            multPj = Horowitz45nm.multPj(mt);
            multArea = Horowitz45nm.multAreaUm2(mt);
            notes.add("multiplier " + multiplier.id() + ": Horowitz 45 nm");
        } else {
            extrapolated = true;
            Type base = multiplier.isFloat() ? Type.FP16 : Type.INT8;
            double s = (double) multiplier.significand() / (multiplier.isFloat() ? 11 : 8);
            multPj = Horowitz45nm.multPj(base) * s * s;
            multArea = Horowitz45nm.multAreaUm2(base) * s * s;
            notes.add("multiplier " + multiplier.id() + ": extrapolated from " + base + " by significand^2");
        }
        Type at = horowitz(accumulator);
        double addPj;
        double addArea;
        if (at != null) {
            addPj = Horowitz45nm.addPj(at);
            addArea = Horowitz45nm.addAreaUm2(at);
            notes.add("accumulator " + accumulator.id() + ": Horowitz 45 nm");
        } else {
            extrapolated = true;
            Type base = accumulator.isFloat() ? Type.FP16 : Type.INT8;
            double s = (double) accumulator.significand() / (accumulator.isFloat() ? 11 : 8);
            addPj = Horowitz45nm.addPj(base) * s;
            addArea = Horowitz45nm.addAreaUm2(base) * s;
            notes.add("accumulator " + accumulator.id() + ": extrapolated from " + base + " linearly in significand");
        }
        Fpga m = MULT.get(multiplier);
        if (m == null) {
            extrapolated = true;
            if (multiplier == MacFormat.E5M2) {
                double s = 3.0 / 4.0;
                m = new Fpga((int) Math.round(86 / 2.0 * s * s), 0);
                notes.add("FPGA multiplier e5m2 (CFG-5): extrapolated, half of CFG-1 E5M3 x (3/4)^2");
            } else if (multiplier == MacFormat.INT8) {
                m = new Fpga(MULT.get(MacFormat.Q8_8).luts() / 4, 1);
                notes.add("FPGA multiplier int8: extrapolated, Q8.8 / 4 LUTs, one DSP");
            } else if (multiplier.isFloat()) {
                double s = multiplier.significand() / 4.0;
                m = new Fpga((int) Math.round(86 * s * s), 0);
                notes.add("FPGA multiplier " + multiplier.id() + ": extrapolated from CFG-1 E5M3 by significand^2");
            } else {
                double s = multiplier.bits() / 16.0;
                m = new Fpga((int) Math.round(106 * s * s), (int) Math.ceil(s));
                notes.add("FPGA multiplier " + multiplier.id() + ": extrapolated from Q8.8 by width^2");
            }
        } else {
            notes.add("FPGA multiplier " + multiplier.id() + ": MAC talk");
        }
        Fpga a = ACC.get(accumulator);
        if (a == null) {
            extrapolated = true;
            if (accumulator.isFloat()) {
                a = new Fpga((int) Math.round(187.0 * accumulator.significand() / 6), 0);
                notes.add("FPGA accumulator " + accumulator.id() + ": extrapolated from E6M5 linearly in significand");
            } else {
                a = new Fpga((int) Math.round(89.0 * accumulator.bits() / 32), 0);
                notes.add("FPGA accumulator " + accumulator.id() + ": extrapolated from Q16.16 linearly in width");
            }
        } else {
            notes.add("FPGA accumulator " + accumulator.id() + ": MAC talk");
        }
        int converter = 0;
        if (multiplier.isFloat() && !accumulator.isFloat()) {
            MacFormat product = productFormat(multiplier);
            Integer c = accumulator == MacFormat.Q8_13 ? CONVERTER.get(product) : null;
            if (c != null) {
                converter = c;
                notes.add("converter " + product.id() + "->q8.13: MAC talk");
            } else {
                extrapolated = true;
                converter = (int) Math.round(81.0 * accumulator.bits() / 21);
                notes.add("converter to " + accumulator.id() + ": extrapolated from E6M5->Q8.13 linearly in width");
            }
        }
        return new MacCost(multiplier, accumulator, multPj + addPj, multArea + addArea, m.luts() + a.luts() + converter,
                m.dsps() + a.dsps(), extrapolated, String.join("; ", notes));
    }

    private static Type horowitz(MacFormat f) {
        return switch (f) {
            case INT8 -> Type.INT8;
            case INT32 -> Type.INT32;
            case FP16 -> Type.FP16;
            case FP32 -> Type.FP32;
            default -> null;
        };
    }
}
