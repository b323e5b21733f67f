package dev.accelbench.tools;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import dev.accelbench.kernels.platform.HostInfo;
import dev.accelbench.kernels.platform.KernelSpecies;
import java.io.PrintWriter;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

/**
 * {@code accelbench env}: what this machine offers the kernels, the first thing to check when
 * numbers look wrong (a VM that hides AVX-512, a JVM started without the Vector API module).
 */
@Command(name = "env", mixinStandardHelpOptions = true,
        description = "Show the host as the kernels see it: CPU, SIMD features, cores, JDK, vector width.")
final class EnvCommand implements Callable<Integer> {

    /** The CPU features that decide which code C2 can emit for the kernels. */
    static final List<String> SIMD_FLAGS = List.of("sse4_2", "avx", "avx2", "fma", "f16c", "avx512f", "avx512bw",
            "avx512vl", "avx512_fp16", "avx512_bf16", "avx512_vnni", "avx_vnni", "amx_tile", "amx_bf16", "amx_int8",
            "asimd", "sve", "sve2");

    enum Format { TABLE, JSON }

    @Option(names = "--format", defaultValue = "table", description = "table or json (default: ${DEFAULT-VALUE})")
    Format format;

    @Spec
    CommandSpec spec;

    @Override
    public Integer call() throws Exception {
        HostInfo host = HostInfo.probe();
        Map<String, Object> env = new LinkedHashMap<>();
        env.put("cpu_model", host.cpuModel());
        env.put("simd_flags", SIMD_FLAGS.stream().filter(host.cpuFlags()::contains).toList());
        env.put("cores", host.cores());
        env.put("os", host.os());
        env.put("jdk", host.jdk());
        env.put("vector_bits_preferred", host.vectorBits().isPresent() ? host.vectorBits().getAsInt() : null);
        env.put("vector_bits_kernels", KernelSpecies.FLOAT.vectorBitSize());
        PrintWriter out = spec.commandLine().getOut();
        if (format == Format.JSON) {
            out.println(new ObjectMapper().enable(SerializationFeature.INDENT_OUTPUT).writeValueAsString(env));
        } else {
            env.forEach((key, value) -> out.printf("%-22s %s%n", key, value instanceof List<?> list
                    ? String.join(" ", list.stream().map(Object::toString).toList()) : value));
        }
        out.flush();
        return 0;
    }
}
