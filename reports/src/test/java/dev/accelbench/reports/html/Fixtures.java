package dev.accelbench.reports.html;

import dev.accelbench.reports.jmh.JmhResult;
import dev.accelbench.reports.jmh.Metric;
import dev.accelbench.reports.jmh.Mode;
import dev.accelbench.reports.jmh.ResultSet;
import java.net.URISyntaxException;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/** Test data: committed result files and results built in code. */
final class Fixtures {

    private Fixtures() {
    }

    static Path resource(String name) {
        try {
            return Path.of(Fixtures.class.getResource("/" + name).toURI());
        } catch (URISyntaxException e) {
            throw new IllegalStateException(e);
        }
    }

    /**
     * Six results of a real short run (1 fork, 3 iterations) on a 2-core AMD EPYC:
     * DotBenchmark scalar and vector at n = 4096 and 1M, QuantizeBenchmark arraycopy and quantize
     * at 64 KiB.
     */
    static ResultSet realRun() {
        return ResultSet.read(resource("report/dot-quantize.json"));
    }

    /** Two results of another project's DotBenchmark, with a sidecar of an "Acme Vector 9000". */
    static ResultSet acmeRun() {
        return ResultSet.read(resource("jmh/thrpt-params.json"));
    }

    static ReportModel model(ResultSet... sets) {
        return ReportModel.of(List.of(sets));
    }

    /** A throughput result built in code, without a sidecar. */
    static JmhResult result(String benchmark, Map<String, String> params, double score, double error,
                            Map<String, Metric> secondary) {
        return new JmhResult(benchmark, Mode.THROUGHPUT, params, 1, 1, List.of(),
                metric(score, error, "ops/ns"), secondary);
    }

    static Metric metric(double score, double error, String unit) {
        return new Metric(score, error, unit, List.of(List.of(score, score)), List.of());
    }

    static ResultSet synthetic(String file, JmhResult... results) {
        return new ResultSet(Path.of(file), List.of(results), Optional.empty());
    }
}
