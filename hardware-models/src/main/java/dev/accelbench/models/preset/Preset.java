package dev.accelbench.models.preset;

import dev.accelbench.models.mac.MacFormat;
import dev.accelbench.models.memory.MemoryConfig;
import dev.accelbench.models.systolic.Dataflow;
import dev.accelbench.models.systolic.SystolicAccelerator;
import java.util.Locale;

/**
 * Published systolic accelerators as model configurations. Figures from the sources are marked
 * in each constant's comment; where a source gives none, the assumption is named.
 */
public enum Preset {
    /**
     * Google TPU v1 (Jouppi et al., ISCA 2017; the SPEC): 256 x 256 8-bit MACs at 700 MHz, weight
     * stationary, 24 MiB unified buffer (activations), 4 MiB of 32-bit accumulators, a weight FIFO
     * of four 64 KiB tiles (256 KiB), two DDR3-2133 channels: 2 x 2133 MT/s x 8 B = 34.1 GB/s, at
     * 700 MHz 48.8 one-byte words per cycle. Peak 65,536 x 2 x 700 MHz = 91.75 TOPS.
     */
    TPU_V1("tpu-v1", new SystolicAccelerator("TPU v1", 256, 256, Dataflow.WS, 700e6, 1,
            new MemoryConfig(24 * 1024, 256, 4 * 1024, 1, 4, 2 * 2133e6 * 8 / 700e6), MacFormat.INT8, MacFormat.INT32)),
    /**
     * Google TPU v2 chip (the tutorial: 45 TFLOPS, 600 GB/s HBM, ridge point 75 FLOP/byte): two
     * cores, each one 128 x 128 bf16 MXU with fp32 accumulation at 700 MHz (Norrie et al., IEEE Micro
     * 2021), so 2 x 128^2 x 2 x 700 MHz = 45.9 TFLOPS. HBM split evenly: 300 GB/s per core =
     * 214 two-byte words per cycle. On-chip sizes are not in the tutorial: 16 MiB vector memory
     * per core (Norrie et al.) is used as A's buffer, B's and the accumulators get 128 KiB and 4 MiB
     * (assumptions).
     */
    TPU_V2("tpu-v2", new SystolicAccelerator("TPU v2", 128, 128, Dataflow.WS, 700e6, 2,
            new MemoryConfig(16 * 1024, 128, 4 * 1024, 2, 4, 300e9 / 700e6 / 2), MacFormat.BF16, MacFormat.FP32)),
    /**
     * Gemmini in the survey's case study (scratchpad 64 kB, accumulator 256 kB; the survey says only
     * "N-by-N", the 16 x 16 mesh is Gemmini's public default), int8 inputs and int32 accumulators,
     * weight stationary. The scratchpad is split evenly between A and B here; 1 GHz and 16 bytes
     * (one 128-bit bus beat) per cycle of DRAM bandwidth are assumptions.
     */
    GEMMINI("gemmini", new SystolicAccelerator("Gemmini", 16, 16, Dataflow.WS, 1e9, 1,
            new MemoryConfig(32, 32, 256, 1, 4, 16), MacFormat.INT8, MacFormat.INT32)),
    /**
     * Archimedes-MPO (the MAC talk): a 16 x 4 systolic GEMM kernel at 280 MHz on a Xilinx ZCU104,
     * with the talk's preferred E5M2 (CFG-5) multiplier and E6M5 accumulator. Buffer sizes and
     * bandwidth are not in the talk: SCALE-Sim's 64 KiB defaults and 16 one-byte words per cycle
     * are assumptions; energy is the 45 nm ASIC extrapolation of those formats, not FPGA energy.
     */
    ARCHIMEDES_MPO("archimedes-mpo", new SystolicAccelerator("Archimedes-MPO", 16, 4, Dataflow.WS, 280e6, 1,
            new MemoryConfig(64, 64, 64, 1, 2, 16), MacFormat.E5M2, MacFormat.E6M5));

    private final String id;
    private final SystolicAccelerator accelerator;

    Preset(String id, SystolicAccelerator accelerator) {
        this.id = id;
        this.accelerator = accelerator;
    }

    public String id() {
        return id;
    }

    public SystolicAccelerator accelerator() {
        return accelerator;
    }

    /** By id ({@code tpu-v1}, {@code tpu-v2}, {@code gemmini}, {@code archimedes-mpo}), case-insensitive. */
    public static Preset byId(String text) {
        String key = text.strip().toLowerCase(Locale.ROOT).replace('_', '-');
        for (Preset p : values()) {
            if (p.id.equals(key)) {
                return p;
            }
        }
        throw new IllegalArgumentException("unknown preset '" + text + "'; known: tpu-v1, tpu-v2, gemmini, archimedes-mpo");
    }
}
