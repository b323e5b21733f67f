package dev.accelbench.bench.support;

import java.util.concurrent.TimeUnit;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Fork;
import org.openjdk.jmh.annotations.Measurement;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Warmup;

/**
 * The suite's defaults, inherited by every benchmark class (JMH reads these annotations from
 * superclasses): one fork, three 1-second warm-up and five 1-second measurement iterations,
 * throughput per nanosecond. Short enough that the whole suite finishes in minutes on two cores;
 * override on the command line ({@code -f 3 -wi 5 -i 10}) for publication-quality numbers.
 *
 * <p>Throughput per nanosecond makes the work counters ({@link Flops}, {@link Bytes}) read directly
 * in the domain's units: flops/ns = GFLOP/s, bytes/ns = GB/s.
 */
@Fork(1)
@Warmup(iterations = 3, time = 1)
@Measurement(iterations = 5, time = 1)
@BenchmarkMode(Mode.Throughput)
@OutputTimeUnit(TimeUnit.NANOSECONDS)
public abstract class SuiteDefaults {
}
