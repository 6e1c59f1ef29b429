package dev.conflictstream.launcher.secure;

import dev.conflictstream.devstack.TestCertificates;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.conflictstream.launcher.LocalPipeline;
import dev.conflictstream.launcher.Main;
import dev.conflictstream.launcher.TopicPartitions;
import dev.conflictstream.devstack.broker.EmbeddedKafkaBroker;
import dev.conflictstream.runtime.ClientProperties;
import dev.conflictstream.runtime.KafkaConnection;
import dev.conflictstream.runtime.Settings;
import dev.conflictstream.schema.RegionTally;
import dev.conflictstream.schema.serde.HttpSchemaRegistryClient;
import dev.conflictstream.schema.serde.SchemaRegistryException;
import org.apache.avro.Schema;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * A secured cluster as managed services run them: the embedded KRaft broker with a SASL_SSL
 * listener (a test CA's certificate, SASL/PLAIN users), and the whole pipeline against it
 * configured only through a client properties file ({@code --kafka-config}): the admin client
 * creating topics, the registry's {@code _schemas} clients, enrich and aggregate (Kafka
 * Streams), ingest's producer and the consumer reading the tallies.
 */
class SecuredClusterTest {
    static final String LISTENER = "SASL_SSL";
    static final String ALICE_PASSWORD = "alice-secret-42";
    static final Schema STRING = Schema.create(Schema.Type.STRING);
    static final Path SEED = Path.of("../samples/kursk-2025-02-07.txt");

    @TempDir
    static Path dir;
    static TestCertificates certificates;
    static EmbeddedKafkaBroker broker;
    static LocalPipeline pipeline;

    @BeforeAll
    static void start() throws Exception {
        certificates = TestCertificates.create(dir);
        broker = new EmbeddedKafkaBroker(dir.resolve("kafka")).withListener(LISTENER, "SASL_SSL", Map.of(
                "sasl.enabled.mechanisms", "PLAIN",
                "listener.name.sasl_ssl.plain.sasl.jaas.config", "org.apache.kafka.common.security.plain.PlainLoginModule "
                        + "required user_alice=\"" + ALICE_PASSWORD + "\";",
                "ssl.keystore.location", certificates.keyStore().toString(),
                "ssl.keystore.password", certificates.password(),
                "ssl.keystore.type", "PKCS12")).start();
        Path config = clientConfig("alice", ALICE_PASSWORD);
        pipeline = LocalPipeline.start(Settings.of(Map.of(
                KafkaConnection.BOOTSTRAP_SERVERS, broker.bootstrapServers(LISTENER),
                ClientProperties.FILE_SETTING, config.toString(),
                TopicPartitions.KEY, "1",
                "registry.port", "0", "enrich.http.port", "0", "aggregate.http.port", "0", "ingest.metrics.port", "0")),
                true, dir.resolve("data"));
    }

    @AfterAll
    static void stop() {
        if (pipeline != null) {
            pipeline.close();
        }
        if (broker != null) {
            broker.close();
        }
    }

    /** A Confluent-style client.properties for SASL_SSL with PLAIN, trusting the test CA. */
    static Path clientConfig(String user, String password) throws IOException {
        return Files.writeString(Files.createTempFile(dir, user, ".properties"), String.join("\n",
                "security.protocol=SASL_SSL",
                "sasl.mechanism=PLAIN",
                "sasl.jaas.config=org.apache.kafka.common.security.plain.PlainLoginModule required username=\"" + user
                        + "\" password=\"" + password + "\";",
                "ssl.truststore.location=" + certificates.trustStore(),
                "ssl.truststore.password=" + certificates.password(),
                "ssl.truststore.type=PKCS12", ""));
    }

    @Test
    void ingestEnrichAndAggregateRunAgainstASaslSslClusterAndTallyTheArticle() throws Exception {
        assertThat(pipeline.connection().bootstrapServers()).isEqualTo(broker.bootstrapServers(LISTENER));
        assertThat(pipeline.ingest(List.of(SEED), new PrintStream(new ByteArrayOutputStream())).published()).isEqualTo(1);

        assertThat(pipeline.awaitProcessed(Duration.ofSeconds(90))).as("processed over SASL_SSL").isTrue();

        Map<String, RegionTally> tallies = pipeline.tallies();
        assertThat(tallies).containsKey("UA.21");
        assertThat(tallies.get("UA.21").getIncidents()).isEqualTo(1);
        assertThat(tallies.get("UA.21").getKilled().getBest()).isEqualTo(2);
        assertThat(tallies).containsKey("RU.41");
    }

    @Test
    void ingestWithAWrongPasswordFailsFastWithAnAuthenticationMessageAndNoSecret() throws Exception {
        Path wrong = clientConfig("alice", "not-the-password");
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        PrintStream originalErr = System.err;
        PrintStream originalOut = System.out;
        long started = System.nanoTime();
        int exit;
        try {
            PrintStream capture = new PrintStream(out, true, StandardCharsets.UTF_8);
            System.setErr(capture);
            System.setOut(capture);
            exit = Main.execute("ingest", "--bootstrap-servers", broker.bootstrapServers(LISTENER),
                    "--schema-registry-url", pipeline.connection().schemaRegistryUrl(),
                    "--kafka-config", wrong.toString(), SEED.toString());
        } finally {
            System.setErr(originalErr);
            System.setOut(originalOut);
        }
        double seconds = (System.nanoTime() - started) / 1e9;
        String output = out.toString(StandardCharsets.UTF_8);
        assertThat(exit).as("exit status; output:\n%s", output).isEqualTo(1);
        assertThat(output).contains("Kafka refused the credentials").doesNotContain("not-the-password");
        assertThat(seconds).as("an authentication error, not a wait").isLessThan(20);
    }

    @Test
    void theRegistryClientTrustsAnHttpsRegistryByItsTrustStoreAndAuthenticatesWithoutShowingTheSecret() throws Exception {
        try (HttpsRegistryStub registry = HttpsRegistryStub.start(certificates, "reader", "registry-secret-7")) {
            Map<String, String> trust = Map.of(
                    "schema.registry.ssl.truststore.location", certificates.trustStore().toString(),
                    "schema.registry.ssl.truststore.password", certificates.password());
            Map<String, String> userInfo = new java.util.HashMap<>(trust);
            userInfo.putAll(Map.of("basic.auth.credentials.source", "USER_INFO", "basic.auth.user.info", "reader:registry-secret-7"));
            assertThat(new HttpSchemaRegistryClient(registry.url(), userInfo).register("t-value", STRING)).isEqualTo(HttpsRegistryStub.ID);

            String inUrl = registry.url().replace("https://", "https://reader:registry-secret-7@");
            HttpSchemaRegistryClient fromUrl = new HttpSchemaRegistryClient(inUrl, trust);
            assertThat(fromUrl.register("t-value", STRING)).isEqualTo(HttpsRegistryStub.ID);
            assertThat(fromUrl.urls().toString()).doesNotContain("registry-secret-7");

            String wrongUrl = registry.url().replace("https://", "https://reader:wrong-secret@");
            assertThatThrownBy(() -> new HttpSchemaRegistryClient(wrongUrl, trust).register("t-value", STRING))
                    .isInstanceOf(SchemaRegistryException.class)
                    .satisfies(e -> assertThat(SchemaRegistryException.isOutage(e)).as("a 401 is an outage, not a bad record").isTrue())
                    .hasMessageContaining("HTTP 401").hasMessageNotContaining("wrong-secret");
        }
    }
}
