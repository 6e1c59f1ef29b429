package dev.conflictstream.aggregate;

import static dev.conflictstream.aggregate.AggregateTopology.CURRENT_EVENTS_STORE;
import static dev.conflictstream.aggregate.AggregateTopology.EVENTS_STORE;
import static dev.conflictstream.aggregate.AggregateTopology.EVENT_INDEX_STORE;
import static dev.conflictstream.aggregate.AggregateTopology.INCIDENT_DAYS_STORE;
import static dev.conflictstream.aggregate.AggregateTopology.PENDING_CHANGES_STORE;
import static dev.conflictstream.aggregate.AggregateTopology.PINNED_REPORTS_STORE;
import static dev.conflictstream.aggregate.AggregateTopology.REGION_DAILY_TALLIES_STORE;
import static dev.conflictstream.aggregate.AggregateTopology.REGION_TALLIES_STORE;
import static dev.conflictstream.aggregate.AggregateTopology.REPORTS_STORE;
import static dev.conflictstream.aggregate.AggregateTopology.WRITE_DAILY_TALLIES;
import static dev.conflictstream.aggregate.AggregateTopology.WRITE_INCIDENTS;
import static dev.conflictstream.aggregate.AggregateTopology.WRITE_TALLIES;

import dev.conflictstream.aggregate.IncidentDays.Span;
import dev.conflictstream.schema.ConflictEvent;
import dev.conflictstream.schema.Place;
import dev.conflictstream.schema.RegionTally;
import dev.conflictstream.schema.Report;
import dev.conflictstream.schema.serde.ConfluentAvroSerde;
import java.time.LocalDate;
import java.time.YearMonth;
import java.util.List;
import org.apache.avro.specific.SpecificRecord;
import org.apache.kafka.streams.KeyValue;
import org.apache.kafka.streams.processor.api.Processor;
import org.apache.kafka.streams.processor.api.ProcessorContext;
import org.apache.kafka.streams.processor.api.Record;
import org.apache.kafka.streams.state.KeyValueIterator;
import org.apache.kafka.streams.state.KeyValueStore;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Events in, incidents and region tallies out, in one step and at a cost per event that does
 * not grow with the state: every store access is a point read, a scan of one group's month, or a
 * scan of one day's reports.
 *
 * <p>Per event (an upsert or a retraction):
 * <ol>
 *   <li>the event's entry ({@link EventIndex}) drops a stale version and gives the event's old
 *       report, if any; an unchanged report (a replay) stops here;</li>
 *   <li>the old report leaves its day, the new one joins its day: the report in
 *       {@value AggregateTopology#REPORTS_STORE}, the day's {@link IncidentFigures} in
 *       {@value AggregateTopology#INCIDENT_DAYS_STORE};</li>
 *   <li>the day rule ({@link IncidentDays}) over the days around it, before and after, says
 *       which incidents ended and which changed; each changed incident is rebuilt from its one
 *       or two days' figures and its latest reports;</li>
 *   <li>for every incident that changed, its old contribution is subtracted from its region's
 *       all-time and daily tallies and its new one added (signed deltas); the incident and the
 *       tally rows are written to their topics at the next commit, once each
 *       ({@link IncidentOutbox}, {@link GroupDays}, {@link WriteBehindRows}, {@link FlushHook}).</li>
 * </ol>
 * Everything is a function of the set of current reports, not of arrival order, so replays,
 * corrections and retractions are exact and a replay never double-counts.
 */
final class EventAggregator implements Processor<String, TopicEvent, String, SpecificRecord> {

    private static final Logger log = LoggerFactory.getLogger(EventAggregator.class);

    private final AggregateMetrics metrics;
    private final ConfluentAvroSerde<String> eventKeys;
    private final ConfluentAvroSerde<ConflictEvent> eventValues;
    private ProcessorContext<String, SpecificRecord> context;
    private EventIndex events;
    private RecentReports reports;
    /** Reports of live events whose latest record on the topic is a stale copy ({@link CommittedEvents}). */
    private KeyValueStore<String, Report> pinned;
    /** The figures of incident days, a group's month at a time, written behind like the tally rows. */
    private GroupDays days;
    /** Holds one row while changes wait to be published: its flush, at every commit, publishes them. */
    private KeyValueStore<String, Long> pending;
    private boolean pendingMarked;
    /** Incidents changed since the last commit. */
    private IncidentOutbox incidents;
    /** Tally rows changed since the last commit. */
    private WriteBehindRows<RegionTally> tallyRows;
    private WriteBehindRows<RegionTally> dailyTallyRows;
    /**
     * False without a record cache (statestore.cache.max.bytes=0): there is no flush before a
     * commit to hook, so the changes of each record are published as soon as it is processed.
     */
    private boolean publishAtCommit;
    /** Inside {@link #process}, where a flush by cache eviction may come between a report's and its day's writes. */
    private boolean processing;
    /** A flush came while processing: publish once the record is done. */
    private boolean publishWhenDone;

    /** @param eventKeys, eventValues the events topic's serdes, to read the committed events when the local state is rebuilt */
    EventAggregator(AggregateMetrics metrics, ConfluentAvroSerde<String> eventKeys, ConfluentAvroSerde<ConflictEvent> eventValues) {
        this.metrics = metrics;
        this.eventKeys = eventKeys;
        this.eventValues = eventValues;
    }

    @Override
    public void init(ProcessorContext<String, SpecificRecord> context) {
        this.context = context;
        reports = new RecentReports(context.getStateStore(REPORTS_STORE), DECODED_REPORTS);
        pinned = context.getStateStore(PINNED_REPORTS_STORE);
        KeyValueStore<String, EventEntry> retracted = context.getStateStore(EVENTS_STORE);
        events = new EventIndex(context.getStateStore(EVENT_INDEX_STORE), retracted);
        CommittedEvents committed = new CommittedEvents(context.getStateStore(CURRENT_EVENTS_STORE), eventKeys, eventValues,
                retracted, pinned);
        long started = System.nanoTime();
        long rebuilt = events.open(committed::forEachLive, new DerivedStores(reports.store(),
                context.getStateStore(INCIDENT_DAYS_STORE), context.getStateStore(REGION_TALLIES_STORE),
                context.getStateStore(REGION_DAILY_TALLIES_STORE)));
        if (rebuilt >= 0) {
            log.info("task {}: event index, reports, incident days and region tallies rebuilt from {} live events in {} ms", context.taskId(),
                    rebuilt, (System.nanoTime() - started) / 1_000_000);
            if (committed.skipped() > 0) {
                log.warn("task {}: {} records of the events topic could not be read or applied while rebuilding, skipped"
                        + " (they were dead-lettered when processed)", context.taskId(), committed.skipped());
            }
        } else {
            log.debug("task {}: event index current", context.taskId());
        }
        // everything in memory starts afresh: init runs again when a task is revived after a failed transaction
        days = new GroupDays(context.getStateStore(INCIDENT_DAYS_STORE), DECODED_MONTHS);
        tallyRows = new WriteBehindRows<>(context.getStateStore(REGION_TALLIES_STORE), DECODED_TALLY_ROWS);
        dailyTallyRows = new WriteBehindRows<>(context.getStateStore(REGION_DAILY_TALLIES_STORE), DECODED_TALLY_ROWS);
        incidents = new IncidentOutbox();
        pending = context.getStateStore(PENDING_CHANGES_STORE);
        pendingMarked = processing = publishWhenDone = false;
        publishAtCommit = FlushHook.install(context, pending, (key, value, timestamp) -> publish());
    }

    /** Decoded rows kept per store beyond the changed ones: the group months, regions and reports of the latest news. */
    private static final int DECODED_MONTHS = 20_000, DECODED_TALLY_ROWS = 20_000, DECODED_REPORTS = 10_000;

    /** Something changed: make sure the next commit publishes it. */
    private void markPending(long timestamp) {
        if (publishAtCommit && !pendingMarked) {
            pending.put(PENDING_KEY, timestamp);
            pendingMarked = true;
        }
    }

    private static final String PENDING_KEY = "pending";

    /**
     * Publishes what changed: the days and tally rows to their stores (and so changelogs), the
     * incidents and tally rows to their topics. Runs when the
     * {@value AggregateTopology#PENDING_CHANGES_STORE} row is flushed from Streams' cache: while
     * a commit is prepared, inside its exactly-once transaction, or when the cache evicts it; an
     * eviction in the middle of a record waits for the record to be done (a report it removed may
     * still be named by a pending incident's figures until its day is rewritten).
     */
    private void publish() {
        if (processing) {
            publishWhenDone = true;
            return;
        }
        pendingMarked = false;
        days.flush();
        incidents.drain(reports::get, (id, incident, timestamp) -> forward(id, incident, timestamp, WRITE_INCIDENTS));
        tallyRows.flush((key, tally, timestamp) -> forward(key, tally, timestamp, WRITE_TALLIES));
        dailyTallyRows.flush((key, tally, timestamp) -> forward(key, tally, timestamp, WRITE_DAILY_TALLIES));
        events.commit();
    }

    private void forward(String key, SpecificRecord value, long timestamp, String sink) {
        context.forward(new Record<>(key, value, timestamp), sink);
    }

    @Override
    public void process(Record<String, TopicEvent> record) {
        processing = true;
        try {
            apply(record);
        } finally {
            processing = false;
        }
        if (publishWhenDone || !publishAtCommit) {
            publishWhenDone = false;
            publish();
        }
    }

    private void apply(Record<String, TopicEvent> record) {
        String eventId = record.key();
        if (eventId == null || eventId.isEmpty()) {
            return; // nothing to upsert or retract (enrich never writes an empty id; the event index keeps that key)
        }
        ConflictEvent event = record.value() == null ? null : record.value().event();
        long version = event == null ? record.timestamp() : event.getIngestedAt().toEpochMilli();
        EventEntry before = events.get(eventId);
        if (before != null && version < before.version()) {
            metrics.staleVersionDropped();
            if (before.live()) { // the topic's latest record of this event is now this copy, not the report that counts
                pinned.put(before.reportKey(), reports.get(before.reportKey()));
            }
            return; // a newer version of this event was already applied
        }
        long newest = before == null ? version : Math.max(version, before.version());
        EncodedReport report = event == null ? null : EncodedReport.of(Reports.of(event));
        EventEntry after = event == null ? new EventEntry(newest, null, null) : EventEntry.of(eventId, event, report, newest);
        boolean wasLive = before != null && before.live();
        if (event == null && wasLive) {
            metrics.retractionApplied(); // a tombstone for an event this partition does not hold changes nothing
        }
        boolean sameReport = wasLive && after.live() && before.reportKey().equals(after.reportKey())
                && report.sameAs(reports.get(after.reportKey())); // the same report again (a replay): nothing changes
        if (!sameReport) {
            events.markDirty(); // the days and tallies derived with the index change too
            moveReport(before, after, wasLive, report, record);
        }
        // last: the entry says where the report is once it is there
        events.put(eventId, before, after);
        markPending(record.timestamp());
    }

    /** Takes the event's report out of its old day ({@code before}) and puts {@code report} into its new one ({@code after}). */
    private void moveReport(EventEntry before, EventEntry after, boolean wasLive, Report report, Record<?, ?> cause) {
        if (wasLive && after.live() && before.group().equals(after.group()) && before.date().equals(after.date())) {
            changeDay(after.group(), after.date(), before.reportOfDay(), after.reportOfDay(), report, false, cause);
            return;
        }
        if (wasLive) {
            changeDay(before.group(), before.date(), before.reportOfDay(), null, null, false, cause);
        }
        if (after.live()) {
            changeDay(after.group(), after.date(), null, after.reportOfDay(), report, !wasLive, cause);
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
        IncidentFigures[] before = runAround(days.days(group), date.getDayOfMonth());
        int day = date.getDayOfMonth();
        IncidentFigures figures = before[day] == null ? null : before[day].copy();
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
        days.put(group, date, figures);
        markPending(cause.timestamp());
        IncidentFigures[] after = before.clone();
        after[day] = figures;

        YearMonth month = IncidentKeys.monthOf(group);
        int touched = IncidentDays.bit(date);
        List<Span> was = IncidentDays.spans(Incidents.mask(before));
        List<Span> now = IncidentDays.spans(Incidents.mask(after));
        for (Span span : was) {
            if (IncidentDays.startingOn(now, span.first()) == null) {
                LocalDate first = span.firstDate(month);
                update(group, first, Incidents.figures(span, before), null, cause);
            }
        }
        for (Span span : now) {
            Span old = IncidentDays.startingOn(was, span.first());
            if (!span.equals(old) || span.touches(touched)) {
                LocalDate first = span.firstDate(month);
                IncidentFigures incident = Incidents.figures(span, after);
                if (newReport && incident.reports > 1 && span.touches(touched)) {
                    metrics.reportMerged(); // duplicate coverage of one incident merged
                }
                update(group, first, old == null ? null : Incidents.figures(old, before), incident, cause);
            }
        }
    }

    /**
     * The figures of {@code day} and of the runs of consecutive days with reports just before and
     * after it, by day of month, from a group's days: all the day rule needs, since a run's pairing
     * starts at its first day.
     */
    private static IncidentFigures[] runAround(IncidentFigures[] month, int day) {
        IncidentFigures[] byDay = new IncidentFigures[32];
        byDay[day] = month[day];
        for (int d = day - 1; d >= 1 && month[d] != null; d--) {
            byDay[d] = month[d];
        }
        for (int d = day + 1; d < month.length && month[d] != null; d++) {
            byDay[d] = month[d];
        }
        return byDay;
    }

    /** The figures of a day from its reports (after a report that held an extreme left it); null when none is left. */
    private IncidentFigures rebuildDay(String group, LocalDate date) {
        String prefix = IncidentKeys.dayKey(group, date) + IncidentKeys.SEPARATOR;
        IncidentFigures figures = null;
        try (KeyValueIterator<String, Report> it = reports.store().range(prefix, prefix + Incidents.RANGE_END)) {
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

    /**
     * Writes the incident of {@code group} first dated {@code first} ({@code now} null: it ended)
     * and moves its region's tallies by the difference between its old and new figures.
     */
    private void update(String group, LocalDate first, IncidentFigures old, IncidentFigures now, Record<?, ?> cause) {
        incidents.changed(IncidentKeys.incidentId(group, first), group, first, now, cause.timestamp());
        String region = IncidentKeys.regionOf(group);
        tally(tallyRows, region, group, old, now, null, cause);
        tally(dailyTallyRows, IncidentKeys.dailyKey(region, first), group, old, now, first, cause);
        metrics.tallyUpdated(cause.timestamp(), System.currentTimeMillis());
    }

    /**
     * Moves the tally row {@code key} (the all-time row, or the daily row of {@code date}) by the
     * incident's new figures minus its old ones; the row is written and published at the commit.
     */
    private void tally(WriteBehindRows<RegionTally> rows, String key, String group,
                       IncidentFigures old, IncidentFigures now, LocalDate date, Record<?, ?> cause) {
        String region = IncidentKeys.regionOf(group);
        String type = IncidentKeys.typeOf(group);
        RegionTally tally = RegionTallies.move(rows.get(key), region, null, type, old, date, -1);
        // a new row is named after the region's name in the incident's place (one report read, only then)
        Place place = tally == null && now != null ? Incidents.place(group, now, reports::get) : null;
        rows.put(key, RegionTallies.move(tally, region, place, type, now, date, +1), cause.timestamp());
    }
}
