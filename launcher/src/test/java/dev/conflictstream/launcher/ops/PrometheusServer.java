package dev.conflictstream.launcher.ops;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.net.ServerSocket;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.stream.Collectors;

/**
 * The real {@code prometheus} binary scraping given targets every second, in its own temp
 * dir, on a free loopback port; queried through its HTTP API.
 */
final class PrometheusServer implements AutoCloseable {
    private static final ObjectMapper JSON = new ObjectMapper();
    private final Process process;
    private final URI base;
    private final HttpClient http = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(2)).build();

    private PrometheusServer(Process process, URI base) {
        this.process = process;
        this.base = base;
    }

    /** The binary on PATH, if any. */
    static Optional<Path> binary() {
        return findOnPath("prometheus");
    }

    static Optional<Path> findOnPath(String name) {
        String path = System.getenv().getOrDefault("PATH", "");
        for (String dir : path.split(java.io.File.pathSeparator)) {
            Path candidate = Path.of(dir, name);
            if (Files.isExecutable(candidate)) {
                return Optional.of(candidate);
            }
        }
        return Optional.empty();
    }

    /** @param jobs job name to {@code host:port} target */
    static PrometheusServer start(Path binary, Path dir, Map<String, String> jobs) throws IOException, InterruptedException {
        String config = "global:\n  scrape_interval: 1s\n  evaluation_interval: 1s\nscrape_configs:\n"
                + jobs.entrySet().stream().map(job -> "  - job_name: " + job.getKey()
                        + "\n    static_configs:\n      - targets: [\"" + job.getValue() + "\"]\n").collect(Collectors.joining());
        Path configFile = dir.resolve("prometheus.yml");
        Files.writeString(configFile, config);
        int port;
        try (ServerSocket socket = new ServerSocket(0)) {
            port = socket.getLocalPort();
        }
        Process process = new ProcessBuilder(binary.toString(), "--config.file=" + configFile,
                "--storage.tsdb.path=" + dir.resolve("tsdb"), "--web.listen-address=127.0.0.1:" + port)
                .redirectErrorStream(true).redirectOutput(dir.resolve("prometheus.log").toFile()).start();
        PrometheusServer server = new PrometheusServer(process, URI.create("http://127.0.0.1:" + port));
        Instant deadline = Instant.now().plusSeconds(15);
        while (!server.ready()) {
            if (!process.isAlive() || Instant.now().isAfter(deadline)) {
                server.close();
                throw new IllegalStateException("prometheus did not become ready: " + Files.readString(dir.resolve("prometheus.log")));
            }
            Thread.sleep(100);
        }
        return server;
    }

    private boolean ready() {
        try {
            return get("/-/ready").statusCode() == 200;
        } catch (IOException | InterruptedException e) {
            return false;
        }
    }

    private HttpResponse<String> get(String path) throws IOException, InterruptedException {
        return http.send(HttpRequest.newBuilder(base.resolve(path)).timeout(Duration.ofSeconds(5)).GET().build(),
                HttpResponse.BodyHandlers.ofString());
    }

    /** Result of an instant query; an error (bad PromQL) is an exception with Prometheus' message. */
    List<JsonNode> query(String promql) throws IOException, InterruptedException {
        HttpResponse<String> response = get("/api/v1/query?query=" + URLEncoder.encode(promql, StandardCharsets.UTF_8));
        JsonNode body = JSON.readTree(response.body());
        if (!"success".equals(body.path("status").asText())) {
            throw new IllegalArgumentException(body.path("errorType").asText() + ": " + body.path("error").asText());
        }
        JsonNode result = body.path("data").path("result");
        return result.isArray() ? JSON.convertValue(result, JSON.getTypeFactory().constructCollectionType(List.class, JsonNode.class))
                : List.of(result);
    }

    /** Health of every scrape target ("up"), as Prometheus sees it. */
    JsonNode targets() throws IOException, InterruptedException {
        return JSON.readTree(get("/api/v1/targets").body());
    }

    @Override
    public void close() {
        process.destroy();
        try {
            if (!process.waitFor(10, java.util.concurrent.TimeUnit.SECONDS)) {
                process.destroyForcibly();
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            process.destroyForcibly();
        }
    }
}
