package dev.conflictstream.aggregate;

import dev.conflictstream.schema.ConflictEvent;
import dev.conflictstream.schema.Incident;
import dev.conflictstream.schema.RegionTally;
import dev.conflictstream.schema.serde.TopicSerdes;
import dev.conflictstream.schema.topic.Topics;
import org.apache.kafka.common.serialization.Serde;
import org.apache.kafka.common.serialization.Serdes;
import org.apache.kafka.common.utils.Bytes;
import org.apache.kafka.streams.KeyValue;
import org.apache.kafka.streams.StreamsBuilder;
import org.apache.kafka.streams.StreamsConfig;
import org.apache.kafka.streams.Topology;
import org.apache.kafka.streams.TopologyConfig;
import org.apache.kafka.streams.kstream.Consumed;
import org.apache.kafka.streams.kstream.Grouped;
import org.apache.kafka.streams.kstream.KTable;
import org.apache.kafka.streams.kstream.Materialized;
import org.apache.kafka.streams.kstream.Named;
import org.apache.kafka.streams.kstream.Produced;
import org.apache.kafka.streams.kstream.Repartitioned;
import org.apache.kafka.streams.state.KeyValueStore;
import org.apache.kafka.streams.state.Stores;

/**
 * Events to incidents to region tallies, exactly.
 *
 * <pre>
 * EVENTS (event id -> ConflictEvent | tombstone)
 *   -> drop-stale-event-versions [event-versions]      out-of-order corrections never win
 *   -> events table [events]                          upsert/retract by event id
 *   -> groupBy incident group REGION|TYPE|PLACE (repartition: one-report Incident, no article text)
 *   -> reduce(add, subtract) [incident-groups]         every current report of the group
 *   -> cluster-incident-days [incident-group-clusters] day rule (IncidentClusters): diff old vs
 *        new incidents of the group, emit upserts and tombstones keyed by incident id
 *   -> repartition by incident id (incident-upserts)
 *   -> incidents table [incidents]                     -> INCIDENTS
 *   -> groupBy region code (repartition: RegionTally of one incident)
 *        -> reduce(add, subtract) [region-tallies]
 *        -> measure-end-to-end-latency                 -> REGION_TALLIES
 *   -> groupBy region|event date
 *        -> reduce(add, subtract) [region-daily-tallies] -> REGION_DAILY_TALLIES
 * </pre>
 *
 * Each stage is a KTable reduce with an adder and a subtractor: when an event changes or is
 * retracted, Streams subtracts its old contribution before adding the new one, at every level,
 * so re-extraction, replay and retraction never double-count. An incident or tally with
 * nothing left is deleted and its topic gets a tombstone.
 *
 * <p>Store keys are plain UTF-8 strings (internal, not part of the topic contract) so the
 * query API can range-scan a region's incidents and days; the output topics carry Avro string
 * keys in the Confluent wire format like every topic of the contract.
 */
public final class AggregateTopology {
    /** Newest version time seen per event id (out-of-order guard). */
    public static final String EVENT_VERSIONS_STORE = "event-versions";
    /** Current events by event id: the old value every subtraction needs. */
    public static final String EVENTS_STORE = "events";
    /** Every current report per incident group {@code REGION|TYPE|PLACE}. */
    public static final String INCIDENT_GROUPS_STORE = "incident-groups";
    /** Per incident group: the incident ids last emitted and a fingerprint of each. */
    public static final String INCIDENT_CLUSTERS_STORE = "incident-group-clusters";
    /** Incidents by incident id {@code REGION|FIRST DATE|TYPE|PLACE}. */
    public static final String INCIDENTS_STORE = "incidents";
    /** All-time tallies by admin-1 code. */
    public static final String REGION_TALLIES_STORE = "region-tallies";
    /** Daily tallies by {@code CODE|YYYY-MM-DD}. */
    public static final String REGION_DAILY_TALLIES_STORE = "region-daily-tallies";

    /** Repartition of event reports to their incident group (internal topic {@code <app>-incident-reports-repartition}). */
    public static final String INCIDENT_REPORTS_REPARTITION = "incident-reports";
    /** Repartition of incident upserts/tombstones from their group's partition to their own id's. */
    public static final String INCIDENT_CHANGES_REPARTITION = "incident-upserts";
    /** Repartition of incidents to their region. */
    public static final String REGION_INCIDENTS_REPARTITION = "region-incidents";
    /** Repartition of incidents to their region and day. */
    public static final String REGION_DAY_INCIDENTS_REPARTITION = "region-day-incidents";

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
        StreamsBuilder builder = new StreamsBuilder(new TopologyConfig(new StreamsConfig(config.toStreamsProperties())));
        Serde<String> storeKeys = Serdes.String();
        Serde<ConflictEvent> events = serdes.value(Topics.EVENTS);
        Serde<Incident> incidents = serdes.value(Topics.INCIDENTS);
        Serde<RegionTally> tallies = serdes.value(Topics.REGION_TALLIES);
        Serde<RegionTally> dailyTallies = serdes.value(Topics.REGION_DAILY_TALLIES);
        String app = config.applicationId();

        builder.addStateStore(Stores.keyValueStoreBuilder(
                Stores.persistentKeyValueStore(EVENT_VERSIONS_STORE), storeKeys, Serdes.Long()));
        builder.addStateStore(Stores.keyValueStoreBuilder(
                Stores.persistentKeyValueStore(INCIDENT_CLUSTERS_STORE), storeKeys, Serdes.String()));

        KTable<String, ConflictEvent> eventTable = builder
                .stream(Topics.EVENTS.name(), Consumed.with(serdes.key(Topics.EVENTS), events).withName("read-events"))
                .processValues(() -> new LatestEventFilter(EVENT_VERSIONS_STORE, metrics),
                        Named.as("drop-stale-event-versions"), EVENT_VERSIONS_STORE)
                .toTable(Named.as("upsert-events"),
                        Materialized.<String, ConflictEvent, KeyValueStore<Bytes, byte[]>>as(EVENTS_STORE)
                                .withKeySerde(storeKeys).withValueSerde(events));

        KTable<String, Incident> incidentTable = eventTable
                .groupBy((eventId, event) -> KeyValue.pair(IncidentKeys.groupKey(event), IncidentMerger.groupReport(event)),
                        Grouped.with(INCIDENT_REPORTS_REPARTITION, storeKeys,
                                serdes.internal(repartitionSubject(app, INCIDENT_REPORTS_REPARTITION), Incident.class)))
                .reduce((group, report) -> {
                            Incident merged = IncidentMerger.add(group, report);
                            metrics.merged(merged, report);
                            return merged;
                        }, IncidentMerger::subtract, Named.as("collect-incident-group-reports"),
                        Materialized.<String, Incident, KeyValueStore<Bytes, byte[]>>as(INCIDENT_GROUPS_STORE)
                                .withKeySerde(storeKeys).withValueSerde(incidents))
                .toStream(Named.as("incident-group-changes"))
                .process(() -> new IncidentClusterer(INCIDENT_CLUSTERS_STORE), Named.as("cluster-incident-days"),
                        INCIDENT_CLUSTERS_STORE)
                .repartition(Repartitioned.<String, Incident>as(INCIDENT_CHANGES_REPARTITION).withKeySerde(storeKeys)
                        .withValueSerde(serdes.internal(repartitionSubject(app, INCIDENT_CHANGES_REPARTITION), Incident.class)))
                .toTable(Named.as("upsert-incidents"),
                        Materialized.<String, Incident, KeyValueStore<Bytes, byte[]>>as(INCIDENTS_STORE)
                                .withKeySerde(storeKeys).withValueSerde(incidents));
        incidentTable.toStream(Named.as("incident-changes"))
                .to(Topics.INCIDENTS.name(), Produced.with(serdes.key(Topics.INCIDENTS), incidents).withName("write-incidents"));

        incidentTable
                .groupBy((id, incident) -> KeyValue.pair(incident.getRegionCode(), RegionTallies.of(incident, null)),
                        Grouped.with(REGION_INCIDENTS_REPARTITION, storeKeys,
                                serdes.internal(repartitionSubject(app, REGION_INCIDENTS_REPARTITION), RegionTally.class)))
                .reduce(RegionTallies::add, RegionTallies::subtract, Named.as("tally-incidents-per-region"),
                        Materialized.<String, RegionTally, KeyValueStore<Bytes, byte[]>>as(REGION_TALLIES_STORE)
                                .withKeySerde(storeKeys).withValueSerde(tallies))
                .toStream(Named.as("region-tally-changes"))
                .processValues(() -> new LatencyProbe<>(metrics), Named.as("measure-end-to-end-latency"))
                .to(Topics.REGION_TALLIES.name(),
                        Produced.with(serdes.key(Topics.REGION_TALLIES), tallies).withName("write-region-tallies"));

        incidentTable
                .groupBy((id, incident) -> KeyValue.pair(
                                IncidentKeys.dailyKey(incident.getRegionCode(), incident.getEventDate()),
                                RegionTallies.of(incident, incident.getEventDate())),
                        Grouped.with(REGION_DAY_INCIDENTS_REPARTITION, storeKeys,
                                serdes.internal(repartitionSubject(app, REGION_DAY_INCIDENTS_REPARTITION), RegionTally.class)))
                .reduce(RegionTallies::add, RegionTallies::subtract, Named.as("tally-incidents-per-region-day"),
                        Materialized.<String, RegionTally, KeyValueStore<Bytes, byte[]>>as(REGION_DAILY_TALLIES_STORE)
                                .withKeySerde(storeKeys).withValueSerde(dailyTallies))
                .toStream(Named.as("region-daily-tally-changes"))
                .to(Topics.REGION_DAILY_TALLIES.name(),
                        Produced.with(serdes.key(Topics.REGION_DAILY_TALLIES), dailyTallies).withName("write-region-daily-tallies"));

        return builder.build();
    }

    /** Registry subject of an internal topic's values (Confluent's TopicNameStrategy). */
    static String repartitionSubject(String applicationId, String repartitionName) {
        return applicationId + "-" + repartitionName + "-repartition-value";
    }
}
