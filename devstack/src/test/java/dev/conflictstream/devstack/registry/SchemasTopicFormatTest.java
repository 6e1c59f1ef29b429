package dev.conflictstream.devstack.registry;

import static org.assertj.core.api.Assertions.assertThat;

import dev.conflictstream.devstack.registry.RegistryEvent.ConfigChanged;
import dev.conflictstream.devstack.registry.RegistryEvent.SchemaRegistered;
import java.nio.charset.StandardCharsets;
import java.util.List;
import org.junit.jupiter.api.Test;

/** Records of the schemas topic in Confluent's own layout. */
class SchemasTopicFormatTest {

    @Test
    void writesSchemasInConfluentsLayout() {
        SchemasTopicFormat.KeyValue record = SchemasTopicFormat.encode(new SchemaRegistered("t-value", 2, 5, "\"string\""));

        assertThat(text(record.key())).isEqualTo("{\"keytype\":\"SCHEMA\",\"subject\":\"t-value\",\"version\":2,\"magic\":1}");
        assertThat(text(record.value())).isEqualTo(
                "{\"subject\":\"t-value\",\"version\":2,\"id\":5,\"schema\":\"\\\"string\\\"\",\"deleted\":false}");
    }

    @Test
    void roundTripsEveryEvent() {
        for (RegistryEvent event : List.of(
                new SchemaRegistered("t-value", 1, 1, "\"long\""),
                new ConfigChanged(null, CompatibilityLevel.FULL),
                new ConfigChanged("t-value", CompatibilityLevel.NONE),
                new ConfigChanged("t-value", null))) {
            SchemasTopicFormat.KeyValue record = SchemasTopicFormat.encode(event);
            assertThat(SchemasTopicFormat.decode(record.key(), record.value())).contains(event);
        }
    }

    @Test
    void readsWhatConfluentWritesAndSkipsWhatItDoesNotActOn() {
        byte[] configKey = bytes("{\"keytype\":\"CONFIG\",\"subject\":null,\"magic\":0}");
        assertThat(SchemasTopicFormat.decode(configKey, bytes("{\"compatibilityLevel\":\"FORWARD\"}")))
                .contains(new ConfigChanged(null, CompatibilityLevel.FORWARD));
        assertThat(SchemasTopicFormat.decode(bytes("{\"keytype\":\"NOOP\",\"magic\":0}"), null)).isEmpty();
        byte[] schemaKey = bytes("{\"keytype\":\"SCHEMA\",\"subject\":\"s\",\"version\":1,\"magic\":1}");
        assertThat(SchemasTopicFormat.decode(schemaKey, bytes("{\"subject\":\"s\",\"version\":1,\"id\":3,\"schema\":\"\\\"int\\\"\",\"deleted\":true}"))).isEmpty();
        assertThat(SchemasTopicFormat.decode(schemaKey, null)).isEmpty();
    }

    private static String text(byte[] bytes) {
        return new String(bytes, StandardCharsets.UTF_8);
    }

    private static byte[] bytes(String text) {
        return text.getBytes(StandardCharsets.UTF_8);
    }
}
