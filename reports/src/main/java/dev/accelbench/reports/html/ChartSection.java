package dev.accelbench.reports.html;

import java.util.Optional;

/**
 * A chart of the report, or the reason it is not there.
 *
 * @param title what the chart shows, as the heading above it
 * @param svg   the inline {@code <svg>} element; empty when the data does not allow the chart
 * @param note  how to read it, or why it was omitted; shown below the heading
 */
public record ChartSection(String title, Optional<String> svg, String note) {

    public static ChartSection drawn(String title, String svg, String note) {
        return new ChartSection(title, Optional.of(svg), note);
    }

    public static ChartSection omitted(String title, String reason) {
        return new ChartSection(title, Optional.empty(), reason);
    }
}
