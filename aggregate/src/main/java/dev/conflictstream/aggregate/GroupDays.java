package dev.conflictstream.aggregate;

import java.time.LocalDate;
import java.time.YearMonth;
import java.util.LinkedHashMap;
import java.util.Map;
import org.apache.kafka.streams.KeyValue;
import org.apache.kafka.streams.state.KeyValueIterator;
import org.apache.kafka.streams.state.KeyValueStore;

/**
 * The days of incident groups ({@value AggregateTopology#INCIDENT_DAYS_STORE}) as objects, a
 * group's month at a time, for the stream thread that owns the store: the day rule looks at the
 * days around a report's, and reading them as one array costs one look-up per event instead of
 * one key built and looked up per day (a long daily campaign has a month of them).
 *
 * <p>Like {@link WriteBehindRows}: a changed day is written to the store (and so its changelog)
 * once per commit, at {@link #flush}; the months read most recently stay decoded. A group's days
 * are read from the store with one range scan of its key prefix. The store behind is uncached:
 * other readers (the query API) read it as of the last commit.
 */
final class GroupDays {
    /** A group's days by day of month (index 1-31), and the days changed since the last flush (bit {@code d}). */
    private static final class Month {
        final IncidentFigures[] byDay = new IncidentFigures[32];
        int changed;
    }

    private final KeyValueStore<String, IncidentFigures> store;
    /** Months with changed days, in the order they first changed. */
    private final Map<String, Month> changed = new LinkedHashMap<>();
    /** Months as the store holds them, least recently read first. */
    private final LeastRecentlyUsed<String, Month> clean;

    /** @param cleanMonths how many unchanged months to keep decoded */
    GroupDays(KeyValueStore<String, IncidentFigures> store, int cleanMonths) {
        this.store = store;
        this.clean = new LeastRecentlyUsed<>(cleanMonths);
    }

    /** The current figures of the days of {@code group} by day of month (null: no reports that day); read only. */
    IncidentFigures[] days(String group) {
        return month(group).byDay;
    }

    /** Day {@code date} of {@code group} now has {@code figures} (null: no reports left). */
    void put(String group, LocalDate date, IncidentFigures figures) {
        Month month = changed.get(group);
        if (month == null) {
            month = month(group);
            clean.remove(group);
            changed.put(group, month);
        }
        month.byDay[date.getDayOfMonth()] = figures;
        month.changed |= 1 << date.getDayOfMonth();
    }

    /** Changed months not yet written. */
    int size() {
        return changed.size();
    }

    /** Writes every changed day to the store (null figures: a delete). */
    void flush() {
        for (Map.Entry<String, Month> e : changed.entrySet()) {
            String group = e.getKey();
            Month month = e.getValue();
            YearMonth yearMonth = IncidentKeys.monthOf(group);
            for (int rest = month.changed; rest != 0; rest &= rest - 1) {
                int day = Integer.numberOfTrailingZeros(rest);
                String key = IncidentKeys.dayKey(group, yearMonth.atDay(day));
                if (month.byDay[day] == null) {
                    store.delete(key);
                } else {
                    store.put(key, month.byDay[day]);
                }
            }
            month.changed = 0;
            clean.put(group, month);
        }
        changed.clear();
    }

    private Month month(String group) {
        Month month = changed.get(group);
        if (month == null) {
            month = clean.get(group);
            if (month == null) {
                month = read(group);
                clean.put(group, month);
            }
        }
        return month;
    }

    private Month read(String group) {
        Month month = new Month();
        String prefix = group + IncidentKeys.SEPARATOR;
        try (KeyValueIterator<String, IncidentFigures> it = store.range(prefix, prefix + Incidents.RANGE_END)) {
            while (it.hasNext()) {
                KeyValue<String, IncidentFigures> day = it.next();
                month.byDay[IncidentKeys.dateOfDayKey(day.key).getDayOfMonth()] = day.value;
            }
        }
        return month;
    }
}
