package dev.accelbench.kernels.numeric;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import org.junit.jupiter.api.Test;

/**
 * Conversions checked against another implementation's output. fp16-numpy-2.4.6.txt holds 4,000
 * float32 bit patterns (random bits, values up to the FP16 overflow boundary, and tiny values that
 * become subnormals) and NumPy 2.4.6's {@code astype(np.float16).astype(np.float32)} of each (round to
 * nearest even, overflow to Inf), NaN written as the canonical 7fc00000 / ffc00000.
 */
class IndependentReferenceTest {

    @Test
    void fp16MatchesNumpy() throws IOException {
        Conversion fp16 = Conversion.rne(FormatNames.parse("fp16"));
        int lines = 0;
        try (InputStream in = getClass().getResourceAsStream("/numeric/fp16-numpy-2.4.6.txt")) {
            assertNotNull(in, "missing test resource");
            BufferedReader reader = new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8));
            for (String line; (line = reader.readLine()) != null; lines++) {
                String[] pair = line.split(" ");
                float x = Float.intBitsToFloat((int) Long.parseLong(pair[0], 16));
                int expected = (int) Long.parseLong(pair[1], 16);
                assertEquals(Integer.toHexString(expected), Integer.toHexString(Float.floatToRawIntBits(fp16.fakeQuantize(x))),
                        "input " + pair[0]);
            }
        }
        assertEquals(4000, lines);
    }

    @Test
    void bf16MatchesTheStandardBitTrick() {
        // Round to nearest even by adding 0x7FFF plus the kept lowest bit, as TensorFlow and PyTorch do.
        Conversion bf16 = Conversion.rne(FormatNames.parse("bf16"));
        java.util.SplittableRandom random = new java.util.SplittableRandom(11);
        for (int i = 0; i < 200_000; i++) {
            int bits = random.nextInt();
            float x = Float.intBitsToFloat(bits);
            if (Float.isNaN(x)) {
                continue;
            }
            int expected = (bits + 0x7FFF + ((bits >>> 16) & 1)) & 0xFFFF0000;
            assertEquals(Integer.toHexString(expected), Integer.toHexString(Float.floatToRawIntBits(bf16.fakeQuantize(x))),
                    Integer.toHexString(bits));
        }
    }
}
