package dev.accelbench.reports.html;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class ReportTest {

    @TempDir
    Path dir;

    @Test
    void rendersAndWritesReportHtmlAndSummaryMd() throws IOException {
        Report report = Report.of(List.of(Fixtures.realRun()));
        assertEquals(List.of(dir.resolve("report.html"), dir.resolve("summary.md")), report.writeTo(dir));
        assertEquals(report.html(), Files.readString(dir.resolve("report.html")));
        assertEquals(report.markdown(), Files.readString(dir.resolve("summary.md")));
        assertTrue(report.html().startsWith("<!DOCTYPE html>"));
    }
}
