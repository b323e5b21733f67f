package dev.accelbench.reports.html;

import dev.accelbench.reports.jmh.RunEnvironment;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.OptionalInt;

/**
 * The facts about a run's environment that a reader needs to trust its numbers, as label/value
 * pairs in a fixed order: CPU, cores, JDK, vector width, git commit, start time, OS, JVM arguments.
 * A missing sidecar or field reads as "unknown" rather than disappearing, so the absence shows.
 */
final class EnvironmentFacts {

    static final String UNKNOWN = "unknown";

    /** One line of the environment box. */
    record Fact(String label, String value) {
    }

    private EnvironmentFacts() {
    }

    static List<Fact> of(ReportRun run) {
        List<Fact> facts = new ArrayList<>();
        facts.add(new Fact("results", run.file().toString()));
        if (run.environment().isEmpty()) {
            facts.add(new Fact("environment", UNKNOWN + ": no sidecar "
                    + dev.accelbench.reports.jmh.RunEnvironmentReader.sidecarOf(run.file()).getFileName()
                    + " beside the results"));
            return facts;
        }
        RunEnvironment env = run.environment().get();
        facts.add(new Fact("CPU", text(env.cpuModel())));
        facts.add(new Fact("cores", number(env.cores(), "")));
        facts.add(new Fact("JDK", text(env.jdk())));
        facts.add(new Fact("vector width", number(env.vectorBits(), " bits")));
        facts.add(new Fact("git commit", text(env.gitCommit())));
        facts.add(new Fact("started (UTC)", text(env.startedUtc())));
        facts.add(new Fact("OS", text(env.os())));
        if (!env.jvmArgs().isEmpty()) {
            facts.add(new Fact("JVM arguments", String.join(" ", env.jvmArgs())));
        }
        if (!env.commandLine().isEmpty()) {
            facts.add(new Fact("JMH arguments", String.join(" ", env.commandLine())));
        }
        return facts;
    }

    private static String text(Optional<String> value) {
        return value.filter(v -> !v.isBlank()).orElse(UNKNOWN);
    }

    private static String number(OptionalInt value, String suffix) {
        return value.isPresent() ? value.getAsInt() + suffix : UNKNOWN;
    }
}
