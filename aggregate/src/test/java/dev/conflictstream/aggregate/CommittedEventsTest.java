package dev.conflictstream.aggregate;

import static dev.conflictstream.aggregate.TestEvents.BATTLE;
import static dev.conflictstream.aggregate.TestEvents.FEB_7;
import static dev.conflictstream.aggregate.TestEvents.SUMY;
import static dev.conflictstream.aggregate.TestEvents.T0;
import static dev.conflictstream.aggregate.TestEvents.event;
import static dev.conflictstream.aggregate.TestEvents.killed;
import static org.assertj.core.api.Assertions.assertThat;

import dev.conflictstream.schema.ConflictEvent;
import dev.conflictstream.schema.Report;
import dev.conflictstream.schema.serde.ConfluentAvroSerde;
import dev.conflictstream.schema.serde.InMemorySchemaRegistryClient;
import dev.conflictstream.schema.serde.TopicSerdes;
import dev.conflictstream.schema.topic.Topics;
import java.util.LinkedHashMap;
import java.util.Map;
import org.apache.kafka.common.serialization.Serde;
import org.apache.kafka.common.serialization.Serdes;
import org.apache.kafka.common.utils.Bytes;
import org.apache.kafka.streams.processor.api.MockProcessorContext;
import org.apache.kafka.streams.state.KeyValueStore;
import org.apache.kafka.streams.state.Stores;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * What a rebuild takes an event to be: of the events topic's latest record, a retraction's
 * version and a report pinned by a stale copy, the newest; and a record it cannot read or apply
 * is skipped and counted, never the end of the rebuild.
 */
class CommittedEventsTest {
    private final TopicSerdes serdes = new TopicSerdes(new InMemorySchemaRegistryClient());
    private final ConfluentAvroSerde<String> keys = serdes.key(Topics.EVENTS);
    private final ConfluentAvroSerde<ConflictEvent> values = serdes.value(Topics.EVENTS);
    private KeyValueStore<Bytes, byte[]> latest;
    private KeyValueStore<String, EventEntry> retracted;
    private KeyValueStore<String, Report> pinned;
    private CommittedEvents committed;

    @BeforeEach
    void setUp() {
        latest = store("current-events", Serdes.Bytes(), Serdes.ByteArray());
        retracted = store("events", Serdes.String(), EventEntry.serde());
        pinned = store("pinned-reports", Serdes.String(), new AvroBinarySerde<>(Report.class));
        committed = new CommittedEvents(latest, keys, values, retracted, pinned);
    }

    private static <K, V> KeyValueStore<K, V> store(String name, Serde<K> keys, Serde<V> values) {
        KeyValueStore<K, V> store = Stores.keyValueStoreBuilder(Stores.inMemoryKeyValueStore(name), keys, values)
                .withLoggingDisabled().build();
        store.init(new MockProcessorContext<>().getStateStoreContext(), store);
        return store;
    }

    /** Version {@code v} (ms after T0) of event "a#0", with {@code v} killed so versions tell apart. */
    private static ConflictEvent version(int v) {
        return event("a#0", BATTLE, SUMY, FEB_7, T0.plusMillis(v)).setKilled(killed(v)).build();
    }

    private void onTopic(String eventId, ConflictEvent event) {
        latest.put(Bytes.wrap(keys.serialize(eventId)), values.serialize(event));
    }

    /** The live events a rebuild sees: event id to its killed figure. */
    private Map<String, Integer> live() {
        Map<String, Integer> live = new LinkedHashMap<>();
        committed.forEachLive((eventId, entry, report) -> {
            assertThat(entry.reportKey()).as("where the report lies").contains(eventId);
            live.put(eventId, report.getKilled().getLow());
        });
        return live;
    }

    @ParameterizedTest(name = "topic v{0}, retracted at v{1}, pinned v{2}: live v{3}")
    @CsvSource({
            // topic, retracted (0: none), pinned (0: none), expected live version (0: not live)
            "5, 0, 0, 5",   // the topic's record is the event
            "5, 7, 0, 0",   // a retraction after it: an older copy came last and was dropped
            "5, 5, 0, 0",   // a retraction of the same version wins
            "7, 5, 0, 7",   // an upsert after the retraction (its entry is deleted then; an old one loses anyway)
            "3, 0, 5, 5",   // a stale copy came last: the pinned report counts
            "5, 0, 5, 5",   // the pinned report again on the topic: the same report
            "8, 0, 5, 8",   // a newer version after the pin
            "0, 0, 5, 5",   // a stale tombstone deleted the topic's record: the pinned report counts
            "0, 7, 5, 0",   // retracted after the pin
    })
    void theNewestOfTopicRetractionAndPinCounts(int topic, int retraction, int pin, int expected) {
        if (topic > 0) {
            onTopic("a#0", version(topic));
        }
        if (retraction > 0) {
            retracted.put("a#0", new EventEntry(T0.toEpochMilli() + retraction, null, null));
        }
        if (pin > 0) {
            ConflictEvent pinnedEvent = version(pin);
            Report report = Reports.of(pinnedEvent);
            pinned.put(EventEntry.of("a#0", pinnedEvent, report, T0.toEpochMilli() + pin).reportKey(), report);
        }

        assertThat(live()).isEqualTo(expected == 0 ? Map.of() : Map.of("a#0", expected));
    }

    @Test
    void aRecordThatCannotBeReadOrAppliedIsSkippedAndCounted() {
        onTopic("a#0", version(2));
        latest.put(Bytes.wrap(keys.serialize("b#0")), "not the wire format".getBytes());
        latest.put(Bytes.wrap("no header".getBytes()), values.serialize(version(3)));
        onTopic("", version(4)); // an empty id: the aggregate ignores it, so does a rebuild

        assertThat(live()).isEqualTo(Map.of("a#0", 2));
        assertThat(committed.skipped()).isEqualTo(2);
    }
}
