package dev.accelbench.reports.html;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class ReportWriterTest {

    @TempDir
    Path dir;

    private static Map<String, String> files(String html, String md) {
        Map<String, String> files = new LinkedHashMap<>();
        files.put("report.html", html);
        files.put("summary.md", md);
        return files;
    }

    private List<String> listing(Path directory) throws IOException {
        try (Stream<Path> paths = Files.list(directory)) {
            return paths.map(p -> p.getFileName().toString()).sorted().toList();
        }
    }

    @Test
    void createsTheDirectoryAndWritesBothFiles() throws IOException {
        Path out = dir.resolve("a/b/report");
        assertEquals(List.of(out.resolve("report.html"), out.resolve("summary.md")),
                ReportWriter.write(out, files("<html>", "# md")));
        assertEquals("<html>", Files.readString(out.resolve("report.html")));
        assertEquals("# md", Files.readString(out.resolve("summary.md")));
        assertEquals(List.of("report.html", "summary.md"), listing(out), "no temporary files left");
    }

    @Test
    void theSameOutputPathIsReplacedOtherFilesAreLeftAlone() throws IOException {
        ReportWriter.write(dir, files("old", "old md"));
        Files.writeString(dir.resolve("notes.txt"), "mine");
        ReportWriter.write(dir, files("new", "new md"));
        assertEquals("new", Files.readString(dir.resolve("report.html")));
        assertEquals("new md", Files.readString(dir.resolve("summary.md")));
        assertEquals("mine", Files.readString(dir.resolve("notes.txt")));
        assertEquals(List.of("notes.txt", "report.html", "summary.md"), listing(dir));
    }

    @Test
    void anotherOutputDirectoryNeverTouchesAnEarlierReport() throws IOException {
        ReportWriter.write(dir.resolve("first"), files("first", "first md"));
        ReportWriter.write(dir.resolve("second"), files("second", "second md"));
        assertEquals("first", Files.readString(dir.resolve("first/report.html")));
        assertEquals("second", Files.readString(dir.resolve("second/report.html")));
    }

    @Test
    void anExistingRegularFileIsNotAnOutputDirectory() throws IOException {
        Path file = dir.resolve("results.json");
        Files.writeString(file, "[precious]");
        ReportOutputException e = assertThrows(ReportOutputException.class,
                () -> ReportWriter.write(file, files("x", "y")));
        assertEquals(file + ": exists and is not a directory; -o takes the directory to write report.html and "
                + "summary.md into", e.getMessage());
        assertEquals("[precious]", Files.readString(file), "left as it was");
    }

    @Test
    void aFileInThePathIsReported() throws IOException {
        Path file = dir.resolve("plain");
        Files.writeString(file, "x");
        ReportOutputException e = assertThrows(ReportOutputException.class,
                () -> ReportWriter.write(file.resolve("sub"), files("x", "y")));
        assertTrue(e.getMessage().startsWith(file.resolve("sub") + ": cannot create the output directory: "),
                e.getMessage());
    }

    @Test
    void aFailedWriteLeavesTheEarlierReportWhole() throws IOException {
        ReportWriter.write(dir, files("old", "old md"));
        // A directory where summary.md should go: report.html is replaced, summary.md cannot be,
        // and what is there stays as it was; no temporary file is left behind.
        Files.delete(dir.resolve("summary.md"));
        Files.createDirectory(dir.resolve("summary.md"));
        ReportOutputException e = assertThrows(ReportOutputException.class,
                () -> ReportWriter.write(dir, files("new", "new md")));
        assertEquals(dir.resolve("summary.md") + ": is a directory; cannot write the report file there", e.getMessage());
        assertTrue(Files.isDirectory(dir.resolve("summary.md")));
        assertEquals(List.of("report.html", "summary.md"), listing(dir));
    }

    @Test
    void reportsAreWrittenWithTheUsersUsualPermissionsNotOwnerOnly() throws IOException {
        Path probe = Files.createFile(dir.resolve("probe"));
        ReportWriter.write(dir, files("x", "y"));
        // Whatever the umask allows an ordinary new file, the report gets too.
        assertEquals(Files.getPosixFilePermissions(probe), Files.getPosixFilePermissions(dir.resolve("report.html")));
    }
}
