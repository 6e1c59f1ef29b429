package dev.conflictstream.aggregate;

import static dev.conflictstream.aggregate.AggregateTopology.EVENTS_STORE;
import static dev.conflictstream.aggregate.AggregateTopology.INCIDENTS_STORE;
import static dev.conflictstream.aggregate.AggregateTopology.INCIDENT_DAYS_STORE;
import static dev.conflictstream.aggregate.AggregateTopology.REGION_DAILY_TALLIES_STORE;
import static dev.conflictstream.aggregate.AggregateTopology.REGION_TALLIES_STORE;
import static dev.conflictstream.aggregate.AggregateTopology.REPORTS_STORE;
import static dev.conflictstream.aggregate.AggregateTopology.WRITE_DAILY_TALLIES;
import static dev.conflictstream.aggregate.AggregateTopology.WRITE_INCIDENTS;
import static dev.conflictstream.aggregate.AggregateTopology.WRITE_TALLIES;

import dev.conflictstream.aggregate.IncidentDays.Span;
import dev.conflictstream.schema.ConflictEvent;
import dev.conflictstream.schema.Incident;
import dev.conflictstream.schema.RegionTally;
import dev.conflictstream.schema.Report;
import java.time.Instant;
import java.time.LocalDate;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.List;
import java.util.TreeMap;
import org.apache.avro.specific.SpecificRecord;
import org.apache.kafka.streams.KeyValue;
import org.apache.kafka.streams.processor.api.Processor;
import org.apache.kafka.streams.processor.api.ProcessorContext;
import org.apache.kafka.streams.processor.api.Record;
import org.apache.kafka.streams.state.KeyValueIterator;
import org.apache.kafka.streams.state.KeyValueStore;

/**
 * Events in, incidents and region tallies out, in one step and at a cost per event that does
 * not grow with the state: every store access is a point read or a scan of at most two days.
 *
 * <p>Per event (an upsert or a retraction):
 * <ol>
 *   <li>the {@value AggregateTopology#EVENTS_STORE} entry drops a stale version and gives the
 *       event's old report, if any; an unchanged report (a replay) stops here;</li>
 *   <li>the old report leaves its day, the new one joins its day: the report in
 *       {@value AggregateTopology#REPORTS_STORE}, the day's {@link IncidentFigures} in
 *       {@value AggregateTopology#INCIDENT_DAYS_STORE};</li>
 *   <li>the day rule ({@link IncidentDays}) over the days around it, before and after, says
 *       which incidents ended and which changed; each changed incident is rebuilt from its one
 *       or two days' figures and its latest reports;</li>
 *   <li>for every incident that changed, its old contribution is subtracted from its region's
 *       all-time and daily tallies and its new one added (signed deltas), and the incident and
 *       tallies are written to their topics.</li>
 * </ol>
 * Everything is a function of the set of current reports, not of arrival order, so replays,
 * corrections and retractions are exact and a replay never double-counts.
 */
final class EventAggregator implements Processor<String, ConflictEvent, String, SpecificRecord> {
    private static final String RANGE_END = "\uffff";

    private final AggregateMetrics metrics;
    private ProcessorContext<String, SpecificRecord> context;
    private KeyValueStore<String, EventEntry> events;
    private KeyValueStore<String, Report> reports;
    private KeyValueStore<String, IncidentFigures> days;
    private KeyValueStore<String, Incident> incidents;
    private KeyValueStore<String, RegionTally> tallies;
    private KeyValueStore<String, RegionTally> dailyTallies;

    EventAggregator(AggregateMetrics metrics) {
        this.metrics = metrics;
    }

    @Override
    public void init(ProcessorContext<String, SpecificRecord> context) {
        this.context = context;
        events = context.getStateStore(EVENTS_STORE);
        reports = context.getStateStore(REPORTS_STORE);
        days = context.getStateStore(INCIDENT_DAYS_STORE);
        incidents = context.getStateStore(INCIDENTS_STORE);
        tallies = context.getStateStore(REGION_TALLIES_STORE);
        dailyTallies = context.getStateStore(REGION_DAILY_TALLIES_STORE);
    }

    @Override
    public void process(Record<String, ConflictEvent> record) {
        String eventId = record.key();
        if (eventId == null) {
            return; // nothing to upsert or retract
        }
        ConflictEvent event = record.value();
        long version = event == null ? record.timestamp() : event.getIngestedAt().toEpochMilli();
        EventEntry before = events.get(eventId);
        if (before != null && version < before.version()) {
            metrics.staleVersionDropped();
            return; // a newer version of this event was already applied
        }
        long newest = before == null ? version : Math.max(version, before.version());
        Report report = event == null ? null : Reports.of(event);
        EventEntry after = event == null ? new EventEntry(newest, null, null)
                : new EventEntry(newest, IncidentKeys.groupKey(event),
                        IncidentKeys.reportOfDay(event.getEventDate(), report.getPublishedDate(), eventId));
        events.put(eventId, after);
        if (event == null) {
            metrics.retractionApplied();
        }
        boolean wasLive = before != null && before.live();
        if (wasLive && after.live() && before.reportKey().equals(after.reportKey())
                && report.equals(reports.get(after.reportKey()))) {
            return; // the same report again (a replay): nothing changes
        }
        if (wasLive && after.live() && before.group().equals(after.group()) && before.date().equals(after.date())) {
            changeDay(after.group(), after.date(), before.reportOfDay(), after.reportOfDay(), report, false, record);
            return;
        }
        if (wasLive) {
            changeDay(before.group(), before.date(), before.reportOfDay(), null, null, false, record);
        }
        if (after.live()) {
            changeDay(after.group(), after.date(), null, after.reportOfDay(), report, !wasLive, record);
        }
    }

    /**
     * Removes {@code removed} from and adds {@code added} to one day of an incident group (report
     * keys within the group, either null), then updates the incidents that changed: those of
     * the runs of consecutive days around it, whose pairing the day rule may redo.
     *
     * @param newReport the added report is a new event: count it when it joins reports already there
     */
    private void changeDay(String group, LocalDate date, String removed, String added, Report report, boolean newReport,
                           Record<?, ?> cause) {
        String dayKey = IncidentKeys.dayKey(group, date);
        IncidentFigures figures = days.get(dayKey);
        boolean hadReports = figures != null;
        if (removed != null) {
            String reportKey = IncidentKeys.reportKey(group, removed);
            Report old = reports.get(reportKey);
            reports.delete(reportKey);
            if (figures != null && old != null && figures.canRemove(old, removed)) {
                figures.remove(old);
            } else {
                figures = rebuildDay(group, date);
            }
        }
        if (added != null) {
            reports.put(IncidentKeys.reportKey(group, added), report);
            if (figures == null) {
                figures = new IncidentFigures();
            }
            figures.add(report, added);
        }
        if (figures == null) {
            days.delete(dayKey);
        } else {
            days.put(dayKey, figures);
        }
        YearMonth month = IncidentKeys.monthOf(group);
        int neighbours = daysAround(group, month, date);
        int touched = IncidentDays.bit(date);
        List<Span> was = IncidentDays.spans(neighbours | (hadReports ? touched : 0));
        List<Span> now = IncidentDays.spans(neighbours | (figures != null ? touched : 0));
        for (Span span : was) {
            if (now.stream().noneMatch(s -> s.first() == span.first())) {
                String id = IncidentKeys.incidentId(group, span.firstDate(month));
                update(id, incidents.get(id), null, cause);
            }
        }
        for (Span span : now) {
            if (!was.contains(span) || span.touches(touched)) {
                Incident incident = build(group, month, span);
                if (newReport && incident.getReportCount() > 1 && span.touches(touched)) {
                    metrics.reportMerged(); // duplicate coverage of one incident merged
                }
                update(incident.getIncidentId(), incidents.get(incident.getIncidentId()), incident, cause);
            }
        }
    }

    /**
     * The days with reports in the runs of consecutive days just before and after {@code date}
     * (a bit mask, without {@code date} itself): all the day rule needs, since a run's pairing
     * starts at its first day. At most the days of the month, usually one or two look-ups.
     */
    private int daysAround(String group, YearMonth month, LocalDate date) {
        int mask = 0;
        for (LocalDate d = date.minusDays(1); d.getMonth() == date.getMonth() && days.get(IncidentKeys.dayKey(group, d)) != null;
             d = d.minusDays(1)) {
            mask |= IncidentDays.bit(d);
        }
        for (LocalDate d = date.plusDays(1); d.getMonth() == date.getMonth() && days.get(IncidentKeys.dayKey(group, d)) != null;
             d = d.plusDays(1)) {
            mask |= IncidentDays.bit(d);
        }
        return mask;
    }

    /** The figures of a day from its reports (after a report that held an extreme left it); null when none is left. */
    private IncidentFigures rebuildDay(String group, LocalDate date) {
        String prefix = IncidentKeys.dayKey(group, date) + IncidentKeys.SEPARATOR;
        IncidentFigures figures = null;
        try (KeyValueIterator<String, Report> it = reports.range(prefix, prefix + RANGE_END)) {
            while (it.hasNext()) {
                KeyValue<String, Report> kv = it.next();
                if (figures == null) {
                    figures = new IncidentFigures();
                }
                figures.add(kv.value, kv.key.substring(group.length() + 1));
            }
        }
        return figures;
    }

    /** The incident of {@code span}: figures of its one or two days, its latest reports. */
    private Incident build(String group, YearMonth month, Span span) {
        LocalDate first = span.firstDate(month);
        IncidentFigures figures = days.get(IncidentKeys.dayKey(group, first));
        if (span.hasSecondDay()) {
            figures.plus(days.get(IncidentKeys.dayKey(group, first.plusDays(1))));
        }
        List<Report> sample = new ArrayList<>(figures.latest.size());
        for (String key : figures.latest) {
            sample.add(reports.get(IncidentKeys.reportKey(group, key)));
        }
        Report precise = figures.mostPrecise == null ? null : reports.get(IncidentKeys.reportKey(group, figures.mostPrecise));
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

    /** Replaces incident {@code id} ({@code old} -> {@code now}, either null) and its share of the tallies. */
    private void update(String id, Incident old, Incident now, Record<?, ?> cause) {
        if (now == null ? old == null : now.equals(old)) {
            return;
        }
        if (now == null) {
            incidents.delete(id);
        } else {
            incidents.put(id, now);
        }
        context.forward(new Record<String, SpecificRecord>(id, now, cause.timestamp()), WRITE_INCIDENTS);
        Incident either = now != null ? now : old;
        String region = either.getRegionCode();
        tally(tallies, region, old == null ? null : RegionTallies.of(old, null), now == null ? null : RegionTallies.of(now, null),
                WRITE_TALLIES, cause);
        LocalDate date = either.getEventDate();
        tally(dailyTallies, IncidentKeys.dailyKey(region, date), old == null ? null : RegionTallies.of(old, date),
                now == null ? null : RegionTallies.of(now, date), WRITE_DAILY_TALLIES, cause);
        metrics.tallyUpdated(cause.timestamp(), System.currentTimeMillis());
    }

    private void tally(KeyValueStore<String, RegionTally> store, String key, RegionTally minus, RegionTally plus,
                       String sink, Record<?, ?> cause) {
        RegionTally tally = store.get(key);
        if (minus != null && tally != null) {
            tally = RegionTallies.subtract(tally, minus);
        }
        if (plus != null) {
            tally = tally == null ? plus : RegionTallies.add(tally, plus);
        }
        if (tally == null) {
            store.delete(key);
        } else {
            store.put(key, tally);
        }
        context.forward(new Record<String, SpecificRecord>(key, tally, cause.timestamp()), sink);
    }

}
