package dev.conflictstream.launcher;

import dev.conflictstream.runtime.ClientProperties;
import dev.conflictstream.runtime.KafkaConnection;
import java.nio.file.Path;
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

    @Option(names = "--schema-registry-url", description = {"Schema Registry URL (default: " + KafkaConnection.DEFAULT_SCHEMA_REGISTRY_URL
            + " or CONFLICTSTREAM_SCHEMA_REGISTRY_URL; run serves one in-process).",
            "Credentials in it (https://user:password@host) are used for basic auth and never printed."})
    String schemaRegistryUrl;

    @Option(names = "--kafka-config", paramLabel = "FILE", description = "Properties file of Kafka client settings for every "
            + "client (security.protocol, sasl.*, ssl.*, client.rack, ...) and the registry client (basic.auth.user.info, "
            + "schema.registry.ssl.truststore.*); CONFLICTSTREAM_CLIENT_<NAME> variables win over it "
            + "(CONFLICTSTREAM_CLIENT_SECURITY_PROTOCOL for security.protocol). Secrets are masked in logs.")
    Path kafkaConfig;

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
        if (kafkaConfig != null) {
            overrides.put(ClientProperties.FILE_SETTING, kafkaConfig.toString());
        }
        return overrides;
    }

    Settings settings() {
        return Settings.of(overrides());
    }
}
