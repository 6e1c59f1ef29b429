package dev.conflictstream.launcher;

import dev.conflictstream.runtime.KafkaConnection;
import dev.conflictstream.runtime.Settings;
import java.util.HashMap;
import java.util.Map;
import picocli.CommandLine.Option;

/** Flags shared by every command that talks to a cluster; unset flags fall back to {@link Settings}. */
public final class ConnectionOptions {
    @Option(names = "--bootstrap-servers", description = "Kafka bootstrap servers of an external cluster "
            + "(default for run: start an embedded broker; for other commands: CONFLICTSTREAM_BOOTSTRAP_SERVERS, else "
            + KafkaConnection.DEFAULT_BOOTSTRAP_SERVERS + ")")
    String bootstrapServers;

    @Option(names = "--schema-registry-url", description = "Schema Registry URL (default for run: serve one in-process; "
            + "for other commands: CONFLICTSTREAM_SCHEMA_REGISTRY_URL, else " + KafkaConnection.DEFAULT_SCHEMA_REGISTRY_URL + ")")
    String schemaRegistryUrl;

    boolean external() {
        return bootstrapServers != null;
    }

    Map<String, String> overrides() {
        Map<String, String> overrides = new HashMap<>();
        if (bootstrapServers != null) {
            overrides.put(KafkaConnection.BOOTSTRAP_SERVERS, bootstrapServers);
        }
        if (schemaRegistryUrl != null) {
            overrides.put(KafkaConnection.SCHEMA_REGISTRY_URL, schemaRegistryUrl);
        }
        return overrides;
    }

    Settings settings() {
        return Settings.of(overrides());
    }
}
