package dev.conflictstream.aggregate;

import dev.conflictstream.schema.Report;
import java.util.function.Consumer;
import org.apache.kafka.streams.state.KeyValueIterator;
import org.apache.kafka.streams.state.KeyValueStore;

/**
 * Per event id, the newest version applied and where the event's report lies
 * ({@link EventEntry}), kept without a changelog: the aggregate's per-event state costs no Kafka
 * record beyond the event itself.
 *
 * <p>A live event's entry follows from its report, and its report from the event: the events
 * topic's latest record per id is kept in a store whose changelog is the topic itself
 * ({@link LatestEvents}), so the live entries, the reports and what derives from them
 * ({@link DerivedStores}) are unlogged local stores, rebuilt from the committed events
 * ({@link CommittedEvents}) whenever they may differ. Only what no record on the topic holds is
 * logged, in {@value AggregateTopology#EVENTS_STORE}: a retracted event's version (a
 * retraction is rare; its version keeps an older copy of the event from coming back), and the
 * generation below.
 *
 * <p>When they may differ: the index is local and the committed events are what a restore
 * reads back (after a crash, on another instance, from a standby, after an aborted transaction).
 * A generation number says which state the index was written for: the logged
 * {@value AggregateTopology#EVENTS_STORE} store holds, under {@link #MARKER}, the generation of
 * the last commit that changed the index, and the index holds the same number under the same key
 * once that commit's changes are all in it. Before the first change after a commit the index marker is
 * set to {@link #DIRTY}, so an index that holds changes of a commit that never happened (the
 * process died first, the transaction aborted) never shows the committed generation: the local
 * store persists its writes in order. {@link #open} compares the two and rebuilds the index from
 * the committed events when they differ, an index lost with its directory included.
 */
final class EventIndex {
    /**
     * Key of the generation in both stores (its value is an entry whose version is the
     * generation); never an event id: the aggregate ignores empty ids.
     */
    static final String MARKER = "";
    /** Marker value while the index holds changes not yet committed. */
    static final long DIRTY = -1;

    private final KeyValueStore<String, EventEntry> live;
    private final KeyValueStore<String, EventEntry> retracted;
    private long generation;
    private boolean dirty;

    /**
     * @param live      unlogged: live events' entries and the index's marker
     * @param retracted logged: retracted events' versions and the generation of the last commit that changed the index
     */
    EventIndex(KeyValueStore<String, EventEntry> live, KeyValueStore<String, EventEntry> retracted) {
        this.live = live;
        this.retracted = retracted;
    }

    /**
     * Makes the index (and what derives with it) agree with the committed events, rebuilding it
     * when its marker is not the committed generation.
     *
     * @param committed calls its argument once per live event of the committed state ({@link CommittedEvents#forEachLive})
     * @return the number of live entries rebuilt, or -1 when the index was already current
     */
    long open(Consumer<CommittedEvents.LiveEvent> committed, Derived derived) {
        EventEntry marker = retracted.get(MARKER);
        generation = marker == null ? 0 : marker.version();
        dirty = false;
        EventEntry local = live.get(MARKER);
        if (local != null && local.version() == generation) {
            return -1;
        }
        try (KeyValueIterator<String, EventEntry> it = live.all()) {
            while (it.hasNext()) {
                live.delete(it.next().key);
            }
        }
        derived.clear();
        long[] rebuilt = {0};
        committed.accept((eventId, entry, report) -> {
            live.put(eventId, entry);
            derived.add(entry, report);
            rebuilt[0]++;
        });
        derived.finish();
        live.put(MARKER, new EventEntry(generation, null, null));
        return rebuilt[0];
    }

    /** The entry of {@code eventId}: live, retracted (no group), or null when never seen. */
    EventEntry get(String eventId) {
        EventEntry entry = live.get(eventId);
        if (entry != null) {
            return entry;
        }
        entry = retracted.get(eventId);
        // an entry of a live event in the logged store was written by the release before this index: its report, if
        // still current, is in the index, so here only its version counts
        return entry == null || !entry.live() ? entry : new EventEntry(entry.version(), null, null);
    }

    /** {@code eventId}'s entry goes from {@code before} (null: never seen) to {@code after}. */
    void put(String eventId, EventEntry before, EventEntry after) {
        if (after.equals(before)) {
            return;
        }
        if (after.live()) {
            markDirty();
            live.put(eventId, after);
            if (before != null && !before.live()) {
                retracted.delete(eventId);
            }
        } else {
            if (before != null && before.live()) {
                markDirty();
                live.delete(eventId);
            }
            retracted.put(eventId, after);
        }
    }

    /**
     * Local state, unlogged like the index, that follows from the reports and is rebuilt with
     * the index, in the same scan ({@link DerivedStores}). Its writes fall under the index's
     * generation: the aggregate marks the index dirty ({@link #markDirty}) before it changes it.
     */
    interface Derived {
        Derived NONE = new Derived() {
            @Override
            public void clear() {}

            @Override
            public void add(EventEntry entry, Report report) {}

            @Override
            public void finish() {}
        };

        /** Empties it before a rebuild. */
        void clear();

        /** A live event's report, in no particular order. */
        void add(EventEntry entry, Report report);

        /** Every report was added. */
        void finish();
    }

    /** Changes of the coming commit begin: from here until it, the index (and what derives with it) may not match the committed reports. */
    void markDirty() {
        if (!dirty) {
            live.put(MARKER, new EventEntry(DIRTY, null, null));
            dirty = true;
        }
    }

    /** The changes so far are part of the commit being prepared: a new generation, in both stores. */
    void commit() {
        if (dirty) {
            generation++;
            EventEntry marker = new EventEntry(generation, null, null);
            retracted.put(MARKER, marker);
            live.put(MARKER, marker);
            dirty = false;
        }
    }
}
