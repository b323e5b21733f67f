package dev.accelbench.reports.html;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.AccessDeniedException;
import java.nio.file.FileAlreadyExistsException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/**
 * Writes report files into an output directory without ever leaving a half-written file: each
 * file goes to a temporary file in the same directory, which is then renamed over the target in
 * one atomic step. A reader (a browser, a CI upload) sees the old file or the new one, and a
 * failure leaves the old one untouched. Other files in the directory are never touched, so
 * reports written to different directories never affect each other.
 */
public final class ReportWriter {

    private ReportWriter() {
    }

    /**
     * Writes {@code files} (file name → content) into {@code dir}, creating it when missing.
     *
     * @return the paths written, in the map's order
     * @throws ReportOutputException when {@code dir} is an existing file, or cannot be created or written
     */
    public static List<Path> write(Path dir, Map<String, String> files) {
        if (Files.exists(dir) && !Files.isDirectory(dir)) {
            throw new ReportOutputException(dir, "exists and is not a directory; -o takes the directory to write "
                    + String.join(" and ", files.keySet()) + " into");
        }
        try {
            Files.createDirectories(dir);
        } catch (FileAlreadyExistsException e) {
            throw new ReportOutputException(dir, "cannot create the output directory: "
                    + e.getFile() + " is a file", e);
        } catch (AccessDeniedException e) {
            throw new ReportOutputException(dir, "cannot create the output directory: permission denied", e);
        } catch (IOException e) {
            throw new ReportOutputException(dir, "cannot create the output directory: " + e.getMessage(), e);
        }
        List<Path> written = new ArrayList<>();
        for (Map.Entry<String, String> file : files.entrySet()) {
            written.add(writeAtomically(dir.resolve(file.getKey()), file.getValue()));
        }
        return written;
    }

    private static Path writeAtomically(Path target, String content) {
        if (Files.isDirectory(target)) {
            throw new ReportOutputException(target, "is a directory; cannot write the report file there");
        }
        Path temporary = null;
        try {
            temporary = createTemporary(target);
            Files.writeString(temporary, content, StandardCharsets.UTF_8);
            // Same directory, so the rename cannot cross file systems; on POSIX it replaces atomically.
            Files.move(temporary, target, StandardCopyOption.ATOMIC_MOVE, StandardCopyOption.REPLACE_EXISTING);
            return target;
        } catch (AccessDeniedException e) {
            throw new ReportOutputException(target, "cannot write: permission denied", e);
        } catch (IOException e) {
            throw new ReportOutputException(target, "cannot write: " + e, e);
        } finally {
            deleteQuietly(temporary);
        }
    }

    /**
     * A new, empty file beside {@code target}. Not {@code Files.createTempFile}, which makes the
     * file readable by its owner only; a report should get the permissions the user's umask gives
     * any other file they write.
     */
    private static Path createTemporary(Path target) throws IOException {
        String base = "." + target.getFileName() + "." + ProcessHandle.current().pid() + ".";
        for (int attempt = 0; ; attempt++) {
            Path candidate = target.resolveSibling(base + Long.toHexString(System.nanoTime()) + ".tmp");
            try {
                return Files.createFile(candidate);
            } catch (FileAlreadyExistsException e) {
                if (attempt == 100) {
                    throw e;
                }
            }
        }
    }

    private static void deleteQuietly(Path temporary) {
        if (temporary == null) {
            return;
        }
        try {
            Files.deleteIfExists(temporary);
        } catch (IOException e) {
            // Only reached after another failure, whose message matters more than a leftover .tmp file.
        }
    }
}
