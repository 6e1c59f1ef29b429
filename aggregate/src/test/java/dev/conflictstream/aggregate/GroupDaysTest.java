package dev.conflictstream.aggregate;

import static dev.conflictstream.aggregate.TestEvents.FEB_7;
import static dev.conflictstream.aggregate.TestEvents.STRIKE;
import static dev.conflictstream.aggregate.TestEvents.SUMY;
import static dev.conflictstream.aggregate.TestEvents.T0;
import static dev.conflictstream.aggregate.TestEvents.event;
import static org.assertj.core.api.Assertions.assertThat;

import dev.conflictstream.schema.ConflictEvent;
import java.time.LocalDate;
import org.apache.kafka.common.serialization.Serdes;
import org.apache.kafka.streams.processor.api.MockProcessorContext;
import org.apache.kafka.streams.state.KeyValueStore;
import org.apache.kafka.streams.state.Stores;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** The days of incident groups, a month at a time: written behind, read back at once, bounded, never stale. */
class GroupDaysTest {
    private static final String GROUP = "UA.21|2025-02|" + STRIKE + "|geonames:692194";
    /** A group whose key extends {@link #GROUP}'s: its days must never be read as {@link #GROUP}'s. */
    private static final String LONGER_GROUP = GROUP + "7";

    private KeyValueStore<String, IncidentFigures> store;
    private GroupDays days;

    @BeforeEach
    void setUp() {
        store = Stores.keyValueStoreBuilder(Stores.inMemoryKeyValueStore("days"), Serdes.String(), IncidentFigures.serde())
                .withLoggingDisabled().build();
        store.init(new MockProcessorContext<>().getStateStoreContext(), store);
        days = new GroupDays(store, 1);
    }

    @Test
    void aMonthIsReadFromTheStoreByItsGroupsKeysOnly() {
        store.put(IncidentKeys.dayKey(GROUP, FEB_7), reports(2));
        store.put(IncidentKeys.dayKey(GROUP, FEB_7.plusDays(1)), reports(1));
        store.put(IncidentKeys.dayKey(LONGER_GROUP, FEB_7.plusDays(2)), reports(3));

        IncidentFigures[] month = days.days(GROUP);

        assertThat(month[7].reports).isEqualTo(2);
        assertThat(month[8].reports).isEqualTo(1);
        assertThat(month).as("only days 7 and 8 of the group").filteredOn(d -> d != null).hasSize(2);
    }

    @Test
    void aChangedDayIsReadBackAtOnceAndReachesTheStoreOnlyAtTheFlush() {
        days.put(GROUP, FEB_7, reports(1));
        days.put(GROUP, FEB_7, reports(2));
        days.put(GROUP, FEB_7.plusDays(3), reports(1));

        assertThat(days.days(GROUP)[7].reports).isEqualTo(2);
        assertThat(store.get(IncidentKeys.dayKey(GROUP, FEB_7))).as("written behind").isNull();
        assertThat(days.size()).isEqualTo(1);
        days.flush();
        assertThat(store.get(IncidentKeys.dayKey(GROUP, FEB_7)).reports).isEqualTo(2);
        assertThat(store.get(IncidentKeys.dayKey(GROUP, FEB_7.plusDays(3))).reports).isEqualTo(1);
        assertThat(days.size()).isZero();
    }

    @Test
    void aDayLeftWithoutReportsIsDeletedFromTheStore() {
        store.put(IncidentKeys.dayKey(GROUP, FEB_7), reports(1));
        days.put(GROUP, FEB_7, null);

        assertThat(days.days(GROUP)[7]).isNull();
        days.flush();
        assertThat(store.get(IncidentKeys.dayKey(GROUP, FEB_7))).isNull();
    }

    @Test
    void theLastDayOfALongMonthIsKept() {
        LocalDate last = LocalDate.of(2025, 1, 31);
        String january = "UA.21|2025-01|" + STRIKE + "|geonames:692194";
        days.put(january, last, reports(1));
        days.flush();
        assertThat(store.get(IncidentKeys.dayKey(january, last)).reports).isEqualTo(1);
        assertThat(new GroupDays(store, 1).days(january)[31].reports).isEqualTo(1);
    }

    @Test
    void onlyTheLatestMonthsStayDecodedAndAnEvictedOneIsReadAgain() {
        days.put(GROUP, FEB_7, reports(1));
        days.flush();
        days.days(LONGER_GROUP); // the one decoded month is now this one

        store.put(IncidentKeys.dayKey(GROUP, FEB_7), reports(4));
        assertThat(days.days(GROUP)[7].reports).as("evicted, so read from the store again").isEqualTo(4);
    }

    private static IncidentFigures reports(int n) {
        IncidentFigures figures = new IncidentFigures();
        for (int i = 0; i < n; i++) {
            ConflictEvent e = event("e" + i + "#0", STRIKE, SUMY, FEB_7, T0.plusSeconds(i)).setPublishedDate(FEB_7).build();
            figures.add(Reports.of(e), IncidentKeys.reportOfDay(FEB_7, FEB_7, e.getEventId()));
        }
        return figures;
    }
}
