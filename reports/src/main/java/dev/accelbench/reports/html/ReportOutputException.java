package dev.accelbench.reports.html;

import java.nio.file.Path;

/** The report cannot be written where it was asked to go. The message starts with the path. */
public final class ReportOutputException extends RuntimeException {

    private static final long serialVersionUID = 1L;

    public ReportOutputException(Path path, String problem) {
        super(path + ": " + problem);
    }

    public ReportOutputException(Path path, String problem, Throwable cause) {
        super(path + ": " + problem, cause);
    }
}
