package dev.conflictstream.launcher;

import dev.conflictstream.schema.Incident;
import dev.conflictstream.schema.RegionTally;
import dev.conflictstream.schema.topic.Topics;
import java.time.Instant;
import java.util.Map;
import java.util.TreeMap;

/**
 * Everything the aggregate publishes, as a subscriber reads it from the compacted output
 * topics: all-time tallies, daily tallies (key {@code CODE|DATE}) and incidents. The one
 * freshness field, {@code RegionTally.updatedAt} ("not a figure", see its schema doc), is
 * set to the epoch so that two snapshots compare on figures only.
 */
record PipelineFigures(Map<String, RegionTally> tallies, Map<String, RegionTally> daily, Map<String, Incident> incidents) {

    static PipelineFigures read(LocalPipeline pipeline) {
        String servers = pipeline.connection().bootstrapServers();
        return new PipelineFigures(
                figuresOnly(TopicSnapshot.read(servers, Topics.REGION_TALLIES, pipeline.serdes())),
                figuresOnly(TopicSnapshot.read(servers, Topics.REGION_DAILY_TALLIES, pipeline.serdes())),
                new TreeMap<>(TopicSnapshot.<Incident>read(servers, Topics.INCIDENTS, pipeline.serdes())));
    }

    static Map<String, RegionTally> figuresOnly(Map<String, RegionTally> tallies) {
        Map<String, RegionTally> figures = new TreeMap<>();
        tallies.forEach((key, tally) -> figures.put(key, figuresOnly(tally)));
        return figures;
    }

    static RegionTally figuresOnly(RegionTally tally) {
        return RegionTally.newBuilder(tally).setUpdatedAt(Instant.EPOCH).build();
    }
}
