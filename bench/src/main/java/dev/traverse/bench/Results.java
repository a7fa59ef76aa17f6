package dev.traverse.bench;

import com.fasterxml.jackson.databind.SerializationFeature;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.IOException;
import java.io.PrintStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/** Every figure of a run, its ratios to the baselines and its target; printed as a table and written as JSON. */
final class Results {

    private final ObjectNode root = Api.JSON.createObjectNode();
    private final ObjectNode phases = Api.JSON.createObjectNode();
    private final List<Figure> figures = new ArrayList<>();
    private Double b1;
    private Double b1LatencyMillis;
    private Double b2;

    Results(Map<String, String> settings, Map<String, Object> machine) {
        root.put("format", 1);
        root.set("machine", Api.JSON.valueToTree(machine));
        root.set("settings", Api.JSON.valueToTree(settings));
    }

    void baselines(Double b1PerSecond, Double b1Latency, Double b2PerSecond) {
        this.b1 = b1PerSecond;
        this.b1LatencyMillis = b1Latency;
        this.b2 = b2PerSecond;
    }

    ObjectNode phase(String id) {
        if (!phases.has(id)) {
            phases.putObject(id);
        }
        return (ObjectNode) phases.get(id);
    }

    void put(String key, Object value) {
        root.set(key, Api.JSON.valueToTree(value));
    }

    /** A throughput: its ratio to B1 and B2 is printed. */
    Figure rate(String id, String label, double value, String unit) {
        return add(new Figure(id, label, value, unit, Kind.RATE));
    }

    /** A latency: its ratio to B1's average commit latency is printed. */
    Figure latency(String id, String label, double millis) {
        return add(new Figure(id, label, millis, "ms", Kind.LATENCY));
    }

    /** A figure with no PostgreSQL counterpart (a ratio, a query latency). */
    Figure plain(String id, String label, double value, String unit) {
        return add(new Figure(id, label, value, unit, Kind.PLAIN));
    }

    private Figure add(Figure figure) {
        figures.add(figure);
        return figure;
    }

    void print(PrintStream out) {
        String format = "%-4s %-58s %14s %-9s %8s %8s  %-16s %s%n";
        out.printf(format, "id", "figure", "value", "unit", "÷B1", "÷B2", "target", "met");
        out.println("-".repeat(130));
        for (Figure f : figures) {
            out.printf(
                    format,
                    f.id,
                    f.label,
                    number(f.value),
                    f.unit,
                    ratio(f, b1, b1LatencyMillis),
                    f.kind == Kind.RATE ? ratio(f, b2, null) : "",
                    f.target == null ? "" : f.target,
                    f.met == null ? "" : (f.met ? "yes" : "NO"));
        }
    }

    void write(Path path) throws IOException {
        ArrayNode list = root.putArray("figures");
        for (Figure f : figures) {
            ObjectNode node = list.addObject();
            node.put("id", f.id);
            node.put("figure", f.label);
            node.put("value", round(f.value));
            node.put("unit", f.unit);
            if (f.kind == Kind.RATE) {
                putRatio(node, "ratio_to_b1", f.value, b1);
                putRatio(node, "ratio_to_b2", f.value, b2);
            } else if (f.kind == Kind.LATENCY) {
                putRatio(node, "ratio_to_b1_latency", f.value, b1LatencyMillis);
            }
            if (f.target != null) {
                node.put("target", f.target);
                node.put("met", f.met);
            }
        }
        root.set("phases", phases);
        if (path.getParent() != null) {
            Files.createDirectories(path.getParent());
        }
        Files.writeString(
                path, Api.JSON.copy().enable(SerializationFeature.INDENT_OUTPUT).writeValueAsString(root) + "\n");
    }

    private static void putRatio(ObjectNode node, String name, double value, Double baseline) {
        if (baseline != null && baseline > 0 && !Double.isNaN(value)) {
            node.put(name, Math.round(value / baseline * 1000) / 1000.0);
        }
    }

    private static String ratio(Figure f, Double rateBaseline, Double latencyBaseline) {
        Double baseline = f.kind == Kind.RATE ? rateBaseline : f.kind == Kind.LATENCY ? latencyBaseline : null;
        if (baseline == null || baseline <= 0 || Double.isNaN(f.value)) {
            return "";
        }
        return String.format(Locale.ROOT, "%.2f", f.value / baseline);
    }

    private static String number(double value) {
        if (Double.isNaN(value)) {
            return "n/a";
        }
        return Math.abs(value) >= 100
                ? String.format(Locale.ROOT, "%,.0f", value)
                : String.format(Locale.ROOT, "%.2f", value);
    }

    private static double round(double value) {
        return Double.isNaN(value) ? value : Math.round(value * 1000) / 1000.0;
    }

    enum Kind {
        RATE,
        LATENCY,
        PLAIN
    }

    /** One line of the table. */
    static final class Figure {
        private final String id;
        private final String label;
        private final double value;
        private final String unit;
        private final Kind kind;
        private String target;
        private Boolean met;

        Figure(String id, String label, double value, String unit, Kind kind) {
            this.id = id;
            this.label = label;
            this.value = value;
            this.unit = unit;
            this.kind = kind;
        }

        /** The target for this figure and whether this run met it. */
        Figure target(String description, boolean reached) {
            this.target = description;
            this.met = reached;
            return this;
        }

        double value() {
            return value;
        }
    }
}
