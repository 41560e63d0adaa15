package kz.migration.quota.web;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

import io.quarkus.qute.TemplateData;

/**
 * The dashboard's charts as plain geometry, drawn by the template as SVG: no script, nothing fetched. Each chart has
 * a title and a description for screen readers, and a table with the same figures next to it.
 */
public final class DashboardCharts {

    /** One drawn rectangle. */
    @TemplateData
    public record Rect(String x, String y, String width, String height, String css) {
    }

    /** One bar (or stacked bar): its rectangles, its label and the figure it shows, for its tooltip. */
    @TemplateData
    public record Bar(List<Rect> rects, String label, String figure, String labelX, String labelY) {
    }

    /** One point of a line. */
    @TemplateData
    public record Point(String cx, String cy, String label) {
    }

    /** A line of points (a previous year). */
    @TemplateData
    public record Line(String points, List<Point> dots, String css, String label) {
    }

    /** A chart: its size, bars, lines and axis labels. */
    @TemplateData
    public record Chart(String id, int width, int height, String title, String description, List<Bar> bars,
            List<Line> lines, List<Axis> axis) {
    }

    /** A text label of an axis. */
    @TemplateData
    public record Axis(String x, String y, String text, String anchor) {
    }

    /** A value to draw: its label, its count, and how it is published (its figure, maybe "&lt;5"). */
    public record Value(String label, Long count, String figure) {
    }

    private static final int LABEL_WIDTH = 230;
    private static final int ROW = 22;

    private DashboardCharts() {
    }

    /** Horizontal bars, one per value with a count; a value without one ("&lt;5", "x") gets its row but no bar. */
    public static Chart horizontal(String id, String title, String description, List<Value> values) {
        long max = values.stream().filter(v -> v.count() != null).mapToLong(Value::count).max().orElse(0);
        int width = 640;
        double scale = max == 0 ? 0 : (width - LABEL_WIDTH - 70) / (double) max;
        List<Bar> bars = new ArrayList<>();
        List<Axis> axis = new ArrayList<>();
        for (int i = 0; i < values.size(); i++) {
            Value v = values.get(i);
            double y = 10 + i * ROW;
            axis.add(new Axis(n(LABEL_WIDTH - 8), n(y + 15), v.label(), "end"));
            if (v.count() == null) {
                axis.add(new Axis(n(LABEL_WIDTH + 4), n(y + 15), v.figure(), "start"));
                continue;
            }
            double w = Math.max(1, v.count() * scale);
            bars.add(new Bar(List.of(new Rect(n(LABEL_WIDTH), n(y + 3), n(w), "16", "issued")), v.label(),
                    v.figure(), n(LABEL_WIDTH + w + 4), n(y + 15)));
        }
        return new Chart(id, width, 20 + values.size() * ROW, title, description, bars, List.of(), axis);
    }

    /** Stacked horizontal bars: issued, reserved, remaining of each region's allocation. */
    public static Chart stacked(String id, String title, String description, List<String> labels, List<long[]> parts,
            List<String> figures) {
        long max = parts.stream().mapToLong(p -> p[0] + p[1] + p[2]).max().orElse(0);
        int width = 640;
        double scale = max == 0 ? 0 : (width - LABEL_WIDTH - 90) / (double) max;
        List<Bar> bars = new ArrayList<>();
        List<Axis> axis = new ArrayList<>();
        String[] css = {"issued", "reserved", "free"};
        for (int i = 0; i < labels.size(); i++) {
            double y = 10 + i * ROW;
            axis.add(new Axis(n(LABEL_WIDTH - 8), n(y + 15), labels.get(i), "end"));
            List<Rect> rects = new ArrayList<>();
            double x = LABEL_WIDTH;
            for (int k = 0; k < 3; k++) {
                double w = parts.get(i)[k] * scale;
                if (w > 0) {
                    rects.add(new Rect(n(x), n(y + 3), n(w), "16", css[k]));
                }
                x += w;
            }
            bars.add(new Bar(rects, labels.get(i), figures.get(i), n(x + 4), n(y + 15)));
        }
        return new Chart(id, width, 20 + labels.size() * ROW, title, description, bars, List.of(), axis);
    }

    /**
     * Monthly chart: this year's months as bars (months still to come have none), previous years as lines with a
     * point per month.
     */
    public static Chart months(String id, String title, String description, List<String> monthLabels,
            List<Long> thisYear, String thisYearLabel, List<List<Long>> previous, List<String> previousLabels) {
        long max = 0;
        for (Long v : thisYear) {
            max = Math.max(max, v == null ? 0 : v);
        }
        for (List<Long> year : previous) {
            for (Long v : year) {
                max = Math.max(max, v == null ? 0 : v);
            }
        }
        int width = 640;
        int height = 260;
        int left = 50;
        int bottom = 220;
        double column = (width - left - 10) / 12.0;
        double scale = max == 0 ? 0 : (bottom - 20) / (double) max;
        List<Bar> bars = new ArrayList<>();
        List<Axis> axis = new ArrayList<>();
        for (int m = 0; m < 12; m++) {
            double x = left + m * column;
            axis.add(new Axis(n(x + column / 2), n(bottom + 16), monthLabels.get(m), "middle"));
            Long v = thisYear.get(m);
            if (v != null) {
                double h = v * scale;
                bars.add(new Bar(List.of(new Rect(n(x + 4), n(bottom - h), n(column - 8), n(h), "issued")),
                        thisYearLabel + " " + monthLabels.get(m), Long.toString(v), n(x + column / 2),
                        n(bottom - h - 4)));
            }
        }
        axis.add(new Axis(n(left - 6), n(bottom), "0", "end"));
        axis.add(new Axis(n(left - 6), n(24), Long.toString(max), "end"));
        List<Line> lines = new ArrayList<>();
        String[] css = {"previous-1", "previous-2", "previous-3"};
        for (int p = 0; p < previous.size(); p++) {
            StringBuilder points = new StringBuilder();
            List<Point> dots = new ArrayList<>();
            for (int m = 0; m < 12; m++) {
                Long v = previous.get(p).get(m);
                if (v == null) {
                    continue;
                }
                double cx = left + m * column + column / 2;
                double cy = bottom - v * scale;
                points.append(points.isEmpty() ? "" : " ").append(n(cx)).append(',').append(n(cy));
                dots.add(new Point(n(cx), n(cy), previousLabels.get(p) + " " + monthLabels.get(m) + ": " + v));
            }
            lines.add(new Line(points.toString(), dots, css[p % css.length], previousLabels.get(p)));
        }
        return new Chart(id, width, height, title, description, bars, lines, axis);
    }

    private static String n(double value) {
        return String.format(Locale.ROOT, "%.1f", value);
    }
}
