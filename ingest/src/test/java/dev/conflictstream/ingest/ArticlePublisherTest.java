package dev.conflictstream.ingest;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.conflictstream.ingest.read.ArticleDraft;
import dev.conflictstream.ingest.read.ReadResult;
import dev.conflictstream.runtime.DeadLetterFit;
import dev.conflictstream.schema.serde.InMemorySchemaRegistryClient;
import dev.conflictstream.schema.serde.SchemaRegistryClient;
import dev.conflictstream.schema.serde.SchemaRegistryException;
import dev.conflictstream.schema.serde.TopicSerdes;
import dev.conflictstream.schema.topic.Topics;
import io.micrometer.core.instrument.simple.SimpleMeterRegistry;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.PrintStream;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import org.apache.avro.Schema;
import org.apache.kafka.clients.producer.MockProducer;
import org.apache.kafka.common.serialization.ByteArraySerializer;
import org.junit.jupiter.api.Test;

class ArticlePublisherTest {
    static final ReadResult ARTICLE = new ReadResult.Parsed(
            new ArticleDraft(null, null, "Strike", null, null, "Two people were killed in Kharkiv.", "a.txt"));
    final MockProducer<byte[], byte[]> producer = new MockProducer<>(true, null, new ByteArraySerializer(), new ByteArraySerializer());
    final SimpleMeterRegistry metrics = new SimpleMeterRegistry();
    final ByteArrayOutputStream progress = new ByteArrayOutputStream();

    ArticlePublisher publisher(SchemaRegistryClient registry) {
        return new ArticlePublisher(producer, new TopicSerdes(registry), metrics, new PrintStream(progress),
                Clock.fixed(Instant.parse("2025-02-07T12:00:00Z"), ZoneOffset.UTC));
    }

    static SchemaRegistryClient failing(SchemaRegistryException failure) {
        return new SchemaRegistryClient() {
            @Override
            public int register(String subject, Schema schema) {
                throw failure;
            }

            @Override
            public Schema schemaById(int id) {
                throw failure;
            }
        };
    }

    @Test
    void publishesUnderTheStableIdWithTheIngestTimeAsRecordTime() {
        ArticlePublisher publisher = publisher(new InMemorySchemaRegistryClient());
        publisher.accept(ARTICLE);

        assertThat(publisher.finish()).isEqualTo(new IngestSummary(1, 1, 0, 0));
        assertThat(producer.history()).singleElement().satisfies(record -> {
            assertThat(record.topic()).isEqualTo(Topics.ARTICLES.name());
            assertThat(record.timestamp()).isEqualTo(Instant.parse("2025-02-07T12:00:00Z").toEpochMilli());
        });
    }

    @Test
    void aMissingPathIsARejectionButNotARead() {
        ArticlePublisher publisher = publisher(new InMemorySchemaRegistryClient());
        publisher.accept(new ReadResult.Rejected("nowhere.txt", ReadResult.NOT_FOUND, "no such file or folder", ""));
        publisher.accept(ARTICLE);

        IngestSummary summary = publisher.finish();
        assertThat(summary).isEqualTo(new IngestSummary(1, 1, 1, 0));
        assertThat(summary.complete()).as("the exit code of ingest is 1").isFalse();
    }

    @Test
    void anArticleTheRegistryRefusesIsRejectedAndDeadLetteredAndTheRunGoesOn() {
        ArticlePublisher publisher = publisher(failing(new SchemaRegistryException("incompatible", 409, 409)));
        publisher.accept(ARTICLE);

        assertThat(publisher.finish()).isEqualTo(new IngestSummary(1, 0, 1, 0));
        assertThat(producer.history()).singleElement().satisfies(record ->
                assertThat(record.topic()).isEqualTo(Topics.DEAD_LETTERS.name()));
        assertThat(metrics.counter("conflictstream.articles.rejected", "reason", "serialization").count()).isEqualTo(1);
        assertThat(progress.toString()).contains("a.txt");
    }

    @Test
    void anUnreachableRegistryStopsTheRunInsteadOfRejectingGoodArticles() {
        ArticlePublisher publisher = publisher(failing(new SchemaRegistryException("unreachable", new IOException("refused"))));

        assertThatThrownBy(() -> publisher.accept(ARTICLE)).hasMessageContaining("schema registry is unreachable");
        assertThat(producer.history()).isEmpty();
    }

    @Test
    void anArticleOverTheProducersLimitIsRejectedNamingTheSettingAndItsDeadLetterFits() {
        String text = "Shelling in Kharkiv. ".repeat(60_000); // about 1.2 MB
        ArticlePublisher publisher = publisher(new InMemorySchemaRegistryClient());
        publisher.accept(new ReadResult.Parsed(new ArticleDraft(null, null, "Huge", null, null, text, "huge.txt")));

        assertThat(publisher.finish()).isEqualTo(new IngestSummary(1, 0, 1, 0));
        assertThat(progress.toString()).contains("huge.txt: article of ", "over the limit of 1000000 bytes", "max.request.size",
                "CONFLICTSTREAM_CLIENT_MAX_REQUEST_SIZE", "max.message.bytes");
        assertThat(producer.history()).singleElement().satisfies(record -> {
            assertThat(record.topic()).isEqualTo(Topics.DEAD_LETTERS.name());
            assertThat(record.value().length).isLessThan(DeadLetterFit.DEFAULT_MAX_REQUEST_SIZE);
            assertThat(record.headers().lastHeader(DeadLetterFit.TRUNCATED_HEADER).value()).asString().isEqualTo("true");
        });
        assertThat(metrics.counter("conflictstream.articles.rejected", "reason", "too-large").count()).isEqualTo(1);
    }

    @Test
    void aProducerConfiguredForLargerRecordsTakesLargerArticles() {
        String text = "Shelling in Kharkiv. ".repeat(60_000); // about 1.2 MB
        java.util.Properties config = new java.util.Properties();
        config.put("max.request.size", "2000000");
        ArticlePublisher publisher = new ArticlePublisher(producer, DeadLetterFit.maxRequestSize(config),
                new TopicSerdes(new InMemorySchemaRegistryClient()), metrics, new PrintStream(progress), Clock.systemUTC());

        publisher.accept(new ReadResult.Parsed(new ArticleDraft(null, null, "Huge", null, null, text, "huge.txt")));

        assertThat(publisher.finish()).isEqualTo(new IngestSummary(1, 1, 0, 0));
        assertThat(producer.history()).singleElement().satisfies(record -> assertThat(record.topic()).isEqualTo(Topics.ARTICLES.name()));
        assertThat(DeadLetterFit.maxRequestSize(new java.util.Properties())).as("Kafka's default").isEqualTo(1_048_576);
    }

    /** A publisher whose one article the cluster answers with {@code failure}. */
    ArticlePublisher publishedOneThatFailed(RuntimeException failure) {
        MockProducer<byte[], byte[]> unanswered = new MockProducer<>(false, null, new ByteArraySerializer(), new ByteArraySerializer());
        ArticlePublisher publisher = new ArticlePublisher(unanswered, new TopicSerdes(new InMemorySchemaRegistryClient()), metrics,
                new PrintStream(progress), Clock.systemUTC());
        publisher.accept(ARTICLE);
        unanswered.errorNext(failure);
        assertThat(unanswered.history()).hasSize(1);
        return publisher;
    }

    @Test
    void aClusterThatDoesNotAnswerStopsTheRunWithOneMessageInsteadOfFailingArticleAfterArticle() {
        ArticlePublisher publisher = publishedOneThatFailed(
                new org.apache.kafka.common.errors.TimeoutException("Topic not present in metadata after 10000 ms"));

        assertThatThrownBy(() -> publisher.accept(ARTICLE)).isInstanceOf(ArticlePublisher.Stopped.class)
                .hasMessageContaining("did not answer").hasMessageContaining("max.block.ms")
                .satisfies(e -> assertThat(((ArticlePublisher.Stopped) e).summary().failed()).isEqualTo(1));
    }

    @Test
    void refusedCredentialsStopTheRunSayingWhatToCheck() {
        ArticlePublisher publisher = publishedOneThatFailed(
                new org.apache.kafka.common.errors.SaslAuthenticationException("Invalid username or password"));

        assertThatThrownBy(publisher::finish).isInstanceOf(ArticlePublisher.Stopped.class)
                .hasMessageContaining("refused the credentials").hasMessageContaining("sasl.jaas.config");
    }
}
