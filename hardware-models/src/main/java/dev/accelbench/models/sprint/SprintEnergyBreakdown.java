package dev.accelbench.models.sprint;

/** Energy by Figure 3.13's eight parts, pJ. */
public record SprintEnergyBreakdown(double mainReadPj, double mainWritePj, double inMemoryPruningPj,
        double onChipReadPj, double onChipWritePj, double qkPj, double vPj, double softmaxPj) {

    public double totalPj() {
        return mainReadPj + mainWritePj + inMemoryPruningPj + onChipReadPj + onChipWritePj + qkPj + vPj + softmaxPj;
    }

    SprintEnergyBreakdown times(double f) {
        return new SprintEnergyBreakdown(mainReadPj * f, mainWritePj * f, inMemoryPruningPj * f, onChipReadPj * f,
                onChipWritePj * f, qkPj * f, vPj * f, softmaxPj * f);
    }

    SprintEnergyBreakdown plus(SprintEnergyBreakdown o) {
        return new SprintEnergyBreakdown(mainReadPj + o.mainReadPj, mainWritePj + o.mainWritePj,
                inMemoryPruningPj + o.inMemoryPruningPj, onChipReadPj + o.onChipReadPj, onChipWritePj + o.onChipWritePj,
                qkPj + o.qkPj, vPj + o.vPj, softmaxPj + o.softmaxPj);
    }
}
