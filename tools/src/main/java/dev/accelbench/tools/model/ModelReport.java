package dev.accelbench.tools.model;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import java.io.PrintWriter;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * A model run as metric rows (the design against its baseline) plus headline ratios and notes,
 * printed as an aligned table, JSON or CSV.
 */
final class ModelReport {

    enum Format { TABLE, JSON, CSV }

    record Row(String metric, String unit, double value, double baseline) {
    }

    private final String title;
    private final String design;
    private final String baselineName;
    private final Map<String, Object> header = new LinkedHashMap<>();
    private final List<Row> rows = new ArrayList<>();
    private final Map<String, Double> ratios = new LinkedHashMap<>();
    private final Map<String, Object> paper = new LinkedHashMap<>();
    private final List<String> notes = new ArrayList<>();

    ModelReport(String title, String design, String baselineName) {
        this.title = title;
        this.design = design;
        this.baselineName = baselineName;
    }

    ModelReport header(String key, Object value) {
        header.put(key, value);
        return this;
    }

    ModelReport row(String metric, String unit, double value, double baseline) {
        rows.add(new Row(metric, unit, value, baseline));
        return this;
    }

    ModelReport ratio(String name, double value) {
        ratios.put(name, value);
        return this;
    }

    ModelReport paper(String name, Object value) {
        paper.put(name, value);
        return this;
    }

    ModelReport note(String note) {
        notes.add(note);
        return this;
    }

    void print(Format format, PrintWriter out) throws Exception {
        switch (format) {
            case TABLE -> table(out);
            case JSON -> out.println(json());
            case CSV -> csv(out);
        }
        out.flush();
    }

    private static String num(double v) {
        if (Double.isNaN(v)) {
            return "-";
        }
        double a = Math.abs(v);
        return a != 0 && (a >= 1e7 || a < 1e-3) ? String.format(Locale.ROOT, "%.4g", v)
                : String.format(Locale.ROOT, "%.4f", v).replaceAll("0+$", "").replaceAll("\\.$", "");
    }

    private void table(PrintWriter out) {
        out.println(title);
        header.forEach((k, v) -> out.printf(Locale.ROOT, "  %s: %s%n", k, v));
        int w = Math.max(6, rows.stream().mapToInt(r -> r.metric().length()).max().orElse(6));
        int u = Math.max(4, rows.stream().mapToInt(r -> r.unit().length()).max().orElse(4));
        int c = Math.max(14, Math.max(design.length(), baselineName.length()));
        String fmt = "%-" + w + "s  %-" + u + "s  %" + c + "s  %" + c + "s%n";
        out.printf(Locale.ROOT, fmt, "metric", "unit", design, baselineName);
        for (Row r : rows) {
            out.printf(Locale.ROOT, fmt, r.metric(), r.unit(), num(r.value()), num(r.baseline()));
        }
        ratios.forEach((k, v) -> out.printf(Locale.ROOT, "%s: %sx%n", k, num(v)));
        if (!paper.isEmpty()) {
            out.println("published (thesis):");
            paper.forEach((k, v) -> out.printf(Locale.ROOT, "  %s: %s%n", k, v));
        }
        for (String n : notes) {
            out.println("note: " + n);
        }
    }

    private String json() throws Exception {
        Map<String, Object> doc = new LinkedHashMap<>();
        doc.put("title", title);
        doc.put("design", design);
        doc.put("baseline", baselineName);
        doc.putAll(header);
        Map<String, Object> metrics = new LinkedHashMap<>();
        for (Row r : rows) {
            Map<String, Object> m = new LinkedHashMap<>();
            m.put("unit", r.unit());
            m.put("value", Double.isFinite(r.value()) ? r.value() : null);
            m.put("baseline", Double.isFinite(r.baseline()) ? r.baseline() : null);
            metrics.put(r.metric(), m);
        }
        doc.put("metrics", metrics);
        doc.put("ratios", ratios);
        doc.put("published", paper);
        doc.put("notes", notes);
        return new ObjectMapper().enable(SerializationFeature.INDENT_OUTPUT).writeValueAsString(doc);
    }

    private void csv(PrintWriter out) {
        out.println("metric,unit,value,baseline");
        for (Row r : rows) {
            out.printf(Locale.ROOT, "%s,%s,%s,%s%n", r.metric(), r.unit(), Double.isFinite(r.value()) ? r.value() : "",
                    Double.isFinite(r.baseline()) ? r.baseline() : "");
        }
        ratios.forEach((k, v) -> out.printf(Locale.ROOT, "%s,x,%s,%n", k.replace(',', ';'), v));
    }
}
