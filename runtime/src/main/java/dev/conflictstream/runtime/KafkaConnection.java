package dev.conflictstream.runtime;

/**
 * Where the cluster and the schema registry are. Defaults match the embedded run and the
 * docker-compose stack's host ports.
 */
public record KafkaConnection(String bootstrapServers, String schemaRegistryUrl) {
    public static final String BOOTSTRAP_SERVERS = "bootstrap.servers";
    public static final String SCHEMA_REGISTRY_URL = "schema.registry.url";
    public static final String DEFAULT_BOOTSTRAP_SERVERS = "localhost:9092";
    public static final String DEFAULT_SCHEMA_REGISTRY_URL = "http://localhost:8081";

    public static KafkaConnection from(Settings settings) {
        return new KafkaConnection(
                settings.get(BOOTSTRAP_SERVERS, DEFAULT_BOOTSTRAP_SERVERS),
                settings.get(SCHEMA_REGISTRY_URL, DEFAULT_SCHEMA_REGISTRY_URL));
    }
}
