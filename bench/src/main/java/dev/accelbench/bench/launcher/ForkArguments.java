package dev.accelbench.bench.launcher;

import java.lang.management.ManagementFactory;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import org.openjdk.jmh.runner.options.Options;

/**
 * The JVM arguments of the benchmark forks.
 *
 * <p>JMH builds a fork's command line from three lists: prepend, main and append. A command-line
 * {@code -jvmArgs}, {@code -jvmArgsPrepend} or {@code -jvmArgsAppend} replaces the matching
 * {@code @Fork} annotation value, so an annotation cannot guarantee the incubator module. The suite
 * therefore never uses {@code @Fork(jvmArgsPrepend)} (a test checks it) and always sets the prepend
 * list itself: the user's prepend arguments followed by {@code --add-modules=jdk.incubator.vector}
 * and {@code --enable-native-access=ALL-UNNAMED} (FFM baselines), {@code --sun-misc-unsafe-memory-access=allow}
 * (JMH's own use of Unsafe).
 */
final class ForkArguments {

    static final String VECTOR_MODULE_FLAG = "--add-modules=jdk.incubator.vector";
    /** The OpenBLAS baseline calls C through FFM; without this JDK 25 warns on every fork. */
    static final String NATIVE_ACCESS_FLAG = "--enable-native-access=ALL-UNNAMED";
    /** JMH itself uses sun.misc.Unsafe, which JDK 25 warns about in every fork. */
    static final String UNSAFE_FLAG = "--sun-misc-unsafe-memory-access=allow";

    private ForkArguments() {
    }

    /** The prepend list to hand to JMH: the user's, plus the incubator module. */
    static List<String> prepend(Options user) {
        List<String> prepend = new ArrayList<>(user.getJvmArgsPrepend().orElse(List.of()));
        prepend.add(VECTOR_MODULE_FLAG);
        prepend.add(NATIVE_ACCESS_FLAG);
        prepend.add(UNSAFE_FLAG);
        return prepend;
    }

    /**
     * The whole argument list a fork gets when no annotation overrides it, as JMH assembles it:
     * prepend, then {@code -jvmArgs} (default: this JVM's own arguments), then append.
     */
    static List<String> forkCommandLine(Options user) {
        List<String> all = new ArrayList<>(prepend(user));
        Collection<String> main = user.getJvmArgs().orElse(null);
        all.addAll(main != null ? main : ManagementFactory.getRuntimeMXBean().getInputArguments());
        all.addAll(user.getJvmArgsAppend().orElse(List.of()));
        return all;
    }
}
