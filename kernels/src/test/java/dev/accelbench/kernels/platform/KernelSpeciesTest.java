package dev.accelbench.kernels.platform;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import jdk.incubator.vector.FloatVector;
import org.junit.jupiter.api.Test;

class KernelSpeciesTest {

    @Test
    void widthsByBits() {
        assertEquals(FloatVector.SPECIES_PREFERRED, KernelSpecies.floatSpecies(0));
        assertEquals(FloatVector.SPECIES_64, KernelSpecies.floatSpecies(64));
        assertEquals(FloatVector.SPECIES_128, KernelSpecies.floatSpecies(128));
        assertEquals(FloatVector.SPECIES_256, KernelSpecies.floatSpecies(256));
        assertEquals(FloatVector.SPECIES_512, KernelSpecies.floatSpecies(512));
    }

    @Test
    void unknownWidthIsRejectedWithTheChoices() {
        var e = assertThrows(IllegalArgumentException.class, () -> KernelSpecies.floatSpecies(100));
        assertTrue(e.getMessage().contains("64, 128, 256 or 512"), e.getMessage());
    }

    @Test
    void theSystemPropertyChoosesTheWidth() {
        // Surefire's default run sets no accelbench.vector.bits (preferred width); the narrow run sets 128.
        assertEquals(KernelSpecies.floatSpecies(Integer.getInteger(KernelSpecies.PROPERTY, 0)), KernelSpecies.FLOAT);
    }
}
