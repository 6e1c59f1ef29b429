package dev.conflictstream.runtime;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import java.util.Properties;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class ClientPropertiesTest {
    @TempDir
    Path dir;

    @Test
    void theFileIsTheBaseAndClientSettingsFromEnvironmentPropertiesAndFlagsGoOverIt() throws IOException {
        Path file = Files.writeString(dir.resolve("client.properties"), """
                security.protocol=SASL_SSL
                sasl.mechanism=PLAIN
                client.rack=use1-az1
                basic.auth.user.info=reader:secret
                """);
        Properties system = new Properties();
        system.setProperty("conflictstream.client.client.rack", "use1-az2");
        Map<String, String> env = Map.of("CONFLICTSTREAM_KAFKA_CONFIG", file.toString(),
                "CONFLICTSTREAM_CLIENT_SASL_MECHANISM", "SCRAM-SHA-512",
                "CONFLICTSTREAM_CLIENT_SSL_TRUSTSTORE_LOCATION", "/etc/ts.p12",
                "CONFLICTSTREAM_KAFKA_PORT", "9092");

        ClientProperties client = ClientProperties.from(new Settings(Map.of("client.request.timeout.ms", "5000"), system, env));

        assertThat(client.kafka()).containsExactlyInAnyOrderEntriesOf(Map.of(
                "security.protocol", "SASL_SSL",
                "sasl.mechanism", "SCRAM-SHA-512",
                "ssl.truststore.location", "/etc/ts.p12",
                "client.rack", "use1-az2",
                "request.timeout.ms", "5000"));
        assertThat(client.registry()).containsExactlyEntriesOf(Map.of("basic.auth.user.info", "reader:secret"));
    }

    @Test
    void aConfluentCloudFileNamesTheClusterAndRegistryUnlessASettingDoes() throws IOException {
        Path file = Files.writeString(dir.resolve("ccloud.properties"), """
                bootstrap.servers=pkc-1.europe-west1.gcp.confluent.cloud:9092
                schema.registry.url=https://psrc-1.europe-west1.gcp.confluent.cloud
                """);
        Settings settings = new Settings(Map.of(ClientProperties.FILE_SETTING, file.toString()), new Properties(), Map.of());

        KafkaConnection fromFile = KafkaConnection.from(settings);
        KafkaConnection flagged = KafkaConnection.from(settings.with(Map.of(KafkaConnection.BOOTSTRAP_SERVERS, "other:9092")));

        assertThat(fromFile.bootstrapServers()).isEqualTo("pkc-1.europe-west1.gcp.confluent.cloud:9092");
        assertThat(fromFile.schemaRegistryUrl()).isEqualTo("https://psrc-1.europe-west1.gcp.confluent.cloud");
        assertThat(flagged.bootstrapServers()).isEqualTo("other:9092");
        assertThat(flagged.clientConfig()).containsEntry("bootstrap.servers", "other:9092").doesNotContainKey("schema.registry.url");
    }

    @Test
    void theUsersPropertiesGoOverTheProjectsTuning() {
        KafkaConnection connection = new KafkaConnection("k:9092", "http://r", new ClientProperties(Map.of("linger.ms", "50",
                "security.protocol", "SSL")));

        assertThat(connection.clientConfig(Map.of("linger.ms", 5, "acks", "all")))
                .containsEntry("linger.ms", "50").containsEntry("acks", "all").containsEntry("security.protocol", "SSL")
                .containsEntry("bootstrap.servers", "k:9092");
    }

    @ParameterizedTest(name = "{0} secret: {1}")
    @CsvSource({
            "sasl.jaas.config, true",
            "ssl.keystore.password, true",
            "ssl.key.password, true",
            "ssl.truststore.password, true",
            "ssl.keystore.key, true",
            "basic.auth.user.info, true",
            "schema.registry.basic.auth.user.info, true",
            "sasl.oauthbearer.client.credentials.client.secret, true",
            "sasl.login.callback.handler.class, false",
            "basic.auth.credentials.source, false",
            "security.protocol, false",
            "ssl.truststore.location, false",
            "client.rack, false",
    })
    void secretsAreToldByTheirKey(String key, boolean secret) {
        assertThat(Secrets.isSecret(key)).isEqualTo(secret);
    }

    @Test
    void theSummaryMasksSecretValuesAndUrlCredentials() {
        KafkaConnection connection = new KafkaConnection("k:9093", "https://reader:registry-pw@sr.example:443",
                new ClientProperties(Map.of("security.protocol", "SASL_SSL",
                        "sasl.jaas.config", "PlainLoginModule required username=\"u\" password=\"jaas-pw\";",
                        "basic.auth.user.info", "reader:user-info-pw")));

        String described = connection.describe() + " " + connection;

        assertThat(described).contains("security.protocol=SASL_SSL", "sasl.jaas.config=" + Secrets.MASK,
                        "https://" + Secrets.MASK + "@sr.example:443")
                .doesNotContain("jaas-pw", "user-info-pw", "registry-pw");
    }

    @Test
    void aPasswordHoldingAnAtSignIsMaskedWhole() {
        assertThat(Secrets.redactUrls("registry https://reader:p@ss@sr.example:443/subjects failed"))
                .isEqualTo("registry https://" + Secrets.MASK + "@sr.example:443/subjects failed");
        assertThat(Secrets.redactUrls("http://localhost:8081 and mailto user@host")).as("no user info: unchanged")
                .isEqualTo("http://localhost:8081 and mailto user@host");
    }
}
