package dev.conflictstream.aggregate;

import io.micrometer.core.instrument.Counter;
import io.micrometer.core.instrument.MeterRegistry;
import io.micrometer.core.instrument.Timer;
import io.micrometer.core.instrument.simple.SimpleMeterRegistry;
import java.time.Duration;

/**
 * The aggregate's domain metrics, recorded from inside the topology (the topology stays a
 * pure function of its arguments: the registry is passed in, never looked up):
 * <ul>
 *   <li>{@code conflictstream_incident_reports_merged_total}: a new report joined an incident
 *       that already held reports (duplicate coverage merged; a corrected report does not count
 *       again);</li>
 *   <li>{@code conflictstream_event_retractions_applied_total}: event tombstones that passed the
 *       out-of-order guard and were subtracted from incidents and tallies;</li>
 *   <li>{@code conflictstream_event_versions_dropped_total}: stale event versions dropped;</li>
 *   <li>{@code conflictstream_end_to_end_latency_seconds}: article ingested (the record time
 *       ingest stamps and every stage keeps) until the region tally it changes is written.</li>
 * </ul>
 */
public final class AggregateMetrics {
    public static final String REPORTS_MERGED = "conflictstream.incident.reports.merged";
    public static final String RETRACTIONS_APPLIED = "conflictstream.event.retractions.applied";
    public static final String STALE_VERSIONS_DROPPED = "conflictstream.event.versions.dropped";
    public static final String END_TO_END_LATENCY = "conflictstream.end.to.end.latency";

    private final Counter reportsMerged;
    private final Counter retractionsApplied;
    private final Counter staleDropped;
    private final Timer endToEnd;

    public AggregateMetrics(MeterRegistry registry) {
        reportsMerged = Counter.builder(REPORTS_MERGED)
                .description("Reports merged into an incident that already held a report of another article")
                .register(registry);
        retractionsApplied = Counter.builder(RETRACTIONS_APPLIED)
                .description("Event tombstones applied (subtracted from incidents and tallies)")
                .register(registry);
        staleDropped = Counter.builder(STALE_VERSIONS_DROPPED)
                .description("Out-of-order event versions dropped because a newer one was applied")
                .register(registry);
        endToEnd = Timer.builder(END_TO_END_LATENCY)
                .description("Article ingested until its region tally update was written")
                .publishPercentileHistogram()
                .minimumExpectedValue(Duration.ofMillis(10))
                .maximumExpectedValue(Duration.ofMinutes(10))
                .register(registry);
    }

    /** Metrics recorded into a private registry: for tests and tools that do not export them. */
    public static AggregateMetrics unexported() {
        return new AggregateMetrics(new SimpleMeterRegistry());
    }

    /** A new report joined an incident that already held reports (duplicate coverage merged). */
    void reportMerged() {
        reportsMerged.increment();
    }

    void retractionApplied() {
        retractionsApplied.increment();
    }

    void staleVersionDropped() {
        staleDropped.increment();
    }

    /** A tally update caused by a record ingested at {@code ingestedAtMillis}. */
    void tallyUpdated(long ingestedAtMillis, long nowMillis) {
        endToEnd.record(Duration.ofMillis(Math.max(0, nowMillis - ingestedAtMillis)));
    }
}
