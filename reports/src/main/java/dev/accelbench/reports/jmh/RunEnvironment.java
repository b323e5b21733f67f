package dev.accelbench.reports.jmh;

import java.util.List;
import java.util.Optional;
import java.util.OptionalInt;

/**
 * The environment sidecar {@code NAME.env.json} that the accelbench launcher writes beside the
 * results {@code NAME.json}. Every field is optional: a sidecar from another tool, or one whose
 * probe failed ({@code vector_bits: null}), still reads, with the missing facts unknown.
 */
public record RunEnvironment(Optional<String> cpuModel, List<String> cpuFlags, OptionalInt cores,
                             Optional<String> os, Optional<String> jdk, OptionalInt vectorBits,
                             Optional<String> gitCommit, Optional<String> startedUtc, List<String> jvmArgs,
                             List<String> commandLine) {

    public RunEnvironment {
        cpuFlags = List.copyOf(cpuFlags);
        jvmArgs = List.copyOf(jvmArgs);
        commandLine = List.copyOf(commandLine);
    }
}
