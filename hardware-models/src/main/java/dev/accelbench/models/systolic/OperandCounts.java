package dev.accelbench.models.systolic;

/**
 * Reads and writes of one kind, per operand: A (SCALE-Sim's ifmap), B (filter) and C (ofmap).
 * Counts are in words (elements).
 */
public record OperandCounts(long ifmap, long filter, long ofmap) {

    public long total() {
        return ifmap + filter + ofmap;
    }

    public OperandCounts plus(OperandCounts o) {
        return new OperandCounts(ifmap + o.ifmap, filter + o.filter, ofmap + o.ofmap);
    }

    public OperandCounts times(long factor) {
        return new OperandCounts(ifmap * factor, filter * factor, ofmap * factor);
    }

    public static final OperandCounts ZERO = new OperandCounts(0, 0, 0);
}
