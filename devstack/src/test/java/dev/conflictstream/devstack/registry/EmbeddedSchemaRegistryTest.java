package dev.conflictstream.devstack.registry;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.conflictstream.devstack.DevStackExtension;
import dev.conflictstream.devstack.broker.EmbeddedKafkaBroker;
import dev.conflictstream.schema.Article;
import dev.conflictstream.schema.serde.ConfluentAvroSerde;
import dev.conflictstream.schema.serde.HttpSchemaRegistryClient;
import dev.conflictstream.schema.serde.SchemaRegistryClient;
import dev.conflictstream.schema.serde.SchemaRegistryException;
import dev.conflictstream.schema.topic.Topics;
import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.ByteBuffer;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.apache.avro.Schema;
import org.apache.kafka.clients.admin.Admin;
import org.apache.kafka.clients.admin.AdminClientConfig;
import org.apache.kafka.clients.admin.NewTopic;
import org.apache.kafka.common.config.ConfigResource;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

/**
 * The registry's REST API as clients see it, with its state in a real Kafka broker. One
 * broker for the class; each test starts a fresh registry on the same {@code _schemas}
 * topic (so every start also replays what earlier tests wrote) and uses its own subjects.
 */
class EmbeddedSchemaRegistryTest {
    private static final ObjectMapper JSON = new ObjectMapper();
    private static final HttpClient HTTP = HttpClient.newHttpClient();
    private static final Schema V1 = record("{\"name\":\"a\",\"type\":\"string\"}");
    private static final Schema V2_WITH_DEFAULT = record("{\"name\":\"a\",\"type\":\"string\"},{\"name\":\"b\",\"type\":\"int\",\"default\":0}");
    private static final Schema V2_WITHOUT_DEFAULT = record("{\"name\":\"a\",\"type\":\"string\"},{\"name\":\"b\",\"type\":\"int\"}");

    @RegisterExtension
    static final DevStackExtension<EmbeddedKafkaBroker> BROKER = DevStackExtension.broker();
    private EmbeddedKafkaBroker broker;
    private EmbeddedSchemaRegistry registry;

    @BeforeEach
    void startRegistry() {
        broker = BROKER.get();
        registry = new EmbeddedSchemaRegistry(broker.bootstrapServers(), "127.0.0.1", 0).start();
    }

    @AfterEach
    void stopRegistry() {
        registry.close();
    }

    @Test
    void registersOnceAndServesTheSchemaByIdSubjectAndVersion() throws Exception {
        SchemaRegistryClient client = new HttpSchemaRegistryClient(registry.url());
        int id = client.register("reg-a-value", V1);

        assertThat(post("/subjects/reg-a-value/versions", V1).json().get("id").asInt()).isEqualTo(id);
        assertThat(get("/subjects").json()).extracting(JsonNode::asText).contains("reg-a-value");
        assertThat(get("/subjects/reg-a-value/versions").json().toString()).isEqualTo("[1]");
        for (String version : List.of("1", "latest")) {
            JsonNode answer = get("/subjects/reg-a-value/versions/" + version).json();
            assertThat(answer.get("subject").asText()).isEqualTo("reg-a-value");
            assertThat(answer.get("version").asInt()).isEqualTo(1);
            assertThat(answer.get("id").asInt()).isEqualTo(id);
            assertThat(new Schema.Parser().parse(answer.get("schema").asText())).isEqualTo(V1);
        }
        Answer byId = get("/schemas/ids/" + id);
        assertThat(byId.contentType()).isEqualTo("application/vnd.schemaregistry.v1+json");
        assertThat(new Schema.Parser().parse(byId.json().get("schema").asText())).isEqualTo(V1);
        assertThat(new HttpSchemaRegistryClient(registry.url()).schemaById(id)).isEqualTo(V1);
        JsonNode lookup = post("/subjects/reg-a-value", V1).json();
        assertThat(lookup.get("version").asInt()).isEqualTo(1);
        assertThat(lookup.get("id").asInt()).isEqualTo(id);
    }

    @Test
    void theSameSchemaUnderAnotherSubjectKeepsItsGlobalId() {
        SchemaRegistryClient client = new HttpSchemaRegistryClient(registry.url());
        Schema shared = record("{\"name\":\"shared\",\"type\":\"long\"}");

        int first = client.register("glob-a-value", shared);
        int second = client.register("glob-b-value", shared);

        assertThat(second).isEqualTo(first);
        assertThat(get("/subjects/glob-b-value/versions/latest").json().get("version").asInt()).isEqualTo(1);
        assertThat(get("/schemas/ids/" + first + "/versions").json().toString())
                .contains("{\"subject\":\"glob-a-value\",\"version\":1}", "{\"subject\":\"glob-b-value\",\"version\":1}");
    }

    @Test
    void enforcesBackwardCompatibilityByDefaultAndFollowsTheSubjectLevel() throws Exception {
        SchemaRegistryClient client = new HttpSchemaRegistryClient(registry.url());
        int v1 = client.register("compat-value", V1);

        assertThat(get("/config").json().get("compatibilityLevel").asText()).isEqualTo("BACKWARD");
        assertThat(get("/config/compat-value").json().get("compatibilityLevel").asText()).isEqualTo("BACKWARD");
        assertThat(post("/compatibility/subjects/compat-value/versions/latest", V2_WITHOUT_DEFAULT).json().get("is_compatible").asBoolean()).isFalse();
        assertThatThrownBy(() -> client.register("compat-value", V2_WITHOUT_DEFAULT))
                .isInstanceOfSatisfying(SchemaRegistryException.class, e -> {
                    assertThat(e.status()).isEqualTo(409);
                    assertThat(e.errorCode()).isEqualTo(409);
                })
                .hasMessageContaining("incompatible");

        assertThat(post("/compatibility/subjects/compat-value/versions/latest", V2_WITH_DEFAULT).json().get("is_compatible").asBoolean()).isTrue();
        int v2 = client.register("compat-value", V2_WITH_DEFAULT);
        assertThat(v2).isNotEqualTo(v1);
        assertThat(get("/subjects/compat-value/versions").json().toString()).isEqualTo("[1,2]");

        Answer put = send("PUT", "/config/compat-value", "{\"compatibility\":\"NONE\"}");
        assertThat(put.json().get("compatibility").asText()).isEqualTo("NONE");
        assertThat(get("/config/compat-value").json().get("compatibilityLevel").asText()).isEqualTo("NONE");
        assertThat(get("/config").json().get("compatibilityLevel").asText()).isEqualTo("BACKWARD");
        client.register("compat-value", record("{\"name\":\"c\",\"type\":\"boolean\"}"));
        assertThat(get("/subjects/compat-value/versions").json().toString()).isEqualTo("[1,2,3]");
    }

    @Test
    void theGlobalLevelCanBeChanged() throws Exception {
        try {
            assertThat(send("PUT", "/config", "{\"compatibility\":\"full\"}").json().get("compatibility").asText()).isEqualTo("FULL");
            assertThat(get("/config").json().get("compatibilityLevel").asText()).isEqualTo("FULL");
            assertThat(get("/config/any-subject").json().get("compatibilityLevel").asText()).isEqualTo("FULL");
        } finally {
            send("PUT", "/config", "{\"compatibility\":\"BACKWARD\"}");
        }
    }

    @Test
    void answersErrorsAsConfluentDoes() throws Exception {
        new HttpSchemaRegistryClient(registry.url()).register("err-value", V1);

        assertError(get("/subjects/no-such-subject/versions"), 404, 40401);
        assertError(get("/subjects/no-such-subject/versions/latest"), 404, 40401);
        assertError(get("/subjects/err-value/versions/99"), 404, 40402);
        assertError(get("/subjects/err-value/versions/first"), 422, 42202);
        assertError(get("/schemas/ids/987654"), 404, 40403);
        assertError(post("/subjects/err-value", V2_WITH_DEFAULT), 404, 40403);
        assertError(send("POST", "/subjects/err-value/versions", "{\"schema\":\"{\\\"type\\\":\\\"recrod\\\"}\"}"), 422, 42201);
        assertError(send("POST", "/subjects/err-value/versions", "not json"), 400, 400);
        assertError(send("PUT", "/config", "{\"compatibility\":\"SIDEWAYS\"}"), 422, 42203);
        assertError(get("/no/such/path"), 404, 404);
        assertError(send("DELETE", "/subjects", null), 405, 405);
    }

    @Test
    void keepsIdsVersionsAndLevelsAcrossARestart() throws Exception {
        SchemaRegistryClient client = new HttpSchemaRegistryClient(registry.url());
        int v1 = client.register("restart-value", V1);
        int v2 = client.register("restart-value", V2_WITH_DEFAULT);
        send("PUT", "/config/restart-value", "{\"compatibility\":\"FORWARD\"}");
        String oldUrl = registry.url();

        registry.close();
        registry = new EmbeddedSchemaRegistry(broker.bootstrapServers(), "127.0.0.1", 0).start();

        assertThat(registry.url()).isNotEqualTo(oldUrl);
        assertThat(get("/subjects/restart-value/versions").json().toString()).isEqualTo("[1,2]");
        assertThat(get("/subjects/restart-value/versions/1").json().get("id").asInt()).isEqualTo(v1);
        assertThat(get("/subjects/restart-value/versions/2").json().get("id").asInt()).isEqualTo(v2);
        assertThat(get("/config/restart-value").json().get("compatibilityLevel").asText()).isEqualTo("FORWARD");
        SchemaRegistryClient fresh = new HttpSchemaRegistryClient(registry.url());
        assertThat(fresh.register("restart-value", V1)).isEqualTo(v1);
        assertThat(fresh.register("restart-other-value", record("{\"name\":\"z\",\"type\":\"double\"}")))
                .as("a new schema never reuses an id").isGreaterThan(Math.max(v1, v2));
    }

    @Test
    void storesStateInACompactedSinglePartitionTopic() throws Exception {
        try (Admin admin = Admin.create(Map.of(AdminClientConfig.BOOTSTRAP_SERVERS_CONFIG, broker.bootstrapServers()))) {
            var topic = admin.describeTopics(List.of(KafkaSchemaLog.DEFAULT_TOPIC)).allTopicNames().get().get(KafkaSchemaLog.DEFAULT_TOPIC);
            assertThat(topic.partitions()).hasSize(1);
            ConfigResource resource = new ConfigResource(ConfigResource.Type.TOPIC, KafkaSchemaLog.DEFAULT_TOPIC);
            assertThat(admin.describeConfigs(List.of(resource)).all().get().get(resource).get("cleanup.policy").value())
                    .isEqualTo("compact");
        }
    }

    @Test
    void refusesAnExistingTopicThatIsNotCompacted() throws Exception {
        try (Admin admin = Admin.create(Map.of(AdminClientConfig.BOOTSTRAP_SERVERS_CONFIG, broker.bootstrapServers()))) {
            admin.createTopics(List.of(new NewTopic("not-compacted", Optional.of(1), Optional.empty()))).all().get();
        }
        EmbeddedSchemaRegistry onDeleteTopic = new EmbeddedSchemaRegistry(broker.bootstrapServers(), "127.0.0.1", 0,
                "not-compacted", Duration.ofSeconds(10));

        assertThatThrownBy(onDeleteTopic::start)
                .isInstanceOf(IllegalStateException.class)
                .hasMessageContaining("cleanup.policy=delete; it needs 1 partition and cleanup.policy=compact");
    }

    @Test
    void aSerdeRoundTripsAnArticleThroughTheServer() {
        String subject = Topics.ARTICLES.valueSubject();
        Article article = Article.newBuilder()
                .setId("a-1").setUrl("https://example.org/sumy").setTitle("Strike on Sumy").setPublished(LocalDate.of(2025, 2, 7))
                .setSource("example").setText("Two people were killed.").setOrigin("samples/sumy.txt")
                .setIngestedAt(Instant.ofEpochMilli(1_738_900_000_000L)).build();
        ConfluentAvroSerde<Article> producerSide = ConfluentAvroSerde.forRecord(new HttpSchemaRegistryClient(registry.url()), subject, Article.class);
        ConfluentAvroSerde<Article> consumerSide = ConfluentAvroSerde.forRecord(new HttpSchemaRegistryClient(registry.url()), subject, Article.class);
        ConfluentAvroSerde<String> keys = ConfluentAvroSerde.forString(new HttpSchemaRegistryClient(registry.url()), Topics.ARTICLES.keySubject());

        byte[] bytes = producerSide.serialize(article);

        assertThat(bytes[0]).isZero();
        assertThat(ByteBuffer.wrap(bytes, 1, 4).getInt()).isEqualTo(get("/subjects/" + subject + "/versions/latest").json().get("id").asInt());
        assertThat(consumerSide.deserialize(bytes)).isEqualTo(article);
        assertThat(keys.deserialize(keys.serialize("a-1"))).isEqualTo("a-1");
        assertThat(get("/subjects/" + Topics.ARTICLES.keySubject() + "/versions/1").json().get("schema").asText()).isEqualTo("\"string\"");
    }

    private static Schema record(String fields) {
        return new Schema.Parser().parse("{\"type\":\"record\",\"name\":\"Probe\",\"namespace\":\"test\",\"fields\":[" + fields + "]}");
    }

    private static void assertError(Answer answer, int status, int errorCode) {
        assertThat(answer.status()).as(answer.toString()).isEqualTo(status);
        assertThat(answer.json().get("error_code").asInt()).as(answer.toString()).isEqualTo(errorCode);
        assertThat(answer.json().get("message").asText()).isNotBlank();
    }

    private Answer get(String path) {
        return send("GET", path, null);
    }

    private Answer post(String path, Schema schema) {
        return send("POST", path, JSON.createObjectNode().put("schema", schema.toString()).toString());
    }

    private Answer send(String method, String path, String body) {
        HttpRequest request = HttpRequest.newBuilder(URI.create(registry.url() + path))
                .header("Content-Type", "application/vnd.schemaregistry.v1+json")
                .method(method, body == null ? HttpRequest.BodyPublishers.noBody() : HttpRequest.BodyPublishers.ofString(body))
                .build();
        try {
            HttpResponse<String> response = HTTP.send(request, HttpResponse.BodyHandlers.ofString());
            return new Answer(response.statusCode(), response.headers().firstValue("Content-Type").orElse(""),
                    JSON.readTree(response.body()));
        } catch (IOException e) {
            throw new AssertionError(method + " " + path + " failed", e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new AssertionError(e);
        }
    }

    private record Answer(int status, String contentType, JsonNode json) {}
}
