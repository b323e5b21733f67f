package dev.accelbench.reports.html;

import dev.accelbench.reports.jmh.ResultSet;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * A rendered report: the HTML page and the Markdown summary of some result sets, built completely
 * in memory before anything is written.
 *
 * @param html     the content of {@value #HTML_FILE}
 * @param markdown the content of {@value #MARKDOWN_FILE}
 */
public record Report(String html, String markdown) {

    public static final String HTML_FILE = "report.html";
    public static final String MARKDOWN_FILE = "summary.md";

    /**
     * Renders a report of the result sets, merged in the given order.
     *
     * @throws IllegalArgumentException when there are no results at all
     */
    public static Report of(List<ResultSet> resultSets) {
        ReportModel model = ReportModel.of(resultSets);
        return new Report(HtmlReport.render(model, ReportCharts.draw(model)), MarkdownSummary.render(model));
    }

    /** Writes {@value #HTML_FILE} and {@value #MARKDOWN_FILE} into {@code dir}; see {@link ReportWriter}. */
    public List<Path> writeTo(Path dir) {
        Map<String, String> files = new LinkedHashMap<>();
        files.put(HTML_FILE, html);
        files.put(MARKDOWN_FILE, markdown);
        return ReportWriter.write(dir, files);
    }
}
