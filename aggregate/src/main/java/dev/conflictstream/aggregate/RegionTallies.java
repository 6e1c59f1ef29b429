package dev.conflictstream.aggregate;

import dev.conflictstream.schema.CasualtyEstimate;
import dev.conflictstream.schema.Incident;
import dev.conflictstream.schema.Place;
import dev.conflictstream.schema.RegionTally;
import java.time.LocalDate;
import java.util.Map;
import java.util.TreeMap;

/**
 * Tally arithmetic: an incident becomes a tally of one ({@link #of}), the contribution the
 * aggregate subtracts (old figures) and adds (new figures); tallies add and subtract field by field. Every field is a sum
 * (counts, per-type and per-version counts, casualty low/best/high, incidents with a stated
 * figure), so subtracting exactly what was added restores the previous tally and the result
 * does not depend on order. {@code updatedAt} is the one non-invertible field (a maximum): a
 * freshness hint, documented as not exact under replay. A tally with no incident left is deleted (tombstone).
 *
 * <p>Maps are kept sorted and without zero entries, so equal tallies serialize to equal bytes.
 */
public final class RegionTallies {
    private RegionTallies() {}

    /** The contribution of one incident to its region's tally; {@code date} null for all-time. */
    public static RegionTally of(Incident incident, LocalDate date) {
        return of(incident.getRegionCode(), incident.getPlace(), incident.getEventType(), incident.getKilled(),
                incident.getInjured(), incident.getReportCount(), incident.getReportsByExtractorVersion(),
                incident.getUpdatedAt().toEpochMilli(), date);
    }

    /**
     * The contribution of an incident of {@code region} and {@code type} with {@code figures}
     * (null: no incident, no contribution); {@code place}, any place of the region, names it.
     */
    static RegionTally of(String region, Place place, String type, IncidentFigures figures, LocalDate date) {
        return figures == null ? null : of(region, place, type, figures.killed.estimate(), figures.injured.estimate(),
                figures.reports, figures.versions, figures.updatedAt, date);
    }

    private static RegionTally of(String region, Place place, String type, CasualtyEstimate killed, CasualtyEstimate injured,
                                  int reports, Map<String, Integer> reportsByVersion, long updatedAt, LocalDate date) {
        Map<String, Long> versions = new TreeMap<>();
        reportsByVersion.forEach((version, n) -> versions.put(version, n.longValue()));
        return RegionTally.newBuilder()
                .setAdmin1Code(region)
                .setAdmin1Name(IncidentKeys.regionName(region, place))
                .setCountryCode(IncidentKeys.countryOf(region))
                .setDate(date)
                .setIncidents(1)
                .setIncidentsByType(new TreeMap<>(Map.of(type, 1L)))
                .setKilled(killed)
                .setInjured(injured)
                .setKilledStatedIncidents(killed.getStated() ? 1 : 0)
                .setInjuredStatedIncidents(injured.getStated() ? 1 : 0)
                .setReports(reports)
                .setReportsByExtractorVersion(versions)
                .setUpdatedAt(java.time.Instant.ofEpochMilli(updatedAt))
                .build();
    }

    /**
     * {@code tally} moved by {@code sign} (+1 or -1) times the contribution of an incident of
     * {@code region} and {@code type} with {@code figures} (null: no incident, no change), in
     * place: the aggregate's path, one per incident update, where building the contribution and
     * a copy of the tally cost a fifth of its thread. Equal to {@link #add}/{@link #subtract} of
     * {@link #of(String, Place, String, IncidentFigures, LocalDate)}; null when no incident is left.
     *
     * @param tally a tally this caller owns (as read from a store: a fresh copy), or null
     */
    static RegionTally move(RegionTally tally, String region, Place place, String type, IncidentFigures figures,
                            LocalDate date, int sign) {
        if (figures == null) {
            return tally;
        }
        if (tally == null) {
            return sign > 0 ? of(region, place, type, figures, date) : null;
        }
        CasualtyEstimate killed = figures.killed.estimate();
        CasualtyEstimate injured = figures.injured.estimate();
        long killedStated = tally.getKilledStatedIncidents() + (killed.getStated() ? sign : 0);
        long injuredStated = tally.getInjuredStatedIncidents() + (injured.getStated() ? sign : 0);
        tally.setIncidents(tally.getIncidents() + sign);
        tally.setIncidentsByType(sorted(tally.getIncidentsByType()));
        tally.getIncidentsByType().merge(type, (long) sign, RegionTallies::sumOrNone);
        moveInto(tally.getKilled(), killed, sign, killedStated > 0);
        moveInto(tally.getInjured(), injured, sign, injuredStated > 0);
        tally.setKilledStatedIncidents(killedStated);
        tally.setInjuredStatedIncidents(injuredStated);
        tally.setReports(tally.getReports() + (long) sign * figures.reports);
        tally.setReportsByExtractorVersion(sorted(tally.getReportsByExtractorVersion()));
        figures.versions.forEach((version, n) ->
                tally.getReportsByExtractorVersion().merge(version, (long) sign * n, RegionTallies::sumOrNone));
        if (sign > 0 && figures.updatedAt > tally.getUpdatedAt().toEpochMilli()) {
            tally.setUpdatedAt(java.time.Instant.ofEpochMilli(figures.updatedAt));
        }
        return tally.getIncidents() == 0 && tally.getReports() == 0 ? null : tally;
    }

    private static Map<String, Long> sorted(Map<String, Long> map) {
        return map instanceof TreeMap ? map : new TreeMap<>(map);
    }

    /** A map merge that drops a count reaching zero. */
    private static Long sumOrNone(Long a, Long b) {
        long sum = a + b;
        return sum == 0 ? null : sum;
    }

    private static void moveInto(CasualtyEstimate total, CasualtyEstimate part, int sign, boolean stated) {
        total.setLow(total.getLow() + sign * part.getLow());
        total.setBest(total.getBest() + sign * part.getBest());
        total.setHigh(total.getHigh() + sign * part.getHigh());
        total.setStated(stated);
    }

    public static RegionTally add(RegionTally tally, RegionTally contribution) {
        return combine(tally, contribution, 1);
    }

    /** {@code tally} minus {@code contribution}; null when no incident is left. */
    public static RegionTally subtract(RegionTally tally, RegionTally contribution) {
        RegionTally result = combine(tally, contribution, -1);
        return result.getIncidents() == 0 && result.getReports() == 0 ? null : result;
    }

    private static RegionTally combine(RegionTally a, RegionTally b, int sign) {
        long killedStated = a.getKilledStatedIncidents() + sign * b.getKilledStatedIncidents();
        long injuredStated = a.getInjuredStatedIncidents() + sign * b.getInjuredStatedIncidents();
        return RegionTally.newBuilder(a)
                .setIncidents(a.getIncidents() + sign * b.getIncidents())
                .setIncidentsByType(combine(a.getIncidentsByType(), b.getIncidentsByType(), sign))
                .setKilled(combine(a.getKilled(), b.getKilled(), sign, killedStated > 0))
                .setInjured(combine(a.getInjured(), b.getInjured(), sign, injuredStated > 0))
                .setKilledStatedIncidents(killedStated)
                .setInjuredStatedIncidents(injuredStated)
                .setReports(a.getReports() + sign * b.getReports())
                .setReportsByExtractorVersion(combine(a.getReportsByExtractorVersion(), b.getReportsByExtractorVersion(), sign))
                .setUpdatedAt(sign > 0 && b.getUpdatedAt().isAfter(a.getUpdatedAt()) ? b.getUpdatedAt() : a.getUpdatedAt())
                .build();
    }

    private static Map<String, Long> combine(Map<String, Long> a, Map<String, Long> b, int sign) {
        Map<String, Long> result = new TreeMap<>(a);
        b.forEach((k, v) -> result.merge(k, sign * v, Long::sum));
        result.values().removeIf(v -> v == 0L);
        return result;
    }

    private static CasualtyEstimate combine(CasualtyEstimate a, CasualtyEstimate b, int sign, boolean stated) {
        return CasualtyEstimate.newBuilder()
                .setLow(a.getLow() + sign * b.getLow())
                .setBest(a.getBest() + sign * b.getBest())
                .setHigh(a.getHigh() + sign * b.getHigh())
                .setStated(stated)
                .build();
    }
}
