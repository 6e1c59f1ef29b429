package dev.conflictstream.runtime;

import java.io.IOException;
import java.io.Reader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import java.util.Properties;
import java.util.TreeMap;

/**
 * Client properties the user passes to every Kafka client the project creates (producers,
 * consumers, admin clients, Kafka Streams) and to the schema registry client: security
 * ({@code security.protocol}, {@code sasl.*}, {@code ssl.*}), {@code client.rack}, timeouts.
 *
 * <p>Layers, later winning: the properties file named by the setting {@value #FILE_SETTING}
 * ({@code --kafka-config FILE}, or {@code CONFLICTSTREAM_KAFKA_CONFIG}), then each
 * {@code client.<name>} setting ({@code CONFLICTSTREAM_CLIENT_SECURITY_PROTOCOL} for
 * {@code security.protocol}, system property {@code conflictstream.client.security.protocol}).
 * The file may be a Confluent Cloud style {@code client.properties}: its
 * {@code bootstrap.servers} and {@code schema.registry.url} are used when no setting names them.
 *
 * <p>Registry keys ({@code basic.auth.*}, {@code bearer.auth.*}, {@code schema.registry.*}, as
 * Confluent's clients name them) go to the registry client only; the rest to the Kafka clients.
 */
public record ClientProperties(Map<String, String> values) {
    public static final String FILE_SETTING = "kafka.config";
    public static final String SETTINGS_PREFIX = "client.";
    public static final ClientProperties NONE = new ClientProperties(Map.of());

    public ClientProperties {
        values = Map.copyOf(values);
    }

    public static ClientProperties from(Settings settings) {
        Map<String, String> values = new TreeMap<>();
        String file = settings.get(FILE_SETTING, null);
        if (file != null) {
            values.putAll(load(Path.of(file)));
        }
        values.putAll(settings.prefixed(SETTINGS_PREFIX));
        return new ClientProperties(values);
    }

    static Map<String, String> load(Path file) {
        Properties properties = new Properties();
        try (Reader in = Files.newBufferedReader(file, StandardCharsets.UTF_8)) {
            properties.load(in);
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read the Kafka client properties file " + file + " (--kafka-config): "
                    + e.getMessage(), e);
        }
        Map<String, String> values = new TreeMap<>();
        properties.stringPropertyNames().forEach(name -> values.put(name.trim(), properties.getProperty(name).trim()));
        return values;
    }

    static boolean isRegistryKey(String key) {
        return key.startsWith("schema.registry.") || key.startsWith("basic.auth.") || key.startsWith("bearer.auth.");
    }

    /** The properties for Kafka clients (no registry keys, no {@code bootstrap.servers}: the connection resolves it). */
    public Map<String, String> kafka() {
        Map<String, String> kafka = new TreeMap<>();
        values.forEach((key, value) -> {
            if (!isRegistryKey(key) && !key.equals(KafkaConnection.BOOTSTRAP_SERVERS)) {
                kafka.put(key, value);
            }
        });
        return kafka;
    }

    /** The properties for the schema registry client ({@code basic.auth.user.info}, {@code schema.registry.ssl.*}, ...). */
    public Map<String, String> registry() {
        Map<String, String> registry = new TreeMap<>();
        values.forEach((key, value) -> {
            if (isRegistryKey(key)) {
                registry.put(key, value);
            }
        });
        return registry;
    }

    public String get(String key) {
        return values.get(key);
    }

    /** These properties with more on top (e.g. the embedded default's shorter session timeout), unless already set. */
    public ClientProperties withDefaults(Map<String, String> defaults) {
        Map<String, String> merged = new TreeMap<>(defaults);
        merged.putAll(values);
        return new ClientProperties(merged);
    }

    /** For logs and the startup summary: secrets masked. */
    @Override
    public String toString() {
        return values.isEmpty() ? "(none)" : Secrets.summary(values);
    }
}
