package dev.conflictstream.aggregate.query;

import static dev.conflictstream.aggregate.AggregateTopology.INCIDENT_DAYS_STORE;
import static dev.conflictstream.aggregate.AggregateTopology.REGION_DAILY_TALLIES_STORE;
import static dev.conflictstream.aggregate.AggregateTopology.REGION_TALLIES_STORE;
import static dev.conflictstream.aggregate.AggregateTopology.REPORTS_STORE;

import dev.conflictstream.aggregate.IncidentKeys;
import dev.conflictstream.aggregate.Incidents;
import dev.conflictstream.aggregate.RegionTallies;
import dev.conflictstream.aggregate.query.Views.DayTally;
import dev.conflictstream.aggregate.query.Views.IncidentView;
import dev.conflictstream.aggregate.query.Views.RegionDetail;
import dev.conflictstream.aggregate.query.Views.RegionSummary;
import dev.conflictstream.aggregate.query.Views.ReportView;
import dev.conflictstream.schema.Incident;
import dev.conflictstream.schema.RegionTally;
import dev.conflictstream.schema.Report;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.function.Consumer;
import org.apache.kafka.streams.KeyValue;
import org.apache.kafka.streams.state.KeyValueIterator;
import org.apache.kafka.streams.state.ReadOnlyKeyValueStore;

/**
 * Answers from this instance's stores only: each result is this instance's share, which
 * {@link QueryServer} merges with the other instances' shares.
 *
 * <p>Which store answers: {@code /regions} reads the all-time tallies; with a date range it sums
 * the daily tallies; with an event type it sums the incidents themselves, because tallies
 * break incident counts down by type but not casualties. Keys are {@code REGION|DATE...}, so a
 * region's days and incidents are one key range.
 */
public final class LocalQueries {
    /** Sorts after every character of a key part: the open end of a range. */
    private static final String END = Incidents.RANGE_END;

    private final StoreAccess access;

    public LocalQueries(StoreAccess access) {
        this.access = access;
    }

    /** Filters of {@code /regions} and {@code /incidents}; null means "any". */
    public record Filter(String country, String region, String type, LocalDate from, LocalDate to) {
        boolean dated() {
            return from != null || to != null;
        }

        boolean covers(LocalDate date) {
            return (from == null || !date.isBefore(from)) && (to == null || !date.isAfter(to));
        }

        boolean inCountry(String regionCode) {
            return country == null || IncidentKeys.countryOf(regionCode).equalsIgnoreCase(country);
        }
    }

    public List<RegionSummary> regions(Filter filter) {
        Map<String, RegionTally> sums = new TreeMap<>();
        if (filter.type() != null) {
            forEachIncident(null, incident -> {
                if (incident.getEventType().equals(filter.type()) && filter.inCountry(incident.getRegionCode())
                        && filter.covers(incident.getEventDate())) {
                    sums.merge(incident.getRegionCode(), RegionTallies.of(incident, null), RegionTallies::add);
                }
            });
        } else if (filter.dated()) {
            forEach(access.<RegionTally>store(REGION_DAILY_TALLIES_STORE), null, null, (key, day) -> {
                if (filter.inCountry(day.getAdmin1Code()) && filter.covers(day.getDate())) {
                    sums.merge(day.getAdmin1Code(), day, RegionTallies::add);
                }
            });
        } else {
            forEach(access.<RegionTally>store(REGION_TALLIES_STORE), null, null, (code, tally) -> {
                if (filter.inCountry(code)) {
                    sums.put(code, tally);
                }
            });
        }
        return sums.values().stream().map(RegionSummary::of).toList();
    }

    /** The all-time total if this instance holds it, and this instance's days of the region. */
    public RegionDetail region(String code, Filter filter) {
        RegionTally total = access.<RegionTally>store(REGION_TALLIES_STORE).get(code);
        List<DayTally> days = new ArrayList<>();
        forEach(access.<RegionTally>store(REGION_DAILY_TALLIES_STORE),
                code + IncidentKeys.SEPARATOR + (filter.from() == null ? "" : filter.from().toString()),
                code + IncidentKeys.SEPARATOR + (filter.to() == null ? END : filter.to().toString()),
                (key, day) -> days.add(DayTally.of(day)));
        return new RegionDetail(total == null ? null : RegionSummary.of(total), days);
    }

    public List<IncidentView> incidents(Filter filter) {
        List<IncidentView> found = new ArrayList<>();
        forEachIncident(filter.region(), incident -> {
            if ((filter.type() == null || incident.getEventType().equals(filter.type()))
                    && filter.inCountry(incident.getRegionCode()) && filter.covers(incident.getEventDate())) {
                found.add(IncidentView.of(incident));
            }
        });
        return found;
    }

    /** One incident if this instance holds it, else null. */
    public IncidentView incident(String id) {
        Incident incident = Incidents.find(access.store(INCIDENT_DAYS_STORE), access.store(REPORTS_STORE), id);
        return incident == null ? null : IncidentView.of(incident);
    }

    /** The incidents of {@code region} (null: of every region) held here. */
    private void forEachIncident(String region, Consumer<Incident> visitor) {
        String from = region == null ? null : region + IncidentKeys.SEPARATOR;
        Incidents.forEach(access.store(INCIDENT_DAYS_STORE), access.store(REPORTS_STORE), from, from == null ? null : from + END, visitor);
    }

    /** Every report of incident {@code id} (later day first, newest publication first), if this instance holds it, else null. */
    public List<ReportView> reports(String id) {
        if (incident(id) == null) {
            return null;
        }
        String group = IncidentKeys.groupOf(id);
        LocalDate first = IncidentKeys.dateOf(id);
        List<ReportView> found = new ArrayList<>();
        ReadOnlyKeyValueStore<String, Report> reports = access.store(REPORTS_STORE);
        // an incident takes its first day and the next (the day rule), within its group's month
        for (LocalDate day : first.getDayOfMonth() == first.lengthOfMonth() ? List.of(first) : List.of(first.plusDays(1), first)) {
            String prefix = IncidentKeys.dayKey(group, day) + IncidentKeys.SEPARATOR;
            try (KeyValueIterator<String, Report> it = reports.reverseRange(prefix, prefix + END)) {
                it.forEachRemaining(kv -> found.add(ReportView.of(kv.value)));
            }
        }
        return found;
    }

    private interface Visitor<V> {
        void visit(String key, V value);
    }

    private static <V> void forEach(ReadOnlyKeyValueStore<String, V> store, String from, String to, Visitor<V> visitor) {
        try (KeyValueIterator<String, V> it = from == null ? store.all() : store.range(from, to)) {
            while (it.hasNext()) {
                KeyValue<String, V> kv = it.next();
                visitor.visit(kv.key, kv.value);
            }
        }
    }
}
