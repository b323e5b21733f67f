package dev.accelbench.kernels.platform;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import org.junit.jupiter.api.Test;

class HostInfoTest {

    @Test
    void readsKeyValueLinesOfCpuinfo() {
        List<String> cpuinfo = List.of("processor\t: 0", "model name\t: AMD EPYC 9B45", "flags\t\t: fpu avx512f fma");
        assertEquals("AMD EPYC 9B45", HostInfo.field(cpuinfo, "model name"));
        assertEquals("fpu avx512f fma", HostInfo.field(cpuinfo, "flags"));
        assertEquals("", HostInfo.field(cpuinfo, "bogomips"));
    }

    @Test
    void probeDescribesThisJvm() {
        HostInfo host = HostInfo.probe();
        assertEquals(Runtime.getRuntime().availableProcessors(), host.cores());
        assertTrue(host.jdk().contains(System.getProperty("java.runtime.version")));
        assertFalse(host.cpuModel().isBlank());
        // Surefire starts the test JVM with the incubator module, as every benchmark fork is.
        assertEquals(jdk.incubator.vector.FloatVector.SPECIES_PREFERRED.vectorBitSize(),
                host.vectorBits().orElseThrow());
    }
}
