package kz.migration.benchmarks.load;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/** Plain SVG charts of the load report: lines over time and grouped bars per endpoint (no plotting library). */
final class SvgPlot {

    /** A named line: y over x. */
    record Series(String name, double[] x, double[] y) {
    }

    private static final int WIDTH = 960;
    private static final int LEFT = 80;
    private static final int RIGHT = 200;
    private static final int TOP = 40;
    private static final int BOTTOM = 50;
    private static final String[] COLOURS = {"#1f77b4", "#d62728", "#2ca02c", "#ff7f0e", "#9467bd", "#8c564b"};

    private SvgPlot() {
    }

    /** Lines of {@code series} on shared axes starting at 0, with a legend on the right. */
    static String lines(String title, String xAxis, String yAxis, List<Series> series) {
        int height = 420;
        double maxX = 1;
        double maxY = 1;
        for (Series s : series) {
            for (double x : s.x()) {
                maxX = Math.max(maxX, x);
            }
            for (double y : s.y()) {
                maxY = Math.max(maxY, y);
            }
        }
        maxY = niceCeiling(maxY);
        StringBuilder svg = open(title, height);
        axes(svg, height, xAxis, yAxis, maxX, maxY, true);
        int plotWidth = WIDTH - LEFT - RIGHT;
        int plotHeight = height - TOP - BOTTOM;
        for (int i = 0; i < series.size(); i++) {
            Series s = series.get(i);
            List<String> points = new ArrayList<>();
            for (int p = 0; p < s.x().length; p++) {
                points.add(fmt(LEFT + s.x()[p] / maxX * plotWidth) + "," + fmt(TOP + plotHeight - s.y()[p] / maxY
                        * plotHeight));
            }
            svg.append("<polyline fill=\"none\" stroke-width=\"1.5\" stroke=\"").append(colour(i))
                    .append("\" points=\"").append(String.join(" ", points)).append("\"/>\n");
            legend(svg, i, s.name());
        }
        return svg.append("</svg>\n").toString();
    }

    /** Grouped bars: one group per category, one bar per series ({@code values[series][category]}). */
    static String bars(String title, String yAxis, List<String> categories, List<String> series, double[][] values) {
        int height = 520;
        double maxY = 1;
        for (double[] row : values) {
            for (double v : row) {
                maxY = Math.max(maxY, v);
            }
        }
        maxY = niceCeiling(maxY);
        // Room below the plot for the slanted endpoint names.
        StringBuilder svg = open(title, height + 160);
        axes(svg, height, null, yAxis, 0, maxY, false);
        int plotWidth = WIDTH - LEFT - RIGHT;
        int plotHeight = height - TOP - BOTTOM;
        double group = plotWidth / (double) Math.max(1, categories.size());
        double bar = group * 0.8 / Math.max(1, series.size());
        for (int c = 0; c < categories.size(); c++) {
            double x0 = LEFT + c * group + group * 0.1;
            for (int s = 0; s < series.size(); s++) {
                double h = values[s][c] / maxY * plotHeight;
                svg.append("<rect x=\"").append(fmt(x0 + s * bar)).append("\" y=\"").append(fmt(TOP + plotHeight - h))
                        .append("\" width=\"").append(fmt(bar)).append("\" height=\"").append(fmt(h))
                        .append("\" fill=\"").append(colour(s)).append("\"><title>")
                        .append(escape(categories.get(c) + " " + series.get(s) + ": " + fmt(values[s][c])))
                        .append("</title></rect>\n");
            }
            svg.append("<text font-size=\"10\" text-anchor=\"start\" transform=\"translate(")
                    .append(fmt(x0 + group * 0.3)).append(",").append(TOP + plotHeight + 12)
                    .append(") rotate(30)\">").append(escape(categories.get(c))).append("</text>\n");
        }
        for (int s = 0; s < series.size(); s++) {
            legend(svg, s, series.get(s));
        }
        return svg.append("</svg>\n").toString();
    }

    private static StringBuilder open(String title, int height) {
        StringBuilder svg = new StringBuilder();
        svg.append("<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n");
        svg.append("<svg xmlns=\"http://www.w3.org/2000/svg\" width=\"").append(WIDTH).append("\" height=\"")
                .append(height).append("\" font-family=\"sans-serif\">\n");
        svg.append("<rect width=\"100%\" height=\"100%\" fill=\"white\"/>\n");
        svg.append("<text x=\"").append(WIDTH / 2).append("\" y=\"24\" font-size=\"16\" text-anchor=\"middle\">")
                .append(escape(title)).append("</text>\n");
        return svg;
    }

    private static void axes(StringBuilder svg, int height, String xAxis, String yAxis, double maxX, double maxY,
            boolean xTicks) {
        int plotWidth = WIDTH - LEFT - RIGHT;
        int plotHeight = height - TOP - BOTTOM;
        int bottom = TOP + plotHeight;
        svg.append("<line x1=\"").append(LEFT).append("\" y1=\"").append(bottom).append("\" x2=\"")
                .append(LEFT + plotWidth).append("\" y2=\"").append(bottom).append("\" stroke=\"black\"/>\n");
        svg.append("<line x1=\"").append(LEFT).append("\" y1=\"").append(TOP).append("\" x2=\"").append(LEFT)
                .append("\" y2=\"").append(bottom).append("\" stroke=\"black\"/>\n");
        for (int t = 0; t <= 5; t++) {
            double y = bottom - t * plotHeight / 5.0;
            svg.append("<line x1=\"").append(LEFT).append("\" y1=\"").append(fmt(y)).append("\" x2=\"")
                    .append(LEFT + plotWidth).append("\" y2=\"").append(fmt(y)).append("\" stroke=\"#dddddd\"/>\n");
            svg.append("<text x=\"").append(LEFT - 6).append("\" y=\"").append(fmt(y + 4))
                    .append("\" font-size=\"11\" text-anchor=\"end\">").append(fmt(maxY * t / 5)).append("</text>\n");
            if (xTicks) {
                double x = LEFT + t * plotWidth / 5.0;
                svg.append("<text x=\"").append(fmt(x)).append("\" y=\"").append(bottom + 16)
                        .append("\" font-size=\"11\" text-anchor=\"middle\">").append(fmt(maxX * t / 5))
                        .append("</text>\n");
            }
        }
        if (xAxis != null) {
            svg.append("<text x=\"").append(LEFT + plotWidth / 2).append("\" y=\"").append(bottom + 36)
                    .append("\" font-size=\"12\" text-anchor=\"middle\">").append(escape(xAxis)).append("</text>\n");
        }
        svg.append("<text font-size=\"12\" text-anchor=\"middle\" transform=\"translate(18,")
                .append(TOP + plotHeight / 2).append(") rotate(-90)\">").append(escape(yAxis)).append("</text>\n");
    }

    private static void legend(StringBuilder svg, int index, String name) {
        int x = WIDTH - RIGHT + 16;
        int y = TOP + 10 + index * 20;
        svg.append("<rect x=\"").append(x).append("\" y=\"").append(y - 9)
                .append("\" width=\"12\" height=\"12\" fill=\"")
                .append(colour(index)).append("\"/>\n");
        svg.append("<text x=\"").append(x + 18).append("\" y=\"").append(y + 1).append("\" font-size=\"12\">")
                .append(escape(name)).append("</text>\n");
    }

    /** 1, 2 or 5 times a power of ten, at least {@code value}: round numbers on the axis. */
    static double niceCeiling(double value) {
        double power = Math.pow(10, Math.floor(Math.log10(value)));
        for (double step : new double[]{1, 2, 5, 10}) {
            if (step * power >= value) {
                return step * power;
            }
        }
        return 10 * power;
    }

    private static String colour(int index) {
        return COLOURS[index % COLOURS.length];
    }

    static String escape(String text) {
        return text.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;").replace("\"", "&quot;");
    }

    private static String fmt(double value) {
        return value == Math.rint(value) && Math.abs(value) < 1e15
                ? Long.toString((long) value)
                : String.format(Locale.ROOT, "%.1f", value);
    }
}
