package dev.conflictstream.enrich;

import static org.assertj.core.api.Assertions.assertThat;

import dev.conflictstream.enrich.extract.Extraction;
import dev.conflictstream.enrich.extract.Extractor;
import dev.conflictstream.enrich.geo.Gazetteer;
import dev.conflictstream.runtime.CommitPacing;
import dev.conflictstream.runtime.Settings;
import dev.conflictstream.schema.Article;
import dev.conflictstream.schema.ConflictEvent;
import dev.conflictstream.schema.serde.InMemorySchemaRegistryClient;
import dev.conflictstream.schema.serde.TopicSerdes;
import dev.conflictstream.schema.topic.Topics;
import io.micrometer.core.instrument.simple.SimpleMeterRegistry;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.Properties;
import java.util.concurrent.atomic.AtomicReference;
import java.util.function.Function;
import org.apache.kafka.streams.TestInputTopic;
import org.apache.kafka.streams.TestOutputTopic;
import org.apache.kafka.streams.TopologyTestDriver;
import org.apache.kafka.streams.test.TestRecord;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class EnrichTopologyTest {
    static final Instant INGESTED = Instant.parse("2025-02-07T12:00:00Z");
    static Extractor extractor;

    final TopicSerdes serdes = new TopicSerdes(new InMemorySchemaRegistryClient());
    final SimpleMeterRegistry metrics = new SimpleMeterRegistry();
    @TempDir
    Path stateDir;

    @BeforeAll
    static void loadGazetteer() {
        extractor = new Extractor(Gazetteer.loadDefault());
    }

    static Article article(String id, String text) {
        return Article.newBuilder().setId(id).setTitle(null).setText(text).setPublished(LocalDate.of(2025, 2, 7))
                .setOrigin("test").setIngestedAt(INGESTED).build();
    }

    TopologyTestDriver driver(Function<Article, Extraction> extract) {
        // The production properties (exactly-once, dead-letter handlers, explicit internal names).
        EnrichConfig config = EnrichConfig.from(new Settings(Map.of("enrich.state.dir", stateDir.toString(),
                "bootstrap.servers", "unused:9092"), new Properties(), Map.of()));
        return new TopologyTestDriver(EnrichTopology.build(serdes, extract, "test-1", new EnrichMetrics(metrics),
                        config.streams().pacing()),
                config.streams().streamsProperties());
    }

    TestInputTopic<String, Article> articles(TopologyTestDriver driver) {
        return driver.createInputTopic(Topics.ARTICLES.name(), serdes.key(Topics.ARTICLES).serializer(),
                serdes.<Article>value(Topics.ARTICLES).serializer());
    }

    TestOutputTopic<String, ConflictEvent> events(TopologyTestDriver driver) {
        return driver.createOutputTopic(Topics.EVENTS.name(), serdes.key(Topics.EVENTS).deserializer(),
                serdes.<ConflictEvent>value(Topics.EVENTS).deserializer());
    }

    /** The real extractor, reading {@code visible} instead of the article's text: a "new extractor" sees other words. */
    static Function<Article, Extraction> seeing(AtomicReference<String> visible) {
        return a -> extractor.extract(EventRecords.articleText(Article.newBuilder(a).setText(visible.get()).build()));
    }

    static final String KHARKIV_SHELLING = "Two people were killed in Russian shelling of Kharkiv on Friday.";
    static final String SUMY_SHELLING = "Two people were killed in Russian shelling of Sumy on Friday.";

    static Function<Article, Extraction> realExtractor() {
        return a -> extractor.extract(EventRecords.articleText(a));
    }

    @Test
    void seedArticleBecomesEventsWithEvidenceAndVersion() throws Exception {
        String seed = Files.readString(Path.of("../samples/kursk-2025-02-07.txt"));
        try (TopologyTestDriver driver = driver(realExtractor())) {
            articles(driver).pipeInput("seed", article("seed", seed), INGESTED);

            Map<String, ConflictEvent> out = events(driver).readKeyValuesToMap();

            assertThat(out).isNotEmpty();
            assertThat(out.values()).allSatisfy(event -> {
                assertThat(event.getArticleId()).isEqualTo("seed");
                assertThat(event.getExtractorVersion()).isEqualTo("test-1");
                assertThat(seed).contains(event.getEvidence().getText());
            });
            assertThat(out.values()).anySatisfy(event -> {
                assertThat(event.getSubEventType()).isEqualTo("Air/drone strike");
                assertThat(event.getPlace().getAdmin1Code()).isEqualTo("UA.21");
                assertThat(event.getKilled().getLow()).isEqualTo(2);
            });
        }
    }

    @Test
    void articleWithoutEventsIsNotAnErrorAndIsCounted() {
        try (TopologyTestDriver driver = driver(realExtractor())) {
            articles(driver).pipeInput("a", article("a", "The ministry published its annual budget on Tuesday."), INGESTED);

            assertThat(events(driver).isEmpty()).isTrue();
            assertThat(metrics.counter("conflictstream.articles.without.events").count()).isEqualTo(1.0);
        }
    }

    @Test
    void reprocessingAnArticleRetractsEventsTheNewExtractionNoLongerProduces() {
        String text = "Two people were killed in Russian shelling of Kharkiv on Friday. "
                + "Protesters rallied peacefully in Kyiv on Friday.";
        AtomicReference<String> visible = new AtomicReference<>(text);
        Function<Article, Extraction> extract = seeing(visible);
        try (TopologyTestDriver driver = driver(extract)) {
            var in = articles(driver);
            var out = events(driver);
            in.pipeInput("a", article("a", text), INGESTED);
            List<String> firstIds = out.readKeyValuesToList().stream().map(kv -> kv.key).toList();
            assertThat(firstIds).hasSizeGreaterThanOrEqualTo(2);

            // The "new extractor" no longer sees the protest sentence.
            visible.set(text.substring(0, text.indexOf("Protesters")));
            in.pipeInput("a", article("a", text), INGESTED.plusSeconds(60));
            List<TestRecord<String, ConflictEvent>> second = out.readRecordsToList();

            List<String> retracted = second.stream().filter(r -> r.value() == null).map(TestRecord::key).toList();
            List<String> kept = second.stream().filter(r -> r.value() != null).map(TestRecord::key).toList();
            assertThat(retracted).isNotEmpty().allSatisfy(id -> assertThat(firstIds).contains(id));
            assertThat(kept).doesNotContainAnyElementsOf(retracted);
            assertThat(metrics.counter("conflictstream.events.retracted").count()).isEqualTo(retracted.size());
        }
    }

    @Test
    void reprocessingUnchangedArticleGivesTheSameIdsAndNoRetraction() {
        String text = "Two people were killed in Russian shelling of Kharkiv on Friday.";
        try (TopologyTestDriver driver = driver(realExtractor())) {
            var in = articles(driver);
            var out = events(driver);
            in.pipeInput("a", article("a", text), INGESTED);
            var first = out.readKeyValuesToMap();
            in.pipeInput("a", article("a", text), INGESTED.plusSeconds(60));
            var second = out.readRecordsToList();

            assertThat(second).extracting(TestRecord::key).containsExactlyInAnyOrderElementsOf(first.keySet());
            assertThat(second).allSatisfy(r -> assertThat(r.value()).isEqualTo(first.get(r.key())));
        }
    }

    @Test
    void anEventThatMovesToAnotherRegionIsRetractedThereBeforeItIsPublishedAgain() {
        AtomicReference<String> visible = new AtomicReference<>(KHARKIV_SHELLING);
        Function<Article, Extraction> extract = seeing(visible);
        try (TopologyTestDriver driver = driver(extract)) {
            var in = articles(driver);
            var out = events(driver);
            in.pipeInput("a", article("a", "ignored"), INGESTED);
            var first = out.readKeyValuesToMap();
            assertThat(first).hasSize(1);
            String id = first.keySet().iterator().next();
            assertThat(first.get(id).getPlace().getAdmin1Code()).isEqualTo("UA.07");

            // a better extractor places the same event (same sentence, same kind) in Sumy
            visible.set(SUMY_SHELLING);
            in.pipeInput("a", article("a", "ignored"), INGESTED.plusSeconds(60));

            assertThat(out.readRecordsToList()).extracting(TestRecord::key, r -> r.value() == null ? null : r.value().getPlace().getAdmin1Code())
                    .as("a tombstone for the partition of Kharkiv, then the event in the partition of Sumy")
                    .containsExactly(org.assertj.core.groups.Tuple.tuple(id, null), org.assertj.core.groups.Tuple.tuple(id, "UA.21"));
            assertThat(metrics.counter("conflictstream.events.retracted").count()).as("moved, not retracted").isZero();
        }
    }

    @Test
    void aLateCopyOfAnOlderArticleVersionIsSkippedSoRetractionsStillFindTheEvent() {
        AtomicReference<String> visible = new AtomicReference<>(KHARKIV_SHELLING);
        Function<Article, Extraction> extract = seeing(visible);
        try (TopologyTestDriver driver = driver(extract)) {
            var in = articles(driver);
            var out = events(driver);
            Article v1 = article("a", "v1");
            Article v2 = Article.newBuilder(v1).setIngestedAt(INGESTED.plusSeconds(60)).build();
            in.pipeInput("a", v1, INGESTED);
            visible.set(SUMY_SHELLING);
            in.pipeInput("a", v2, INGESTED.plusSeconds(60));
            String id = out.readKeyValuesToMap().keySet().iterator().next();

            visible.set(KHARKIV_SHELLING);
            in.pipeInput("a", v1, INGESTED.plusSeconds(120)); // v1 again, late
            assertThat(out.readRecordsToList()).as("nothing for a stale version").isEmpty();
            assertThat(metrics.counter("conflictstream.articles.stale").count()).isEqualTo(1);

            in.pipeInput("a", null, INGESTED.plusSeconds(180)); // the article is withdrawn
            assertThat(out.readRecordsToList()).extracting(TestRecord::key, TestRecord::value)
                    .containsExactly(org.assertj.core.groups.Tuple.tuple(id, null));
            assertThat(driver.<String, List<String>>getKeyValueStore(EnrichTopology.ARTICLE_EVENTS_STORE).get("a"))
                    .as("the withdrawal is remembered, so a late copy cannot bring the events back")
                    .containsExactly("#" + INGESTED.plusSeconds(180).toEpochMilli());
        }
    }

    @Test
    void articleTombstoneRetractsAllItsEvents() {
        try (TopologyTestDriver driver = driver(realExtractor())) {
            var in = articles(driver);
            var out = events(driver);
            in.pipeInput("a", article("a", "Two people were killed in Russian shelling of Kharkiv on Friday."), INGESTED);
            var first = out.readKeyValuesToMap();
            in.pipeInput("a", null, INGESTED.plusSeconds(60));

            assertThat(out.readRecordsToList()).extracting(TestRecord::key, TestRecord::value)
                    .containsExactlyInAnyOrderElementsOf(first.keySet().stream()
                            .map(id -> org.assertj.core.groups.Tuple.tuple(id, null)).toList());
        }
    }

    @Test
    void topologyReadsLikeTheBusinessProcessAndRenamesAreDeliberate() throws Exception {
        String description = EnrichTopology.build(serdes, realExtractor(), "v", new EnrichMetrics(metrics),
                CommitPacing.fixed(Duration.ofMillis(100))).describe().toString();
        assertThat(description.strip()).isEqualTo(Files.readString(Path.of("src/test/resources/enrich-topology.txt")).strip());
    }
}
