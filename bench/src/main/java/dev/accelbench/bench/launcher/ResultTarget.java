package dev.accelbench.bench.launcher;

import java.io.IOException;
import java.nio.file.FileAlreadyExistsException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.Locale;
import org.openjdk.jmh.results.format.ResultFormatType;
import org.openjdk.jmh.runner.options.Options;

/**
 * Where and how a run's results are written, and the environment sidecar beside them.
 *
 * <p>Unless the user chose {@code -rf} or {@code -rff}, results go to
 * {@code results/jmh-YYYYMMDDTHHMMSSZ.json} (UTC). An existing file is never overwritten: a second
 * run in the same second gets {@code -2}, {@code -3}, ... The name is reserved by creating the
 * file, so two runs started at once cannot pick the same one.
 *
 * @param file     the results file
 * @param format   its format
 * @param reserved whether this launcher created the (still empty) file to claim its name, and so
 *                 removes it again when the run fails
 */
record ResultTarget(Path file, ResultFormatType format, boolean reserved) {

    static final Path DEFAULT_DIRECTORY = Path.of("results");

    private static final DateTimeFormatter STAMP =
            DateTimeFormatter.ofPattern("yyyyMMdd'T'HHmmss'Z'", Locale.ROOT).withZone(ZoneOffset.UTC);

    /** The user's choice, completed JMH's way, or a fresh timestamped JSON file under results/. */
    static ResultTarget choose(Options user, Instant started) throws IOException {
        if (user.getResult().hasValue() || user.getResultFormat().hasValue()) {
            ResultFormatType format = user.getResultFormat().orElse(ResultFormatType.TEXT);
            // JMH's own default name when only the format is given.
            String file = user.getResult().orElse("jmh-result." + format.toString().toLowerCase(Locale.ROOT));
            return new ResultTarget(Path.of(file), format, false);
        }
        return new ResultTarget(reserveFreshName(DEFAULT_DIRECTORY, "jmh-" + STAMP.format(started), ".json"),
                ResultFormatType.JSON, true);
    }

    static Path reserveFreshName(Path directory, String stem, String extension) throws IOException {
        Files.createDirectories(directory);
        for (int attempt = 1; ; attempt++) {
            Path candidate = directory.resolve(stem + (attempt == 1 ? "" : "-" + attempt) + extension);
            try {
                return Files.createFile(candidate);
            } catch (FileAlreadyExistsException taken) {
                // try the next suffix
            }
        }
    }

    /** {@code NAME.env.json} beside {@code NAME.json} (or beside {@code NAME.csv}, and so on). */
    Path sidecar() {
        String name = file.getFileName().toString();
        int dot = name.lastIndexOf('.');
        String stem = dot > 0 ? name.substring(0, dot) : name;
        return file.resolveSibling(stem + ".env.json");
    }
}
