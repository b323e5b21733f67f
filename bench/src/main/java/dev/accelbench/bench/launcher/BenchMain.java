package dev.accelbench.bench.launcher;

import java.lang.reflect.InvocationTargetException;

/**
 * Entry point of {@code benchmarks.jar}. Compiled for Java 8 (see bench/pom.xml) so that on an
 * older default {@code java} it still starts and says which JDK it needs, instead of failing with
 * an {@code UnsupportedClassVersionError}. Everything else runs in {@link SuiteLauncher}.
 */
public final class BenchMain {

    static final int REQUIRED_FEATURE_VERSION = 25;

    private BenchMain() {
    }

    public static void main(String[] args) throws Throwable {
        int feature = featureVersion(System.getProperty("java.specification.version"));
        if (feature < REQUIRED_FEATURE_VERSION) {
            System.err.println("accelbench's benchmarks need Java " + REQUIRED_FEATURE_VERSION + " or newer (the Vector API"
                    + " of jdk.incubator.vector), but this is Java " + System.getProperty("java.version") + " from "
                    + System.getProperty("java.home") + ".");
            System.err.println("Run them with ./accelbench bench, which finds a JDK 25, or with"
                    + " /path/to/jdk-25/bin/java -jar benchmarks.jar.");
            System.err.println("No JDK 25 installed? Install Temurin 25 (Debian/Ubuntu: apt-get install temurin-25-jdk"
                    + " from the Adoptium repository) or any OpenJDK 25 build.");
            System.exit(1);
        }
        // Reflection keeps this class free of references to classes compiled for Java 25.
        try {
            Class.forName("dev.accelbench.bench.launcher.SuiteLauncher")
                    .getMethod("main", String[].class)
                    .invoke(null, (Object) args);
        } catch (InvocationTargetException e) {
            throw e.getCause();
        }
    }

    /** "1.8" -> 8, "17" -> 17, "25" -> 25. */
    static int featureVersion(String specificationVersion) {
        String v = specificationVersion.startsWith("1.") ? specificationVersion.substring(2) : specificationVersion;
        int end = 0;
        while (end < v.length() && Character.isDigit(v.charAt(end))) {
            end++;
        }
        return end == 0 ? 0 : Integer.parseInt(v.substring(0, end));
    }
}
