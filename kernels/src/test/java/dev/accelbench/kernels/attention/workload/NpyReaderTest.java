package dev.accelbench.kernels.attention.workload;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.net.URISyntaxException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Files written by numpy 2.4 (np.save), and malformed ones. */
class NpyReaderTest {

    static Path resource(String name) throws URISyntaxException {
        return Path.of(NpyReaderTest.class.getResource("/attention/" + name).toURI());
    }

    @Test
    void readsFloat32AndFloat16() throws Exception {
        float[] want = {-1f, -0.5f, 0f, 0.5f, 1f, 1.5f};
        NpyArray f4 = NpyReader.read(resource("small-f4.npy"));
        assertArrayEquals(new int[] {2, 3}, f4.shape());
        assertArrayEquals(want, f4.data());
        NpyArray f2 = NpyReader.read(resource("small-f2.npy"));
        assertArrayEquals(new int[] {2, 3}, f2.shape());
        assertArrayEquals(want, f2.data());
    }

    @Test
    void readsHeadsForTheKernels() throws Exception {
        Path h = resource("heads-f4.npy");
        AttentionInputs in = NpyInputs.read(h, h, h, false, -1);
        assertEquals(2, in.shape().heads());
        assertEquals(4, in.shape().seqLen());
        assertEquals(3, in.shape().headDim());
        assertEquals(-2f, in.q()[0]);
    }

    @Test
    void rejectsWhatItCannotRead(@TempDir Path dir) throws Exception {
        assertMessage("Fortran-order", () -> NpyReader.read(resource("small-fortran.npy")));
        assertMessage("unsupported dtype '<f8'", () -> NpyReader.read(resource("small-f8.npy")));
        byte[] good = Files.readAllBytes(resource("small-f4.npy"));
        Path truncated = dir.resolve("truncated.npy");
        Files.write(truncated, java.util.Arrays.copyOf(good, good.length - 3));
        assertMessage("(truncated)", () -> NpyReader.read(truncated));
        Path text = dir.resolve("text.npy");
        Files.writeString(text, "hello, this is not numpy", StandardCharsets.US_ASCII);
        assertMessage("not a .npy file", () -> NpyReader.read(text));
        assertMessage("cannot read", () -> NpyReader.read(dir.resolve("missing.npy")));
        Path f4 = resource("small-f4.npy");
        Path f2 = resource("heads-f4.npy");
        assertMessage("shapes differ", () -> NpyInputs.read(f4, f2, f4, false, -1));
    }

    static void assertMessage(String part, org.junit.jupiter.api.function.Executable run) {
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class, run);
        assertTrue(e.getMessage().contains(part), e.getMessage());
    }
}
