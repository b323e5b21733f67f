package dev.accelbench.tools;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.FileAlreadyExistsException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;

/**
 * Writes a text file so that readers see the old content or the new, never a half-written file:
 * a temporary file beside the target, then one atomic rename over it (the same directory, so the
 * rename never crosses file systems).
 */
final class AtomicFiles {

    private AtomicFiles() {
    }

    /** Writes content to target atomically; the IOException names what failed. */
    static void write(Path target, String content) throws IOException {
        Path absolute = target.toAbsolutePath();
        if (Files.isDirectory(absolute)) {
            throw new IOException(target + " is a directory");
        }
        Path parent = absolute.getParent();
        if (parent != null && !Files.isDirectory(parent)) {
            throw new IOException("directory " + parent + " does not exist");
        }
        Path temporary = null;
        try {
            String base = "." + absolute.getFileName() + "." + ProcessHandle.current().pid() + ".";
            for (int attempt = 0; temporary == null; attempt++) {
                try {
                    temporary = Files.createFile(absolute.resolveSibling(base + Long.toHexString(System.nanoTime())
                            + ".tmp"));
                } catch (FileAlreadyExistsException e) {
                    if (attempt == 100) {
                        throw e;
                    }
                }
            }
            Files.writeString(temporary, content, StandardCharsets.UTF_8);
            Files.move(temporary, absolute, StandardCopyOption.ATOMIC_MOVE, StandardCopyOption.REPLACE_EXISTING);
            temporary = null;
        } finally {
            if (temporary != null) {
                Files.deleteIfExists(temporary);
            }
        }
    }
}
