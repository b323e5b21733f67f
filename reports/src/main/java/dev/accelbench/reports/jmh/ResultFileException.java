package dev.accelbench.reports.jmh;

import java.nio.file.Path;

/**
 * A results or sidecar file that cannot be read or is not what it claims to be. The message
 * always starts with the file, so a command line can print it as its one-line error.
 */
public final class ResultFileException extends RuntimeException {

    private static final long serialVersionUID = 1L;

    private final transient Path file;

    public ResultFileException(Path file, String problem) {
        super(file + ": " + problem);
        this.file = file;
    }

    public ResultFileException(Path file, String problem, Throwable cause) {
        super(file + ": " + problem, cause);
        this.file = file;
    }

    /** The file at fault. */
    public Path file() {
        return file;
    }
}
