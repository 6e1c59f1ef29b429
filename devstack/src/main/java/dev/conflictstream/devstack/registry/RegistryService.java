package dev.conflictstream.devstack.registry;

import dev.conflictstream.devstack.registry.RegistryEvent.ConfigChanged;
import dev.conflictstream.devstack.registry.RegistryState.Decision;
import dev.conflictstream.devstack.registry.RegistryState.SubjectVersion;
import org.apache.avro.Schema;

/**
 * Writes through to the log: a change is decided on the state, made durable in the
 * {@link SchemaLog}, and only then applied and answered, so an id a client was given is never
 * lost by a restart. Writes are serialized (one at a time); reads go straight to the state.
 */
public final class RegistryService {
    private final RegistryState state;
    private final SchemaLog log;

    /** Rebuilds the state from {@code log}. */
    public RegistryService(SchemaLog log) {
        this.state = new RegistryState();
        this.log = log;
        log.replay().forEach(state::apply);
    }

    public RegistryState state() {
        return state;
    }

    /** Registers {@code schema} under {@code subject}, or finds it there. */
    public synchronized SubjectVersion register(String subject, Schema schema) {
        Decision decision = state.decide(subject, schema);
        if (decision instanceof Decision.Existing existing) {
            return existing.version();
        }
        var event = ((Decision.New) decision).event();
        log.append(event);
        state.apply(event);
        return new SubjectVersion(subject, event.version(), event.id(), state.schemaById(event.id()));
    }

    /** Sets the level of {@code subject}, or the global level when subject is null. */
    public synchronized void setLevel(String subject, CompatibilityLevel level) {
        ConfigChanged event = new ConfigChanged(subject, level);
        log.append(event);
        state.apply(event);
    }

    /** Removes the subject's own level; returns the level it had (or the global one). */
    public synchronized CompatibilityLevel clearLevel(String subject) {
        CompatibilityLevel before = state.level(subject);
        if (state.ownLevel(subject) != null) {
            setLevel(subject, null);
        }
        return before;
    }
}
