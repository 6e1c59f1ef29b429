package dev.conflictstream.ingest;

import dev.conflictstream.ingest.read.ArticleDraft;
import dev.conflictstream.ingest.read.ReadResult;
import dev.conflictstream.schema.Article;
import dev.conflictstream.schema.serde.ConfluentAvroSerde;
import dev.conflictstream.schema.serde.SchemaRegistryException;
import dev.conflictstream.schema.serde.TopicSerdes;
import dev.conflictstream.schema.topic.Topics;
import io.micrometer.core.instrument.Counter;
import io.micrometer.core.instrument.MeterRegistry;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.util.concurrent.atomic.AtomicLong;
import java.util.concurrent.atomic.AtomicReference;
import dev.conflictstream.runtime.DeadLetterFit;
import org.apache.kafka.common.errors.AuthenticationException;
import org.apache.kafka.common.errors.AuthorizationException;
import org.apache.kafka.common.errors.RecordTooLargeException;
import org.apache.kafka.clients.producer.Producer;
import org.apache.kafka.clients.producer.ProducerRecord;
import org.apache.kafka.common.errors.SerializationException;
import org.apache.kafka.common.header.internals.RecordHeaders;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Publishes what the readers give: articles to the articles topic under their stable id,
 * rejections to the dead-letter topic with the reason and origin in headers (and a message
 * naming file and line on the progress stream). Counts both, shows progress every couple of
 * seconds on long runs, and waits for every acknowledgement before summing up.
 *
 * <p>A cluster that cannot take articles at all (unreachable within the producer's bounded
 * waits, credentials refused, not authorized) stops the run: one clear message, a
 * {@link Stopped} thrown from the next {@link #accept} or from {@link #finish}, not one error per
 * article. An article over the producer's request limit is rejected before sending, with a
 * message naming the limit and the setting; dead letters are cut to fit ({@link DeadLetterFit}).
 */
public final class ArticlePublisher {
    private static final Logger log = LoggerFactory.getLogger(ArticlePublisher.class);
    static final long PROGRESS_EVERY_MS = 2_000;
    public static final String REASON_HEADER = "conflictstream.reason";
    public static final String ORIGIN_HEADER = "conflictstream.origin";
    /**
     * Room left in a record for the key and headers of an article: the largest article
     * published, encoded (about its text in UTF-8 bytes), is the producer's
     * {@code max.request.size} less this; 1,000,000 bytes with Kafka's default 1 MiB. A longer
     * article is rejected, never truncated (a cut text could lose the sentence that states a
     * figure); its dead letter keeps as much of the text as fits, cut and marked so
     * ({@link DeadLetterFit}).
     */
    static final int RECORD_OVERHEAD_BYTES = DeadLetterFit.DEFAULT_MAX_REQUEST_SIZE - 1_000_000;

    private final Producer<byte[], byte[]> producer;
    private final ConfluentAvroSerde<String> keys;
    private final ConfluentAvroSerde<Article> values;
    private final MeterRegistry metrics;
    private final PrintStream progress;
    private final Clock clock;
    private final AtomicLong read = new AtomicLong();
    private final AtomicLong published = new AtomicLong();
    private final AtomicLong rejected = new AtomicLong();
    private final AtomicLong failed = new AtomicLong();
    private final AtomicReference<Stopped> stopped = new AtomicReference<>();
    private final Counter ingested;
    private final Counter publishFailed;
    private long lastProgress;
    private long started;
    private final int maxRequestSize;
    private final int maxArticleBytes;
    private final int deadLetterLimit;

    public ArticlePublisher(Producer<byte[], byte[]> producer, TopicSerdes serdes, MeterRegistry metrics,
                            PrintStream progress, Clock clock) {
        this(producer, DeadLetterFit.DEFAULT_MAX_REQUEST_SIZE, serdes, metrics, progress, clock);
    }

    /** @param maxRequestSize the producer's {@code max.request.size} ({@link DeadLetterFit#maxRequestSize}): it bounds articles and dead letters */
    public ArticlePublisher(Producer<byte[], byte[]> producer, int maxRequestSize, TopicSerdes serdes,
                            MeterRegistry metrics, PrintStream progress, Clock clock) {
        this.producer = producer;
        this.maxRequestSize = maxRequestSize;
        this.maxArticleBytes = maxRequestSize - RECORD_OVERHEAD_BYTES;
        this.deadLetterLimit = DeadLetterFit.limit(maxRequestSize);
        this.keys = serdes.key(Topics.ARTICLES);
        this.values = serdes.value(Topics.ARTICLES);
        this.metrics = metrics;
        this.progress = progress;
        this.clock = clock;
        this.ingested = Counter.builder("conflictstream.articles.ingested").description("Articles published to the articles topic").register(metrics);
        this.publishFailed = Counter.builder("conflictstream.articles.publish.failed")
                .description("Articles or dead letters the broker did not acknowledge").register(metrics);
        this.lastProgress = clock.millis();
    }

    /** Thrown when the cluster cannot take articles: its message says why and what to check. */
    public static final class Stopped extends RuntimeException {
        private final transient ArticlePublisher publisher;

        Stopped(String message, Throwable cause, ArticlePublisher publisher) {
            super(message, cause);
            this.publisher = publisher;
        }

        /** The counts when the run stopped. */
        public IngestSummary summary() {
            return publisher.summary();
        }
    }

    public void accept(ReadResult result) {
        throwIfStopped();
        if (read.get() == 0) {
            started = clock.millis();
        }
        if (!(result instanceof ReadResult.Rejected r && r.reason().equals(ReadResult.NOT_FOUND))) {
            read.incrementAndGet(); // "read" counts what was read: a path that does not exist is a rejection, not a read
        }
        if (result instanceof ReadResult.Parsed parsed) {
            publish(parsed.article());
        } else if (result instanceof ReadResult.Rejected rejection) {
            reject(rejection);
        }
        long now = clock.millis();
        if (now - lastProgress >= PROGRESS_EVERY_MS) {
            lastProgress = now;
            long seconds = Math.max(1, (now - started) / 1000);
            progress.println("ingest: " + read.get() + " read, " + published.get() + " published, " + rejected.get() + " rejected, "
                    + read.get() / seconds + " articles/s ...");
        }
    }

    private void publish(ArticleDraft draft) {
        String id = ArticleIds.of(draft);
        Article article = Article.newBuilder()
                .setId(id).setUrl(draft.url()).setTitle(draft.title()).setPublished(draft.published())
                .setSource(draft.source()).setText(draft.text()).setOrigin(draft.origin())
                .setIngestedAt(clock.instant()).build();
        byte[] key;
        byte[] value;
        try {
            key = keys.serialize(id);
            value = values.serialize(article);
        } catch (SerializationException e) {
            if (SchemaRegistryException.isOutage(e)) {
                throw new IllegalStateException("ingest: the schema registry is unreachable, stopping before losing articles: "
                        + e.getMessage(), e);
            }
            reject(new ReadResult.Rejected(draft.origin(), "serialization", e.getMessage(), draft.text()));
            return;
        }
        if (value.length > maxArticleBytes) {
            reject(new ReadResult.Rejected(draft.origin(), "too-large", "article of " + value.length + " bytes is over the limit of "
                    + maxArticleBytes + " bytes (the producer's max.request.size of " + maxRequestSize + " less "
                    + RECORD_OVERHEAD_BYTES + " for key and headers); to take longer articles raise the client setting "
                    + "max.request.size (CONFLICTSTREAM_CLIENT_MAX_REQUEST_SIZE) and the topic's max.message.bytes (or the "
                    + "broker's message.max.bytes) together", draft.text()));
            return;
        }
        // The record time is the ingest time: downstream orders corrections by it.
        producer.send(new ProducerRecord<>(Topics.ARTICLES.name(), null, article.getIngestedAt().toEpochMilli(), key, value),
                (metadata, exception) -> {
                    if (exception == null) {
                        published.incrementAndGet();
                        ingested.increment();
                    } else {
                        failed(id + " (" + draft.origin() + ")", exception);
                    }
                });
    }

    /** A send the broker did not acknowledge: counted; a cluster-wide cause stops the run, with one message. */
    private void failed(String what, Exception exception) {
        failed.incrementAndGet();
        publishFailed.increment();
        String stop = stopReason(exception);
        if (stop == null) {
            log.error("could not publish {}: {}", what, describe(exception));
        } else if (stopped.compareAndSet(null, new Stopped("ingest: stopped: " + stop + " (first failure: " + what + ": "
                + exception.getMessage() + ")", exception, this))) {
            log.error(stopped.get().getMessage());
        }
    }

    /** Why no further send can succeed, or null if only this record failed. */
    static String stopReason(Exception exception) {
        if (exception instanceof AuthenticationException) {
            return "Kafka refused the credentials; check sasl.jaas.config, sasl.mechanism, security.protocol and ssl.* "
                    + "(--kafka-config or CONFLICTSTREAM_CLIENT_*)";
        }
        if (exception instanceof AuthorizationException) {
            return "Kafka does not allow this client to write to the topic; check the ACLs of the configured principal";
        }
        if (exception instanceof org.apache.kafka.common.errors.TimeoutException) {
            return "Kafka did not answer within the producer's bounded waits (max.block.ms " + IngestConfig.MAX_BLOCK_MS
                    + " ms, delivery.timeout.ms " + IngestConfig.DELIVERY_TIMEOUT_MS + " ms); is the broker up, and are "
                    + "bootstrap.servers and the client security settings right?";
        }
        return null;
    }

    private static String describe(Exception exception) {
        if (exception instanceof RecordTooLargeException) {
            return "the broker refused the record as too large: it is over the topic's max.message.bytes (or the broker's "
                    + "message.max.bytes); raise that and the client setting max.request.size (" + exception.getMessage() + ")";
        }
        return exception.toString();
    }

    /** Forgets a stop, to try again (the watch mode's next pass: the cluster may be back). */
    public void resume() {
        stopped.set(null);
    }

    private void throwIfStopped() {
        Stopped stop = stopped.get();
        if (stop != null) {
            throw stop;
        }
    }

    private void reject(ReadResult.Rejected rejection) {
        rejected.incrementAndGet();
        metrics.counter("conflictstream.articles.rejected", "reason", rejection.reason()).increment();
        progress.println("ingest: rejected " + rejection.origin() + ": " + rejection.message());
        RecordHeaders headers = new RecordHeaders();
        headers.add(REASON_HEADER, (rejection.reason() + ": " + rejection.message()).getBytes(StandardCharsets.UTF_8));
        headers.add(ORIGIN_HEADER, rejection.origin().getBytes(StandardCharsets.UTF_8));
        producer.send(DeadLetterFit.fit(new ProducerRecord<>(Topics.DEAD_LETTERS.name(), null, null,
                        rejection.origin().getBytes(StandardCharsets.UTF_8),
                        rejection.raw().getBytes(StandardCharsets.UTF_8), headers), deadLetterLimit),
                (metadata, exception) -> {
                    if (exception != null) {
                        failed("the dead letter of " + rejection.origin(), exception);
                    }
                });
    }

    /**
     * Waits for every outstanding acknowledgement and returns the run's counts.
     *
     * @throws Stopped if the cluster could not take articles
     */
    public IngestSummary finish() {
        producer.flush();
        throwIfStopped();
        return summary();
    }

    IngestSummary summary() {
        return new IngestSummary(read.get(), published.get(), rejected.get(), failed.get());
    }
}
