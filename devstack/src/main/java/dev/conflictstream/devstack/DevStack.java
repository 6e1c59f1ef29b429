package dev.conflictstream.devstack;

import dev.conflictstream.devstack.broker.EmbeddedKafkaBroker;
import dev.conflictstream.devstack.registry.EmbeddedSchemaRegistry;
import java.nio.file.Path;

/**
 * The development stack: one real KRaft broker ({@link EmbeddedKafkaBroker}) with its data
 * under a directory, and the schema registry ({@link EmbeddedSchemaRegistry}) keeping its state
 * on that broker, both on loopback. What a test of any module needs to talk to a real cluster;
 * closing stops the registry, then the broker.
 */
public final class DevStack implements AutoCloseable {
    private static final String HOST = "127.0.0.1";

    private final EmbeddedKafkaBroker broker;
    private final EmbeddedSchemaRegistry registry;

    private DevStack(EmbeddedKafkaBroker broker, EmbeddedSchemaRegistry registry) {
        this.broker = broker;
        this.registry = registry;
    }

    /** Broker and registry on free ports; the broker's data in {@code dataDir}. */
    public static DevStack startOnFreePorts(Path dataDir) {
        EmbeddedKafkaBroker broker = new EmbeddedKafkaBroker(dataDir).start();
        try {
            return new DevStack(broker, new EmbeddedSchemaRegistry(broker.bootstrapServers(), HOST, 0).start());
        } catch (RuntimeException e) {
            broker.close();
            throw e;
        }
    }

    public EmbeddedKafkaBroker broker() {
        return broker;
    }

    public String bootstrapServers() {
        return broker.bootstrapServers();
    }

    public String registryUrl() {
        return registry.url();
    }

    @Override
    public void close() {
        try {
            registry.close();
        } finally {
            broker.close();
        }
    }
}
