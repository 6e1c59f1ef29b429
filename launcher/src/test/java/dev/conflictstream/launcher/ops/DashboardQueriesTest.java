package dev.conflictstream.launcher.ops;

import dev.conflictstream.devstack.DevStackExtension;
import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import dev.conflictstream.ingest.InboxWatcher;
import dev.conflictstream.launcher.LocalPipeline;
import dev.conflictstream.schema.topic.Topics;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.PrintStream;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.stream.Stream;
import org.apache.kafka.clients.producer.KafkaProducer;
import org.apache.kafka.clients.producer.ProducerConfig;
import org.apache.kafka.clients.producer.ProducerRecord;
import org.apache.kafka.common.serialization.ByteArraySerializer;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.junit.jupiter.api.io.TempDir;

/**
 * The dashboards tested the way that matters without Grafana: the three services run on the
 * embedded broker (ingest as the inbox-watching service), the samples go in together with a
 * malformed line and undecodable records (so rejection and dead-letter series exist, as they
 * do in any real week), a real Prometheus scrapes the services' {@code /metrics} every second,
 * and every panel's PromQL must return data. A panel querying a metric that no service exports
 * fails here.
 */
class DashboardQueriesTest {
    static final Path SAMPLES = Path.of("../samples");
    static final Path SCRAPES = Path.of("target/ops-scrapes");
    static final Duration QUERY_DEADLINE = Duration.ofSeconds(40);

    @TempDir
    static Path dir;
    @RegisterExtension
    static final DevStackExtension<LocalPipeline> PIPELINE = DevStackExtension.of(LocalPipeline::startOnFreePorts);
    static InboxWatcher ingest;
    static PrometheusServer prometheus;

    @BeforeAll
    static void start() throws Exception {
        Optional<Path> binary = PrometheusServer.binary();
        assumeTrue(binary.isPresent(), "prometheus is not on PATH: skipping the dashboard queries "
                + "(./test installs the Debian package when run as root: apt-get install prometheus)");

        Path inbox = Files.createDirectories(dir.resolve("inbox"));
        int files = 0;
        try (Stream<Path> samples = Files.list(SAMPLES)) {
            for (Path sample : samples.filter(Files::isRegularFile).toList()) {
                Files.copy(sample, inbox.resolve(sample.getFileName()));
                files++;
            }
        }
        Files.writeString(inbox.resolve("broken.jsonl"), "{\"title\": \"cut off mid-line\n");
        int expectedFiles = files + 1;
        ingest = PIPELINE.get().watchInbox(inbox, Duration.ofMillis(300), new PrintStream(new ByteArrayOutputStream()));
        sendUndecodableRecords();

        Instant deadline = Instant.now().plusSeconds(20);
        while (ingest.filesPublished() < expectedFiles && Instant.now().isBefore(deadline)) {
            Thread.sleep(100);
        }
        assertThat(ingest.filesPublished()).as("inbox files published").isEqualTo(expectedFiles);
        assertThat(PIPELINE.get().awaitProcessed(Duration.ofSeconds(60))).as("PIPELINE.get() processed the samples").isTrue();

        Map<String, String> jobs = new LinkedHashMap<>();
        jobs.put("ingest", "127.0.0.1:" + ingest.opsPort());
        jobs.put("enrich", "127.0.0.1:" + PIPELINE.get().enrich().httpPort());
        jobs.put("aggregate", "127.0.0.1:" + PIPELINE.get().aggregate().httpPort());
        saveScrapes(jobs);
        prometheus = PrometheusServer.start(binary.get(), Files.createDirectories(dir.resolve("prometheus")), jobs);
    }

    /** One record that is not in our wire format on each Streams input: both services dead-letter it. */
    private static void sendUndecodableRecords() throws Exception {
        try (var producer = new KafkaProducer<>(Map.<String, Object>of(
                ProducerConfig.BOOTSTRAP_SERVERS_CONFIG, PIPELINE.get().connection().bootstrapServers()),
                new ByteArraySerializer(), new ByteArraySerializer())) {
            byte[] garbage = "not avro".getBytes(StandardCharsets.UTF_8);
            producer.send(new ProducerRecord<>(Topics.ARTICLES.name(), garbage, garbage)).get();
            producer.send(new ProducerRecord<>(Topics.EVENTS.name(), garbage, garbage)).get();
        }
    }

    /** Keeps what each service exported, for whoever writes the next panel (target/ops-scrapes). */
    private static void saveScrapes(Map<String, String> jobs) throws IOException, InterruptedException {
        Files.createDirectories(SCRAPES);
        HttpClient http = HttpClient.newHttpClient();
        for (var job : jobs.entrySet()) {
            HttpResponse<String> scrape = http.send(HttpRequest.newBuilder(URI.create("http://" + job.getValue() + "/metrics")).build(),
                    HttpResponse.BodyHandlers.ofString());
            assertThat(scrape.statusCode()).as(job.getKey() + " /metrics").isEqualTo(200);
            Files.writeString(SCRAPES.resolve(job.getKey() + ".txt"), scrape.body());
        }
    }

    @AfterAll
    static void stop() {
        if (prometheus != null) {
            prometheus.close();
        }
    }

    @Test
    void everyPanelQueryReturnsDataFromTheRunningServices() throws Exception {
        List<Dashboards.PanelQuery> queries = Dashboards.queries();
        assertThat(queries).as("panel queries in " + Dashboards.DIR).hasSizeGreaterThan(20);

        List<String> failures = failures(queries);
        Instant deadline = Instant.now().plus(QUERY_DEADLINE);
        while (!failures.isEmpty() && Instant.now().isBefore(deadline)) {
            Thread.sleep(1000);
            failures = failures(queries);
        }
        assertThat(failures).as("panels without data (scrapes saved in %s)", SCRAPES.toAbsolutePath()).isEmpty();
    }

    @Test
    void aQueryForAMetricNoServiceExportsReturnsNothing() throws Exception {
        // The check above can fail: Prometheus scrapes the services, and unknown names come back empty.
        awaitUp();
        assertThat(prometheus.query("sum(conflictstream_articles_ingested_total)")).isNotEmpty();
        assertThat(prometheus.query("sum(conflictstream_no_such_metric_total)")).isEmpty();
    }

    private static void awaitUp() throws Exception {
        Instant deadline = Instant.now().plus(QUERY_DEADLINE);
        while (prometheus.query("up == 1").size() < 3 && Instant.now().isBefore(deadline)) {
            Thread.sleep(200);
        }
        assertThat(prometheus.query("up == 1")).as("all three services scraped").hasSize(3);
    }

    private static List<String> failures(List<Dashboards.PanelQuery> queries) throws IOException, InterruptedException {
        List<String> failures = new ArrayList<>();
        for (Dashboards.PanelQuery query : queries) {
            try {
                if (query.expr().isBlank()) {
                    failures.add(query + " (empty expression)");
                } else if (prometheus.query(query.promql()).isEmpty()) {
                    failures.add(query + " (no data)");
                }
            } catch (IllegalArgumentException e) {
                failures.add(query + " (" + e.getMessage() + ")");
            }
        }
        return failures;
    }
}
