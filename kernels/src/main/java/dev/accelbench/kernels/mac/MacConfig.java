package dev.accelbench.kernels.mac;

import dev.accelbench.kernels.numeric.Conversion;
import dev.accelbench.kernels.numeric.FixedPoint;
import dev.accelbench.kernels.numeric.FormatNames;
import dev.accelbench.kernels.numeric.MiniFloat;
import dev.accelbench.kernels.numeric.Overflow;
import dev.accelbench.kernels.numeric.Rounding;
import dev.accelbench.kernels.numeric.ScalarFormat;
import java.util.Objects;

/**
 * One MAC unit's arithmetic: what its multiplier reads, what it outputs, what it adds into, and in
 * which order.
 *
 * @param input       the multiplier's input format with its rounding and overflow: both operands are
 *                    rounded to it first (a minifloat, CFG included, or fixed point of at most 24 bits,
 *                    so that every input value is a float32)
 * @param product     the format the product is rounded to (round to nearest even, IEEE overflow), or
 *                    null for the exact product (the talk's CFG-3 and later: exact in E(x+1)M(2y+1))
 * @param accumulator the accumulator
 * @param order       sequential, chunked or an adder tree
 */
public record MacConfig(Conversion input, MiniFloat product, Accumulator accumulator, AccumulationOrder order) {

    public MacConfig {
        Objects.requireNonNull(input, "input");
        Objects.requireNonNull(accumulator, "accumulator");
        Objects.requireNonNull(order, "order");
        if (input.format() instanceof FixedPoint q && q.bits() > 24) {
            throw new IllegalArgumentException("a fixed-point multiplier input needs at most 24 bits to be exact in float32, got "
                    + q.name());
        }
        if (input.rounding() == Rounding.HYSTERESIS) {
            throw new IllegalArgumentException("hysteresis rounding of multiplier inputs needs per-element state; not offered");
        }
        if (order instanceof AccumulationOrder.AdderTree tree && tree.exactNodes()) {
            ExactSpan.require(input.format(), product, accumulator, tree.width());
        }
    }

    /**
     * The talk's way of naming a MAC: multiplier input {@code eXmY-cfgN} (rounded to nearest even,
     * saturating), an exact product for CFG-3 and later, the product rounded to the input format
     * otherwise (a conventional multiplier), and an accumulator by name ({@code e6m5}, {@code q8.13}),
     * summed sequentially.
     */
    public static MacConfig of(String input, String accumulator) {
        ScalarFormat format = FormatNames.parse(input);
        MiniFloat product = format instanceof MiniFloat f && f.cfg() < 3 ? f : null;
        return new MacConfig(Conversion.of(format, Rounding.RNE, Overflow.SATURATE), product,
                Accumulator.parse(accumulator), new AccumulationOrder.Sequential());
    }

    /** {@code "input+accumulator"}, e.g. {@code e5m2-cfg5+e6m5}: {@link #of(String, String)}, for benchmark parameters. */
    public static MacConfig parse(String pairing) {
        String[] parts = pairing.split("\\+");
        if (parts.length != 2) {
            throw new IllegalArgumentException("a MAC is named multiplier+accumulator, e.g. e5m2-cfg5+e6m5, got '" + pairing + "'");
        }
        return of(parts[0].trim(), parts[1].trim());
    }

    /** This MAC with another accumulation order. */
    public MacConfig withOrder(AccumulationOrder newOrder) {
        return new MacConfig(input, product, accumulator, newOrder);
    }

    /** This MAC with the product rounded to {@code newProduct} (null: exact). */
    public MacConfig withProduct(MiniFloat newProduct) {
        return new MacConfig(input, newProduct, accumulator, order);
    }

    /** "input*product->accumulator/order", for tables. */
    public String describe() {
        String orderName = switch (order) {
            case AccumulationOrder.Sequential s -> "sequential";
            case AccumulationOrder.Chunked c -> "chunk" + c.size() + ":" + c.chunkSums().name();
            case AccumulationOrder.AdderTree t -> "tree" + t.width() + (t.exactNodes() ? "-exact" : "");
        };
        return input.format().name() + "->" + (product == null ? "exact" : product.name()) + " +" + accumulator.name()
                + " " + orderName;
    }
}
