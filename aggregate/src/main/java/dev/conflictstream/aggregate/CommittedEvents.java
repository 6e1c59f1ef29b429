package dev.conflictstream.aggregate;

import dev.conflictstream.schema.ConflictEvent;
import dev.conflictstream.schema.Report;
import dev.conflictstream.schema.serde.ConfluentAvroSerde;
import java.util.HashMap;
import java.util.Map;
import org.apache.kafka.common.errors.SerializationException;
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
    private long unreadable;

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
        unreadable = 0;
        try (KeyValueIterator<Bytes, byte[]> it = latest.all()) {
            while (it.hasNext()) {
                KeyValue<Bytes, byte[]> kv = it.next();
                String eventId;
                ConflictEvent event;
                try {
                    eventId = keys.deserialize(kv.key.get());
                    event = values.deserialize(kv.value);
                } catch (SerializationException e) {
                    unreadable++; // dead-lettered when it was processed: the aggregate never saw it
                    continue;
                }
                if (eventId != null && !eventId.isEmpty()) {
                    resolve(eventId, event, pins.remove(eventId), action);
                }
            }
        }
        pins.forEach((eventId, pin) -> resolve(eventId, null, pin, action));
    }

    /** Records of the topic a rebuild could not decode (the last {@link #forEachLive}). */
    long unreadable() {
        return unreadable;
    }

    private void resolve(String eventId, ConflictEvent event, KeyValue<String, Report> pin, LiveEvent action) {
        EventEntry entry = retracted.get(eventId);
        long gone = entry == null || entry.live() ? Long.MIN_VALUE : entry.version(); // a live one: an older release's, only a version
        long topic = event == null ? Long.MIN_VALUE : event.getIngestedAt().toEpochMilli();
        long pinnedAt = pin == null ? Long.MIN_VALUE : pin.value.getIngestedAt().toEpochMilli();
        if (gone >= topic && gone >= pinnedAt) {
            return; // retracted, or nothing
        }
        if (topic >= pinnedAt) {
            Report report = Reports.of(event);
            action.accept(eventId, EventEntry.of(eventId, event, report, topic), report);
        } else {
            EventEntry pinnedEntry = EventEntry.of(pin.key, pin.value);
            if (pinnedEntry != null) {
                action.accept(eventId, pinnedEntry, pin.value);
            }
        }
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
