package dev.accelbench.reports.jmh;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.net.URISyntaxException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class JmhResultReaderTest {

    @TempDir
    Path dir;

    static Path fixture(String name) {
        try {
            return Path.of(JmhResultReaderTest.class.getResource("/jmh/" + name).toURI());
        } catch (URISyntaxException e) {
            throw new IllegalStateException(e);
        }
    }

    @Test
    void readsThroughputEntriesWithParamsForksAndSecondaryMetrics() {
        List<JmhResult> results = JmhResultReader.read(fixture("thrpt-params.json"));
        assertEquals(2, results.size());
        JmhResult dot = results.get(0);
        assertEquals("dev.acme.bench.DotBenchmark.vector", dot.benchmark());
        assertEquals(Mode.THROUGHPUT, dot.mode());
        assertEquals(Map.of("n", "4096", "dtype", "fp8"), dot.params());
        assertEquals("n=4096, dtype=fp8", dot.paramsText());
        assertEquals(3, dot.forks());
        assertEquals(1, dot.threads());
        assertEquals(List.of("--add-modules=jdk.incubator.vector", "-Xmx1g"), dot.jvmArgs());
        Metric primary = dot.primary();
        assertEquals(2.0, primary.score());
        assertEquals(0.1, primary.scoreError());
        assertEquals("ops/us", primary.unit());
        assertEquals(List.of(List.of(1.8, 2.2), List.of(1.9, 2.1), List.of(2.0, 2.0)), primary.rawData());
        assertEquals(3, primary.forkCount());
        assertEquals(6, primary.iterationCount());
        assertEquals(List.of("flops", "cycles", "gc.alloc.rate.norm"), List.copyOf(dot.secondary().keySet()));
        Metric flops = dot.secondary().get("flops");
        assertTrue(Double.isNaN(flops.scoreError()), "JMH's \"NaN\" string reads as NaN");
        assertEquals(List.of(15.0, 17.0), flops.rawData().get(0));
        assertEquals("cycles/op", dot.secondary().get("cycles").unit());

        JmhResult small = results.get(1);
        assertEquals(2, small.threads());
        assertTrue(Double.isNaN(small.primary().score()));
        assertTrue(Double.isNaN(small.primary().rawData().get(0).get(0)));
        assertTrue(small.secondary().isEmpty());
    }

    @Test
    void readsSampleModeHistogramsAsIterationMeans() {
        JmhResult sample = JmhResultReader.read(fixture("sample-no-params.json")).get(0);
        assertEquals(Mode.SAMPLE_TIME, sample.mode());
        assertTrue(sample.params().isEmpty());
        assertEquals("", sample.paramsText());
        Metric primary = sample.primary();
        assertTrue(primary.rawData().isEmpty());
        assertEquals(2, primary.rawDataHistogram().size());
        assertEquals(List.of(new HistogramBin(10.0, 3), new HistogramBin(20.0, 1)),
                primary.rawDataHistogram().get(0).get(0));
        // (3 * 10 + 20) / 4, 10; (2 * 12 + 2 * 14) / 4, 11
        assertEquals(List.of(List.of(12.5, 10.0), List.of(13.0, 11.0)), primary.iterationValues());
        assertEquals(List.of(List.of(0.0, 0.0), List.of(0.0, 0.0)), sample.secondary().get("·gc.count").rawData());
    }

    @Test
    void readsAverageAndSingleShotTimeWithDefaultsForAbsentFields() {
        List<JmhResult> results = JmhResultReader.read(fixture("sample-no-params.json"));
        JmhResult avgt = results.get(1);
        assertEquals(Mode.AVERAGE_TIME, avgt.mode());
        assertEquals(1, avgt.forks());
        assertEquals(1, avgt.threads());
        assertTrue(avgt.jvmArgs().isEmpty());
        assertTrue(avgt.secondary().isEmpty());
        assertEquals(List.of(List.of(11.0, 11.5, 10.5)), avgt.primary().iterationValues());
        assertEquals(Mode.SINGLE_SHOT_TIME, results.get(2).mode());
        assertEquals(3.0e7, results.get(2).primary().score());
    }

    @Test
    void anEmptyArrayIsAValidRunWithoutBenchmarks() {
        assertEquals(List.of(), JmhResultReader.read(fixture("no-benchmarks.json")));
    }

    @Test
    void truncatedJsonNamesTheFileAndWhereItEnds() {
        Path file = fixture("truncated.json");
        ResultFileException e = assertThrows(ResultFileException.class, () -> JmhResultReader.read(file));
        assertTrue(e.getMessage().startsWith(file + ": truncated JSON (JMH results): unexpected end of input at line "),
                e.getMessage());
        assertEquals(file, e.file());
    }

    @Test
    void malformedJsonNamesTheFileAndThePosition() {
        Path file = fixture("malformed.json");
        ResultFileException e = assertThrows(ResultFileException.class, () -> JmhResultReader.read(file));
        assertTrue(e.getMessage().startsWith(file + ": malformed JSON (JMH results): "), e.getMessage());
        assertTrue(e.getMessage().contains("at line 1, column"), e.getMessage());
        assertEquals(1, e.getMessage().lines().count(), "one line for a command line to print");
    }

    @Test
    void aTopLevelObjectIsNotJmhResults() {
        Path file = fixture("not-an-array.json");
        ResultFileException e = assertThrows(ResultFileException.class, () -> JmhResultReader.read(file));
        assertEquals(file + ": not JMH results: expected a JSON array at the top level, found an object",
                e.getMessage());
    }

    @Test
    void emptyAndMissingFilesAreClearErrors() {
        Path empty = fixture("empty.json");
        assertEquals(empty + ": empty file, expected JMH results",
                assertThrows(ResultFileException.class, () -> JmhResultReader.read(empty)).getMessage());
        Path missing = dir.resolve("nope.json");
        assertEquals(missing + ": no such file",
                assertThrows(ResultFileException.class, () -> JmhResultReader.read(missing)).getMessage());
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', textBlock = """
            entry not an object | [ 3 ] | entry 0: is a number, expected an object
            no benchmark | [ { "mode" : "thrpt" } ] | entry 0: benchmark is missing
            no mode | [ { "benchmark" : "a.B.c" } ] | entry 0 (a.B.c): mode is missing
            unknown mode | [ { "benchmark" : "a.B.c", "mode" : "fast" } ] | entry 0 (a.B.c): unknown mode "fast" (expected thrpt, avgt, sample or ss)
            no primary metric | [ { "benchmark" : "a.B.c", "mode" : "thrpt" } ] | entry 0 (a.B.c): primaryMetric is missing
            no unit | [ { "benchmark" : "a.B.c", "mode" : "thrpt", "primaryMetric" : { "score" : 1, "rawData" : [[1]] } } ] | entry 0 (a.B.c): primaryMetric.scoreUnit is missing
            score a word | [ { "benchmark" : "a.B.c", "mode" : "thrpt", "primaryMetric" : { "score" : "fast", "scoreUnit" : "ops/s", "rawData" : [[1]] } } ] | entry 0 (a.B.c): primaryMetric.score is not a number
            no raw data | [ { "benchmark" : "a.B.c", "mode" : "thrpt", "primaryMetric" : { "score" : 1, "scoreUnit" : "ops/s" } } ] | entry 0 (a.B.c): primaryMetric.rawData is missing: the comparison needs every iteration's score
            flat raw data | [ { "benchmark" : "a.B.c", "mode" : "thrpt", "primaryMetric" : { "score" : 1, "scoreUnit" : "ops/s", "rawData" : [1, 2] } } ] | entry 0 (a.B.c): primaryMetric.rawData[0] is a number, expected an array of iterations
            word in raw data | [ { "benchmark" : "a.B.c", "mode" : "thrpt", "primaryMetric" : { "score" : 1, "scoreUnit" : "ops/s", "rawData" : [[1, "x"]] } } ] | entry 0 (a.B.c): primaryMetric.rawData[0][1] is not a number
            empty raw data | [ { "benchmark" : "a.B.c", "mode" : "thrpt", "primaryMetric" : { "score" : 1, "scoreUnit" : "ops/s", "rawData" : [] } } ] | entry 0 (a.B.c): primaryMetric.rawData is empty: no measurement iterations
            empty fork | [ { "benchmark" : "a.B.c", "mode" : "avgt", "primaryMetric" : { "score" : 1, "scoreUnit" : "ns/op", "rawData" : [[1], []] } } ] | entry 0 (a.B.c): primaryMetric.rawData[1] is empty: no measurement iterations
            sample without histogram | [ { "benchmark" : "a.B.c", "mode" : "sample", "primaryMetric" : { "score" : 1, "scoreUnit" : "ns/op" } } ] | entry 0 (a.B.c): primaryMetric.rawDataHistogram is missing: the comparison needs every iteration's score
            bad histogram bin | [ { "benchmark" : "a.B.c", "mode" : "sample", "primaryMetric" : { "score" : 1, "scoreUnit" : "ns/op", "rawDataHistogram" : [[[[1, 2], [3]]]] } } ] | entry 0 (a.B.c): primaryMetric.rawDataHistogram[0][0][1] is an array, expected a [value, count] pair
            params not an object | [ { "benchmark" : "a.B.c", "mode" : "thrpt", "params" : [1] } ] | entry 0 (a.B.c): params is an array, expected an object
            bad secondary | [ { "benchmark" : "a.B.c", "mode" : "thrpt", "primaryMetric" : { "score" : 1, "scoreUnit" : "ops/s", "rawData" : [[1]] }, "secondaryMetrics" : { "flops" : { "score" : 1, "scoreUnit" : "ops/s", "rawData" : [["x"]] } } } ] | entry 0 (a.B.c): secondaryMetrics.flops.rawData[0][0] is not a number
            negative forks | [ { "benchmark" : "a.B.c", "mode" : "thrpt", "forks" : -1 } ] | entry 0 (a.B.c): forks is not a non-negative integer
            """)
    void wrongShapesNameTheEntryAndTheField(String name, String json, String problem) throws IOException {
        Path file = Files.writeString(dir.resolve("x.json"), json);
        ResultFileException e = assertThrows(ResultFileException.class, () -> JmhResultReader.read(file));
        assertEquals(file + ": not JMH results: " + problem, e.getMessage());
    }

    @Test
    void secondaryMetricsWithoutRawDataAreKept() throws IOException {
        Path file = Files.writeString(dir.resolve("x.json"), """
                [ { "benchmark" : "a.B.c", "mode" : "thrpt",
                    "primaryMetric" : { "score" : 1, "scoreUnit" : "ops/s", "rawData" : [[1]] },
                    "secondaryMetrics" : { "flops" : { "score" : 4, "scoreUnit" : "ops/s" } } } ]
                """);
        Metric flops = JmhResultReader.read(file).get(0).secondary().get("flops");
        assertEquals(4.0, flops.score());
        assertTrue(flops.rawData().isEmpty());
        assertEquals(0, flops.iterationCount());
    }
}
