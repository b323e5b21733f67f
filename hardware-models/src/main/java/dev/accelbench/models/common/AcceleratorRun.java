package dev.accelbench.models.common;

/**
 * What every model's result has in common, and the figures of merit derived from it the same way
 * for every accelerator: seconds from cycles and clock, GOP/s and GOP/J from the operation count,
 * area efficiency, and the energy-delay product. A result record implements the five accessors;
 * the rest follows, so that no two models define GOP/s differently.
 */
public interface AcceleratorRun {

    /** Total cycles of the run. */
    double cycles();

    /** Clock frequency, Hz. */
    double clockHz();

    /** Total energy, picojoules. */
    double totalEnergyPj();

    /** Operations the run counts as done (each model documents its convention, e.g. 2 per MAC). */
    double ops();

    /** Area, mm²; NaN where the source gives none. */
    double areaMm2();

    default double seconds() {
        return cycles() / clockHz();
    }

    default double joules() {
        return totalEnergyPj() * 1e-12;
    }

    default double gopsPerS() {
        return ops() / seconds() / 1e9;
    }

    default double gopsPerJ() {
        return ops() / joules() / 1e9;
    }

    default double gopsPerSPerMm2() {
        return gopsPerS() / areaMm2();
    }

    /** Energy-delay product, J s. */
    default double edp() {
        return joules() * seconds();
    }

    /** Speedup of this run over another of the same work (usually a baseline): its cycles over ours at equal clocks. */
    default double speedupOver(AcceleratorRun other) {
        return other.seconds() / seconds();
    }

    /** Energy reduction against another run of the same work: its energy over ours. */
    default double energyReductionOver(AcceleratorRun other) {
        return other.totalEnergyPj() / totalEnergyPj();
    }
}
