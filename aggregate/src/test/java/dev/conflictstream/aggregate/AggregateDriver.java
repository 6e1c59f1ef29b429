package dev.conflictstream.aggregate;

import dev.conflictstream.runtime.ClientProperties;
import dev.conflictstream.schema.ConflictEvent;
import dev.conflictstream.schema.Incident;
import dev.conflictstream.schema.RegionTally;
import dev.conflictstream.schema.serde.InMemorySchemaRegistryClient;
import dev.conflictstream.schema.serde.TopicSerdes;
import dev.conflictstream.schema.topic.Topics;
import java.nio.file.Path;
import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.Map;
import org.apache.kafka.streams.KeyValue;
import org.apache.kafka.streams.TestInputTopic;
import org.apache.kafka.streams.TestOutputTopic;
import org.apache.kafka.streams.TopologyTestDriver;
import org.apache.kafka.streams.state.KeyValueIterator;
import org.apache.kafka.streams.state.KeyValueStore;

/** The aggregate topology in a TopologyTestDriver, with the production config and topic constants. */
public final class AggregateDriver implements AutoCloseable {
    final TopicSerdes serdes = new TopicSerdes(new InMemorySchemaRegistryClient());
    final AggregateConfig config;
    final TopologyTestDriver driver;
    final TestInputTopic<String, ConflictEvent> events;
    final TestOutputTopic<String, Incident> incidentTopic;
    final TestOutputTopic<String, RegionTally> tallyTopic;
    final TestOutputTopic<String, RegionTally> dailyTallyTopic;

    public AggregateDriver(Path stateDir) {
        this(stateDir, AggregateMetrics.unexported());
    }

    public AggregateDriver(Path stateDir, AggregateMetrics metrics) {
        this(AggregateConfig.fromMap(Map.of("state.dir", stateDir.toString())), metrics);
    }

    /** With Streams' record caches off ({@code statestore.cache.max.bytes=0}, which a user may set). */
    static AggregateDriver withoutCache(Path stateDir) {
        return withCacheBytes(stateDir, 0);
    }

    /** With {@code statestore.cache.max.bytes} set: a small cache evicts (and flushes) while a record is processed. */
    static AggregateDriver withCacheBytes(Path stateDir, long bytes) {
        return new AggregateDriver(AggregateConfig.fromMap(Map.of("state.dir", stateDir.toString()),
                new ClientProperties(Map.of("statestore.cache.max.bytes", Long.toString(bytes)))), AggregateMetrics.unexported());
    }

    private AggregateDriver(AggregateConfig config, AggregateMetrics metrics) {
        this.config = config;
        driver = new TopologyTestDriver(AggregateTopology.build(config, serdes, metrics), config.toStreamsProperties());
        events = driver.createInputTopic(Topics.EVENTS.name(),
                serdes.key(Topics.EVENTS).serializer(), serdes.<ConflictEvent>value(Topics.EVENTS).serializer());
        incidentTopic = driver.createOutputTopic(Topics.INCIDENTS.name(),
                serdes.key(Topics.INCIDENTS).deserializer(), serdes.<Incident>value(Topics.INCIDENTS).deserializer());
        tallyTopic = driver.createOutputTopic(Topics.REGION_TALLIES.name(),
                serdes.key(Topics.REGION_TALLIES).deserializer(), serdes.<RegionTally>value(Topics.REGION_TALLIES).deserializer());
        dailyTallyTopic = driver.createOutputTopic(Topics.REGION_DAILY_TALLIES.name(),
                serdes.key(Topics.REGION_DAILY_TALLIES).deserializer(),
                serdes.<RegionTally>value(Topics.REGION_DAILY_TALLIES).deserializer());
    }

    /** Pipes an event stamped with its ingest time, as enrich stamps it. */
    public void send(ConflictEvent event) {
        events.pipeInput(event.getEventId(), event, event.getIngestedAt());
    }

    /** Pipes a retraction of {@code eventId} caused by an article ingested at {@code at}. */
    void retract(String eventId, Instant at) {
        events.pipeInput(eventId, null, at);
    }

    /** Every incident, by id, as the incidents topic and the query API see them. */
    Map<String, Incident> incidents() {
        Map<String, Incident> incidents = new java.util.TreeMap<>();
        Incidents.forEach(driver.<String, IncidentFigures>getKeyValueStore(AggregateTopology.INCIDENT_DAYS_STORE),
                driver.<String, dev.conflictstream.schema.Report>getKeyValueStore(AggregateTopology.REPORTS_STORE), null, null,
                incident -> incidents.put(incident.getIncidentId(), incident));
        return incidents;
    }

    /** Every live event's report, by report key. */
    Map<String, dev.conflictstream.schema.Report> reports() {
        return contents(driver.getKeyValueStore(AggregateTopology.REPORTS_STORE));
    }

    KeyValueStore<String, RegionTally> tallies() {
        return driver.getKeyValueStore(AggregateTopology.REGION_TALLIES_STORE);
    }

    KeyValueStore<String, RegionTally> dailyTallies() {
        return driver.getKeyValueStore(AggregateTopology.REGION_DAILY_TALLIES_STORE);
    }

    static <V> Map<String, V> contents(KeyValueStore<String, V> store) {
        Map<String, V> all = new LinkedHashMap<>();
        try (KeyValueIterator<String, V> it = store.all()) {
            while (it.hasNext()) {
                KeyValue<String, V> kv = it.next();
                all.put(kv.key, kv.value);
            }
        }
        return all;
    }

    /**
     * Every store the query API reads, as plain maps. Tallies without {@code updatedAt}: it is a
     * freshness hint, not a figure, and the one field that is not exact under replay.
     */
    Map<String, Map<String, ?>> snapshot() {
        return Map.of("incidents", incidents(), "tallies", figures(contents(tallies())),
                "daily", figures(contents(dailyTallies())));
    }

    private static Map<String, RegionTally> figures(Map<String, RegionTally> tallies) {
        Map<String, RegionTally> figures = new LinkedHashMap<>();
        tallies.forEach((k, v) -> figures.put(k, RegionTally.newBuilder(v).setUpdatedAt(Instant.EPOCH).build()));
        return figures;
    }

    public TopologyTestDriver driver() {
        return driver;
    }

    @Override
    public void close() {
        driver.close();
    }
}
