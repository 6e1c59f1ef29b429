package dev.conflictstream.aggregate.query;

import java.util.Collection;
import java.util.List;
import java.util.Set;
import java.util.function.ToIntFunction;
import java.util.function.BiFunction;
import org.apache.kafka.streams.TopologyTestDriver;
import org.apache.kafka.streams.errors.InvalidStateStoreException;
import org.apache.kafka.streams.state.HostInfo;
import org.apache.kafka.streams.state.ReadOnlyKeyValueStore;

/**
 * {@link StoreAccess} over a TopologyTestDriver's stores, with the cluster layout (who holds
 * which key, who hosts which store) set by the test: enough to test forwarding and fan-out
 * between real HTTP servers without a broker.
 */
final class DriverStoreAccess implements StoreAccess {
    private final TopologyTestDriver driver;
    volatile boolean running = true;
    volatile boolean storesQueryable = true;
    volatile List<HostInfo> hosts = List.of();
    volatile BiFunction<String, String, HostInfo> owner = (store, key) -> hosts.get(0);
    /** The partitions this instance answers from, how many there are, and which one holds a key. */
    volatile Set<Integer> partitions = Set.of(0);
    volatile int partitionCount = 1;
    volatile ToIntFunction<String> partitionOf = key -> 0;

    DriverStoreAccess(TopologyTestDriver driver) {
        this.driver = driver;
    }

    @Override
    public boolean isRunning() {
        return running;
    }

    @Override
    public <V> ReadOnlyKeyValueStore<String, V> store(String name) {
        if (!storesQueryable) {
            throw new InvalidStateStoreException("store " + name + " is migrating");
        }
        return driver.getKeyValueStore(name);
    }

    @Override
    public HostInfo activeHost(String store, String key) {
        return owner.apply(store, key);
    }

    @Override
    public Collection<HostInfo> hosts(String store) {
        return hosts;
    }

    @Override
    public Set<Integer> localPartitions() {
        return partitions;
    }

    @Override
    public int partitionCount() {
        return partitionCount;
    }

    @Override
    public int partitionOf(String key) {
        return partitionOf.applyAsInt(key);
    }
}
