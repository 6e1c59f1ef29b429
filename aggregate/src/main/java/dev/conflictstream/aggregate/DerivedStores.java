package dev.conflictstream.aggregate;

import dev.conflictstream.aggregate.IncidentDays.Span;
import dev.conflictstream.schema.Place;
import dev.conflictstream.schema.RegionTally;
import dev.conflictstream.schema.Report;
import java.time.LocalDate;
import java.time.YearMonth;
import java.util.HashMap;
import java.util.Map;
import java.util.TreeMap;
import org.apache.kafka.streams.KeyValue;
import org.apache.kafka.streams.state.KeyValueIterator;
import org.apache.kafka.streams.state.KeyValueStore;

/**
 * The aggregate's local stores that follow from the committed events, rebuilt from them with
 * the event index ({@link EventIndex#open}): every live event's report
 * ({@value AggregateTopology#REPORTS_STORE}), the figures of every incident day
 * ({@value AggregateTopology#INCIDENT_DAYS_STORE}) and the all-time and daily region tallies
 * ({@value AggregateTopology#REGION_TALLIES_STORE}, {@value AggregateTopology#REGION_DAILY_TALLIES_STORE}).
 *
 * <p>None of them is logged. A report is a function of its event, which the events topic holds
 * ({@link LatestEvents}); a day's figures are a function of the day's reports, and a tally the
 * sum of its incidents' contributions ({@link RegionTallies}). Logging them cost, per article,
 * a report, and per changed incident a day row and two tally rows, at every commit: about half
 * the records the pipeline wrote. The price is a scan of the events when a task opens on state
 * it cannot trust (after a crash, on another instance).
 *
 * <p>Rebuilt tallies equal the ones kept by signed deltas in every summed field; {@code updatedAt},
 * a maximum, becomes the newest of the incidents still counted (the deltas keep the newest ever
 * added), and a row's region name comes from the first incident of the region in key order.
 */
final class DerivedStores implements EventIndex.Derived {
    private final KeyValueStore<String, Report> reports;
    private final KeyValueStore<String, IncidentFigures> days;
    private final KeyValueStore<String, RegionTally> tallies;
    private final KeyValueStore<String, RegionTally> dailyTallies;
    /**
     * Groups whose reports are being read, by group key. The scan is in key order, and a group's
     * report keys ({@code GROUP|DATE|...}) all sort below {@code GROUP|}{@value Incidents#RANGE_END}: a group
     * is complete once the scan has passed that. Nearly always one group is open at a time.
     */
    private final TreeMap<String, IncidentFigures[]> open = new TreeMap<>();
    private final Map<String, RegionTally> tallyRows = new HashMap<>();
    private final Map<String, RegionTally> dailyTallyRows = new HashMap<>();

    DerivedStores(KeyValueStore<String, Report> reports, KeyValueStore<String, IncidentFigures> days,
                  KeyValueStore<String, RegionTally> tallies, KeyValueStore<String, RegionTally> dailyTallies) {
        this.reports = reports;
        this.days = days;
        this.tallies = tallies;
        this.dailyTallies = dailyTallies;
    }

    @Override
    public void clear() {
        deleteAll(reports);
        deleteAll(days);
        deleteAll(tallies);
        deleteAll(dailyTallies);
        open.clear();
        tallyRows.clear();
        dailyTallyRows.clear();
    }

    @Override
    public void add(EventEntry entry, Report report) {
        reports.put(entry.reportKey(), report);
    }

    /** The days and tallies, from the reports in key order: a group's reports together, day by day. */
    private void derive(EventEntry entry, Report report) {
        String reportKey = entry.reportKey();
        while (!open.isEmpty() && reportKey.compareTo(open.firstKey() + IncidentKeys.SEPARATOR + Incidents.RANGE_END) > 0) {
            Map.Entry<String, IncidentFigures[]> done = open.pollFirstEntry();
            complete(done.getKey(), done.getValue());
        }
        IncidentFigures[] byDay = open.computeIfAbsent(entry.group(), g -> new IncidentFigures[32]);
        int day = entry.date().getDayOfMonth();
        if (byDay[day] == null) {
            byDay[day] = new IncidentFigures();
        }
        byDay[day].add(report, entry.reportOfDay());
    }

    @Override
    public void finish() {
        try (KeyValueIterator<String, Report> it = reports.all()) {
            while (it.hasNext()) {
                KeyValue<String, Report> kv = it.next();
                EventEntry entry = EventEntry.of(kv.key, kv.value);
                if (entry != null) { // null only for an event whose key is not its id, which the aggregate reads by key
                    derive(entry, kv.value);
                }
            }
        }
        open.forEach(this::complete);
        open.clear();
        tallyRows.forEach(tallies::put);
        dailyTallyRows.forEach(dailyTallies::put);
        tallyRows.clear();
        dailyTallyRows.clear();
    }

    /** Writes the days of a group whose reports have all been read, and adds its incidents to their region's tallies. */
    private void complete(String group, IncidentFigures[] byDay) {
        YearMonth month = IncidentKeys.monthOf(group);
        for (int day = 1; day < byDay.length; day++) {
            if (byDay[day] != null) {
                days.put(IncidentKeys.dayKey(group, month.atDay(day)), byDay[day]);
            }
        }
        String region = IncidentKeys.regionOf(group);
        for (Span span : IncidentDays.spans(Incidents.mask(byDay))) {
            IncidentFigures incident = Incidents.figures(span, byDay);
            LocalDate first = span.firstDate(month);
            count(tallyRows, region, group, incident, null);
            count(dailyTallyRows, IncidentKeys.dailyKey(region, first), group, incident, first);
        }
    }

    private void count(Map<String, RegionTally> rows, String key, String group, IncidentFigures incident, LocalDate date) {
        RegionTally tally = rows.get(key);
        // a new row is named after the region's name in the incident's place, as EventAggregator names it
        Place place = tally == null ? Incidents.place(group, incident, reports::get) : null;
        rows.put(key, RegionTallies.move(tally, IncidentKeys.regionOf(group), place, IncidentKeys.typeOf(group), incident, date, +1));
    }

    private static <V> void deleteAll(KeyValueStore<String, V> store) {
        try (KeyValueIterator<String, V> it = store.all()) {
            while (it.hasNext()) {
                store.delete(it.next().key);
            }
        }
    }
}
