package dev.conflictstream.aggregate;

import static dev.conflictstream.aggregate.TestEvents.ARRESTS;
import static dev.conflictstream.aggregate.TestEvents.BATTLE;
import static dev.conflictstream.aggregate.TestEvents.FEB_7;
import static dev.conflictstream.aggregate.TestEvents.STRIKE;
import static dev.conflictstream.aggregate.TestEvents.SUDZHA;
import static dev.conflictstream.aggregate.TestEvents.SUMY;
import static dev.conflictstream.aggregate.TestEvents.SUMY_OBLAST;
import static dev.conflictstream.aggregate.TestEvents.T0;
import static dev.conflictstream.aggregate.TestEvents.UKRAINE;
import static dev.conflictstream.aggregate.TestEvents.event;
import static dev.conflictstream.aggregate.TestEvents.figure;
import static dev.conflictstream.aggregate.TestEvents.killed;
import static org.assertj.core.api.Assertions.assertThat;

import dev.conflictstream.schema.ConflictEvent;
import dev.conflictstream.schema.Place;
import dev.conflictstream.schema.RegionTally;
import dev.conflictstream.schema.Report;
import java.nio.file.Path;
import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;
import org.apache.kafka.common.serialization.Serde;
import org.apache.kafka.common.serialization.Serdes;
import org.apache.kafka.streams.processor.api.MockProcessorContext;
import org.apache.kafka.streams.state.KeyValueStore;
import org.apache.kafka.streams.state.Stores;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * The incident days and region tallies have no changelog: rebuilt from the reports alone, they
 * must equal what the aggregate kept by signed deltas through upserts, corrections, moves and
 * retractions (every field but {@code updatedAt}, a freshness hint).
 */
class DerivedStoresTest {
    private static final List<Place> PLACES = List.of(SUMY, SUDZHA, SUMY_OBLAST, UKRAINE);
    private static final List<String> TYPES = List.of(STRIKE, BATTLE, ARRESTS);

    @TempDir
    Path stateDir;

    @ParameterizedTest(name = "seed {0}")
    @ValueSource(ints = {1, 2, 3, 4})
    void rebuiltFromTheReportsTheyEqualWhatTheAggregateKept(int seed) {
        try (AggregateDriver agg = new AggregateDriver(stateDir.resolve("run-" + seed))) {
            feed(agg, new Random(seed));
            KeyValueStore<String, Report> reports = copy(agg.driver().getKeyValueStore(AggregateTopology.REPORTS_STORE),
                    "reports", new AvroBinarySerde<>(Report.class));
            KeyValueStore<String, IncidentFigures> days = store("incident-days", IncidentFigures.serde());
            KeyValueStore<String, RegionTally> tallies = store("region-tallies", new AvroBinarySerde<>(RegionTally.class));
            KeyValueStore<String, RegionTally> daily = store("region-daily-tallies", new AvroBinarySerde<>(RegionTally.class));
            days.put("stale|2025-01-01", new IncidentFigures()); // what a rebuild must clear
            tallies.put("XX.99", AggregateDriver.contents(agg.tallies()).values().iterator().next());

            long rebuilt = new EventIndex(store("event-index", EventEntry.serde()), store("events", EventEntry.serde()))
                    .open(reports, new DerivedStores(days, tallies, daily, reports::get));

            assertThat(rebuilt).as("reports scanned").isEqualTo(AggregateDriver.contents(reports).size()).isGreaterThan(50);
            assertThat(encoded(AggregateDriver.contents(days)))
                    .isEqualTo(encoded(AggregateDriver.contents(agg.driver().getKeyValueStore(AggregateTopology.INCIDENT_DAYS_STORE))));
            assertThat(figures(tallies)).isEqualTo(figures(agg.tallies())).isNotEmpty();
            assertThat(figures(daily)).isEqualTo(figures(agg.dailyTallies())).isNotEmpty();
        }
    }

    /**
     * Events over a few places, types and weeks (across a month's end), with repeats (replays),
     * corrections (a later version with other figures or another date or place) and retractions.
     */
    private static void feed(AggregateDriver agg, Random random) {
        Map<String, ConflictEvent> live = new LinkedHashMap<>();
        for (int i = 0; i < 400; i++) {
            Instant at = T0.plusSeconds(60L * i);
            int pick = random.nextInt(10);
            if (pick < 6 || live.isEmpty()) {
                ConflictEvent e = randomEvent("article-" + i + "#" + random.nextInt(2), at, random);
                live.put(e.getEventId(), e);
                agg.send(e);
            } else {
                String id = List.copyOf(live.keySet()).get(random.nextInt(live.size()));
                if (pick < 8) { // a correction: the same event from a newer version of its article
                    ConflictEvent e = randomEvent(id, at, random);
                    live.put(id, e);
                    agg.send(e);
                } else if (pick < 9) {
                    agg.send(live.get(id)); // a replay of the current version
                } else {
                    live.remove(id);
                    agg.retract(id, at);
                }
            }
        }
    }

    private static ConflictEvent randomEvent(String eventId, Instant ingestedAt, Random random) {
        Place place = PLACES.get(random.nextInt(PLACES.size()));
        ConflictEvent.Builder e = event(eventId, TYPES.get(random.nextInt(TYPES.size())), place,
                FEB_7.plusDays(random.nextInt(30)), ingestedAt)
                .setPublishedDate(FEB_7.plusDays(30 + random.nextInt(3)));
        switch (random.nextInt(3)) {
            case 0 -> e.setKilled(killed(random.nextInt(6)));
            case 1 -> e.setKilled(figure(2, 2 + random.nextInt(9), "at least a few")).setInjured(killed(random.nextInt(4)));
            default -> { } // no figure stated
        }
        return e.build();
    }

    private static Map<String, String> encoded(Map<String, IncidentFigures> days) {
        Map<String, String> out = new LinkedHashMap<>();
        days.forEach((key, figures) -> out.put(key, java.util.HexFormat.of().formatHex(figures.encode())));
        return out;
    }

    /** Rows without {@code updatedAt}. */
    private static Map<String, RegionTally> figures(KeyValueStore<String, RegionTally> store) {
        Map<String, RegionTally> out = new LinkedHashMap<>();
        AggregateDriver.contents(store).forEach((k, v) -> out.put(k, RegionTally.newBuilder(v).setUpdatedAt(Instant.EPOCH).build()));
        return out;
    }

    private static <V> KeyValueStore<String, V> copy(KeyValueStore<String, V> from, String name, Serde<V> values) {
        KeyValueStore<String, V> to = store(name, values);
        AggregateDriver.contents(from).forEach(to::put);
        return to;
    }

    private static <V> KeyValueStore<String, V> store(String name, Serde<V> values) {
        KeyValueStore<String, V> store = Stores.keyValueStoreBuilder(Stores.inMemoryKeyValueStore(name), Serdes.String(), values)
                .withLoggingDisabled().build();
        store.init(new MockProcessorContext<>().getStateStoreContext(), store);
        return store;
    }
}
