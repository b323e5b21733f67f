package dev.accelbench.reports.jmh;

import com.fasterxml.jackson.core.JsonLocation;
import com.fasterxml.jackson.core.json.JsonReadFeature;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.io.JsonEOFException;
import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.json.JsonMapper;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.AccessDeniedException;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;

/** Parses a whole JSON file into a tree, turning every failure into a one-line message naming the file. */
final class JsonFiles {

    // JMH writes NaN as the string "NaN", but other tools write it bare; accept both.
    private static final ObjectMapper MAPPER = JsonMapper.builder()
            .enable(JsonReadFeature.ALLOW_NON_NUMERIC_NUMBERS)
            .enable(DeserializationFeature.FAIL_ON_TRAILING_TOKENS)
            .build();

    private JsonFiles() {
    }

    static JsonNode read(Path file, String what) {
        byte[] bytes;
        try {
            bytes = Files.readAllBytes(file);
        } catch (NoSuchFileException e) {
            throw new ResultFileException(file, "no such file", e);
        } catch (AccessDeniedException e) {
            throw new ResultFileException(file, "permission denied", e);
        } catch (IOException e) {
            throw new ResultFileException(file, "cannot read: " + e, e);
        }
        if (bytes.length == 0 || new String(bytes, StandardCharsets.UTF_8).isBlank()) {
            throw new ResultFileException(file, "empty file, expected " + what);
        }
        try {
            return MAPPER.readTree(bytes);
        } catch (JsonProcessingException e) {
            // Jackson reports a file cut short in several ways; all of them mention the end of input.
            if (e instanceof JsonEOFException || e.getOriginalMessage().contains("end-of-input")) {
                throw new ResultFileException(file, "truncated JSON (" + what + "): unexpected end of input"
                        + where(e.getLocation()), e);
            }
            throw new ResultFileException(file, "malformed JSON (" + what + "): " + firstLine(e.getOriginalMessage())
                    + where(e.getLocation()), e);
        } catch (IOException e) {
            throw new ResultFileException(file, "cannot read: " + e, e);
        }
    }

    private static String where(JsonLocation location) {
        return location == null || location.getLineNr() < 0 ? ""
                : " at line " + location.getLineNr() + ", column " + location.getColumnNr();
    }

    private static String firstLine(String message) {
        int newline = message.indexOf('\n');
        return newline < 0 ? message : message.substring(0, newline);
    }
}
