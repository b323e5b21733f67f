package dev.accelbench.models.systolic;

import dev.accelbench.models.mac.MacCost;
import dev.accelbench.models.mac.MacUnitCost;
import dev.accelbench.models.memory.DramModel;
import dev.accelbench.models.memory.DramResult;
import dev.accelbench.models.memory.MemoryConfig;
import dev.accelbench.models.tech.Horowitz45nm;
import dev.accelbench.models.tech.SramEnergy;
import dev.accelbench.models.workload.Gemm;

/**
 * Runs a GEMM on a {@link SystolicAccelerator}: compute in closed form ({@link SystolicCompute}),
 * DRAM traffic and stalls fold by fold ({@link DramModel}), energy by component.
 *
 * <p>Several cores split N: the first N mod cores take ceil(N / cores) columns, the rest
 * floor(N / cores); every core has the given memories and bandwidth; the run takes as long as
 * the slowest core and all counts are summed.
 *
 * <p>Energy: MACs x {@link MacUnitCost} energy; every SRAM access (array reads, partial-sum reads
 * and writes, fills from DRAM) x {@link SramEnergy} for that SRAM's size and word width; DRAM words
 * x 1.3 nJ per 64 bits (Horowitz's low end). Static power is not modeled.
 */
public final class SystolicModel {

    private SystolicModel() {
    }

    public static SystolicResult evaluate(SystolicAccelerator a, Gemm gemm) {
        return evaluate(a, gemm, false);
    }

    /**
     * The same result with the DRAM model visiting every fold ({@link DramModel#evaluateStepped}):
     * the baseline the benchmark compares the fold-class evaluation against.
     */
    public static SystolicResult evaluateFoldByFold(SystolicAccelerator a, Gemm gemm) {
        return evaluate(a, gemm, true);
    }

    private static SystolicResult evaluate(SystolicAccelerator a, Gemm gemm, boolean stepped) {
        int cores = (int) Math.min(a.cores(), gemm.n());
        long base = gemm.n() / cores;
        long extra = gemm.n() % cores;
        MacCost mac = MacUnitCost.of(a.multiplier(), a.accumulator());
        Part big = part(a, mac, stepped, new Gemm(gemm.m(), gemm.k(), extra > 0 ? base + 1 : base));
        Part result = extra > 0 ? big.times(extra) : big.times(cores);
        if (extra > 0 && cores - extra > 0) {
            result = result.plus(part(a, mac, stepped, new Gemm(gemm.m(), gemm.k(), base)).times(cores - extra));
        }
        double areaMm2 = (double) a.cores() * a.rows() * a.cols() * mac.areaUm2() / 1e6;
        ComputeResult c = big.compute;
        return new SystolicResult(gemm, a, c.geometry(), gemm.macs(), c.computeCycles(), c.scaleSimTotalCycles(),
                big.dram.stallCycles(), c.scaleSimTotalCycles() + big.dram.stallCycles(), c.mappingEfficiency(),
                c.scaleSimComputeUtil(), result.sramReads, result.sramWrites, result.ssReads, result.ssWrites,
                result.dramReads, result.dramWrites, big.dram, result.energy, areaMm2);
    }

    /** Evaluates a GEMM on a plain R x C array with SCALE-Sim's default memories. */
    public static SystolicResult evaluate(int rows, int cols, Dataflow dataflow, Gemm gemm) {
        return evaluate(SystolicAccelerator.of(rows, cols, dataflow), gemm);
    }

    private record Part(ComputeResult compute, DramResult dram, OperandCounts sramReads, OperandCounts sramWrites,
                        OperandCounts ssReads, OperandCounts ssWrites, OperandCounts dramReads,
                        OperandCounts dramWrites, EnergyBreakdown energy) {

        Part times(long f) {
            EnergyBreakdown e = energy;
            return new Part(compute, dram, sramReads.times(f), sramWrites.times(f), ssReads.times(f), ssWrites.times(f),
                    dramReads.times(f), dramWrites.times(f), new EnergyBreakdown(e.macPj() * f, e.ifmapSramPj() * f,
                    e.filterSramPj() * f, e.ofmapSramPj() * f, e.dramPj() * f));
        }

        Part plus(Part o) {
            return new Part(compute, dram, sramReads.plus(o.sramReads), sramWrites.plus(o.sramWrites),
                    ssReads.plus(o.ssReads), ssWrites.plus(o.ssWrites), dramReads.plus(o.dramReads),
                    dramWrites.plus(o.dramWrites), energy.plus(o.energy));
        }
    }

    private static Part part(SystolicAccelerator a, MacCost mac, boolean stepped, Gemm g) {
        ComputeResult c = SystolicCompute.evaluate(g, a.rows(), a.cols(), a.dataflow());
        MemoryConfig mem = a.memory();
        DramResult d = stepped ? DramModel.evaluateStepped(g, c.geometry(), mem)
                : DramModel.evaluate(g, c.geometry(), mem);
        int wordBits = 8 * mem.wordBytes();
        int accBits = 8 * mem.accBytes();
        double ifPj = SramEnergy.accessPj(mem.ifmapKb(), wordBits);
        double fPj = SramEnergy.accessPj(mem.filterKb(), wordBits);
        double oPj = SramEnergy.accessPj(mem.ofmapKb(), accBits);
        OperandCounts r = c.sramReads();
        double dramWordPj = Horowitz45nm.DRAM_64BIT_PJ_LOW * wordBits / 64.0;
        double dramAccPj = Horowitz45nm.DRAM_64BIT_PJ_LOW * accBits / 64.0;
        OperandCounts dr = d.reads();
        OperandCounts dw = d.writes();
        // Fills from DRAM are SRAM writes too, and so are partial sums read back from DRAM.
        OperandCounts w = new OperandCounts(dr.ifmap(), dr.filter(), c.sramWrites().ofmap() + dr.ofmap());
        EnergyBreakdown e = new EnergyBreakdown(
                g.macs() * mac.energyPj(),
                (r.ifmap() + w.ifmap()) * ifPj,
                (r.filter() + w.filter()) * fPj,
                (r.ofmap() + w.ofmap() + dw.ofmap()) * oPj,
                (dr.ifmap() + dr.filter()) * dramWordPj + (dr.ofmap() + dw.total()) * dramAccPj);
        return new Part(c, d, r, w, c.scaleSimSramReads(), c.scaleSimSramWrites(), dr, dw, e);
    }
}
