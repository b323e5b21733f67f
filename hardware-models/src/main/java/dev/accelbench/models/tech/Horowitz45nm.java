package dev.accelbench.models.tech;

/**
 * Energy and area of arithmetic and memory in 45 nm, the table Mark Horowitz presented at ISSCC
 * 2014 ("Computing's energy problem"), as quoted in the MAC talk ("Sources: Mark Horowitz
 * (Stanford), energy based on ASIC, area based on TSMC 45nm process").
 */
public final class Horowitz45nm {

    private Horowitz45nm() {
    }

    /** Arithmetic types of the table. */
    public enum Type { INT8, INT32, FP16, FP32 }

    /** Energy of one addition in pJ: INT8 0.03, INT32 0.1, FP16 0.4, FP32 0.9. */
    public static double addPj(Type t) {
        return switch (t) {
            case INT8 -> 0.03;
            case INT32 -> 0.1;
            case FP16 -> 0.4;
            case FP32 -> 0.9;
        };
    }

    /** Energy of one multiplication in pJ: INT8 0.2, INT32 3.1, FP16 1.1, FP32 3.7. */
    public static double multPj(Type t) {
        return switch (t) {
            case INT8 -> 0.2;
            case INT32 -> 3.1;
            case FP16 -> 1.1;
            case FP32 -> 3.7;
        };
    }

    /** Area of one adder in um^2: INT8 36, INT32 137, FP16 1360, FP32 4184. */
    public static double addAreaUm2(Type t) {
        return switch (t) {
            case INT8 -> 36;
            case INT32 -> 137;
            case FP16 -> 1360;
            case FP32 -> 4184;
        };
    }

    /** Area of one multiplier in um^2: INT8 282, INT32 3495, FP16 1640, FP32 7700. */
    public static double multAreaUm2(Type t) {
        return switch (t) {
            case INT8 -> 282;
            case INT32 -> 3495;
            case FP16 -> 1640;
            case FP32 -> 7700;
        };
    }

    /** 64-bit SRAM read from an 8 KB array: 10 pJ. */
    public static final double SRAM_8KB_64BIT_PJ = 10;
    /** 64-bit SRAM read from a 32 KB array: 20 pJ. */
    public static final double SRAM_32KB_64BIT_PJ = 20;
    /** 64-bit SRAM read from a 1 MB array: 100 pJ. */
    public static final double SRAM_1MB_64BIT_PJ = 100;
    /** 64-bit DRAM access, low end of Horowitz's 1.3-2.6 nJ range. */
    public static final double DRAM_64BIT_PJ_LOW = 1300;
    /** 64-bit DRAM access, high end. */
    public static final double DRAM_64BIT_PJ_HIGH = 2600;
}
