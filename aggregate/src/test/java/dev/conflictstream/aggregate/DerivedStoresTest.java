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
import dev.conflictstream.schema.topic.Topics;
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
 * The reports, incident days and region tallies have no changelog: rebuilt from the committed
 * events alone (the events topic's latest record per id, retractions, pinned reports), they must
 * equal what the aggregate kept by signed deltas through upserts, corrections, moves,
 * retractions and stale copies (every field but {@code updatedAt}, a freshness hint).
 */
class DerivedStoresTest {
    private static final List<Place> PLACES = List.of(SUMY, SUDZHA, SUMY_OBLAST, UKRAINE);
    private static final List<String> TYPES = List.of(STRIKE, BATTLE, ARRESTS);

    @TempDir
    Path stateDir;

    @ParameterizedTest(name = "seed {0}")
    @ValueSource(ints = {1, 2, 3, 4})
    void rebuiltFromTheCommittedEventsTheyEqualWhatTheAggregateKept(int seed) {
        try (AggregateDriver agg = new AggregateDriver(stateDir.resolve("run-" + seed))) {
            int stale = feed(agg, new Random(seed));
            KeyValueStore<String, Report> reports = store("reports", new AvroBinarySerde<>(Report.class));
            KeyValueStore<String, IncidentFigures> days = store("incident-days", IncidentFigures.serde());
            KeyValueStore<String, RegionTally> tallies = store("region-tallies", new AvroBinarySerde<>(RegionTally.class));
            KeyValueStore<String, RegionTally> daily = store("region-daily-tallies", new AvroBinarySerde<>(RegionTally.class));
            reports.put("stale|2025-01-01|2025-01-01|x#0", agg.reports().values().iterator().next()); // what a rebuild must clear
            days.put("stale|2025-01-01", new IncidentFigures());
            tallies.put("XX.99", AggregateDriver.contents(agg.tallies()).values().iterator().next());
            KeyValueStore<String, EventEntry> retracted = agg.driver().getKeyValueStore(AggregateTopology.EVENTS_STORE);
            CommittedEvents committed = new CommittedEvents(agg.driver().getKeyValueStore(AggregateTopology.CURRENT_EVENTS_STORE),
                    agg.serdes.key(Topics.EVENTS), agg.serdes.value(Topics.EVENTS), retracted,
                    agg.driver().getKeyValueStore(AggregateTopology.PINNED_REPORTS_STORE));

            long rebuilt = new EventIndex(store("event-index", EventEntry.serde()), store("events", EventEntry.serde()))
                    .open(committed::forEachLive, new DerivedStores(reports, days, tallies, daily));

            assertThat(stale).as("stale copies sent").isGreaterThan(5);
            assertThat(AggregateDriver.contents(agg.driver().getKeyValueStore(AggregateTopology.PINNED_REPORTS_STORE)))
                    .as("reports pinned by stale copies").isNotEmpty();
            assertThat(rebuilt).as("live events").isEqualTo(agg.reports().size()).isGreaterThan(50);
            assertThat(AggregateDriver.contents(reports)).isEqualTo(agg.reports());
            assertThat(encoded(AggregateDriver.contents(days)))
                    .isEqualTo(encoded(AggregateDriver.contents(agg.driver().getKeyValueStore(AggregateTopology.INCIDENT_DAYS_STORE))));
            assertThat(figures(tallies)).isEqualTo(figures(agg.tallies())).isNotEmpty();
            assertThat(figures(daily)).isEqualTo(figures(agg.dailyTallies())).isNotEmpty();
        }
    }

    /**
     * Events over a few places, types and weeks (across a month's end), with repeats (replays),
     * corrections (a later version with other figures or another date or place), retractions,
     * and stale copies (an older version of an event, or a tombstone older than it, arriving
     * late: the aggregate drops them, and they become the topic's latest record of the event).
     *
     * @return the number of stale copies sent
     */
    private static int feed(AggregateDriver agg, Random random) {
        Map<String, ConflictEvent> live = new LinkedHashMap<>();
        Map<String, ConflictEvent> older = new LinkedHashMap<>();
        int stale = 0;
        for (int i = 0; i < 400; i++) {
            Instant at = T0.plusSeconds(60L * i);
            int pick = random.nextInt(12);
            if (pick < 6 || live.isEmpty()) {
                ConflictEvent e = randomEvent("article-" + i + "#" + random.nextInt(2), at, random);
                live.put(e.getEventId(), e);
                agg.send(e);
            } else {
                String id = List.copyOf(live.keySet()).get(random.nextInt(live.size()));
                if (pick < 8) { // a correction: the same event from a newer version of its article
                    ConflictEvent e = randomEvent(id, at, random);
                    older.put(id, live.put(id, e));
                    agg.send(e);
                } else if (pick < 9) {
                    agg.send(live.get(id)); // a replay of the current version
                } else if (pick < 10) {
                    live.remove(id);
                    older.remove(id);
                    agg.retract(id, at);
                } else if (older.containsKey(id)) { // a stale copy, or a stale tombstone, of a live event
                    stale++;
                    if (pick < 11) {
                        agg.send(older.get(id));
                    } else {
                        agg.retract(id, older.get(id).getIngestedAt());
                    }
                }
            }
        }
        return stale;
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

    private static <V> KeyValueStore<String, V> store(String name, Serde<V> values) {
        KeyValueStore<String, V> store = Stores.keyValueStoreBuilder(Stores.inMemoryKeyValueStore(name), Serdes.String(), values)
                .withLoggingDisabled().build();
        store.init(new MockProcessorContext<>().getStateStoreContext(), store);
        return store;
    }
}
