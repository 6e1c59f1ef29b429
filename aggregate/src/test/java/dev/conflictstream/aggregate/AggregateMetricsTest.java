package dev.conflictstream.aggregate;

import static dev.conflictstream.aggregate.TestEvents.*;
import static org.assertj.core.api.Assertions.assertThat;

import io.micrometer.core.instrument.Timer;
import io.micrometer.core.instrument.simple.SimpleMeterRegistry;
import java.nio.file.Path;
import java.time.Instant;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The aggregate's domain metrics, recorded by the real topology in a TopologyTestDriver. */
class AggregateMetricsTest {
    @TempDir
    Path stateDir;
    private final SimpleMeterRegistry registry = new SimpleMeterRegistry();
    private AggregateDriver agg;

    @BeforeEach
    void start() {
        agg = new AggregateDriver(stateDir, new AggregateMetrics(registry));
    }

    @AfterEach
    void stop() {
        agg.close();
    }

    private double count(String name) {
        return registry.get(name).counter().count();
    }

    @Test
    void countsASecondArticleReportingTheSameStrikeAsOneMerge() {
        agg.send(event("kyiv-independent#0", STRIKE, SUMY, FEB_7, T0).build());
        assertThat(count(AggregateMetrics.REPORTS_MERGED)).isZero();

        agg.send(event("ukrinform#1", STRIKE, SUMY, FEB_7, T0.plusSeconds(60)).build());
        assertThat(count(AggregateMetrics.REPORTS_MERGED)).isEqualTo(1);

        agg.send(event("ukrinform#1", STRIKE, SUMY, FEB_7, T0.plusSeconds(60)).build());
        assertThat(count(AggregateMetrics.REPORTS_MERGED)).as("a replayed report is no new coverage").isEqualTo(1);
    }

    @Test
    void countsAppliedRetractionsAndDroppedStaleVersions() {
        agg.send(event("a#0", STRIKE, SUMY, FEB_7, T0.plusSeconds(60)).build());
        agg.send(event("a#0", STRIKE, SUMY, FEB_7, T0).build()); // stale
        agg.retract("a#0", T0.plusSeconds(120));
        agg.retract("a#0", T0.plusSeconds(30)); // stale tombstone

        assertThat(count(AggregateMetrics.RETRACTIONS_APPLIED)).isEqualTo(1);
        assertThat(count(AggregateMetrics.STALE_VERSIONS_DROPPED)).isEqualTo(2);
    }

    @Test
    void recordsEndToEndLatencyFromIngestToTallyUpdate() {
        Instant ingested = Instant.now().minusSeconds(3);
        agg.send(event("a#0", STRIKE, SUMY, FEB_7, ingested).build());

        Timer latency = registry.get(AggregateMetrics.END_TO_END_LATENCY).timer();
        assertThat(latency.count()).isEqualTo(1);
        assertThat(latency.max(TimeUnit.SECONDS)).isBetween(3.0, 60.0);
    }
}
