package dev.conflictstream.launcher;

import dev.conflictstream.devstack.DevStackExtension;
import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import dev.conflictstream.runtime.DeadLetterFit;
import dev.conflictstream.schema.Article;
import dev.conflictstream.schema.ConflictEvent;
import dev.conflictstream.schema.topic.Topics;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Properties;
import java.util.UUID;
import java.util.concurrent.ExecutionException;
import org.apache.kafka.clients.consumer.ConsumerConfig;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.apache.kafka.clients.consumer.KafkaConsumer;
import org.apache.kafka.clients.producer.KafkaProducer;
import org.apache.kafka.clients.producer.ProducerConfig;
import org.apache.kafka.clients.producer.ProducerRecord;
import org.apache.kafka.common.TopicPartition;
import org.apache.kafka.common.header.Header;
import org.apache.kafka.common.serialization.ByteArraySerializer;
import org.apache.kafka.common.serialization.ByteArrayDeserializer;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.junit.jupiter.api.io.TempDir;

/**
 * Poison records on the real broker: a record that cannot be decoded (see {@link #poisons}), on the
 * articles topic (enrich) and on the events topic (aggregate), is kept byte for byte in the
 * dead-letter topic with the reason in headers, counted as {@code conflictstream_dead_letters_total},
 * and the next good article is processed as usual.
 */
class DeadLetterTest {
    static final String GOOD_ARTICLE = """
            Shelling Kills Four in Kherson

            Tue 11th Feb, 2025

            Russian shelling of the city of Kherson on Tuesday killed four civilians and wounded nine, \
            regional officials said.
            """;

    @TempDir
    static Path dataDir;
    @RegisterExtension
    static final DevStackExtension<LocalPipeline> PIPELINE = DevStackExtension.of(LocalPipeline::startOnFreePorts);

    /** A record as sent: its topic, key and value bytes. */
    record Sent(String topic, byte[] key, byte[] value) {}

    /**
     * Every kind of undecodable record on each input topic, by name: a value that is not the wire
     * format, an empty value, a schema id the registry does not know, Avro cut short, another
     * topic's record, and a key that is not the wire format in front of a good value.
     */
    static Map<String, Sent> poisons(String topic) {
        Article article = Article.newBuilder().setId("poison").setUrl(null).setTitle("t").setPublished(null).setSource(null)
                .setText("Shelling of Kherson killed two people on Monday.").setOrigin("test")
                .setIngestedAt(java.time.Instant.parse("2025-02-11T10:00:00Z")).build();
        byte[] valid = PIPELINE.get().serdes().<Article>value(Topics.ARTICLES).serializer().serialize(Topics.ARTICLES.name(), article);
        Map<String, byte[]> values = new java.util.LinkedHashMap<>();
        values.put("no-magic-byte", "{\"title\": \"plain JSON, no magic byte\"}".getBytes(StandardCharsets.UTF_8));
        values.put("empty", new byte[0]);
        values.put("unknown-schema-id", new byte[] {0, 0, 0, 0x7f, 0x7f, 2, 4, 6});
        values.put("truncated-avro", java.util.Arrays.copyOf(valid, valid.length / 2));
        if (topic.equals(Topics.EVENTS.name())) {
            values.put("an-article-on-the-events-topic", valid);
        }
        Map<String, Sent> poisons = new java.util.LinkedHashMap<>();
        values.forEach((kind, value) -> poisons.put(topic + "/" + kind, new Sent(topic,
                PIPELINE.get().serdes().key(Topics.ARTICLES).serializer().serialize(topic, topic + "/" + kind), value)));
        if (topic.equals(Topics.ARTICLES.name())) {
            poisons.put(topic + "/garbage-key", new Sent(topic, "garbage-key".getBytes(StandardCharsets.UTF_8), valid));
        }
        return poisons;
    }

    @Test
    void everyUndecodableRecordGoesToTheDeadLetterTopicCountedAndTheNextArticleIsProcessed() throws Exception {
        double countedBefore = deadLettersCounted();
        Map<String, Sent> sent = new java.util.LinkedHashMap<>();
        for (String topic : List.of(Topics.ARTICLES.name(), Topics.EVENTS.name())) {
            sent.putAll(poisons(topic));
        }
        sent.values().forEach(record -> send(record.topic(), record.key(), record.value()));
        Path good = Files.writeString(dataDir.resolve("kherson.txt"), GOOD_ARTICLE);
        assertThat(PIPELINE.get().ingest(List.of(good), PipelineEndToEndTest.quiet()).published()).isEqualTo(1);

        assertThat(PIPELINE.get().awaitProcessed(Duration.ofSeconds(60))).as("committed past the poison records").isTrue();

        Map<String, ConsumerRecord<byte[], byte[]>> dead = new HashMap<>();
        await().atMost(Duration.ofSeconds(20)).until(() -> {
            for (ConsumerRecord<byte[], byte[]> record : deadLetters()) {
                sent.forEach((name, poison) -> {
                    if (java.util.Arrays.equals(record.key(), poison.key())) {
                        dead.put(name, record);
                    }
                });
            }
            return dead.keySet().containsAll(sent.keySet());
        });
        sent.forEach((name, poison) -> {
            assertThat(dead.get(name).value()).as(name + ": the original bytes").isEqualTo(poison.value());
            assertThat(headers(dead.get(name))).as(name + ": reason and origin in headers")
                    .anySatisfy((header, value) -> assertThat(header).containsIgnoringCase("exception"))
                    .containsValue(poison.topic());
        });

        await().atMost(Duration.ofSeconds(10)).untilAsserted(() -> assertThat(deadLettersCounted() - countedBefore)
                .as("conflictstream_dead_letters_total on /metrics, once each").isEqualTo(sent.size()));

        Map<String, ConflictEvent> events = TopicSnapshot.read(PIPELINE.get().connection().bootstrapServers(), Topics.EVENTS, PIPELINE.get().serdes());
        assertThat(events.values()).as("the good article after the poison ones became events")
                .anySatisfy(e -> assertThat(e.getEvidence().getText()).contains("Kherson"));
        assertThat(PIPELINE.get().tallies()).containsKey("UA.08");
    }

    /**
     * A record just under 1 MiB that enrich cannot decode: its dead letter (the bytes plus a few
     * KB of reason headers) would be over the producer's limit; it used to fail the thread, be
     * retried every ~45 s forever and block its partition. Now the dead letter is cut to fit and
     * says so, it is counted once, and enrich commits past it.
     */
    @Test
    void aRecordJustUnderOneMebibyteIsDeadLetteredCutToFitCountedOnceAndNotRetried() throws Exception {
        double countedBefore = deadLettersCounted();
        byte[] huge = new byte[1_047_500]; // fits a producer request alone, not with the dead letter's headers
        java.util.Arrays.fill(huge, (byte) 'x'); // no magic byte: a deserialization failure
        send(Topics.ARTICLES.name(), "huge-article", huge);

        assertThat(PIPELINE.get().awaitProcessed(Duration.ofSeconds(60))).as("enrich committed past the huge record").isTrue();
        ConsumerRecord<byte[], byte[]> dead = await().atMost(Duration.ofSeconds(20)).until(() -> deadLetters().stream()
                .filter(r -> r.key() != null && new String(r.key(), StandardCharsets.UTF_8).equals("huge-article"))
                .findFirst().orElse(null), java.util.Objects::nonNull);
        assertThat(headers(dead)).containsEntry(DeadLetterFit.TRUNCATED_HEADER, "true")
                .containsEntry(DeadLetterFit.ORIGINAL_SIZE_HEADER, Integer.toString(huge.length))
                .containsValue(Topics.ARTICLES.name());
        assertThat(dead.value().length).isLessThan(huge.length);
        assertThat(java.util.Arrays.equals(dead.value(), java.util.Arrays.copyOf(huge, dead.value().length))).isTrue();

        await().atMost(Duration.ofSeconds(10)).untilAsserted(() ->
                assertThat(deadLettersCounted() - countedBefore).as("counted once").isEqualTo(1));
        Thread.sleep(3_000); // a retry loop would count again within a few seconds
        assertThat(deadLettersCounted() - countedBefore).as("still once: not retried").isEqualTo(1);
        assertThat(PIPELINE.get().enrich().app().isRunning()).isTrue();
    }

    static void send(String topic, String key, byte[] value) {
        send(topic, key.getBytes(StandardCharsets.UTF_8), value);
    }

    static void send(String topic, byte[] key, byte[] value) {
        Map<String, Object> config = Map.of(ProducerConfig.BOOTSTRAP_SERVERS_CONFIG, PIPELINE.get().connection().bootstrapServers());
        try (var producer = new KafkaProducer<>(config, new ByteArraySerializer(), new ByteArraySerializer())) {
            producer.send(new ProducerRecord<>(topic, key, value)).get();
        } catch (ExecutionException | InterruptedException e) {
            throw new IllegalStateException("could not send to " + topic, e);
        }
    }

    static List<ConsumerRecord<byte[], byte[]>> deadLetters() {
        Properties props = new Properties();
        props.put(ConsumerConfig.BOOTSTRAP_SERVERS_CONFIG, PIPELINE.get().connection().bootstrapServers());
        props.put(ConsumerConfig.ISOLATION_LEVEL_CONFIG, "read_committed");
        props.put(ConsumerConfig.GROUP_ID_CONFIG, "dead-letter-reader-" + UUID.randomUUID());
        List<ConsumerRecord<byte[], byte[]>> records = new ArrayList<>();
        try (var consumer = new KafkaConsumer<>(props, new ByteArrayDeserializer(), new ByteArrayDeserializer())) {
            List<TopicPartition> partitions = consumer.partitionsFor(Topics.DEAD_LETTERS.name()).stream()
                    .map(p -> new TopicPartition(p.topic(), p.partition())).toList();
            consumer.assign(partitions);
            consumer.seekToBeginning(partitions);
            Map<TopicPartition, Long> ends = consumer.endOffsets(partitions);
            while (partitions.stream().anyMatch(p -> consumer.position(p) < ends.get(p))) {
                consumer.poll(Duration.ofMillis(200)).forEach(records::add);
            }
        }
        return records;
    }

    static Map<String, String> headers(ConsumerRecord<byte[], byte[]> record) {
        Map<String, String> headers = new HashMap<>();
        for (Header header : record.headers()) {
            headers.put(header.key(), header.value() == null ? null : new String(header.value(), StandardCharsets.UTF_8));
        }
        return headers;
    }

    /**
     * Sum of conflictstream_dead_letters_total over its tags and both Streams services' scrapes:
     * each service counts the dead letters it wrote (enrich the article, aggregate the event).
     */
    static double deadLettersCounted() throws Exception {
        double total = 0;
        for (int port : List.of(PIPELINE.get().enrich().httpPort(), PIPELINE.get().aggregate().httpPort())) {
            String scrape = HttpClient.newHttpClient().send(HttpRequest.newBuilder(
                    URI.create("http://localhost:" + port + "/metrics")).build(),
                    HttpResponse.BodyHandlers.ofString()).body();
            total += scrape.lines().filter(line -> line.startsWith("conflictstream_dead_letters_total"))
                    .mapToDouble(line -> Double.parseDouble(line.substring(line.lastIndexOf(' ') + 1))).sum();
        }
        return total;
    }
}
