package dev.accelbench.reports.html;

import dev.accelbench.reports.jmh.Metric;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * The table of one benchmark class, shared by the HTML report and the Markdown summary: a row per
 * result with its method, one column per {@code @Param}, the mode, the score with its error and
 * unit, and one column per secondary metric (work counters as GFLOP/s and GB/s).
 *
 * @param headers column headings
 * @param rows    one list of cells per result, as long as {@code headers}
 */
public record ResultTable(List<String> headers, List<List<Cell>> rows) {

    /** Shown where a result lacks a parameter or metric that others in its class have. */
    static final String ABSENT = "–";

    /**
     * A table cell.
     *
     * @param text    what is shown
     * @param sortKey the number to sort by, empty for cells that sort as text
     */
    public record Cell(String text, Optional<Double> sortKey) {

        static Cell text(String text) {
            return new Cell(text, Optional.empty());
        }

        /** A parameter value: numeric values sort as numbers, so n = 64 comes before n = 4096. */
        static Cell param(String value) {
            try {
                return new Cell(value, Optional.of(Double.parseDouble(value)));
            } catch (NumberFormatException e) {
                return text(value);
            }
        }

        static Cell reading(Reading reading) {
            return new Cell(reading.text(), Double.isFinite(reading.value()) ? Optional.of(reading.value())
                    : Optional.empty());
        }
    }

    public ResultTable {
        headers = List.copyOf(headers);
        rows = rows.stream().map(List::copyOf).toList();
    }

    public static ResultTable of(BenchmarkClass benchmarkClass, boolean multipleRuns) {
        List<String> params = benchmarkClass.paramNames();
        List<String> secondary = benchmarkClass.secondaryNames();
        List<String> headers = new ArrayList<>();
        if (multipleRuns) {
            headers.add("run");
        }
        headers.add("method");
        headers.addAll(params);
        headers.add("mode");
        headers.add("score");
        headers.addAll(secondary);
        List<List<Cell>> rows = new ArrayList<>();
        for (ReportEntry entry : benchmarkClass.entries()) {
            List<Cell> row = new ArrayList<>();
            if (multipleRuns) {
                row.add(new Cell(entry.run().label(), Optional.of((double) entry.run().number())));
            }
            row.add(Cell.text(entry.name().method()));
            for (String param : params) {
                String value = entry.result().params().get(param);
                row.add(value == null ? Cell.text(ABSENT) : Cell.param(value));
            }
            row.add(Cell.text(entry.result().mode().label()));
            row.add(Cell.reading(Reading.primary(entry.result().primary())));
            for (String name : secondary) {
                Optional<Metric> metric = entry.secondary(name);
                row.add(metric.map(m -> Cell.reading(Reading.secondary(name, m))).orElse(Cell.text(ABSENT)));
            }
            rows.add(row);
        }
        return new ResultTable(headers, rows);
    }
}
