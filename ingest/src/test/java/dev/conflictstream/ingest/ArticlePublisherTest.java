package dev.conflictstream.ingest;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.conflictstream.ingest.read.ArticleDraft;
import dev.conflictstream.ingest.read.ReadResult;
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
    void anArticleOverTheSizeLimitIsRejectedWithTheLimitAndTheSettingsAndDeadLetteredAsAnExcerpt() {
        ArticlePublisher publisher = publisher(new InMemorySchemaRegistryClient());
        String huge = "Two people were killed in Kharkiv. ".repeat(40_000); // 1.4 MB
        publisher.accept(new ReadResult.Parsed(new ArticleDraft(null, null, "Long", null, null, huge, "long.txt")));

        assertThat(publisher.finish()).isEqualTo(new IngestSummary(1, 0, 1, 0));
        assertThat(progress.toString()).contains("long.txt: article of ").contains("over the limit of 1000000 bytes")
                .contains("max.request.size").contains("message.max.bytes");
        assertThat(producer.history()).singleElement().satisfies(record -> {
            assertThat(record.topic()).isEqualTo(Topics.DEAD_LETTERS.name());
            assertThat(record.value()).hasSize(ArticlePublisher.DEAD_LETTER_EXCERPT_CHARS);
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
}
