package dev.accelbench.bench.gemm;

import java.lang.foreign.Arena;
import java.lang.foreign.FunctionDescriptor;
import java.lang.foreign.Linker;
import java.lang.foreign.MemorySegment;
import java.lang.foreign.SymbolLookup;
import java.lang.foreign.ValueLayout;
import java.lang.invoke.MethodHandle;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Optional;

/**
 * OpenBLAS' {@code cblas_sgemm} through the FFM API, the baseline of the FP32 GEMM benchmarks.
 * Java arrays are passed to C directly (critical downcalls with heap access: no copies).
 *
 * <p>OpenBLAS picks its kernel by CPU detection, which can fall back to far slower code on CPUs
 * newer than the library (Debian's 0.3.21 runs SSE3 "Prescott" code on Emerald Rapids); the kernel
 * it chose is {@link #coreName()}, reported with every result. Force the AVX-512 kernel for a fair
 * comparison with {@code OPENBLAS_CORETYPE=SkylakeX} (and OPENBLAS_L2_SIZE unset) for that run.
 */
@SuppressWarnings("restricted") // calling C is the point; forks run with --enable-native-access
public final class OpenBlas {

    /** What to install when the library is missing. */
    public static final String INSTALL_HINT =
            "OpenBLAS not found: install Debian's libopenblas0 (apt-get install libopenblas0-pthread) for the baseline";

    private static final List<String> CANDIDATES = List.of("libopenblas.so.0", "libopenblas.so",
            "/usr/lib/x86_64-linux-gnu/libopenblas.so.0", "/usr/lib/x86_64-linux-gnu/openblas-pthread/libopenblas.so.0",
            "/usr/lib/aarch64-linux-gnu/libopenblas.so.0", "/usr/lib64/libopenblas.so.0", "/opt/homebrew/opt/openblas/lib/libopenblas.dylib");

    private static final int ROW_MAJOR = 101;
    private static final int NO_TRANS = 111;
    private static final int TRANS = 112;

    private final MethodHandle sgemm;
    private final MethodHandle setNumThreads;
    private final MethodHandle getCoreName;

    private OpenBlas(SymbolLookup library) {
        Linker linker = Linker.nativeLinker();
        ValueLayout.OfInt i = ValueLayout.JAVA_INT;
        ValueLayout.OfFloat f = ValueLayout.JAVA_FLOAT;
        sgemm = linker.downcallHandle(library.find("cblas_sgemm").orElseThrow(),
                FunctionDescriptor.ofVoid(i, i, i, i, i, i, f, ValueLayout.ADDRESS, i, ValueLayout.ADDRESS, i, f,
                        ValueLayout.ADDRESS, i),
                Linker.Option.critical(true));
        setNumThreads = linker.downcallHandle(library.find("openblas_set_num_threads").orElseThrow(),
                FunctionDescriptor.ofVoid(i));
        getCoreName = linker.downcallHandle(library.find("openblas_get_corename").orElseThrow(),
                FunctionDescriptor.of(ValueLayout.ADDRESS));
    }

    /** The library, when one of the usual names or paths loads. */
    public static Optional<OpenBlas> load() {
        for (String name : CANDIDATES) {
            if (name.startsWith("/") && !Files.exists(Path.of(name))) {
                continue;
            }
            try {
                return Optional.of(new OpenBlas(SymbolLookup.libraryLookup(name, Arena.global())));
            } catch (IllegalArgumentException | java.util.NoSuchElementException notThere) {
                // try the next name
            }
        }
        return Optional.empty();
    }

    /** Row-major C = alpha op(A) op(B) + beta C on Java arrays. */
    public void sgemm(boolean transA, boolean transB, int m, int n, int k, float alpha, float[] a, int lda, float[] b,
                      int ldb, float beta, float[] c, int ldc) {
        try {
            sgemm.invokeExact(ROW_MAJOR, transA ? TRANS : NO_TRANS, transB ? TRANS : NO_TRANS, m, n, k, alpha,
                    MemorySegment.ofArray(a), lda, MemorySegment.ofArray(b), ldb, beta, MemorySegment.ofArray(c), ldc);
        } catch (Throwable e) {
            throw new IllegalStateException("cblas_sgemm failed", e);
        }
    }

    public void setThreads(int threads) {
        try {
            setNumThreads.invokeExact(threads);
        } catch (Throwable e) {
            throw new IllegalStateException("openblas_set_num_threads failed", e);
        }
    }

    /** The kernel OpenBLAS chose, e.g. "SkylakeX", "Haswell", "Prescott". */
    public String coreName() {
        try {
            MemorySegment name = (MemorySegment) getCoreName.invokeExact();
            return name.reinterpret(64).getString(0);
        } catch (Throwable e) {
            throw new IllegalStateException("openblas_get_corename failed", e);
        }
    }

    /** Whether the kernel uses AVX-512 (the fair baseline on AVX-512 machines). */
    public static boolean isAvx512Kernel(String coreName) {
        String name = coreName.toLowerCase(java.util.Locale.ROOT);
        return name.contains("skylakex") || name.contains("cooperlake") || name.contains("sapphirerapids");
    }
}
