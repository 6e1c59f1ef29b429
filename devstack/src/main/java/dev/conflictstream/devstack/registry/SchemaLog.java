package dev.conflictstream.devstack.registry;

import java.util.List;

/** Where registry events are kept: replayed in order at start, appended durably after. */
public interface SchemaLog extends AutoCloseable {

    /** Every event kept so far, in order (reads to the end of the log). */
    List<RegistryEvent> replay();

    /** Keeps {@code event}; returns only once it is durable. */
    void append(RegistryEvent event);

    @Override
    void close();
}
