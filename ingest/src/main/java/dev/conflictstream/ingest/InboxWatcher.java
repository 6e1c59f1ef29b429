package dev.conflictstream.ingest;

import dev.conflictstream.ingest.read.ArticleFiles;
import dev.conflictstream.runtime.DeadLetterFit;
import dev.conflictstream.runtime.OpsServer;
import dev.conflictstream.schema.serde.TopicSerdes;
import io.micrometer.core.instrument.Gauge;
import io.micrometer.core.instrument.binder.kafka.KafkaClientMetrics;
import io.micrometer.prometheusmetrics.PrometheusMeterRegistry;
import java.io.IOException;
import java.io.PrintStream;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Duration;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicLong;
import java.util.stream.Stream;
import org.apache.kafka.clients.producer.KafkaProducer;
import org.apache.kafka.clients.producer.Producer;
import org.apache.kafka.common.serialization.ByteArraySerializer;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Ingest as a long-running service: polls a folder every few seconds and publishes each new
 * file once, through one idempotent producer, while serving {@code /metrics}, {@code /health}
 * and {@code /ready} on {@code ingest.metrics.port}. A file is known by path, size and
 * modification time, kept in memory: a file that changes is published again (article ids are
 * stable, so an unchanged article lands on the same key), a restart publishes the folder again
 * (harmless for the same reason). A file modified within the last poll interval is left for
 * the next poll, so a file still being written is not read half-way.
 */
public final class InboxWatcher implements AutoCloseable {
    private static final Logger log = LoggerFactory.getLogger(InboxWatcher.class);
    public static final Duration DEFAULT_POLL_INTERVAL = Duration.ofSeconds(3);

    record FileStamp(Path path, long size, long modifiedMillis) {}

    private final Path inbox;
    private final Duration interval;
    private final Producer<byte[], byte[]> producer;
    private final KafkaClientMetrics clientMetrics;
    private final ArticlePublisher publisher;
    private final OpsServer ops;
    private final ScheduledExecutorService poller;
    private final Set<FileStamp> published = new HashSet<>();
    private final AtomicLong filesPublished = new AtomicLong();
    private final Clock clock;
    private volatile boolean polling;

    private InboxWatcher(IngestConfig config, Producer<byte[], byte[]> producer, TopicSerdes serdes, PrometheusMeterRegistry metrics,
                         Path inbox, Duration interval, PrintStream progress) {
        this.inbox = inbox;
        this.interval = interval;
        this.clock = Clock.systemUTC();
        this.producer = producer;
        this.clientMetrics = new KafkaClientMetrics(producer);
        clientMetrics.bindTo(metrics);
        this.publisher = new ArticlePublisher(producer, DeadLetterFit.maxRequestSize(config.producerProperties()), serdes, metrics, progress, clock);
        Gauge.builder("conflictstream.ingest.files.published", filesPublished, AtomicLong::get)
                .description("Inbox files published since start").register(metrics);
        this.ops = OpsServer.start(config.metricsHost(), config.metricsPort(), metrics, () -> polling && Files.isDirectory(inbox));
        this.poller = Executors.newSingleThreadScheduledExecutor(runnable -> {
            Thread thread = new Thread(runnable, "ingest-inbox");
            thread.setDaemon(true);
            return thread;
        });
    }

    /** Starts polling {@code inbox} (created if missing) and serving the ops endpoints. */
    public static InboxWatcher start(IngestConfig config, TopicSerdes serdes, PrometheusMeterRegistry metrics, Path inbox,
                                     Duration interval, PrintStream progress) {
        return start(config, new KafkaProducer<>(config.producerProperties(), new ByteArraySerializer(), new ByteArraySerializer()),
                serdes, metrics, inbox, interval, progress);
    }

    /** With a given producer (tests pass a MockProducer); the watcher closes it. */
    static InboxWatcher start(IngestConfig config, Producer<byte[], byte[]> producer, TopicSerdes serdes,
                              PrometheusMeterRegistry metrics, Path inbox, Duration interval, PrintStream progress) {
        try {
            Files.createDirectories(inbox);
        } catch (IOException e) {
            throw new UncheckedIOException("cannot create inbox " + inbox, e);
        }
        InboxWatcher watcher = new InboxWatcher(config, producer, serdes, metrics, inbox, interval, progress);
        watcher.polling = true;
        watcher.poller.scheduleWithFixedDelay(watcher::pollSafely, 0, interval.toMillis(), TimeUnit.MILLISECONDS);
        log.info("ingest: config {} inbox={} poll={} ms ops port={} batch.bytes={}",
                config.connection().describe(), inbox,
                interval.toMillis(), watcher.ops.port(), config.batchBytes());
        return watcher;
    }

    private void pollSafely() {
        try {
            poll();
        } catch (RuntimeException e) {
            log.warn("ingest: polling {} failed, trying again in {} ms: {}", inbox, interval.toMillis(), e.toString());
        }
    }

    /** One pass over the inbox: publishes every settled file not published yet. */
    synchronized void poll() {
        publisher.resume(); // a cluster that stopped the last pass may be back: its files were not marked published
        List<FileStamp> fresh = newFiles();
        if (fresh.isEmpty()) {
            return;
        }
        for (FileStamp file : fresh) {
            ArticleFiles.read(List.of(file.path()), publisher::accept);
        }
        // Sends are acknowledged later: a cluster that fails any of them throws here (or from accept
        // above), and then no file of this pass is marked, so the next pass publishes them again
        // (same article ids: the topic keeps one copy, enrich re-extracts the same events).
        IngestSummary summary = publisher.finish();
        published.addAll(fresh);
        filesPublished.addAndGet(fresh.size());
        log.info("ingest: published {} new file(s) from {}; since start {}", fresh.size(), inbox, summary);
    }

    private List<FileStamp> newFiles() {
        long settledBefore = clock.millis() - interval.toMillis();
        try (Stream<Path> files = Files.walk(inbox)) {
            return files.filter(Files::isRegularFile)
                    .filter(file -> !file.getFileName().toString().startsWith("."))
                    .sorted()
                    .map(InboxWatcher::stamp)
                    .filter(stamp -> stamp != null && stamp.modifiedMillis() <= settledBefore && !published.contains(stamp))
                    .toList();
        } catch (IOException | UncheckedIOException e) {
            throw new IllegalStateException("cannot list " + inbox + ": " + e.getMessage(), e);
        }
    }

    private static FileStamp stamp(Path file) {
        try {
            return new FileStamp(file, Files.size(file), Files.getLastModifiedTime(file).toMillis());
        } catch (IOException e) {
            return null; // vanished between listing and reading: not ours to publish
        }
    }

    public long filesPublished() {
        return filesPublished.get();
    }

    /** Counts of everything published since start (waits for outstanding acknowledgements). */
    public synchronized IngestSummary summary() {
        try {
            return publisher.finish();
        } catch (ArticlePublisher.Stopped e) {
            return e.summary();
        }
    }

    public int opsPort() {
        return ops.port();
    }

    @Override
    public void close() {
        polling = false;
        poller.shutdown();
        try {
            poller.awaitTermination(10, TimeUnit.SECONDS);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
        ops.close();
        clientMetrics.close();
        producer.close(Duration.ofSeconds(10));
    }
}
