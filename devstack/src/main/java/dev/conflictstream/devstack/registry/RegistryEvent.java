package dev.conflictstream.devstack.registry;

/**
 * A change to the registry, as kept in the schemas topic; replaying them in order rebuilds
 * the registry's state.
 */
public sealed interface RegistryEvent {

    /** Schema {@code schema} (Avro JSON) is version {@code version} of {@code subject}, with global id {@code id}. */
    record SchemaRegistered(String subject, int version, int id, String schema) implements RegistryEvent {}

    /**
     * The compatibility level of {@code subject}, or the global level when subject is null;
     * a null level removes a subject's own level (it falls back to the global one).
     */
    record ConfigChanged(String subject, CompatibilityLevel level) implements RegistryEvent {}
}
