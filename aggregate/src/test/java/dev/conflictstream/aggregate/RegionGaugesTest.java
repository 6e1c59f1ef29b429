package dev.conflictstream.aggregate;

import static dev.conflictstream.aggregate.TestEvents.*;
import static org.assertj.core.api.Assertions.assertThat;

import dev.conflictstream.aggregate.query.StoreAccess;
import dev.conflictstream.schema.Place;
import io.micrometer.core.instrument.Gauge;
import io.micrometer.core.instrument.simple.SimpleMeterRegistry;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.Collection;
import java.util.List;
import org.apache.kafka.streams.state.HostInfo;
import org.apache.kafka.streams.state.ReadOnlyKeyValueStore;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Region gauges read from the topology's real stores, with their cardinality bounds. */
class RegionGaugesTest {
    @TempDir
    Path stateDir;
    private AggregateDriver agg;
    private final SimpleMeterRegistry registry = new SimpleMeterRegistry();
    private RegionGauges gauges;

    @BeforeEach
    void start() {
        agg = new AggregateDriver(stateDir);
        gauges = new RegionGauges(new StoreAccess() {
            @Override
            public boolean isRunning() {
                return true;
            }

            @Override
            public <V> ReadOnlyKeyValueStore<String, V> store(String name) {
                return agg.driver().getKeyValueStore(name);
            }

            @Override
            public HostInfo activeHost(String store, String key) {
                throw new UnsupportedOperationException();
            }

            @Override
            public Collection<HostInfo> hosts(String store) {
                throw new UnsupportedOperationException();
            }

            @Override
            public java.util.Set<Integer> localPartitions() {
                return java.util.Set.of(0);
            }

            @Override
            public int partitionCount() {
                return 1;
            }

            @Override
            public int partitionOf(String key) {
                return 0;
            }
        }, registry);
    }

    @AfterEach
    void stop() {
        agg.close();
    }

    private double gauge(String name, String... tags) {
        return registry.get(name).tags(tags).gauge().value();
    }

    @Test
    void exportsTalliesOfRegionsAndDays() {
        agg.send(event("a#0", STRIKE, SUMY, FEB_7, T0).setKilled(killed(2)).build());
        agg.send(event("b#0", BATTLE, SUMY, FEB_7.plusDays(1), T0).build());
        agg.send(event("c#0", BATTLE, SUDZHA, FEB_7, T0).setKilled(killed(1)).build());
        gauges.refresh();

        assertThat(gauge("conflictstream.region.incidents", "region", "UA.21", "region_name", "Sumy Oblast", "country", "UA")).isEqualTo(2);
        assertThat(gauge("conflictstream.region.killed", "region", "UA.21")).isEqualTo(2);
        assertThat(gauge("conflictstream.region.incidents", "region", "RU.41")).isEqualTo(1);
        assertThat(gauge("conflictstream.region.daily.incidents", "region", "UA.21", "date", "2025-02-08")).isEqualTo(1);
        assertThat(gauge("conflictstream.regions")).isEqualTo(2);

        agg.retract("c#0", T0.plusSeconds(60));
        gauges.refresh();
        assertThat(registry.find("conflictstream.region.incidents").tag("region", "RU.41").gauge())
                .as("a region with no incident left disappears").isNull();
        assertThat(gauge("conflictstream.regions")).isEqualTo(1);
    }

    @Test
    void boundsCardinalityToTheTopRegionsAndTheMostRecentDates() {
        int regions = RegionGauges.TOP_REGIONS + 5;
        for (int r = 0; r < regions; r++) {
            String code = "RU." + (10 + r);
            Place place = place(1000L + r, "Town " + r, "RU", code, "Oblast " + r);
            int incidents = r == 0 ? 3 : 1; // region 0 leads
            for (int i = 0; i < incidents; i++) {
                agg.send(event("r" + r + "i" + i + "#0", BATTLE, place, FEB_7.plusDays(i * 10L), T0).build());
            }
        }
        for (int d = 0; d < RegionGauges.RECENT_DAYS + 6; d++) {
            // every other day: strikes on adjacent days would be one incident (the day rule)
            agg.send(event("day" + d + "#0", STRIKE, SUMY, FEB_7.minusDays(2L * d), T0).build());
        }
        gauges.refresh();

        List<Gauge> regionGauges = List.copyOf(registry.find("conflictstream.region.incidents").gauges());
        assertThat(regionGauges).hasSize(RegionGauges.TOP_REGIONS);
        assertThat(gauge("conflictstream.region.incidents", "region", "RU.10")).isEqualTo(3);
        assertThat(gauge("conflictstream.region.incidents", "region", "UA.21")).isEqualTo(RegionGauges.RECENT_DAYS + 6);
        // Event dates in the stores: Feb 27 and 17 (region RU.10), every other day back from Feb 7 (Sumy): the 14 newest.
        java.util.Set<LocalDate> expected = new java.util.TreeSet<>(List.of(FEB_7.plusDays(20), FEB_7.plusDays(10)));
        for (int d = 0; d < RegionGauges.RECENT_DAYS - 2; d++) {
            expected.add(FEB_7.minusDays(2L * d));
        }
        assertThat(registry.find("conflictstream.region.daily.incidents").gauges())
                .extracting(g -> LocalDate.parse(g.getId().getTag("date"))).containsOnlyElementsOf(expected)
                .contains(FEB_7.minusDays(2L * (RegionGauges.RECENT_DAYS - 3)))
                .doesNotContain(FEB_7.minusDays(2L * (RegionGauges.RECENT_DAYS - 2)));
        assertThat(gauge("conflictstream.regions")).as("every region, not only the top ones").isEqualTo(regions + 1);
    }
}
