package dev.conflictstream.aggregate;

import dev.conflictstream.schema.Incident;
import dev.conflictstream.schema.Report;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

/**
 * The day rule: which reports of one incident group (same region, type and place) are one
 * incident.
 *
 * <p>Walk the distinct event dates of the group in order. An incident starts at the earliest date
 * {@code d} not yet taken and takes the reports dated {@code d} and {@code d+1}; the next
 * incident starts at the first date after {@code d+1}. So two outlets that resolve "overnight"
 * to adjacent dates give one incident, while a daily campaign on {@code d..d+3} gives two
 * incidents ({@code d,d+1} and {@code d+2,d+3}), never one endless chain: an incident spans at
 * most two consecutive days (ACLED: "one event per active day", relaxed by one day for date
 * resolution noise).
 *
 * <p>The clusters are a function of the <em>set</em> of reports only, never of arrival order,
 * so replays and corrections stay exact. The price of determinism: a report on a new earlier
 * day re-pairs the days of its run (d+1..d+3 = {d+1,d+2},{d+3}; adding d gives
 * {d,d+1},{d+2,d+3}); the topology retracts and re-emits the incidents that change.
 *
 * <p>Incident id = group key + first date of the cluster ({@link IncidentKeys#incidentId(String,
 * LocalDate)}); the incident's {@code eventDate} is that first date, and its daily tally is
 * counted on it.
 */
public final class IncidentClusters {
    private IncidentClusters() {}

    /** The incidents of {@code group} (a group aggregate keyed by its group key), by first date. */
    public static TreeMap<LocalDate, Incident> of(Incident group) {
        TreeMap<LocalDate, List<Report>> byDate = new TreeMap<>();
        for (Report report : group.getReports()) {
            byDate.computeIfAbsent(dateOf(report, group), d -> new ArrayList<>()).add(report);
        }
        TreeMap<LocalDate, List<Report>> clusters = new TreeMap<>();
        LocalDate start = null;
        for (Map.Entry<LocalDate, List<Report>> day : byDate.entrySet()) {
            if (start == null || day.getKey().isAfter(start.plusDays(1))) {
                start = day.getKey();
            }
            clusters.computeIfAbsent(start, d -> new ArrayList<>()).addAll(day.getValue());
        }
        TreeMap<LocalDate, Incident> incidents = new TreeMap<>();
        clusters.forEach((first, reports) -> {
            Incident identity = IncidentMerger.shallowCopy(group);
            identity.setIncidentId(IncidentKeys.incidentId(group.getIncidentId(), first));
            identity.setEventDate(first);
            incidents.put(first, IncidentMerger.recompute(identity, reports));
        });
        return incidents;
    }

    private static LocalDate dateOf(Report report, Incident group) {
        LocalDate date = report.getEventDate();
        return date == null || LocalDate.EPOCH.equals(date) ? group.getEventDate() : date;
    }
}
