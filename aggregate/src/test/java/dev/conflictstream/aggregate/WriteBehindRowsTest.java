package dev.conflictstream.aggregate;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import org.apache.kafka.common.serialization.Serdes;
import org.apache.kafka.streams.KeyValue;
import org.apache.kafka.streams.state.KeyValueStore;
import org.apache.kafka.streams.state.Stores;
import org.apache.kafka.streams.processor.api.MockProcessorContext;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** The aggregate's own cache of rows: written behind, read back at once, bounded, never stale. */
class WriteBehindRowsTest {
    private KeyValueStore<String, String> store;
    private WriteBehindRows<String> rows;
    private final List<KeyValue<String, String>> published = new ArrayList<>();

    @BeforeEach
    void setUp() {
        store = Stores.keyValueStoreBuilder(Stores.inMemoryKeyValueStore("rows"), Serdes.String(), Serdes.String())
                .withLoggingDisabled().build();
        store.init(new MockProcessorContext<>().getStateStoreContext(), store);
        rows = new WriteBehindRows<>(store, 2);
    }

    private void flush() {
        rows.flush((key, value, timestamp) -> published.add(KeyValue.pair(key, value)));
    }

    @Test
    void aChangedRowIsReadBackAtOnceAndReachesTheStoreOnlyAtTheFlush() {
        rows.put("UA.21", "one", 1);
        rows.put("UA.21", "two", 2);

        assertThat(rows.get("UA.21")).isEqualTo("two");
        assertThat(store.get("UA.21")).as("written behind").isNull();
        flush();
        assertThat(store.get("UA.21")).isEqualTo("two");
        assertThat(published).as("once per flush, the latest value").containsExactly(KeyValue.pair("UA.21", "two"));
        assertThat(rows.size()).isZero();
    }

    @Test
    void aDeletedRowIsDeletedFromTheStoreAndPublishedAsATombstone() {
        store.put("UA.21", "old");
        rows.put("UA.21", null, 1);

        assertThat(rows.get("UA.21")).isNull();
        flush();
        assertThat(store.get("UA.21")).isNull();
        assertThat(published).containsExactly(KeyValue.pair("UA.21", null));
    }

    @Test
    void rowsArePublishedInTheOrderTheyFirstChanged() {
        rows.put("b", "1", 1);
        rows.put("a", "1", 1);
        rows.put("b", "2", 2);
        flush();
        assertThat(published).extracting(kv -> kv.key).containsExactly("b", "a");
    }

    @Test
    void decodedRowsFollowTheStoreAndOnlyTheLatestFewAreKept() {
        store.put("a", "A");
        assertThat(rows.get("a")).isEqualTo("A");
        assertThat(rows.get("missing")).isNull();
        rows.put("missing", "now here", 1);
        assertThat(rows.get("missing")).as("a change replaces a remembered absence").isEqualTo("now here");
        flush();
        store.put("b", "B");
        store.put("c", "C");
        assertThat(rows.get("b")).isEqualTo("B");
        assertThat(rows.get("c")).isEqualTo("C");

        store.put("a", "changed behind the cache's back");
        assertThat(rows.get("a")).as("evicted from the two decoded rows, so read from the store again")
                .isEqualTo("changed behind the cache's back");
    }
}
