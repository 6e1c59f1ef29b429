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
 */
public final class ArticlePublisher {
    private static final Logger log = LoggerFactory.getLogger(ArticlePublisher.class);
    static final long PROGRESS_EVERY_MS = 2_000;
    public static final String REASON_HEADER = "conflictstream.reason";
    public static final String ORIGIN_HEADER = "conflictstream.origin";
    /**
     * The largest article published, encoded (about its text in UTF-8 bytes): under the 1 MB that
     * Kafka's producer ({@code max.request.size}) and broker ({@code message.max.bytes}) accept by
     * default, with room for key and headers. A longer article is rejected, never truncated (a cut
     * text could lose the sentence that states a figure); its dead letter keeps the first
     * {@value #DEAD_LETTER_EXCERPT_CHARS} characters.
     */
    public static final int MAX_ARTICLE_BYTES = 1_000_000;
    static final int DEAD_LETTER_EXCERPT_CHARS = 65_536;

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
    private final Counter ingested;
    private final Counter publishFailed;
    private long lastProgress;
    private long started;

    public ArticlePublisher(Producer<byte[], byte[]> producer, TopicSerdes serdes, MeterRegistry metrics,
                            PrintStream progress, Clock clock) {
        this.producer = producer;
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

    public void accept(ReadResult result) {
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
        if (value.length > MAX_ARTICLE_BYTES) {
            String text = draft.text();
            reject(new ReadResult.Rejected(draft.origin(), "too-large", "article of " + value.length + " bytes is over the limit of "
                    + MAX_ARTICLE_BYTES + " bytes (Kafka's default 1 MB message size; to take longer articles, raise the producer's "
                    + "max.request.size, the broker's message.max.bytes and ArticlePublisher.MAX_ARTICLE_BYTES together)",
                    text.length() > DEAD_LETTER_EXCERPT_CHARS ? text.substring(0, DEAD_LETTER_EXCERPT_CHARS) : text));
            return;
        }
        // The record time is the ingest time: downstream orders corrections by it.
        producer.send(new ProducerRecord<>(Topics.ARTICLES.name(), null, article.getIngestedAt().toEpochMilli(), key, value),
                (metadata, exception) -> {
                    if (exception == null) {
                        published.incrementAndGet();
                        ingested.increment();
                    } else {
                        failed.incrementAndGet();
                        publishFailed.increment();
                        log.error("could not publish {} ({}): {}", id, draft.origin(),
                                exception instanceof org.apache.kafka.common.errors.RecordTooLargeException
                                        ? "the broker refused " + value.length + " bytes as too large: its message.max.bytes "
                                                + "(or the topic's max.message.bytes) is below ingest's limit of " + MAX_ARTICLE_BYTES
                                        : exception.toString());
                    }
                });
    }

    private void reject(ReadResult.Rejected rejection) {
        rejected.incrementAndGet();
        metrics.counter("conflictstream.articles.rejected", "reason", rejection.reason()).increment();
        progress.println("ingest: rejected " + rejection.origin() + ": " + rejection.message());
        RecordHeaders headers = new RecordHeaders();
        headers.add(REASON_HEADER, (rejection.reason() + ": " + rejection.message()).getBytes(StandardCharsets.UTF_8));
        headers.add(ORIGIN_HEADER, rejection.origin().getBytes(StandardCharsets.UTF_8));
        producer.send(new ProducerRecord<>(Topics.DEAD_LETTERS.name(), null, null,
                        rejection.origin().getBytes(StandardCharsets.UTF_8),
                        rejection.raw().getBytes(StandardCharsets.UTF_8), headers),
                (metadata, exception) -> {
                    if (exception != null) {
                        failed.incrementAndGet();
                        publishFailed.increment();
                        log.error("could not dead-letter {}: {}", rejection.origin(), exception.toString());
                    }
                });
    }

    /** Waits for every outstanding acknowledgement and returns the run's counts. */
    public IngestSummary finish() {
        producer.flush();
        return new IngestSummary(read.get(), published.get(), rejected.get(), failed.get());
    }
}
