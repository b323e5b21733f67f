package dev.accelbench.kernels.transpose;

import java.util.stream.IntStream;

/** Splits independent units of work into contiguous slices, one per thread, in the common pool. */
final class Parallel {

    /** The work of one slice: units {@code [from, to)}. */
    @FunctionalInterface
    interface Slice {
        void run(int from, int to);
    }

    private Parallel() {
    }

    /** Runs {@code units} units on up to {@code threads} threads; one slice runs on the caller. */
    static void forRange(int units, int threads, Slice slice) {
        int slices = Math.max(1, Math.min(threads, units));
        if (slices == 1) {
            slice.run(0, units);
            return;
        }
        IntStream.range(0, slices).parallel().forEach(t -> slice.run(
                (int) ((long) units * t / slices), (int) ((long) units * (t + 1) / slices)));
    }

    /** Runs task {@code t} for t in {@code [0, tasks)} (tasks that must not be merged into slices). */
    static void forEach(int tasks, java.util.function.IntConsumer task) {
        if (tasks == 1) {
            task.accept(0);
            return;
        }
        IntStream.range(0, tasks).parallel().forEach(task);
    }

    static int gcd(int a, int b) {
        while (b != 0) {
            int t = a % b;
            a = b;
            b = t;
        }
        return a;
    }
}
