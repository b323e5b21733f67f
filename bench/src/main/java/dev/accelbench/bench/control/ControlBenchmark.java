package dev.accelbench.bench.control;

import dev.accelbench.bench.support.Elements;
import dev.accelbench.bench.support.SuiteDefaults;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.infra.Blackhole;

/**
 * A control for the regression gate: a fixed amount of CPU work (JMH's {@code Blackhole.consumeCPU},
 * which the JIT cannot remove) whose cost can be raised from outside without changing the
 * benchmark's name or parameters, so that {@code accelbench compare} sees "the same benchmark,
 * slower". It exists to show that the gate flags a real slowdown and stays quiet on noise:
 *
 * <pre>
 * ./accelbench bench ControlBenchmark -f 3 -rf json -rff base.json
 * ./accelbench bench ControlBenchmark -f 3 -rf json -rff same.json
 * ./accelbench bench ControlBenchmark -f 3 -jvmArgsAppend -Daccelbench.control.extraTokens=256 -rf json -rff slow.json
 * ./accelbench compare base.json same.json   # exit 0: unchanged or inconclusive
 * ./accelbench compare base.json slow.json   # exit 1: about 25% slower
 * </pre>
 *
 * The injected work comes from a system property rather than a {@code @Param} because the
 * comparison matches benchmarks by name and parameters.
 */
@State(Scope.Thread)
public class ControlBenchmark extends SuiteDefaults {

    /** Work units of one operation without injection. */
    static final int TOKENS = 1024;
    /** Extra work units, injected by {@code -Daccelbench.control.extraTokens=N} in the forks. */
    static final String EXTRA_TOKENS = "accelbench.control.extraTokens";

    private long tokens;

    @Setup
    public void setUp() {
        long extra = Long.getLong(EXTRA_TOKENS, 0);
        if (extra < 0) {
            throw new IllegalArgumentException(EXTRA_TOKENS + " must be >= 0, got " + extra);
        }
        tokens = TOKENS + extra;
    }

    /** {@code ·elements}: work units per ns. */
    @Benchmark
    public void consumeCpu(Elements elements) {
        elements.elements += TOKENS;
        Blackhole.consumeCPU(tokens);
    }
}
