package dev.conflictstream.aggregate;

import static dev.conflictstream.aggregate.TestEvents.FEB_7;
import static dev.conflictstream.aggregate.TestEvents.SUMY;
import static dev.conflictstream.aggregate.TestEvents.T0;
import static dev.conflictstream.aggregate.TestEvents.event;
import static org.assertj.core.api.Assertions.assertThat;

import dev.conflictstream.schema.ConflictEvent;
import dev.conflictstream.schema.Report;
import java.util.HashMap;
import java.util.Map;
import java.util.function.Consumer;
import org.apache.kafka.common.serialization.Serde;
import org.apache.kafka.common.serialization.Serdes;
import org.apache.kafka.streams.KeyValue;
import org.apache.kafka.streams.processor.api.MockProcessorContext;
import org.apache.kafka.streams.state.KeyValueIterator;
import org.apache.kafka.streams.state.KeyValueStore;
import org.apache.kafka.streams.state.Stores;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * The unlogged event index agrees with the committed events whatever happened to it
 * locally: kept when current, rebuilt when it may hold changes that were never committed, or
 * when it was lost.
 */
class EventIndexTest {
    private KeyValueStore<String, EventEntry> live;
    private KeyValueStore<String, EventEntry> retracted;
    private KeyValueStore<String, Report> reports;
    private EventIndex index;

    @BeforeEach
    void setUp() {
        live = store("event-index", EventEntry.serde());
        retracted = store("events", EventEntry.serde());
        reports = store("reports", new AvroBinarySerde<>(Report.class));
        index = new EventIndex(live, retracted);
    }

    private static <V> KeyValueStore<String, V> store(String name, Serde<V> values) {
        KeyValueStore<String, V> store = Stores.keyValueStoreBuilder(Stores.inMemoryKeyValueStore(name), Serdes.String(), values)
                .withLoggingDisabled().build();
        store.init(new MockProcessorContext<>().getStateStoreContext(), store);
        return store;
    }

    /** Stores {@code eventId}'s report as the aggregate does and returns the entry the index must hold for it. */
    private EventEntry report(String eventId, long ingestedAtMillis) {
        ConflictEvent event = event(eventId, TestEvents.BATTLE, SUMY, FEB_7, T0.plusMillis(ingestedAtMillis)).build();
        Report report = Reports.of(event);
        EventEntry entry = new EventEntry(ingestedAtMillis + T0.toEpochMilli(), IncidentKeys.groupKey(event),
                IncidentKeys.reportOfDay(event.getEventDate(), report.getPublishedDate(), eventId));
        reports.put(entry.reportKey(), report);
        return entry;
    }

    /** The committed events as this test's reports store holds them. */
    private Consumer<CommittedEvents.LiveEvent> committed() {
        return action -> AggregateDriver.contents(reports).forEach((key, report) -> action.accept(report.getEventId(), EventEntry.of(key, report), report));
    }

    /** A new index with one event processed and committed; its entry. */
    private EventEntry committed(String eventId, long ingestedAtMillis) {
        index.open(committed(), EventIndex.Derived.NONE);
        EventEntry entry = report(eventId, ingestedAtMillis);
        index.put(eventId, null, entry);
        index.commit();
        return entry;
    }

    private Map<String, EventEntry> liveEntries() {
        Map<String, EventEntry> entries = new HashMap<>();
        try (KeyValueIterator<String, EventEntry> it = live.all()) {
            while (it.hasNext()) {
                KeyValue<String, EventEntry> kv = it.next();
                if (!kv.key.equals(EventIndex.MARKER)) {
                    entries.put(kv.key, kv.value);
                }
            }
        }
        return entries;
    }

    @Test
    void anEntryFollowsFromItsStoredReport() {
        EventEntry entry = report("a#0", 5);

        assertThat(EventEntry.of(entry.reportKey(), reports.get(entry.reportKey()))).isEqualTo(entry);
        assertThat(EventEntry.of("elsewhere|" + entry.reportOfDay() + "x", reports.get(entry.reportKey()))).isNull();
    }

    @Test
    void aFreshIndexIsBuiltFromTheReportsAlreadyStored() {
        EventEntry a = report("a#0", 1);
        EventEntry b = report("b#0", 2);

        assertThat(index.open(committed(), EventIndex.Derived.NONE)).isEqualTo(2);
        assertThat(index.get("a#0")).isEqualTo(a);
        assertThat(index.get("b#0")).isEqualTo(b);
        assertThat(index.get("c#0")).isNull();
    }

    @Test
    void aCommittedIndexIsKeptAsItIs() {
        committed("a#0", 1);

        assertThat(new EventIndex(live, retracted).open(committed(), EventIndex.Derived.NONE)).as("not rebuilt").isEqualTo(-1);
        assertThat(retracted.get(EventIndex.MARKER).version()).as("the committed generation").isEqualTo(1L);
    }

    @Test
    void changesOfACommitThatNeverHappenedAreRebuiltAway() {
        EventEntry a = committed("a#0", 1);
        // the next transaction aborts: its event never reaches the committed events, but the local index kept the change
        EventEntry b = new EventEntry(T0.toEpochMilli() + 2, a.group(), a.reportOfDay().replace("a#0", "b#0"));
        index.put("b#0", null, b);

        EventIndex reopened = new EventIndex(live, retracted);
        assertThat(reopened.open(committed(), EventIndex.Derived.NONE)).isEqualTo(1);
        assertThat(liveEntries()).containsExactly(Map.entry("a#0", a));
    }

    @Test
    void aCommitWhoseTransactionAbortedAfterTheIndexWasMarkedIsRebuiltAway() {
        EventEntry a = committed("a#0", 1);
        EventEntry committedGeneration = retracted.get(EventIndex.MARKER);
        EventEntry b = report("b#0", 2);
        index.put("b#0", null, b);
        index.commit();
        // the transaction with that commit aborts: the restored stores are as before it, the local index is not
        retracted.put(EventIndex.MARKER, committedGeneration);
        reports.delete(b.reportKey());

        assertThat(new EventIndex(live, retracted).open(committed(), EventIndex.Derived.NONE)).isEqualTo(1);
        assertThat(liveEntries()).containsExactly(Map.entry("a#0", a));
    }

    @Test
    void anIndexBehindTheRestoredReportsIsRebuilt() {
        committed("a#0", 1);
        // another instance went on from here; the committed events are restored from the events topic
        EventEntry b = report("b#0", 2);
        retracted.put(EventIndex.MARKER, new EventEntry(7, null, null));

        assertThat(new EventIndex(live, retracted).open(committed(), EventIndex.Derived.NONE)).isEqualTo(2);
        assertThat(liveEntries()).containsKeys("a#0", "b#0").containsEntry("b#0", b);
    }

    @Test
    void aLostIndexIsRebuilt() {
        EventEntry a = committed("a#0", 1);
        live.delete("a#0");
        live.delete(EventIndex.MARKER);

        assertThat(new EventIndex(live, retracted).open(committed(), EventIndex.Derived.NONE)).isEqualTo(1);
        assertThat(liveEntries()).containsExactly(Map.entry("a#0", a));
    }

    @Test
    void aRetractedEventKeepsOnlyItsVersionInTheLoggedStoreAndComesBackFromIt() {
        index.open(committed(), EventIndex.Derived.NONE);
        EventEntry a = report("a#0", 1);
        index.put("a#0", null, a);
        EventEntry gone = new EventEntry(a.version() + 10, null, null);
        index.put("a#0", a, gone);

        assertThat(index.get("a#0")).isEqualTo(gone);
        assertThat(live.get("a#0")).isNull();
        assertThat(retracted.get("a#0")).isEqualTo(gone);

        EventEntry back = new EventEntry(a.version() + 20, a.group(), a.reportOfDay());
        index.put("a#0", gone, back);
        assertThat(index.get("a#0")).isEqualTo(back);
        assertThat(retracted.get("a#0")).as("a live event's entry is the index's").isNull();
    }

    @Test
    void aLiveEntryLeftInTheLoggedStoreByTheReleaseBeforeTheIndexCountsOnlyForItsVersion() {
        index.open(committed(), EventIndex.Derived.NONE);
        retracted.put("old#0", new EventEntry(9, "UA.21|2025-02|Battles|admin1", "2025-02-07|2025-02-07|old#0"));

        assertThat(index.get("old#0")).isEqualTo(new EventEntry(9, null, null));
    }

    @Test
    void onlyTheFirstChangeAfterACommitMarksTheIndexAndAnUnchangedEntryWritesNothing() {
        index.open(committed(), EventIndex.Derived.NONE);
        EventEntry a = report("a#0", 1);
        index.put("a#0", null, a);
        assertThat(live.get(EventIndex.MARKER).version()).isEqualTo(EventIndex.DIRTY);
        index.commit();
        long committed = live.get(EventIndex.MARKER).version();

        index.put("a#0", a, a);
        index.commit();
        assertThat(live.get(EventIndex.MARKER).version()).as("nothing changed, no new generation").isEqualTo(committed);
    }
}
