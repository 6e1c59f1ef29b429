package dev.conflictstream.aggregate;

import dev.conflictstream.schema.ConflictEvent;
import dev.conflictstream.schema.Report;
import dev.conflictstream.schema.serde.ConfluentAvroSerde;
import java.util.HashMap;
import java.util.Map;
import org.apache.kafka.common.utils.Bytes;
import org.apache.kafka.streams.KeyValue;
import org.apache.kafka.streams.state.KeyValueIterator;
import org.apache.kafka.streams.state.KeyValueStore;

/**
 * Every live event's report as the committed state has it: what the aggregate's local stores
 * (event index, reports, incident days, tallies) are rebuilt from ({@link EventIndex#open}).
 *
 * <p>Three logged stores say what an event is, and the newest of them counts:
 * <ul>
 *   <li>{@value AggregateTopology#CURRENT_EVENTS_STORE}: the events topic's latest record for
 *       the id ({@link LatestEvents}; restored from the topic itself);</li>
 *   <li>{@value AggregateTopology#EVENTS_STORE}: the version of a retraction the aggregate applied;</li>
 *   <li>{@value AggregateTopology#PINNED_REPORTS_STORE}: the report of a live event whose latest
 *       record on the topic is an older copy the aggregate dropped as stale (or a stale
 *       tombstone), written when it drops it. Enrich never publishes an older version after a
 *       newer one, so this holds a report only when something else wrote to the topic out of
 *       order.</li>
 * </ul>
 * Versions are ingest times: the topic's record and a pinned report carry theirs, a retraction
 * its own. Of equal versions, a retraction wins (an upsert applied after it removes it), then
 * the topic's record (a copy of a pinned report again is the same report).
 */
final class CommittedEvents {
    /** A live event's report and the index entry that says where it lies. */
    interface LiveEvent {
        void accept(String eventId, EventEntry entry, Report report);
    }

    private final KeyValueStore<Bytes, byte[]> latest;
    private final ConfluentAvroSerde<String> keys;
    private final ConfluentAvroSerde<ConflictEvent> values;
    private final KeyValueStore<String, EventEntry> retracted;
    private final KeyValueStore<String, Report> pinned;
    private long skipped;

    CommittedEvents(KeyValueStore<Bytes, byte[]> latest, ConfluentAvroSerde<String> keys, ConfluentAvroSerde<ConflictEvent> values,
                    KeyValueStore<String, EventEntry> retracted, KeyValueStore<String, Report> pinned) {
        this.latest = latest;
        this.keys = keys;
        this.values = values;
        this.retracted = retracted;
        this.pinned = pinned;
    }

    /** Calls {@code action} once per live event, in no particular order. */
    void forEachLive(LiveEvent action) {
        Map<String, KeyValue<String, Report>> pins = newestPins();
        skipped = 0;
        try (KeyValueIterator<Bytes, byte[]> it = latest.all()) {
            while (it.hasNext()) {
                KeyValue<Bytes, byte[]> kv = it.next();
                Live live;
                try {
                    String eventId = keys.deserialize(kv.key.get());
                    live = eventId == null || eventId.isEmpty() ? null : resolve(eventId, values.deserialize(kv.value), pins.remove(eventId));
                } catch (RuntimeException e) {
                    // dead-lettered when it was processed (not decodable, or the aggregate failed on it): it never counted
                    skipped++;
                    continue;
                }
                emit(live, action);
            }
        }
        pins.forEach((eventId, pin) -> emit(resolve(eventId, null, pin), action));
    }

    /** Records of the topic the last {@link #forEachLive} could not decode or apply, skipped as processing skipped them. */
    long skipped() {
        return skipped;
    }

    private record Live(String eventId, EventEntry entry, Report report) {}

    private static void emit(Live live, LiveEvent action) {
        if (live != null) {
            action.accept(live.eventId, live.entry, live.report);
        }
    }

    /** What the newest of the three stores says {@code eventId} is: live with its report, or null (retracted, or nothing). */
    private Live resolve(String eventId, ConflictEvent event, KeyValue<String, Report> pin) {
        EventEntry entry = retracted.get(eventId);
        long gone = entry == null || entry.live() ? Long.MIN_VALUE : entry.version(); // a live one: an older release's, only a version
        long topic = event == null ? Long.MIN_VALUE : event.getIngestedAt().toEpochMilli();
        long pinnedAt = pin == null ? Long.MIN_VALUE : pin.value.getIngestedAt().toEpochMilli();
        if (gone >= topic && gone >= pinnedAt) {
            return null;
        }
        if (topic >= pinnedAt) {
            Report report = Reports.of(event);
            return new Live(eventId, EventEntry.of(eventId, event, report, topic), report);
        }
        EventEntry pinnedEntry = EventEntry.of(pin.key, pin.value);
        return pinnedEntry == null ? null : new Live(eventId, pinnedEntry, pin.value);
    }

    /** The newest pinned report of each event id (an event pinned twice keeps its older pin under another key). */
    private Map<String, KeyValue<String, Report>> newestPins() {
        Map<String, KeyValue<String, Report>> pins = new HashMap<>();
        try (KeyValueIterator<String, Report> it = pinned.all()) {
            while (it.hasNext()) {
                KeyValue<String, Report> kv = it.next();
                pins.merge(kv.value.getEventId(), kv, (a, b) -> a.value.getIngestedAt().isAfter(b.value.getIngestedAt()) ? a : b);
            }
        }
        return pins;
    }
}
