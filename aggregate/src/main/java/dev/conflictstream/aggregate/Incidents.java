package dev.conflictstream.aggregate;

import dev.conflictstream.aggregate.IncidentDays.Span;
import dev.conflictstream.schema.Incident;
import dev.conflictstream.schema.Place;
import dev.conflictstream.schema.Report;
import java.time.Instant;
import java.time.LocalDate;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.function.Consumer;
import java.util.function.Function;
import org.apache.kafka.streams.KeyValue;
import org.apache.kafka.streams.errors.InvalidStateStoreException;
import org.apache.kafka.streams.state.KeyValueIterator;
import org.apache.kafka.streams.state.ReadOnlyKeyValueStore;

/**
 * Incidents as they follow from the stores: the day rule over a group's days in
 * {@value AggregateTopology#INCIDENT_DAYS_STORE}, the figures of each incident's one or two
 * days, its latest reports from {@value AggregateTopology#REPORTS_STORE}. The aggregate writes
 * incidents to their topic from here and the query API reads them from here, so there is no
 * incident store to keep in step: an incident is never stored twice.
 */
public final class Incidents {
    /** Sorts after every character of a key part: the open end of a range. */
    public static final String RANGE_END = "\uffff";

    private Incidents() {}

    /** The incident of a group starting on {@code first}, with the figures of its days; {@code report} looks a report up by key. */
    static Incident of(String group, LocalDate first, IncidentFigures figures, Function<String, Report> report) {
        List<Report> sample = new ArrayList<>(figures.latest.size());
        for (String key : figures.latest) {
            sample.add(existing(report, IncidentKeys.reportKey(group, key)));
        }
        int preciseInSample = figures.mostPrecise == null ? -1 : figures.latest.indexOf(figures.mostPrecise);
        Report precise = figures.mostPrecise == null ? null
                : preciseInSample >= 0 ? sample.get(preciseInSample) // usually: no second look-up
                : existing(report, IncidentKeys.reportKey(group, figures.mostPrecise));
        return Incident.newBuilder()
                .setIncidentId(IncidentKeys.incidentId(group, first))
                .setEventType(IncidentKeys.typeOf(group))
                .setSubEventType(sample.get(0).getSubEventType())
                .setPlace(precise == null ? null : precise.getPlace())
                .setEventDate(first)
                .setRegionCode(IncidentKeys.regionOf(group))
                .setKilled(figures.killed.estimate())
                .setInjured(figures.injured.estimate())
                .setReports(sample)
                .setReportCount(figures.reports)
                .setReportsByExtractorVersion(new TreeMap<>(figures.versions))
                .setUpdatedAt(Instant.ofEpochMilli(figures.updatedAt))
                .build();
    }

    /** The place of the incident of {@code group} with {@code figures}: its most precise report's (null: none has one). */
    static Place place(String group, IncidentFigures figures, Function<String, Report> report) {
        return figures.mostPrecise == null ? null : existing(report, IncidentKeys.reportKey(group, figures.mostPrecise)).getPlace();
    }

    /**
     * A report the figures name. Missing only to a reader from outside the stream thread that
     * read the figures just before the report changed: a retry sees both (the query API answers 503).
     */
    private static Report existing(Function<String, Report> report, String key) {
        Report found = report.apply(key);
        if (found == null) {
            throw new InvalidStateStoreException("report " + key + " changed while it was read; retry");
        }
        return found;
    }

    /** The figures of {@code span}: its first day's, plus its second day's if it has one (read-only, may be the day's own). */
    static IncidentFigures figures(Span span, IncidentFigures[] byDay) {
        IncidentFigures first = byDay[span.first()];
        return span.hasSecondDay() ? first.copy().plus(byDay[span.first() + 1]) : first;
    }

    /**
     * Every incident of the groups whose days lie in the key range {@code from..to} of the days
     * store (null: all; a region's range is {@code REGION|} to {@code REGION|}{@value #RANGE_END}).
     */
    public static void forEach(ReadOnlyKeyValueStore<String, IncidentFigures> days, ReadOnlyKeyValueStore<String, Report> reports,
                               String from, String to, Consumer<Incident> visitor) {
        Map<String, IncidentFigures[]> groups = new LinkedHashMap<>();
        try (KeyValueIterator<String, IncidentFigures> it = from == null ? days.all() : days.range(from, to)) {
            while (it.hasNext()) {
                KeyValue<String, IncidentFigures> day = it.next();
                String group = day.key.substring(0, day.key.length() - "|YYYY-MM-DD".length());
                LocalDate date = IncidentKeys.dateOfDayKey(day.key);
                groups.computeIfAbsent(group, g -> new IncidentFigures[32])[date.getDayOfMonth()] = day.value;
            }
        }
        groups.forEach((group, byDay) -> {
            YearMonth month = IncidentKeys.monthOf(group);
            for (Span span : IncidentDays.spans(mask(byDay))) {
                visitor.accept(of(group, span.firstDate(month), figures(span, byDay), reports::get));
            }
        });
    }

    /** Incident {@code id}, or null when there is none. */
    public static Incident find(ReadOnlyKeyValueStore<String, IncidentFigures> days, ReadOnlyKeyValueStore<String, Report> reports,
                                String id) {
        String group;
        LocalDate first;
        try {
            group = IncidentKeys.groupOf(id);
            first = IncidentKeys.dateOf(id);
        } catch (RuntimeException e) {
            return null; // not an incident id
        }
        List<Incident> found = new ArrayList<>(1);
        String prefix = group + IncidentKeys.SEPARATOR;
        forEach(days, reports, prefix, prefix + RANGE_END, incident -> {
            if (incident.getEventDate().equals(first) && incident.getIncidentId().equals(id)) {
                found.add(incident);
            }
        });
        return found.isEmpty() ? null : found.get(0);
    }

    static int mask(IncidentFigures[] byDay) {
        int mask = 0;
        for (int day = 1; day < byDay.length; day++) {
            if (byDay[day] != null) {
                mask |= 1 << (day - 1);
            }
        }
        return mask;
    }
}
