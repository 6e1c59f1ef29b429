package dev.conflictstream.aggregate;

import static dev.conflictstream.aggregate.TestEvents.BATTLE;
import static dev.conflictstream.aggregate.TestEvents.FEB_7;
import static dev.conflictstream.aggregate.TestEvents.SUMY;
import static dev.conflictstream.aggregate.TestEvents.T0;
import static dev.conflictstream.aggregate.TestEvents.event;
import static org.assertj.core.api.Assertions.assertThat;

import dev.conflictstream.schema.Report;
import org.apache.kafka.common.serialization.Serdes;
import org.apache.kafka.streams.processor.api.MockProcessorContext;
import org.apache.kafka.streams.state.KeyValueStore;
import org.apache.kafka.streams.state.Stores;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** Reports kept decoded never disagree with the store: writes and deletes go through at once. */
class RecentReportsTest {
    private KeyValueStore<String, Report> store;
    private RecentReports reports;

    @BeforeEach
    void setUp() {
        store = Stores.keyValueStoreBuilder(Stores.inMemoryKeyValueStore("reports"), Serdes.String(),
                new AvroBinarySerde<>(Report.class)).withLoggingDisabled().build();
        store.init(new MockProcessorContext<>().getStateStoreContext(), store);
        reports = new RecentReports(store, 2);
    }

    private static Report report(String eventId, int killedLow) {
        return Reports.of(event(eventId, BATTLE, SUMY, FEB_7, T0).setKilled(TestEvents.killed(killedLow)).build());
    }

    @Test
    void aWriteReachesTheStoreAtOnceAndIsReadBackWithoutDecoding() {
        Report a = report("a#0", 1);
        reports.put("k1", a);

        assertThat(store.get("k1")).isEqualTo(a);
        assertThat(reports.get("k1")).isSameAs(a);
    }

    @Test
    void aDeletedOrReplacedReportIsNeverServedFromMemory() {
        reports.put("k1", report("a#0", 1));
        reports.delete("k1");
        assertThat(reports.get("k1")).isNull();
        assertThat(store.get("k1")).isNull();

        reports.put("k1", report("a#0", 2));
        reports.put("k1", report("a#0", 3));
        assertThat(reports.get("k1").getKilled().getLow()).isEqualTo(3);
    }

    @Test
    void reportsBeyondTheCapacityAreReadFromTheStore() {
        Report first = report("a#0", 1);
        reports.put("k1", first);
        reports.put("k2", report("b#0", 2));
        reports.put("k3", report("c#0", 3));

        assertThat(reports.get("k1")).as("evicted, decoded again").isEqualTo(first).isNotSameAs(first);
        assertThat(reports.get("k3").getKilled().getLow()).as("kept").isEqualTo(3);
        assertThat(reports.get("missing")).isNull();
    }
}
