package dev.conflictstream.schema.topic;

import dev.conflictstream.schema.Article;
import dev.conflictstream.schema.ConflictEvent;
import dev.conflictstream.schema.Incident;
import dev.conflictstream.schema.RegionTally;
import java.util.List;

/**
 * The topic contract: every topic the pipeline reads or writes, with its key and value
 * types, partition count and cleanup policy. Every module (and the README's topic table)
 * takes names from here; no topic name appears as a literal anywhere else.
 *
 * <p>The partition counts here are the production default. A deployment chooses its own
 * count for the data topics with the {@code topic.partitions} setting (the launcher's
 * {@code TopicPartitions}: 2 on the embedded broker); the dead-letter topic always has one.
 */
public final class Topics {
    private Topics() {}

    /**
     * Partitions of every data topic on a cluster (create-topics, docker-compose, production):
     * the most enrich or aggregate instances (times stream threads) that can share the work.
     */
    public static final int DEFAULT_PARTITIONS = 6;

    /** Raw articles from ingest. Compacted: the article id is stable, the latest copy wins. */
    public static final TopicSpec ARTICLES = new TopicSpec("conflict.articles.v1",
            "article id (string)", Article.class, DEFAULT_PARTITIONS, TopicSpec.Cleanup.COMPACT,
            "ingest", "enrich");

    /** Extracted events keyed by event id; tombstones retract events a re-extraction dropped. */
    public static final TopicSpec EVENTS = new TopicSpec("conflict.events.v1",
            "event id (string)", ConflictEvent.class, DEFAULT_PARTITIONS, TopicSpec.Cleanup.COMPACT,
            "enrich", "aggregate, downstream consumers");

    /** Incidents: reports of the same event merged, with provenance. */
    public static final TopicSpec INCIDENTS = new TopicSpec("conflict.incidents.v1",
            "incident id (string)", Incident.class, DEFAULT_PARTITIONS, TopicSpec.Cleanup.COMPACT,
            "aggregate", "downstream consumers");

    /** All-time tallies per admin-1 region. */
    public static final TopicSpec REGION_TALLIES = new TopicSpec("conflict.region-tallies.v1",
            "admin-1 code (string)", RegionTally.class, DEFAULT_PARTITIONS, TopicSpec.Cleanup.COMPACT,
            "aggregate", "downstream consumers, dashboards");

    /** Daily tallies per admin-1 region (key CODE|YYYY-MM-DD). */
    public static final TopicSpec REGION_DAILY_TALLIES = new TopicSpec("conflict.region-daily-tallies.v1",
            "admin-1 code|date (string)", RegionTally.class, DEFAULT_PARTITIONS, TopicSpec.Cleanup.COMPACT,
            "aggregate", "downstream consumers, dashboards");

    /** Records no stage could process, kept byte for byte with the reason in headers. */
    public static final TopicSpec DEAD_LETTERS = new TopicSpec("conflict.dead-letters.v1",
            "original key (bytes)", null, 1, TopicSpec.Cleanup.DELETE,
            "ingest, enrich, aggregate", "operators");

    /** Every topic of the contract, in flow order. */
    public static final List<TopicSpec> ALL =
            List.of(ARTICLES, EVENTS, INCIDENTS, REGION_TALLIES, REGION_DAILY_TALLIES, DEAD_LETTERS);
}
