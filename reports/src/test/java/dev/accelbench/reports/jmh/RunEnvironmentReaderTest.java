package dev.accelbench.reports.jmh;

import static dev.accelbench.reports.jmh.JmhResultReaderTest.fixture;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.util.List;
import java.util.Optional;
import java.util.OptionalInt;
import org.junit.jupiter.api.Test;

class RunEnvironmentReaderTest {

    @Test
    void theSidecarSitsBesideTheResults() {
        assertEquals(Path.of("results/jmh-1.env.json"), RunEnvironmentReader.sidecarOf(Path.of("results/jmh-1.json")));
        assertEquals(Path.of("out/run.env.json"), RunEnvironmentReader.sidecarOf(Path.of("out/run")));
    }

    @Test
    void readsEveryKeyTheLauncherWrites() {
        RunEnvironment env = RunEnvironmentReader.readBeside(fixture("thrpt-params.json")).orElseThrow();
        assertEquals(Optional.of("Acme Vector 9000"), env.cpuModel());
        assertEquals(List.of("sse4_2", "avx2", "fma"), env.cpuFlags());
        assertEquals(OptionalInt.of(8), env.cores());
        assertEquals(Optional.of("Linux 6.1 amd64"), env.os());
        assertEquals(Optional.of("OpenJDK Runtime Environment 25.0.3+9-LTS"), env.jdk());
        assertEquals(OptionalInt.of(256), env.vectorBits());
        assertEquals(Optional.of("0123456789abcdef0123456789abcdef01234567-dirty"), env.gitCommit());
        assertEquals(Optional.of("2026-11-23T14:17:11.583912329Z"), env.startedUtc());
        assertEquals(List.of("--add-modules=jdk.incubator.vector"), env.jvmArgs());
        assertEquals(List.of("-f", "3"), env.commandLine());
    }

    @Test
    void missingSidecarIsAnUnknownEnvironment() {
        assertTrue(RunEnvironmentReader.readBeside(fixture("sample-no-params.json")).isEmpty());
        ResultSet run = ResultSet.read(fixture("sample-no-params.json"));
        assertTrue(run.environment().isEmpty());
        assertEquals(3, run.results().size());
    }

    @Test
    void nullAndAbsentKeysAreUnknown() {
        RunEnvironment env = RunEnvironmentReader.readBeside(fixture("null-vector-bits.json")).orElseThrow();
        assertEquals(OptionalInt.empty(), env.vectorBits());
        assertEquals(Optional.empty(), env.gitCommit());
        assertEquals(List.of(), env.cpuFlags());
        assertEquals(OptionalInt.of(2), env.cores());
    }

    @Test
    void aMalformedSidecarIsAnErrorNamingIt() {
        Path results = fixture("bad-sidecar/run.json");
        ResultFileException e = assertThrows(ResultFileException.class, () -> ResultSet.read(results));
        assertEquals(RunEnvironmentReader.sidecarOf(results)
                + ": not an environment sidecar: expected a JSON object at the top level, found an array", e.getMessage());
    }
}
