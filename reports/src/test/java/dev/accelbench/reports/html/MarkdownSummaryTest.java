package dev.accelbench.reports.html;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.Map;
import org.junit.jupiter.api.Test;

class MarkdownSummaryTest {

    @Test
    void oneTablePerClassWithScoresErrorsAndUnits() {
        String md = MarkdownSummary.render(Fixtures.model(Fixtures.realRun()));
        assertTrue(md.startsWith("# accelbench results\n\n## Environment: `"), md);
        assertTrue(md.contains("- CPU: AMD EPYC\n- cores: 2\n- JDK: OpenJDK Runtime Environment 25.0.3+9-LTS\n"
                + "- vector width: 256 bits\n- git commit: ed8b98f0573691011f12c1bc2ad6e1c1d166a4e7-dirty\n"
                + "- started (UTC): 2026-11-23T14:49:16.900263962Z\n"), md);
        assertTrue(md.contains("""
                ## DotBenchmark

                `dev.accelbench.bench.blas.DotBenchmark`

                | method | n | mode | score | bytes | flops |
                | --- | --- | --- | --- | --- | --- |
                | scalar | 4096 | thrpt | 1.795e-04 ± 0.002 ops/ns | 5.883 ± 65 GB/s | 1.471 ± 16 GFLOP/s |
                """), md);
        assertTrue(md.contains("| vector | 4096 | thrpt | 0.002722 ± 0.0093 ops/ns | 89.21 ± 300 GB/s | 22.3 ± 76 GFLOP/s |\n"),
                md);
        assertTrue(md.contains("""
                | method | arrayBytes | to | mode | score | bytes |
                | --- | --- | --- | --- | --- | --- |
                | arraycopy | 65536 | e4m3 | thrpt | 5.488e-04 ± 6.1e-04 ops/ns | 71.93 ± 80 GB/s |
                """), md);
        assertEquals(2, md.split("\n\\| --- ", -1).length - 1, "two tables");
    }

    @Test
    void mergedFilesGetARunColumnAndAnEnvironmentEach() {
        String md = MarkdownSummary.render(Fixtures.model(Fixtures.realRun(), Fixtures.acmeRun()));
        assertTrue(md.contains("## Run 1: `") && md.contains("## Run 2: `"), md);
        assertTrue(md.contains("- CPU: Acme Vector 9000\n"), md);
        assertTrue(md.contains("| run | method | n | dtype | mode | score | flops | cycles | gc.alloc.rate.norm |\n"), md);
        // The second Acme result has no secondary metrics: its cells say so rather than shifting.
        assertTrue(md.contains("| run 2 | vector | 64 | fp8 | thrpt | "), md);
        assertTrue(md.lines().filter(l -> l.startsWith("| run 2 | vector | 64 |"))
                .allMatch(l -> l.endsWith(" | – | – | – |")), md);
    }

    @Test
    void pipesInValuesDoNotBreakTheTable() {
        String md = MarkdownSummary.render(Fixtures.model(Fixtures.synthetic("x.json",
                Fixtures.result("a.B.c", Map.of("shape", "a|b"), 1, Double.NaN, Map.of()))));
        assertTrue(md.contains("| c | a\\|b | thrpt | 1 ops/ns |\n"), md);
        assertTrue(md.contains("- environment: unknown: no sidecar x.env.json beside the results\n"), md);
    }
}
