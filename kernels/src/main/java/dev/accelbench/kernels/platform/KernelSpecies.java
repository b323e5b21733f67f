package dev.accelbench.kernels.platform;

import jdk.incubator.vector.FloatVector;
import jdk.incubator.vector.VectorShape;
import jdk.incubator.vector.VectorSpecies;

/**
 * The vector species the kernels run at, fixed when the JVM starts.
 *
 * <p>C2 compiles Vector API code to SIMD instructions only where the species is a compile-time
 * constant; a species passed as an argument into a method that is not inlined falls back to slow
 * Java code, tens of times slower. Hot kernels therefore read the {@code static final} fields here.
 * The width is the platform's preferred one unless the system property {@value #PROPERTY} names
 * 64, 128, 256 or 512 bits, so one machine can compare widths across JMH forks:
 * {@code -jvmArgsAppend -Daccelbench.vector.bits=256}.
 */
public final class KernelSpecies {

    /** System property choosing the vector width in bits; unset or 0 means the preferred width. */
    public static final String PROPERTY = "accelbench.vector.bits";

    /** The float species of every kernel in this JVM. */
    public static final VectorSpecies<Float> FLOAT = floatSpecies(Integer.getInteger(PROPERTY, 0));

    /** Ints of the same shape: as many lanes as {@link #FLOAT}. */
    public static final VectorSpecies<Integer> INT = FLOAT.withLanes(int.class);

    /**
     * Bytes with at least as many lanes as {@link #FLOAT}: for one-byte codes converted lane for
     * lane to and from ints. 64 bits is the smallest byte shape, so below 256-bit floats it has more
     * lanes than needed, and loads and stores of codes then take a mask of the first lanes.
     */
    public static final VectorSpecies<Byte> BYTE = narrower(byte.class, 4);

    /** Shorts with at least as many lanes as {@link #FLOAT}, for two-byte codes (see {@link #BYTE}). */
    public static final VectorSpecies<Short> SHORT = narrower(short.class, 2);

    private KernelSpecies() {
    }

    private static <E> VectorSpecies<E> narrower(Class<E> element, int ratio) {
        return VectorSpecies.of(element, VectorShape.forBitSize(Math.max(64, FLOAT.vectorBitSize() / ratio)));
    }

    /** The float species of the given width in bits, or the preferred one for 0. */
    public static VectorSpecies<Float> floatSpecies(int bits) {
        if (bits == 0) {
            return FloatVector.SPECIES_PREFERRED;
        }
        return switch (bits) {
            case 64 -> FloatVector.SPECIES_64;
            case 128 -> FloatVector.SPECIES_128;
            case 256 -> FloatVector.SPECIES_256;
            case 512 -> FloatVector.SPECIES_512;
            default -> throw new IllegalArgumentException(
                    PROPERTY + " must be 0 (preferred), 64, 128, 256 or 512, got " + bits);
        };
    }
}
