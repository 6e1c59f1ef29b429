package dev.conflictstream.devstack.registry;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.conflictstream.devstack.registry.RegistryEvent.ConfigChanged;
import dev.conflictstream.devstack.registry.RegistryEvent.SchemaRegistered;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.Optional;

/**
 * Records of the schemas topic, in the JSON layout Confluent's registry uses for its own
 * {@code _schemas} topic, so either can read what the other wrote:
 * key {@code {"keytype":"SCHEMA","subject":s,"version":v,"magic":1}} with value
 * {@code {"subject":s,"version":v,"id":n,"schema":"...","deleted":false}}, and
 * key {@code {"keytype":"CONFIG","subject":s|null,"magic":0}} with value
 * {@code {"compatibilityLevel":"BACKWARD"}} (a null value removes a subject's level).
 * The key makes compaction keep one record per subject version and per config.
 * Other key types (NOOP, deletions) and deleted versions are skipped.
 */
final class SchemasTopicFormat {
    private static final ObjectMapper JSON = new ObjectMapper();

    private SchemasTopicFormat() {}

    record KeyValue(byte[] key, byte[] value) {}

    static KeyValue encode(RegistryEvent event) {
        ObjectNode key = JSON.createObjectNode();
        if (event instanceof SchemaRegistered schema) {
            key.put("keytype", "SCHEMA").put("subject", schema.subject()).put("version", schema.version()).put("magic", 1);
            ObjectNode value = JSON.createObjectNode()
                    .put("subject", schema.subject())
                    .put("version", schema.version())
                    .put("id", schema.id())
                    .put("schema", schema.schema())
                    .put("deleted", false);
            return new KeyValue(bytes(key), bytes(value));
        }
        ConfigChanged config = (ConfigChanged) event;
        key.put("keytype", "CONFIG").put("subject", config.subject()).put("magic", 0);
        byte[] value = config.level() == null ? null
                : bytes(JSON.createObjectNode().put("compatibilityLevel", config.level().name()));
        return new KeyValue(bytes(key), value);
    }

    /** The event a record holds, or empty for records the registry does not act on. */
    static Optional<RegistryEvent> decode(byte[] keyBytes, byte[] valueBytes) {
        JsonNode key = read(keyBytes);
        String keyType = key.path("keytype").asText("");
        JsonNode subjectNode = key.get("subject");
        String subject = subjectNode == null || subjectNode.isNull() ? null : subjectNode.asText();
        if (keyType.equals("SCHEMA")) {
            if (valueBytes == null) {
                return Optional.empty();
            }
            JsonNode value = read(valueBytes);
            if (value.path("deleted").asBoolean(false)) {
                return Optional.empty();
            }
            return Optional.of(new SchemaRegistered(value.path("subject").asText(subject),
                    value.path("version").asInt(), value.path("id").asInt(), value.path("schema").asText()));
        }
        if (keyType.equals("CONFIG")) {
            if (valueBytes == null) {
                return Optional.of(new ConfigChanged(subject, null));
            }
            JsonNode level = read(valueBytes).get("compatibilityLevel");
            return Optional.of(new ConfigChanged(subject,
                    level == null || level.isNull() ? null : CompatibilityLevel.parse(level.asText())));
        }
        return Optional.empty();
    }

    private static byte[] bytes(JsonNode json) {
        try {
            return JSON.writeValueAsBytes(json);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static JsonNode read(byte[] bytes) {
        try {
            return JSON.readTree(bytes);
        } catch (IOException e) {
            throw new IllegalArgumentException("schemas topic record is not JSON: " + e.getMessage(), e);
        }
    }
}
