package dev.conflictstream.runtime;

import dev.conflictstream.schema.serde.HttpSchemaRegistryClient;
import java.util.HashMap;
import java.util.Map;

/**
 * Where the cluster and the schema registry are, and how to talk to them: the
 * {@link ClientProperties} (security, rack, timeouts) every client of the project gets.
 * Defaults match the embedded run and the docker-compose stack's host ports.
 */
public record KafkaConnection(String bootstrapServers, String schemaRegistryUrl, ClientProperties client) {
    public static final String BOOTSTRAP_SERVERS = "bootstrap.servers";
    public static final String SCHEMA_REGISTRY_URL = "schema.registry.url";
    public static final String DEFAULT_BOOTSTRAP_SERVERS = "localhost:9092";
    public static final String DEFAULT_SCHEMA_REGISTRY_URL = "http://localhost:8081";

    public KafkaConnection {
        client = client == null ? ClientProperties.NONE : client;
    }

    /** A connection with no client properties (a plaintext cluster). */
    public KafkaConnection(String bootstrapServers, String schemaRegistryUrl) {
        this(bootstrapServers, schemaRegistryUrl, ClientProperties.NONE);
    }

    /** From the settings; a {@code --kafka-config} file's own bootstrap servers and registry URL come before the defaults. */
    public static KafkaConnection from(Settings settings) {
        ClientProperties client = ClientProperties.from(settings);
        return new KafkaConnection(
                settings.get(BOOTSTRAP_SERVERS, orDefault(client.get(BOOTSTRAP_SERVERS), DEFAULT_BOOTSTRAP_SERVERS)),
                settings.get(SCHEMA_REGISTRY_URL, orDefault(client.get(SCHEMA_REGISTRY_URL), DEFAULT_SCHEMA_REGISTRY_URL)),
                client);
    }

    private static String orDefault(String value, String defaultValue) {
        return value == null || value.isBlank() ? defaultValue : value;
    }

    /**
     * The configuration of a Kafka client: {@code defaults} (the project's tuning), the user's
     * client properties on top, then these bootstrap servers.
     */
    public Map<String, Object> clientConfig(Map<?, ?> defaults) {
        Map<String, Object> config = new HashMap<>();
        defaults.forEach((key, value) -> config.put(String.valueOf(key), value));
        config.putAll(client.kafka());
        config.put(BOOTSTRAP_SERVERS, bootstrapServers);
        return config;
    }

    /** The configuration of an admin client (or any client with no tuning of its own). */
    public Map<String, Object> clientConfig() {
        return clientConfig(Map.of());
    }

    /** A registry client on {@link #schemaRegistryUrl()} with the registry's client properties (basic auth, TLS). */
    public HttpSchemaRegistryClient registryClient() {
        return new HttpSchemaRegistryClient(schemaRegistryUrl, client.registry());
    }

    /** This connection with other bootstrap servers and registry URL, the same client properties. */
    public KafkaConnection with(String bootstrapServers, String schemaRegistryUrl) {
        return new KafkaConnection(bootstrapServers, schemaRegistryUrl, client);
    }

    /** For logs and summaries: no credentials (the registry URL's user info and secret properties are masked). */
    public String describe() {
        return "bootstrap.servers=" + bootstrapServers + " schema.registry.url=" + Secrets.redactUrls(schemaRegistryUrl)
                + " client properties: " + client;
    }

    @Override
    public String toString() {
        return "KafkaConnection[" + describe() + "]";
    }
}
