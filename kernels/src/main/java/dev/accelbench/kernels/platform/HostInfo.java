package dev.accelbench.kernels.platform;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.List;
import java.util.OptionalInt;

/**
 * What the host is, as far as a benchmark result depends on it: CPU model and flags (AVX-512,
 * FMA, AMX decide which code paths the JIT can use), core count, OS, JDK and the Vector API's
 * preferred width.
 *
 * @param cpuModel   the CPU's model name from {@code /proc/cpuinfo}, or {@code os.arch} elsewhere
 * @param cpuFlags   the CPU's feature flags from {@code /proc/cpuinfo} (empty where unknown)
 * @param cores      processors available to this JVM
 * @param os         operating system name, version and architecture
 * @param jdk        runtime name and version
 * @param vectorBits {@code FloatVector.SPECIES_PREFERRED}'s width in bits; empty when this JVM
 *                   was started without {@code jdk.incubator.vector}
 */
public record HostInfo(String cpuModel, List<String> cpuFlags, int cores, String os, String jdk,
                       OptionalInt vectorBits) {

    private static final Path CPUINFO = Path.of("/proc/cpuinfo");

    public HostInfo {
        cpuFlags = List.copyOf(cpuFlags);
    }

    /** Reads the host this JVM runs on. */
    public static HostInfo probe() {
        List<String> cpuinfo = readLines(CPUINFO);
        String model = field(cpuinfo, "model name");
        String flags = field(cpuinfo, "flags");
        return new HostInfo(
                model.isEmpty() ? System.getProperty("os.arch") : model,
                flags.isEmpty() ? List.of() : Arrays.asList(flags.split("\\s+")),
                Runtime.getRuntime().availableProcessors(),
                System.getProperty("os.name") + " " + System.getProperty("os.version") + " "
                        + System.getProperty("os.arch"),
                System.getProperty("java.runtime.name") + " " + System.getProperty("java.runtime.version"),
                VectorWidth.preferredBits());
    }

    /** The value of the first {@code key : value} line, or "" when there is none. */
    static String field(List<String> cpuinfo, String key) {
        for (String line : cpuinfo) {
            int colon = line.indexOf(':');
            if (colon > 0 && line.substring(0, colon).trim().equals(key)) {
                return line.substring(colon + 1).trim();
            }
        }
        return "";
    }

    private static List<String> readLines(Path file) {
        try {
            return Files.isReadable(file) ? Files.readAllLines(file) : List.of();
        } catch (IOException e) {
            return List.of();
        }
    }
}
