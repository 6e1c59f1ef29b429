package dev.conflictstream.ingest;

import static org.assertj.core.api.Assertions.assertThat;

import dev.conflictstream.runtime.Settings;
import dev.conflictstream.schema.serde.InMemorySchemaRegistryClient;
import dev.conflictstream.schema.serde.TopicSerdes;
import dev.conflictstream.schema.topic.Topics;
import io.micrometer.prometheusmetrics.PrometheusConfig;
import io.micrometer.prometheusmetrics.PrometheusMeterRegistry;
import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.FileTime;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import org.apache.kafka.clients.producer.MockProducer;
import org.apache.kafka.common.serialization.ByteArraySerializer;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class InboxWatcherTest {
    /** Long enough that only the explicit polls of the test run after the first one. */
    static final Duration INTERVAL = Duration.ofHours(1);

    @TempDir
    Path inbox;
    /** Fails every send through its callback, as a real producer reports a cluster that does not answer. */
    volatile RuntimeException clusterFailure;
    final MockProducer<byte[], byte[]> producer = new MockProducer<>(true, null, new ByteArraySerializer(), new ByteArraySerializer()) {
        @Override
        public synchronized java.util.concurrent.Future<org.apache.kafka.clients.producer.RecordMetadata> send(
                org.apache.kafka.clients.producer.ProducerRecord<byte[], byte[]> record, org.apache.kafka.clients.producer.Callback callback) {
            RuntimeException failure = clusterFailure;
            if (failure == null || !record.topic().equals(Topics.ARTICLES.name())) {
                return super.send(record, callback);
            }
            callback.onCompletion(null, failure);
            return java.util.concurrent.CompletableFuture.failedFuture(failure);
        }
    };
    final PrometheusMeterRegistry metrics = new PrometheusMeterRegistry(PrometheusConfig.DEFAULT);
    InboxWatcher watcher;

    @BeforeEach
    void start() {
        IngestConfig config = IngestConfig.from(new Settings(Map.of("ingest.metrics.port", "0", "ingest.metrics.host", "127.0.0.1"),
                new java.util.Properties(), Map.of()), List.of());
        watcher = InboxWatcher.start(config, producer, new TopicSerdes(new InMemorySchemaRegistryClient()), metrics, inbox,
                INTERVAL, new PrintStream(new ByteArrayOutputStream()));
    }

    @AfterEach
    void stop() {
        watcher.close();
    }

    private void write(String name, String text, Duration ago) throws Exception {
        Path file = inbox.resolve(name);
        Files.writeString(file, text);
        Files.setLastModifiedTime(file, FileTime.from(Instant.now().minus(ago)));
    }

    private long articlesSent() {
        return producer.history().stream().filter(r -> r.topic().equals(Topics.ARTICLES.name())).count();
    }

    @Test
    void publishesEachFileOnceAndAgainOnlyWhenItChanges() throws Exception {
        write("a.txt", "Strike on Sumy\n\nFri 7th Feb, 2025\n\nTwo people were killed in Sumy.", Duration.ofHours(2));
        watcher.poll();
        watcher.poll();
        assertThat(articlesSent()).isEqualTo(1);
        assertThat(watcher.filesPublished()).isEqualTo(1);

        write("b.txt", "Clashes near Pokrovsk\n\nSat 8th Feb, 2025\n\nFighting continued near Pokrovsk.", Duration.ofHours(2));
        watcher.poll();
        assertThat(articlesSent()).isEqualTo(2);

        write("a.txt", "Strike on Sumy\n\nFri 7th Feb, 2025\n\nThree people were killed in Sumy, officials said.", Duration.ofHours(2).minusMinutes(1));
        watcher.poll();
        assertThat(articlesSent()).as("a changed file is published again").isEqualTo(3);
        assertThat(watcher.summary().published()).isEqualTo(3);
    }

    @Test
    void aPassTheClusterDidNotTakeIsPublishedAgainByTheNextPass() throws Exception {
        // before the files: the watcher's first scheduled pass may run any time after start (under
        // load, after the writes), and must not find a cluster that takes them
        clusterFailure = new org.apache.kafka.common.errors.TimeoutException("no broker answered");
        write("a.txt", "Strike on Sumy\n\nFri 7th Feb, 2025\n\nTwo people were killed in Sumy.", Duration.ofHours(2));
        write("b.txt", "Clashes near Pokrovsk\n\nSat 8th Feb, 2025\n\nFighting continued near Pokrovsk.", Duration.ofHours(2));

        org.assertj.core.api.Assertions.assertThatThrownBy(watcher::poll).hasMessageContaining("ingest: stopped");
        assertThat(watcher.filesPublished()).as("no file of the failed pass is marked published").isZero();

        clusterFailure = null; // the cluster is back
        watcher.poll();
        assertThat(articlesSent()).isEqualTo(2);
        assertThat(watcher.filesPublished()).isEqualTo(2);
    }

    @Test
    void leavesAFileStillBeingWrittenForALaterPoll() throws Exception {
        write("fresh.txt", "Strike on Sumy\n\nFri 7th Feb, 2025\n\nTwo people were killed.", Duration.ZERO);
        watcher.poll();
        assertThat(articlesSent()).isZero();
    }

    @Test
    void servesHealthAndMetricsWhileWatching() throws Exception {
        write("a.txt", "Strike on Sumy\n\nFri 7th Feb, 2025\n\nTwo people were killed in Sumy.", Duration.ofHours(2));
        watcher.poll();
        HttpClient http = HttpClient.newHttpClient();
        String base = "http://127.0.0.1:" + watcher.opsPort();
        assertThat(http.send(HttpRequest.newBuilder(URI.create(base + "/ready")).build(), HttpResponse.BodyHandlers.ofString())
                .statusCode()).isEqualTo(200);
        String scrape = http.send(HttpRequest.newBuilder(URI.create(base + "/metrics")).build(), HttpResponse.BodyHandlers.ofString()).body();
        assertThat(scrape).contains("conflictstream_articles_ingested_total 1.0").contains("conflictstream_ingest_files_published 1.0");
    }
}
