package dev.conflictstream.launcher;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/** The bench's output: one {@code METRIC  VALUE} row per figure, numbers formatted for reading. */
final class BenchTable {
    private final List<String[]> rows = new ArrayList<>();

    BenchTable row(String metric, String format, Object... args) {
        rows.add(new String[] {metric, String.format(Locale.ROOT, format, args)});
        return this;
    }

    static String seconds(double s) {
        return Double.isNaN(s) ? "-" : s < 1 ? String.format(Locale.ROOT, "%.0f ms", s * 1000) : String.format(Locale.ROOT, "%.2f s", s);
    }

    static String latency(LatencyPercentiles l) {
        return l.count() == 0 ? "- (no samples)"
                : String.format(Locale.ROOT, "%s / %s / %s (%,d tally updates)", seconds(l.p50()), seconds(l.p99()), seconds(l.max()), l.count());
    }

    @Override
    public String toString() {
        int width = rows.stream().mapToInt(r -> r[0].length()).max().orElse(0);
        String format = "%-" + Math.max(width, "METRIC".length()) + "s  %s%n";
        StringBuilder text = new StringBuilder(String.format(Locale.ROOT, format, "METRIC", "VALUE"));
        rows.forEach(r -> text.append(String.format(Locale.ROOT, format, r[0], r[1])));
        return text.toString();
    }
}
