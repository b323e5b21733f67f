package dev.accelbench.bench.launcher;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class SuiteLauncherTest {

    private final ByteArrayOutputStream out = new ByteArrayOutputStream();
    private final ByteArrayOutputStream err = new ByteArrayOutputStream();

    static {
        // JMH allows one run per machine through /tmp/jmh.lock; a benchmark someone runs meanwhile must not fail the tests.
        System.setProperty("jmh.ignoreLock", "true");
    }

    private int launch(String... args) {
        return SuiteLauncher.run(args, new PrintStream(out, true, StandardCharsets.UTF_8),
                new PrintStream(err, true, StandardCharsets.UTF_8));
    }

    @Test
    void badOptionsFailWithAMessage() {
        assertEquals(1, launch("-f", "many"));
        assertTrue(err.toString(StandardCharsets.UTF_8).contains("Run with -h"), err.toString(StandardCharsets.UTF_8));
    }

    @Test
    void unknownBenchmarksFailWithAMessage() {
        assertEquals(1, launch("NoSuchBenchmark"));
        assertTrue(err.toString(StandardCharsets.UTF_8).contains("no benchmark matches"));
    }

    /**
     * A real, tiny run in a forked JVM: the fork can only load the Vector API kernel if the
     * launcher gave it the incubator module, although -jvmArgsAppend replaced the annotation's
     * arguments. The results and the environment sidecar must be written.
     */
    @Test
    void aRealRunWritesResultsAndTheEnvironment(@TempDir Path dir) throws Exception {
        Path results = dir.resolve("run.json");
        int status = launch("DotBenchmark.vector", "-p", "n=64", "-f", "1", "-wi", "0", "-i", "1", "-r", "200ms",
                "-jvmArgsAppend", "-Xmx256m", "-rf", "json", "-rff", results.toString());
        assertEquals(0, status, err.toString(StandardCharsets.UTF_8));
        ObjectMapper json = new ObjectMapper();
        JsonNode run = json.readTree(results.toFile());
        assertEquals(1, run.size());
        assertTrue(run.get(0).get("jvmArgs").toString().contains(ForkArguments.VECTOR_MODULE_FLAG));
        assertTrue(run.get(0).get("secondaryMetrics").get("flops").get("score").asDouble() > 0);
        JsonNode env = json.readTree(dir.resolve("run.env.json").toFile());
        for (String key : new String[] {"cpu_model", "cpu_flags", "cores", "os", "jdk", "vector_bits", "started_utc"}) {
            assertTrue(env.hasNonNull(key), "sidecar lacks " + key + ": " + env);
        }
        assertTrue(env.get("vector_bits").asInt() >= 64);
    }
}
