package dev.accelbench.kernels.approx;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.HashSet;
import java.util.Set;
import org.junit.jupiter.api.Test;

class RegistryTest {

    @Test
    void namesAreUniqueAndFoundAgain() {
        for (Op op : Op.values()) {
            Set<String> seen = new HashSet<>();
            for (UnaryApprox v : Approximations.variants(op)) {
                assertTrue(seen.add(v.label()), "duplicate " + v.key());
                assertEquals(v.key(), Approximations.find(op.label(), v.label().toUpperCase()).key());
                assertTrue(v.lo() < v.hi() && !v.description().isBlank() && !v.outside().isBlank(), v.key());
            }
        }
        assertEquals("table-linear-333", Approximations.find("exp", "table-linear-333").label());
        assertEquals("silu/table-nearest-128", Approximations.find("silu", "table-nearest-128").key());
    }

    @Test
    void unknownNamesListTheValidOnes() {
        IllegalArgumentException op = assertThrows(IllegalArgumentException.class, () -> Approximations.op("expo"));
        assertTrue(op.getMessage().contains("unknown operation 'expo'") && op.getMessage().contains("rsqrt"), op.getMessage());
        IllegalArgumentException v = assertThrows(IllegalArgumentException.class, () -> Approximations.find("exp", "poly9"));
        assertTrue(v.getMessage().contains("unknown exp variant 'poly9'") && v.getMessage().contains("poly5")
                && v.getMessage().contains("table-linear-N"), v.getMessage());
        IllegalArgumentException size = assertThrows(IllegalArgumentException.class,
                () -> Approximations.find("exp", "table-linear-8192"));
        assertTrue(size.getMessage().contains("64..4096"), size.getMessage());
        assertThrows(IllegalArgumentException.class, () -> Approximations.find("rsqrt", "table-linear-64"));
    }
}
