package dev.accelbench.bench.launcher;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.openjdk.jmh.results.format.ResultFormatType;
import org.openjdk.jmh.runner.options.CommandLineOptions;

class LauncherPiecesTest {

    @Test
    void featureVersionsOfOldAndNewJvms() {
        assertEquals(8, BenchMain.featureVersion("1.8"));
        assertEquals(17, BenchMain.featureVersion("17"));
        assertEquals(25, BenchMain.featureVersion("25"));
        assertEquals(0, BenchMain.featureVersion("unknown"));
    }

    @Test
    void theVectorModuleIsPrependedWhateverTheUserPasses() throws Exception {
        assertEquals(List.of(ForkArguments.VECTOR_MODULE_FLAG, ForkArguments.NATIVE_ACCESS_FLAG, ForkArguments.UNSAFE_FLAG),
                ForkArguments.prepend(new CommandLineOptions()));
        var user = new CommandLineOptions("-jvmArgs", "-Xmx1g", "-jvmArgsPrepend", "-Xss4m", "-jvmArgsAppend", "-Dx=1");
        assertEquals(List.of("-Xss4m", ForkArguments.VECTOR_MODULE_FLAG, ForkArguments.NATIVE_ACCESS_FLAG,
                ForkArguments.UNSAFE_FLAG), ForkArguments.prepend(user));
        assertEquals(List.of("-Xss4m", ForkArguments.VECTOR_MODULE_FLAG, ForkArguments.NATIVE_ACCESS_FLAG,
                ForkArguments.UNSAFE_FLAG, "-Xmx1g", "-Dx=1"),
                ForkArguments.forkCommandLine(user));
    }

    @Test
    void freshNamesNeverReuseAnExistingFile(@TempDir Path dir) throws Exception {
        Path first = ResultTarget.reserveFreshName(dir, "jmh-20260101T000000Z", ".json");
        Path second = ResultTarget.reserveFreshName(dir, "jmh-20260101T000000Z", ".json");
        assertEquals("jmh-20260101T000000Z.json", first.getFileName().toString());
        assertEquals("jmh-20260101T000000Z-2.json", second.getFileName().toString());
        assertTrue(Files.exists(first) && Files.exists(second));
    }

    @Test
    void theUsersResultFileAndFormatAreKept() throws Exception {
        Instant now = Instant.parse("2026-11-23T14:00:00Z");
        ResultTarget csv = ResultTarget.choose(new CommandLineOptions("-rf", "csv"), now);
        assertEquals(Path.of("jmh-result.csv"), csv.file());
        assertEquals(ResultFormatType.CSV, csv.format());
        assertFalse(csv.reserved());
        ResultTarget named = ResultTarget.choose(new CommandLineOptions("-rff", "out/run1.json", "-rf", "json"), now);
        assertEquals(Path.of("out/run1.json"), named.file());
        assertEquals(Path.of("out/run1.env.json"), named.sidecar());
    }
}
