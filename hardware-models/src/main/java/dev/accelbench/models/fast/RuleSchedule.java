package dev.accelbench.models.fast;

import java.util.List;

/**
 * A precision schedule given as rules (what a schedule file holds): the first rule whose layer range
 * and progress range contain the point gives the mantissa width, otherwise {@code defaultBits}.
 *
 * @param defaultBits width where no rule matches (2, 4, 6 or 8)
 * @param rules       in priority order
 */
public record RuleSchedule(int defaultBits, List<Rule> rules) implements PrecisionSchedule {

    /**
     * Layers {@code fromLayer..toLayer} (0-based, inclusive) during progress {@code [fromProgress,
     * toProgress)} (the range ending at 1 includes 1) run at {@code bits}.
     */
    public record Rule(int fromLayer, int toLayer, double fromProgress, double toProgress, int bits) {

        public Rule {
            if (fromLayer < 0 || toLayer < fromLayer) {
                throw new IllegalArgumentException("rule layers must satisfy 0 <= from_layer <= to_layer, got "
                        + fromLayer + ".." + toLayer);
            }
            if (!(fromProgress >= 0 && fromProgress < toProgress && toProgress <= 1)) {
                throw new IllegalArgumentException("rule progress must satisfy 0 <= from_progress < to_progress <= 1, got "
                        + fromProgress + ".." + toProgress);
            }
            checkBits(bits);
        }

        boolean matches(int layer, double progress) {
            return layer >= fromLayer && layer <= toLayer && progress >= fromProgress
                    && (progress < toProgress || (toProgress == 1 && progress == 1));
        }
    }

    public RuleSchedule {
        checkBits(defaultBits);
        rules = List.copyOf(rules);
    }

    static void checkBits(int bits) {
        if (bits < 2 || bits > 8 || bits % 2 != 0) {
            throw new IllegalArgumentException("mantissa bits must be 2, 4, 6 or 8, got " + bits);
        }
    }

    @Override
    public int mantissaBits(int layer, int layers, double progress) {
        for (Rule r : rules) {
            if (r.matches(layer, progress)) {
                return r.bits();
            }
        }
        return defaultBits;
    }
}
