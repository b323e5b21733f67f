package dev.accelbench.reports.compare;

import dev.accelbench.reports.jmh.ResultSet;
import dev.accelbench.reports.jmh.RunEnvironment;
import dev.accelbench.reports.jmh.RunEnvironmentReader;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.OptionalInt;
import java.util.function.Function;

/**
 * Warnings when two runs' environments differ in what moves the numbers: the CPU model, the JDK,
 * the vector width the kernels used and the number of cores. A timing difference between such
 * runs may come from the machine rather than the code, and accuracy figures change with vector
 * width and CPU, so the comparison still runs but says so. A run without a sidecar has an unknown
 * environment, which is also worth a warning.
 */
public final class EnvironmentCheck {

    private EnvironmentCheck() {
    }

    public static List<String> warnings(ResultSet baseline, ResultSet candidate) {
        List<String> warnings = new ArrayList<>();
        for (ResultSet run : List.of(baseline, candidate)) {
            if (run.environment().isEmpty()) {
                warnings.add("no environment sidecar for the " + (run == baseline ? "baseline" : "candidate") + " ("
                        + RunEnvironmentReader.sidecarOf(run.file()) + " is missing): environment unknown, so the"
                        + " comparison cannot check that the two runs are comparable");
            }
        }
        if (baseline.environment().isEmpty() || candidate.environment().isEmpty()) {
            return warnings;
        }
        RunEnvironment base = baseline.environment().get();
        RunEnvironment cand = candidate.environment().get();
        differs(warnings, "CPU model (cpu_model)", base, cand, RunEnvironment::cpuModel);
        differs(warnings, "JDK (jdk)", base, cand, RunEnvironment::jdk);
        differs(warnings, "vector width (vector_bits)", base, cand, env -> boxed(env.vectorBits()));
        differs(warnings, "core count (cores)", base, cand, env -> boxed(env.cores()));
        return warnings;
    }

    /**
     * Whether both runs have a sidecar and agree on what changes accuracy figures: the CPU model,
     * the JDK and the vector width. Only then are accuracy metrics compared.
     */
    public static boolean sameForAccuracy(ResultSet baseline, ResultSet candidate) {
        if (baseline.environment().isEmpty() || candidate.environment().isEmpty()) {
            return false;
        }
        RunEnvironment base = baseline.environment().get();
        RunEnvironment cand = candidate.environment().get();
        return base.cpuModel().equals(cand.cpuModel()) && base.jdk().equals(cand.jdk())
                && base.vectorBits().equals(cand.vectorBits());
    }

    private static void differs(List<String> warnings, String what, RunEnvironment base, RunEnvironment cand,
                                Function<RunEnvironment, Optional<?>> field) {
        Optional<?> b = field.apply(base);
        Optional<?> c = field.apply(cand);
        if (b.isPresent() && c.isPresent() && !b.get().equals(c.get())) {
            warnings.add("environments differ: " + what + " is " + b.get() + " in the baseline and " + c.get()
                    + " in the candidate; timings and accuracy figures may differ for that reason alone");
        }
    }

    private static Optional<Integer> boxed(OptionalInt value) {
        return value.isPresent() ? Optional.of(value.getAsInt()) : Optional.empty();
    }
}
