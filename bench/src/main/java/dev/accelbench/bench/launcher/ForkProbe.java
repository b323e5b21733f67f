package dev.accelbench.bench.launcher;

import jdk.incubator.vector.FloatVector;

/**
 * Run in a JVM started exactly like a benchmark fork (same {@code java}, same arguments) to learn
 * what the forks will see: the runtime version and the Vector API's preferred width, which flags
 * such as {@code -XX:MaxVectorSize} change. Prints {@code key=value} lines.
 */
public final class ForkProbe {

    private ForkProbe() {
    }

    public static void main(String[] args) {
        System.out.println("vector_bits=" + FloatVector.SPECIES_PREFERRED.vectorBitSize());
        System.out.println("jdk=" + System.getProperty("java.runtime.name") + " "
                + System.getProperty("java.runtime.version"));
    }
}
