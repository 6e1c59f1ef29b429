package dev.conflictstream.aggregate;

import dev.conflictstream.schema.ConflictEvent;
import dev.conflictstream.schema.RegionTally;
import dev.conflictstream.schema.Report;
import dev.conflictstream.schema.serde.ConfluentAvroSerde;
import dev.conflictstream.schema.serde.TopicSerdes;
import dev.conflictstream.schema.topic.Topics;
import org.apache.kafka.common.serialization.Serde;
import org.apache.kafka.common.serialization.Serdes;
import org.apache.kafka.streams.StreamsConfig;
import org.apache.kafka.streams.Topology;
import org.apache.kafka.streams.TopologyConfig;
import org.apache.kafka.streams.state.Stores;

/**
 * Events to incidents to region tallies, exactly, in one step with no repartition.
 *
 * <pre>
 * EVENTS (event id -> ConflictEvent | tombstone; partitioned by region)
 *   -> keep-latest-events  [current-events: changelog = EVENTS itself]
 *   -> aggregate-events    [events, pinned-reports (logged);
 *                           event-index, reports, incident-days, region-tallies,
 *                           region-daily-tallies, pending-changes (local)]
 *        -> write-incidents             INCIDENTS
 *        -> write-region-tallies        REGION_TALLIES
 *        -> write-region-daily-tallies  REGION_DAILY_TALLIES
 * </pre>
 *
 * Enrich partitions the events topic by region
 * ({@link dev.conflictstream.schema.topic.RegionPartitioning}) and every key below starts with
 * the region, so all state an event touches is in the task that reads it: one exactly-once hop
 * from event to tally. {@link EventAggregator} keeps each report once and the figures of each
 * incident day, and maintains tallies by signed deltas: the cost of an event does not grow with
 * the number of reports of its place, month or region. Incidents are not stored: they follow
 * from their days ({@link Incidents}), for the incidents topic and the query API alike.
 *
 * <p>Store keys are plain UTF-8 strings (internal, not part of the topic contract) so the query
 * API can range-scan a region's incident days and tallies and an incident's reports; store values are
 * compact (plain Avro without the registry, or a few fixed fields). The aggregate's state needs no
 * changelog record per event: the events topic itself is the changelog of
 * {@value #CURRENT_EVENTS_STORE} (Streams restores it from the topic up to the committed offset),
 * and every other store but the two small logged ones is rebuilt from it when the local state
 * may not be the committed one ({@link EventIndex}, {@link CommittedEvents}, {@link DerivedStores}).
 * Incidents and tally rows reach their topics once per commit. The
 * output topics carry Avro in the Confluent wire format like every topic of the contract.
 */
public final class AggregateTopology {
    /** Per retracted event id: the newest version applied; and the event index's generation ({@link EventIndex}). */
    public static final String EVENTS_STORE = "events";
    /**
     * Per live event id: its version and where its report lies ({@link EventEntry}); not logged, an
     * index of the reports store rebuilt from it when they may differ ({@link EventIndex}).
     */
    public static final String EVENT_INDEX_STORE = "event-index";
    /**
     * Per event id, the events topic's latest record, as the topic's bytes; its changelog is the
     * events topic itself ({@link LatestEvents}).
     */
    public static final String CURRENT_EVENTS_STORE = "current-events";
    /**
     * Reports of live events whose latest record on the events topic is an older copy the
     * aggregate dropped, by report key; logged, nearly always empty ({@link CommittedEvents}).
     */
    public static final String PINNED_REPORTS_STORE = "pinned-reports";
    /** Every current report by {@code REGION|MONTH|TYPE|PLACE|DATE|PUBLISHED|EVENT}; local, rebuilt from the events. */
    public static final String REPORTS_STORE = "reports";
    /** Figures of the reports of one day of an incident group, by {@code REGION|MONTH|TYPE|PLACE|DATE}. */
    public static final String INCIDENT_DAYS_STORE = "incident-days";
    /** All-time tallies by admin-1 code. */
    public static final String REGION_TALLIES_STORE = "region-tallies";
    /** Daily tallies by {@code CODE|YYYY-MM-DD}. */
    public static final String REGION_DAILY_TALLIES_STORE = "region-daily-tallies";
    /**
     * One row while changes wait to be published, in memory, cached, not logged: its flush from
     * the cache, at every commit, is when the aggregate publishes them ({@link EventAggregator}).
     */
    public static final String PENDING_CHANGES_STORE = "pending-changes";

    static final String READ_EVENTS = "read-events";
    static final String KEEP_LATEST_EVENTS = "keep-latest-events";
    static final String AGGREGATE_EVENTS = "aggregate-events";
    static final String WRITE_INCIDENTS = "write-incidents";
    static final String WRITE_TALLIES = "write-region-tallies";
    static final String WRITE_DAILY_TALLIES = "write-region-daily-tallies";

    private AggregateTopology() {}

    /** The topology with its domain metrics recorded into a private registry (tests, describe). */
    public static Topology build(AggregateConfig config, TopicSerdes serdes) {
        return build(config, serdes, AggregateMetrics.unexported());
    }

    /**
     * The topology, recording merges, retractions and end-to-end latency into {@code metrics};
     * its shape does not depend on them.
     */
    public static Topology build(AggregateConfig config, TopicSerdes serdes, AggregateMetrics metrics) {
        Topology topology = new Topology(new TopologyConfig(new StreamsConfig(config.toStreamsProperties())));
        ConfluentAvroSerde<String> eventKeys = serdes.key(Topics.EVENTS);
        ConfluentAvroSerde<ConflictEvent> eventValues = serdes.value(Topics.EVENTS);
        topology.addReadOnlyStateStore(Stores.keyValueStoreBuilder(Stores.persistentKeyValueStore(CURRENT_EVENTS_STORE),
                        Serdes.Bytes(), Serdes.ByteArray()).withCachingDisabled(),
                READ_EVENTS, eventKeys.deserializer(), TopicEvent.deserializer(eventValues), Topics.EVENTS.name(),
                KEEP_LATEST_EVENTS, () -> new LatestEvents(eventKeys));
        topology.addProcessor(AGGREGATE_EVENTS,
                config.streams().pacing().around(() -> new EventAggregator(metrics, eventKeys, eventValues)), READ_EVENTS);
        topology.connectProcessorAndStateStores(AGGREGATE_EVENTS, CURRENT_EVENTS_STORE);
        store(topology, PINNED_REPORTS_STORE, new AvroBinarySerde<>(Report.class));
        derivedStore(topology, REPORTS_STORE, new AvroBinarySerde<>(Report.class));
        topology.addStateStore(Stores.keyValueStoreBuilder(Stores.persistentKeyValueStore(EVENT_INDEX_STORE),
                Serdes.String(), EventEntry.serde()).withCachingDisabled().withLoggingDisabled(), AGGREGATE_EVENTS);
        store(topology, EVENTS_STORE, EventEntry.serde());
        derivedStore(topology, INCIDENT_DAYS_STORE, IncidentFigures.serde());
        derivedStore(topology, REGION_TALLIES_STORE, new AvroBinarySerde<>(RegionTally.class));
        derivedStore(topology, REGION_DAILY_TALLIES_STORE, new AvroBinarySerde<>(RegionTally.class));
        topology.addStateStore(Stores.keyValueStoreBuilder(Stores.inMemoryKeyValueStore(PENDING_CHANGES_STORE),
                Serdes.String(), Serdes.Long()).withCachingEnabled().withLoggingDisabled(), AGGREGATE_EVENTS);
        topology.addSink(WRITE_INCIDENTS, Topics.INCIDENTS.name(), serdes.key(Topics.INCIDENTS).serializer(),
                serdes.value(Topics.INCIDENTS).serializer(), AGGREGATE_EVENTS);
        topology.addSink(WRITE_TALLIES, Topics.REGION_TALLIES.name(), serdes.key(Topics.REGION_TALLIES).serializer(),
                serdes.value(Topics.REGION_TALLIES).serializer(), AGGREGATE_EVENTS);
        topology.addSink(WRITE_DAILY_TALLIES, Topics.REGION_DAILY_TALLIES.name(),
                serdes.key(Topics.REGION_DAILY_TALLIES).serializer(), serdes.value(Topics.REGION_DAILY_TALLIES).serializer(),
                AGGREGATE_EVENTS);
        return topology;
    }

    /**
     * A persistent store, logged, without Streams' record cache: the logged stores hold what the
     * events topic does not (retractions, pinned reports, the index's generation), written a few
     * times per commit at most, where a cache would only add a sorted-map insert, an eviction and
     * a copy. The rows written again within a commit (a day's figures, a region's tally) the
     * aggregate keeps as objects itself ({@link GroupDays}, {@link WriteBehindRows}).
     */
    private static <V> void store(Topology topology, String name, Serde<V> values) {
        topology.addStateStore(Stores.keyValueStoreBuilder(Stores.persistentKeyValueStore(name), Serdes.String(), values)
                .withCachingDisabled(), AGGREGATE_EVENTS);
    }

    /**
     * A persistent store without a changelog, whose rows follow from the committed events:
     * rebuilt from them with the event index whenever the local state may not match the
     * committed one ({@link DerivedStores}).
     */
    private static <V> void derivedStore(Topology topology, String name, Serde<V> values) {
        topology.addStateStore(Stores.keyValueStoreBuilder(Stores.persistentKeyValueStore(name), Serdes.String(), values)
                .withCachingDisabled().withLoggingDisabled(), AGGREGATE_EVENTS);
    }
}
