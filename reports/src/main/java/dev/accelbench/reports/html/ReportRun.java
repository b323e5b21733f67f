package dev.accelbench.reports.html;

import dev.accelbench.reports.jmh.RunEnvironment;
import java.nio.file.Path;
import java.util.Optional;

/**
 * One results file of a report and its environment.
 *
 * @param number      1-based position on the command line; tables and charts call it "run N"
 * @param file        the JMH JSON file
 * @param environment its sidecar, empty when there was none
 */
public record ReportRun(int number, Path file, Optional<RunEnvironment> environment) {

    public String label() {
        return "run " + number;
    }

    /**
     * What identifies the host for the roofline: runs on the same CPU model and core count share
     * one; a run without a sidecar is a host of its own, since nothing says where it ran.
     */
    public String hostKey() {
        return environment.flatMap(RunEnvironment::cpuModel)
                .map(cpu -> cpu + " / " + environment.get().cores().stream().mapToObj(Integer::toString)
                        .findFirst().orElse("?") + " cores")
                .orElse("unknown host of " + label());
    }
}
