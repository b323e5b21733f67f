package dev.accelbench.bench.launcher;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import dev.accelbench.bench.gemm.OpenBlas;
import dev.accelbench.kernels.platform.HostInfo;
import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.TimeUnit;

/**
 * The environment of a run, written as {@code NAME.env.json} beside the results {@code NAME.json}
 * so that reports and comparisons can tell whether two runs are comparable.
 *
 * <p>Keys: {@code cpu_model}, {@code cpu_flags}, {@code cores}, {@code os}, {@code jdk} and
 * {@code vector_bits} (both as the benchmark forks see them, probed by starting one JVM exactly as
 * a fork is started), {@code git_commit} (the checkout holding benchmarks.jar, with "-dirty" when
 * tracked files changed; absent outside a git checkout), {@code started_utc}, {@code jvm_args},
 * {@code command_line}, and where OpenBLAS loads the kernel it chose ({@code openblas_core}) and any
 * {@code OPENBLAS_CORETYPE} that forced it.
 */
final class EnvironmentSidecar {

    private static final long PROBE_TIMEOUT_SECONDS = 60;

    private EnvironmentSidecar() {
    }

    static Map<String, Object> describe(Instant started, String forkJvm, List<String> forkArgs, String[] commandLine) {
        HostInfo host = HostInfo.probe();
        Map<String, String> fork = probeFork(forkJvm, forkArgs);
        Map<String, Object> env = new LinkedHashMap<>();
        env.put("cpu_model", host.cpuModel());
        env.put("cpu_flags", host.cpuFlags());
        env.put("cores", host.cores());
        env.put("os", host.os());
        env.put("jdk", fork.getOrDefault("jdk", host.jdk()));
        env.put("vector_bits", fork.containsKey("vector_bits") ? Integer.valueOf(fork.get("vector_bits")) : null);
        gitCommit().ifPresent(commit -> env.put("git_commit", commit));
        env.put("started_utc", started.toString());
        // The OpenBLAS baseline's speed depends on the kernel its CPU detection chose.
        OpenBlas.load().ifPresent(blas -> env.put("openblas_core", blas.coreName()));
        String coreType = System.getenv("OPENBLAS_CORETYPE");
        if (coreType != null) {
            env.put("openblas_coretype_env", coreType);
        }
        env.put("jvm_args", forkArgs);
        env.put("command_line", List.of(commandLine));
        return env;
    }

    /** Writes through a temporary file and a move, so a reader never sees half a file. */
    static void write(Path target, Map<String, Object> env) throws IOException {
        Path parent = target.toAbsolutePath().getParent();
        Files.createDirectories(parent);
        // Not Files.createTempFile: its owner-only permissions would stick to the result.
        Path tmp = parent.resolve("." + target.getFileName() + "." + ProcessHandle.current().pid() + ".tmp");
        try {
            new ObjectMapper().enable(SerializationFeature.INDENT_OUTPUT).writeValue(tmp.toFile(), env);
            Files.move(tmp, target, StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.ATOMIC_MOVE);
        } finally {
            Files.deleteIfExists(tmp);
        }
    }

    private static Map<String, String> probeFork(String jvm, List<String> forkArgs) {
        List<String> command = new ArrayList<>();
        command.add(jvm);
        command.addAll(forkArgs);
        command.add("-cp");
        command.add(System.getProperty("java.class.path"));
        command.add(ForkProbe.class.getName());
        Map<String, String> values = new LinkedHashMap<>();
        for (String line : run(command)) {
            int eq = line.indexOf('=');
            if (eq > 0) {
                values.put(line.substring(0, eq), line.substring(eq + 1));
            }
        }
        return values;
    }

    private static Optional<String> gitCommit() {
        Path jarDirectory = Path.of(System.getProperty("java.class.path").split(java.io.File.pathSeparator)[0])
                .toAbsolutePath().getParent();
        List<String> head = run(List.of("git", "-C", jarDirectory.toString(), "rev-parse", "HEAD"));
        if (head.size() != 1 || !head.get(0).matches("[0-9a-f]{40}")) {
            return Optional.empty();
        }
        List<String> changes = run(List.of("git", "-C", jarDirectory.toString(), "status", "--porcelain",
                "--untracked-files=no"));
        return Optional.of(head.get(0) + (changes.isEmpty() ? "" : "-dirty"));
    }

    /** Standard output of a command, or nothing when it cannot run, fails or hangs. */
    private static List<String> run(List<String> command) {
        try {
            Process process = new ProcessBuilder(command).redirectError(ProcessBuilder.Redirect.DISCARD).start();
            List<String> lines = new ArrayList<>();
            try (BufferedReader out = new BufferedReader(
                    new InputStreamReader(process.getInputStream(), StandardCharsets.UTF_8))) {
                for (String line; (line = out.readLine()) != null; ) {
                    lines.add(line.trim());
                }
            }
            if (!process.waitFor(PROBE_TIMEOUT_SECONDS, TimeUnit.SECONDS)) {
                process.destroyForcibly();
                return List.of();
            }
            return process.exitValue() == 0 ? lines : List.of();
        } catch (IOException e) {
            return List.of();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return List.of();
        }
    }
}
