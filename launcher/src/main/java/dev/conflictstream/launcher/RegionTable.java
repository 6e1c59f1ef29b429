package dev.conflictstream.launcher;

import dev.conflictstream.schema.CasualtyEstimate;
import dev.conflictstream.schema.RegionTally;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.stream.Collectors;

/** The per-region table the one-command run prints: one line per admin-1 region. */
public final class RegionTable {
    private RegionTable() {}

    public static String format(List<RegionTally> tallies) {
        List<RegionTally> rows = tallies.stream()
                .sorted(Comparator.comparingLong(RegionTally::getIncidents).reversed()
                        .thenComparing(RegionTally::getAdmin1Code))
                .toList();
        StringBuilder out = new StringBuilder();
        String header = String.format("%-30s %-7s %9s  %-13s %-13s  %s%n", "REGION", "COUNTRY", "INCIDENTS",
                "KILLED", "INJURED", "INCIDENTS BY TYPE");
        out.append(header);
        out.append("-".repeat(header.length() + 20)).append('\n');
        for (RegionTally tally : rows) {
            out.append(String.format("%-30s %-7s %9d  %-13s %-13s  %s%n",
                    truncate(tally.getAdmin1Name() + " (" + tally.getAdmin1Code() + ")", 30),
                    tally.getCountryCode(), tally.getIncidents(),
                    figures(tally.getKilled()), figures(tally.getInjured()), byType(tally.getIncidentsByType())));
        }
        if (rows.isEmpty()) {
            out.append("(no incidents)\n");
        }
        out.append("killed/injured are best (low-high); '-' = no figure stated\n");
        return out.toString();
    }

    static String figures(CasualtyEstimate estimate) {
        if (estimate == null || !estimate.getStated()) {
            return "-";
        }
        return estimate.getLow() == estimate.getHigh()
                ? String.valueOf(estimate.getBest())
                : estimate.getBest() + " (" + estimate.getLow() + "-" + estimate.getHigh() + ")";
    }

    static String byType(Map<String, Long> byType) {
        return new TreeMap<>(byType).entrySet().stream().map(e -> e.getKey() + ": " + e.getValue())
                .collect(Collectors.joining(", "));
    }

    private static String truncate(String text, int width) {
        return text.length() <= width ? text : text.substring(0, width - 1) + "…";
    }
}
