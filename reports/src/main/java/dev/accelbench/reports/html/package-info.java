/**
 * {@code accelbench report}: JMH JSON results (one or more files, each with its environment
 * sidecar) into a self-contained HTML report and a Markdown summary.
 *
 * <p>The pipeline is {@link dev.accelbench.reports.html.ReportModel} (the results merged and
 * grouped by benchmark class) → the charts ({@code *Chart} classes, drawn with JFreeChart and
 * turned into inline SVG by JFreeSVG) → {@link dev.accelbench.reports.html.HtmlReport} and
 * {@link dev.accelbench.reports.html.MarkdownSummary} → {@link dev.accelbench.reports.html.ReportWriter},
 * which writes both files through temporary files and atomic moves. Everything is rendered before
 * anything is written, so a failure leaves an earlier report untouched.
 */
package dev.accelbench.reports.html;
