package dev.conflictstream.aggregate;

import dev.conflictstream.aggregate.query.StoreAccess;
import dev.conflictstream.schema.RegionTally;
import io.micrometer.core.instrument.Gauge;
import io.micrometer.core.instrument.MeterRegistry;
import io.micrometer.core.instrument.MultiGauge;
import io.micrometer.core.instrument.Tags;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import java.util.concurrent.atomic.AtomicLong;
import org.apache.kafka.streams.KeyValue;
import org.apache.kafka.streams.errors.InvalidStateStoreException;
import org.apache.kafka.streams.state.KeyValueIterator;
import org.apache.kafka.streams.state.ReadOnlyKeyValueStore;

/**
 * The tallies of this instance's local stores as gauges, so dashboards can chart regions
 * without reading topics. Cardinality is bounded on purpose: the {@link #TOP_REGIONS} regions
 * with the most incidents ({@code conflictstream_region_incidents}, {@code _killed},
 * {@code _injured}, labels {@code region}, {@code region_name}, {@code country}) and their
 * daily tallies over the {@link #RECENT_DAYS} most recent event dates
 * ({@code conflictstream_region_daily_incidents}, {@code _killed}, plus a {@code date} label);
 * everything else stays in the query API. Also {@code conflictstream_regions} (regions with a
 * tally) and {@code conflictstream_incidents} (incidents held). Each instance exports its own
 * partitions: sum across instances.
 *
 * <p>{@link #refresh()} walks the all-time tallies (a few thousand admin-1 regions at most) and
 * the latest {@link #RECENT_DAYS} daily rows of each top region, never the whole daily store,
 * which grows with the years covered; the service calls it every few seconds, never per record. The incident count is RocksDB's
 * estimate, which costs nothing.
 */
public final class RegionGauges {
    public static final int TOP_REGIONS = 50;
    public static final int RECENT_DAYS = 14;

    private final StoreAccess stores;
    private final MultiGauge incidents;
    private final MultiGauge killed;
    private final MultiGauge injured;
    private final MultiGauge dailyIncidents;
    private final MultiGauge dailyKilled;
    private final AtomicLong regionCount = new AtomicLong();
    private final AtomicLong incidentCount = new AtomicLong();

    public RegionGauges(StoreAccess stores, MeterRegistry registry) {
        this.stores = stores;
        incidents = MultiGauge.builder("conflictstream.region.incidents")
                .description("Incidents in the region (top regions by incidents)").register(registry);
        killed = MultiGauge.builder("conflictstream.region.killed")
                .description("Killed in the region, best estimate (top regions by incidents)").register(registry);
        injured = MultiGauge.builder("conflictstream.region.injured")
                .description("Injured in the region, best estimate (top regions by incidents)").register(registry);
        dailyIncidents = MultiGauge.builder("conflictstream.region.daily.incidents")
                .description("Incidents per region and event date (top regions, recent dates)").register(registry);
        dailyKilled = MultiGauge.builder("conflictstream.region.daily.killed")
                .description("Killed per region and event date, best estimate (top regions, recent dates)").register(registry);
        Gauge.builder("conflictstream.regions", regionCount, AtomicLong::get)
                .description("Regions with a tally on this instance").register(registry);
        Gauge.builder("conflictstream.incidents", incidentCount, AtomicLong::get)
                .description("Incidents held by this instance (store estimate)").register(registry);
    }

    /** Re-reads the local stores; keeps the previous values while they are not queryable. */
    public void refresh() {
        if (!stores.isRunning()) {
            return;
        }
        try {
            List<RegionTally> all = all(stores.<RegionTally>store(AggregateTopology.REGION_TALLIES_STORE));
            List<RegionTally> top = all.stream()
                    .sorted(Comparator.comparingLong(RegionTally::getIncidents).reversed()
                            .thenComparing(RegionTally::getAdmin1Code))
                    .limit(TOP_REGIONS).toList();
            Set<String> topCodes = new TreeSet<>();
            top.forEach(t -> topCodes.add(t.getAdmin1Code()));

            // Each top region's latest days, by a reverse scan of its own keys: the recent dates
            // over all top regions are among them (a date with 14 later ones is not recent).
            ReadOnlyKeyValueStore<String, RegionTally> dailyStore = stores.store(AggregateTopology.REGION_DAILY_TALLIES_STORE);
            List<RegionTally> days = new ArrayList<>();
            TreeSet<LocalDate> dates = new TreeSet<>(Comparator.reverseOrder());
            for (String code : topCodes) {
                for (RegionTally day : latestDays(dailyStore, code)) {
                    days.add(day);
                    dates.add(day.getDate());
                }
            }
            Set<LocalDate> recent = new TreeSet<>(dates.stream().limit(RECENT_DAYS).toList());
            List<RegionTally> recentDays = days.stream().filter(d -> recent.contains(d.getDate())).toList();

            incidents.register(rows(top, t -> t.getIncidents()), true);
            killed.register(rows(top, t -> t.getKilled().getBest()), true);
            injured.register(rows(top, t -> t.getInjured().getBest()), true);
            dailyIncidents.register(rows(recentDays, t -> t.getIncidents()), true);
            dailyKilled.register(rows(recentDays, t -> t.getKilled().getBest()), true);
            regionCount.set(all.size());
            incidentCount.set(all.stream().mapToLong(RegionTally::getIncidents).sum());
        } catch (InvalidStateStoreException e) {
            // rebalancing: keep the last values, the next refresh catches up
        }
    }

    private static List<MultiGauge.Row<?>> rows(List<RegionTally> tallies, java.util.function.ToLongFunction<RegionTally> value) {
        List<MultiGauge.Row<?>> rows = new ArrayList<>();
        for (RegionTally t : tallies) {
            Tags tags = Tags.of("region", t.getAdmin1Code(), "region_name", t.getAdmin1Name(), "country", t.getCountryCode());
            if (t.getDate() != null) {
                tags = tags.and("date", t.getDate().toString());
            }
            rows.add(MultiGauge.Row.of(tags, value.applyAsLong(t)));
        }
        return rows;
    }

    /** The region's daily tallies of its {@link #RECENT_DAYS} latest dates (keys 'CODE|YYYY-MM-DD'). */
    private static List<RegionTally> latestDays(ReadOnlyKeyValueStore<String, RegionTally> daily, String code) {
        List<RegionTally> values = new ArrayList<>();
        String from = IncidentKeys.dailyKey(code, LocalDate.of(0, 1, 1));
        String to = IncidentKeys.dailyKey(code, LocalDate.of(9999, 12, 31));
        try (KeyValueIterator<String, RegionTally> it = daily.reverseRange(from, to)) {
            while (it.hasNext() && values.size() < RECENT_DAYS) {
                RegionTally day = it.next().value;
                if (day.getDate() != null) {
                    values.add(day);
                }
            }
        }
        return values;
    }

    private static List<RegionTally> all(ReadOnlyKeyValueStore<String, RegionTally> store) {
        List<RegionTally> values = new ArrayList<>();
        try (KeyValueIterator<String, RegionTally> it = store.all()) {
            while (it.hasNext()) {
                KeyValue<String, RegionTally> kv = it.next();
                values.add(kv.value);
            }
        }
        return values;
    }
}
