package dev.conflictstream.schema.serde;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpServer;
import dev.conflictstream.schema.Article;
import java.io.IOException;
import java.net.InetSocketAddress;
import java.net.ServerSocket;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import org.apache.avro.Schema;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** The client against a stub registry that records each request and answers as Confluent does. */
class HttpSchemaRegistryClientTest {
    private static final ObjectMapper JSON = new ObjectMapper();
    private static final Schema STRING = Schema.create(Schema.Type.STRING);

    private final List<String> requests = new CopyOnWriteArrayList<>();
    private final CountDownLatch release = new CountDownLatch(1);
    private volatile int status = 200;
    private volatile String answer = "{\"id\":42}";
    private volatile boolean hang;
    private HttpServer server;
    private ExecutorService handlers;
    private String url;

    @BeforeEach
    void startStub() throws IOException {
        server = HttpServer.create(new InetSocketAddress("127.0.0.1", 0), 0);
        handlers = Executors.newFixedThreadPool(4);
        server.setExecutor(handlers);
        server.createContext("/", this::handle);
        server.start();
        url = "http://127.0.0.1:" + server.getAddress().getPort();
    }

    @AfterEach
    void stopStub() {
        release.countDown();
        server.stop(0);
        handlers.shutdownNow();
    }

    private void handle(HttpExchange exchange) throws IOException {
        String body = new String(exchange.getRequestBody().readAllBytes(), StandardCharsets.UTF_8);
        requests.add(exchange.getRequestMethod() + " " + exchange.getRequestURI().getRawPath() + " "
                + exchange.getRequestHeaders().getFirst("Content-Type") + " " + body);
        if (hang) {
            try {
                release.await(10, TimeUnit.SECONDS);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
            }
        }
        byte[] bytes = answer.getBytes(StandardCharsets.UTF_8);
        exchange.getResponseHeaders().set("Content-Type", HttpSchemaRegistryClient.CONTENT_TYPE);
        exchange.sendResponseHeaders(status, bytes.length);
        exchange.getResponseBody().write(bytes);
        exchange.close();
    }

    @Test
    void registersWithTheConfluentRequestAndCachesPerSubjectAndSchema() throws IOException {
        HttpSchemaRegistryClient client = new HttpSchemaRegistryClient(url);

        assertThat(client.register("topic-key", STRING)).isEqualTo(42);
        assertThat(client.register("topic-key", Schema.create(Schema.Type.STRING))).isEqualTo(42);
        assertThat(client.register("other-key", STRING)).isEqualTo(42);

        assertThat(requests).hasSize(2);
        assertThat(requests.get(0)).startsWith("POST /subjects/topic-key/versions application/vnd.schemaregistry.v1+json ");
        String body = requests.get(0).substring(requests.get(0).indexOf('{'));
        assertThat(JSON.readTree(body).get("schema").asText()).isEqualTo("\"string\"");
        assertThat(requests.get(1)).startsWith("POST /subjects/other-key/versions ");
    }

    @Test
    void fetchesEachIdOnceAndNeverFetchesWhatItRegistered() {
        answer = JSON.createObjectNode().put("schema", Article.getClassSchema().toString()).toString();
        HttpSchemaRegistryClient client = new HttpSchemaRegistryClient(url);

        assertThat(client.schemaById(5)).isEqualTo(Article.getClassSchema());
        assertThat(client.schemaById(5)).isEqualTo(Article.getClassSchema());
        assertThat(requests).hasSize(1).first().asString().startsWith("GET /schemas/ids/5 ");

        answer = "{\"id\":9}";
        client.register("s", STRING);
        assertThat(client.schemaById(9)).isEqualTo(STRING);
        assertThat(requests).hasSize(2);
    }

    @Test
    void concurrentRegistrationsOfOneSchemaSendOneRequest() throws Exception {
        HttpSchemaRegistryClient client = new HttpSchemaRegistryClient(url);
        ExecutorService pool = Executors.newFixedThreadPool(8);
        try {
            List<Future<Integer>> ids = pool.invokeAll(java.util.Collections.nCopies(16, () -> client.register("s", STRING)));
            for (Future<Integer> id : ids) {
                assertThat(id.get()).isEqualTo(42);
            }
        } finally {
            pool.shutdownNow();
        }
        assertThat(requests).hasSize(1);
    }

    @Test
    void anErrorAnswerCarriesStatusErrorCodeAndMessage() {
        status = 409;
        answer = "{\"error_code\":409,\"message\":\"Schema being registered is incompatible with an earlier schema\"}";
        HttpSchemaRegistryClient client = new HttpSchemaRegistryClient(url);

        assertThatThrownBy(() -> client.register("s", STRING))
                .isInstanceOfSatisfying(SchemaRegistryException.class, e -> {
                    assertThat(e.status()).isEqualTo(409);
                    assertThat(e.errorCode()).isEqualTo(409);
                })
                .hasMessageContaining("HTTP 409, error_code 409: Schema being registered is incompatible")
                .hasMessageContaining("/subjects/s/versions");

        status = 404;
        answer = "{\"error_code\":40403,\"message\":\"Schema not found\"}";
        assertThatThrownBy(() -> client.schemaById(77))
                .isInstanceOfSatisfying(SchemaRegistryException.class, e -> assertThat(e.errorCode()).isEqualTo(40403))
                .hasMessageContaining("Schema not found");
    }

    @Test
    void aFailedCallIsNotCachedSoTheNextCallRetries() {
        status = 500;
        answer = "oops";
        HttpSchemaRegistryClient client = new HttpSchemaRegistryClient(url);
        assertThatThrownBy(() -> client.register("s", STRING)).hasMessageContaining("HTTP 500: oops");

        status = 200;
        answer = "{\"id\":3}";
        assertThat(client.register("s", STRING)).isEqualTo(3);
    }

    @Test
    void skipsAnUnreachableUrlAndUsesTheNextOne() throws IOException {
        String dead = "http://127.0.0.1:" + freePort();
        HttpSchemaRegistryClient client = new HttpSchemaRegistryClient(dead + ", " + url + "/");

        assertThat(client.register("s", STRING)).isEqualTo(42);
        assertThat(requests).hasSize(1);
    }

    @Test
    void failsClearlyWhenNoUrlIsReachable() throws IOException {
        String dead = "http://127.0.0.1:" + freePort();
        HttpSchemaRegistryClient client = new HttpSchemaRegistryClient(dead, Duration.ofSeconds(2));

        assertThatThrownBy(() -> client.schemaById(1))
                .isInstanceOf(SchemaRegistryException.class)
                .hasMessageContaining("schema registry unreachable at [" + dead + "]");
    }

    @Test
    void timesOutOnARegistryThatDoesNotAnswer() {
        hang = true;
        HttpSchemaRegistryClient client = new HttpSchemaRegistryClient(url, Duration.ofMillis(300));

        assertThatThrownBy(() -> client.register("s", STRING))
                .isInstanceOf(SchemaRegistryException.class)
                .hasMessageContaining("HttpTimeoutException");
    }

    @Test
    void encodesSubjectsAsPathSegments() {
        new HttpSchemaRegistryClient(url).register("a b/c", STRING);

        assertThat(requests.get(0)).startsWith("POST /subjects/a%20b%2Fc/versions ");
    }

    @Test
    void rejectsMalformedUrls() {
        assertThatThrownBy(() -> new HttpSchemaRegistryClient(" , ")).isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> new HttpSchemaRegistryClient("localhost:8081")).isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("http(s)://host[:port]");
        assertThat(SchemaRegistryClient.of(url)).isInstanceOf(HttpSchemaRegistryClient.class);
    }

    private static int freePort() throws IOException {
        try (ServerSocket socket = new ServerSocket(0)) {
            return socket.getLocalPort();
        }
    }
}
