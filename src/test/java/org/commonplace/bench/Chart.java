package org.commonplace.bench;

import java.awt.BasicStroke;
import java.awt.Color;
import java.awt.Font;
import java.awt.Graphics2D;
import java.awt.RenderingHints;
import java.awt.image.BufferedImage;
import java.io.IOException;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;
import javax.imageio.ImageIO;
import org.commonplace.bench.LoadBenchmark.Result;
import org.commonplace.bench.LoadBenchmark.Scenario;

/**
 * Draws the benchmark chart with Java2D (headless): requests per second and p95 latency against concurrency, one
 * line per scenario, both on logarithmic axes so the static reference and a slow write fit on one picture.
 */
final class Chart {

    private static final Color[] COLORS = {new Color(0x555555), new Color(0x1f77b4), new Color(0x2ca02c), new Color(0xd62728),
            new Color(0x9467bd), new Color(0xff7f0e), new Color(0x8c564b), new Color(0xe377c2), new Color(0x17becf),
            new Color(0xbcbd22), new Color(0x393b79), new Color(0xad494a)};
    private static final int W = 1640;
    private static final int H = 620;
    private static final int LEGEND_X = 1228;

    private Chart() {
    }

    /** Draws the chart of a {@code results.json} the benchmark wrote: {@code Chart <results.json> <chart.png>}. */
    public static void main(String[] args) throws IOException {
        jakarta.json.JsonObject doc;
        try (jakarta.json.JsonReader r = jakarta.json.Json.createReader(java.nio.file.Files.newBufferedReader(Path.of(args[0])))) {
            doc = r.readObject();
        }
        List<Scenario> scenarios = doc.getJsonObject("scenarios").entrySet().stream()
                .map(e -> new Scenario(e.getKey(), ((jakarta.json.JsonString) e.getValue()).getString(), "", null)).toList();
        List<Result> results = doc.getJsonArray("results").getValuesAs(jakarta.json.JsonObject.class).stream()
                .map(o -> new Result(o.getString("scenario"), o.getInt("concurrency"), o.getJsonNumber("requestsPerSecond").doubleValue(),
                        o.getJsonNumber("p50Ms").doubleValue(), o.getJsonNumber("p95Ms").doubleValue(), o.getJsonNumber("p99Ms").doubleValue(),
                        o.getJsonNumber("requests").longValue(), o.getJsonNumber("errors").longValue(), o.getString("errorStatuses", ""),
                        o.containsKey("serverCpuMsPerRequest") ? o.getJsonNumber("serverCpuMsPerRequest").doubleValue() : Double.NaN))
                .toList();
        List<Integer> concurrency = results.stream().map(Result::concurrency).distinct().sorted().toList();
        write(Path.of(args[1]), results, scenarios, concurrency);
    }

    static void write(Path file, List<Result> results, List<Scenario> scenarios, List<Integer> concurrency) throws IOException {
        // Wide enough for the longest scenario label of the legend.
        Font legend = new Font(Font.SANS_SERIF, Font.PLAIN, 14);
        Graphics2D probe = new BufferedImage(1, 1, BufferedImage.TYPE_INT_RGB).createGraphics();
        int longest = scenarios.stream().mapToInt(sc -> probe.getFontMetrics(legend).stringWidth(sc.label())).max().orElse(0);
        probe.dispose();
        int width = Math.max(W, LEGEND_X + longest + 20);
        BufferedImage img = new BufferedImage(width, H, BufferedImage.TYPE_INT_RGB);
        Graphics2D g = img.createGraphics();
        g.setRenderingHint(RenderingHints.KEY_ANTIALIASING, RenderingHints.VALUE_ANTIALIAS_ON);
        g.setRenderingHint(RenderingHints.KEY_TEXT_ANTIALIASING, RenderingHints.VALUE_TEXT_ANTIALIAS_ON);
        g.setColor(Color.WHITE);
        g.fillRect(0, 0, width, H);
        panel(g, 70, 60, 500, 440, "Throughput (requests/s, log scale)", results, scenarios, concurrency, true);
        panel(g, 660, 60, 500, 440, "p95 latency (ms, log scale)", results, scenarios, concurrency, false);
        // Legend.
        g.setFont(legend);
        int y = 80;
        for (int i = 0; i < scenarios.size(); i++) {
            g.setColor(COLORS[i % COLORS.length]);
            g.setStroke(new BasicStroke(3f));
            g.drawLine(LEGEND_X - 38, y - 5, LEGEND_X - 8, y - 5);
            g.setColor(Color.DARK_GRAY);
            g.drawString(scenarios.get(i).label(), LEGEND_X, y);
            y += 26;
        }
        g.setFont(new Font(Font.SANS_SERIF, Font.BOLD, 18));
        g.setColor(Color.BLACK);
        g.drawString("Commonplace load benchmark: throughput and p95 latency against concurrency", 70, 32);
        g.dispose();
        ImageIO.write(img, "png", file.toFile());
    }

    private static void panel(Graphics2D g, int x0, int y0, int w, int h, String title, List<Result> results, List<Scenario> scenarios,
            List<Integer> concurrency, boolean throughput) {
        double min = Double.MAX_VALUE;
        double max = 0;
        for (Result r : results) {
            double v = throughput ? r.rps() : r.p95();
            if (v > 0) {
                min = Math.min(min, v);
                max = Math.max(max, v);
            }
        }
        if (max == 0) {
            min = 1;
            max = 10;
        }
        double lo = Math.floor(Math.log10(min));
        double hi = Math.ceil(Math.log10(max));
        if (hi <= lo) {
            hi = lo + 1;
        }
        g.setColor(Color.BLACK);
        g.setFont(new Font(Font.SANS_SERIF, Font.BOLD, 15));
        g.drawString(title, x0, y0 - 10);
        g.setFont(new Font(Font.SANS_SERIF, Font.PLAIN, 12));
        // Horizontal grid at each power of ten (and 2x, 5x in light grey).
        for (double e = lo; e <= hi; e++) {
            for (int m : new int[] {1, 2, 5}) {
                double v = m * Math.pow(10, e);
                if (Math.log10(v) > hi) {
                    continue;
                }
                int y = yOf(v, lo, hi, y0, h);
                g.setColor(m == 1 ? new Color(0xbbbbbb) : new Color(0xeeeeee));
                g.drawLine(x0, y, x0 + w, y);
                if (m == 1 || hi - lo <= 2) {
                    g.setColor(Color.DARK_GRAY);
                    String label = v >= 1 ? String.format(Locale.ROOT, "%,.0f", v) : String.format(Locale.ROOT, "%.2f", v);
                    g.drawString(label, x0 - 8 - g.getFontMetrics().stringWidth(label), y + 4);
                }
            }
        }
        // Concurrency levels are evenly spaced.
        int n = concurrency.size();
        for (int i = 0; i < n; i++) {
            int x = xOf(i, n, x0, w);
            g.setColor(new Color(0xdddddd));
            g.drawLine(x, y0, x, y0 + h);
            g.setColor(Color.DARK_GRAY);
            String label = "c=" + concurrency.get(i);
            g.drawString(label, x - g.getFontMetrics().stringWidth(label) / 2, y0 + h + 18);
        }
        g.drawString("concurrent connections", x0 + w / 2 - 60, y0 + h + 40);
        g.setColor(Color.BLACK);
        g.drawRect(x0, y0, w, h);
        for (int s = 0; s < scenarios.size(); s++) {
            g.setColor(COLORS[s % COLORS.length]);
            g.setStroke(new BasicStroke(scenarios.get(s).name().equals("static") ? 2f : 3f,
                    BasicStroke.CAP_ROUND, BasicStroke.JOIN_ROUND, 1f,
                    scenarios.get(s).name().equals("static") ? new float[] {8f, 6f} : null, 0f));
            int px = -1;
            int py = -1;
            for (int i = 0; i < n; i++) {
                Result r = LoadBenchmark.at(results, scenarios.get(s).name(), concurrency.get(i));
                if (r == null || r.requests() == 0) {
                    px = -1;
                    continue;
                }
                double v = throughput ? r.rps() : r.p95();
                int x = xOf(i, n, x0, w);
                int y = yOf(Math.max(v, Math.pow(10, lo)), lo, hi, y0, h);
                g.fillOval(x - 4, y - 4, 8, 8);
                if (px >= 0) {
                    g.drawLine(px, py, x, y);
                }
                px = x;
                py = y;
            }
        }
        g.setStroke(new BasicStroke(1f));
    }

    private static int xOf(int i, int n, int x0, int w) {
        return n == 1 ? x0 + w / 2 : x0 + 40 + i * (w - 80) / (n - 1);
    }

    private static int yOf(double v, double lo, double hi, int y0, int h) {
        return y0 + h - (int) Math.round((Math.log10(v) - lo) / (hi - lo) * h);
    }
}
