package dev.conflictstream.launcher;

import dev.conflictstream.devstack.DevStackExtension;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.awaitility.Awaitility.await;

import dev.conflictstream.aggregate.IncidentKeys;
import dev.conflictstream.enrich.EventRecords;
import dev.conflictstream.enrich.extract.Extraction;
import dev.conflictstream.enrich.extract.ExtractedEvent;
import dev.conflictstream.enrich.extract.Extractor;
import dev.conflictstream.enrich.extract.Figure;
import dev.conflictstream.enrich.EnrichConfig;
import dev.conflictstream.ingest.IngestSummary;
import dev.conflictstream.schema.Article;
import dev.conflictstream.schema.CasualtyEstimate;
import dev.conflictstream.schema.CasualtyFigure;
import dev.conflictstream.schema.ConflictEvent;
import dev.conflictstream.schema.Incident;
import dev.conflictstream.schema.RegionTally;
import dev.conflictstream.schema.Report;
import dev.conflictstream.schema.topic.Topics;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.Function;
import org.apache.kafka.clients.admin.OffsetSpec;
import org.apache.kafka.clients.consumer.OffsetAndMetadata;
import org.apache.kafka.common.TopicPartition;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

/**
 * Replay on the real embedded broker: the samples are ingested once, then enrich is stopped,
 * rewound ({@link Replay}) and started again, possibly with a changed extractor. Every test
 * leaves the PIPELINE.get() running the production extractor with the baseline figures.
 */
class ReplayTest {
    static final Path SAMPLES = Path.of("../samples");
    static final Duration PROCESSING = Duration.ofSeconds(40);

    @RegisterExtension
    static final DevStackExtension<LocalPipeline> PIPELINE = DevStackExtension.of(LocalPipeline::startOnFreePorts);
    static long articles;
    static PipelineFigures baseline;

    @BeforeAll
    static void ingestSamplesOnce() throws Exception {
        IngestSummary summary = PIPELINE.get().ingest(List.of(SAMPLES), PipelineEndToEndTest.quiet());
        articles = summary.published();
        assertThat(PIPELINE.get().awaitProcessed(PROCESSING)).isTrue();
        baseline = PipelineFigures.read(PIPELINE.get());
        assertThat(articles).isGreaterThan(5);
        assertThat(baseline.tallies()).hasSizeGreaterThan(2);
        assertThat(baseline.incidents()).hasSizeGreaterThan(5);
    }

    @Test
    void replayingEveryArticleTwiceLeavesTalliesDailyTalliesAndIncidentsIdentical() throws Exception {
        for (int round = 1; round <= 2; round++) {
            AtomicInteger extractions = new AtomicInteger();
            Function<Article, Extraction> counting = article -> {
                extractions.incrementAndGet();
                return PIPELINE.get().defaultExtractor().apply(article);
            };

            Map<TopicPartition, Long> rewound = replay(null, counting);

            assertThat(rewound.values()).as("rewound to the beginning").allMatch(offset -> offset == 0L);
            assertThat(extractions.get()).as("round %d re-extracted every article", round).isEqualTo((int) articles);
            assertThat(PipelineFigures.read(PIPELINE.get())).as("figures after replay %d", round).isEqualTo(baseline);
        }
    }

    @Test
    void refusesToRewindWhileEnrichIsRunningAndLeavesItsOffsetsAlone() throws Exception {
        String enrich = EnrichConfig.from(PIPELINE.get().serviceSettings()).streams().applicationId();
        await().atMost(Duration.ofSeconds(30)).until(() -> !PIPELINE.get().admin().describeConsumerGroups(List.of(enrich))
                .describedGroups().get(enrich).get().members().isEmpty());
        Map<TopicPartition, OffsetAndMetadata> before = committed(enrich);

        assertThatThrownBy(() -> PIPELINE.get().replay(null)).isInstanceOf(Replay.ApplicationRunning.class)
                .hasMessageContaining(enrich);
        int exit = Main.execute("replay", "--bootstrap-servers", PIPELINE.get().connection().bootstrapServers());

        assertThat(exit).isEqualTo(2);
        assertThat(committed(enrich)).isEqualTo(before);
    }

    @Test
    void correctingOneFigureAndDroppingOneEventChangeTheTalliesByExactlyThatMuch() throws Exception {
        List<Incident> singles = baseline.incidents().values().stream().filter(i -> i.getReports().size() == 1).toList();
        Incident corrected = singles.stream().filter(i -> i.getKilled().getStated()).findFirst().orElseThrow();
        Map<String, ConflictEvent> events = TopicSnapshot.read(PIPELINE.get().connection().bootstrapServers(), Topics.EVENTS, PIPELINE.get().serdes());
        // An event whose removal renumbers no sibling (ids of same-kind events in one sentence get -2, -3).
        Incident dropped = singles.stream().filter(i -> i != corrected).filter(i -> events.keySet().stream()
                .noneMatch(id -> id.startsWith(i.getReports().get(0).getEventId() + "-"))).findFirst().orElseThrow();
        String correctedEvent = corrected.getReports().get(0).getEventId();
        String droppedEvent = dropped.getReports().get(0).getEventId();
        int extra = 3;

        replay(null, article -> edit(article, PIPELINE.get().defaultExtractor().apply(article), correctedEvent, droppedEvent, extra));

        PipelineFigures expected = expectedAfter(corrected, extra, dropped);
        PipelineFigures actual = PipelineFigures.read(PIPELINE.get());
        assertThat(actual.incidents()).isEqualTo(expected.incidents());
        assertThat(actual.tallies()).isEqualTo(expected.tallies());
        assertThat(actual.daily()).isEqualTo(expected.daily());

        // Back to the production extractor: the correction is undone exactly, nothing lingers.
        replay(null, PIPELINE.get().defaultExtractor());
        assertThat(PipelineFigures.read(PIPELINE.get())).isEqualTo(baseline);
    }

    @Test
    void replayFromATimeStartsAtTheFirstArticleAtOrAfterIt() throws Exception {
        PIPELINE.get().stopServices();
        Map<TopicPartition, Long> ends = offsets(OffsetSpec.latest());

        Map<TopicPartition, Long> fromNow = PIPELINE.get().replay(Instant.now().plusSeconds(60));
        assertThat(fromNow).as("nothing that recent: every partition at its end").isEqualTo(ends);
        Map<TopicPartition, Long> fromBefore = PIPELINE.get().replay(Instant.parse("2000-01-01T00:00:00Z"));
        assertThat(fromBefore).as("everything is later: every partition at its start")
                .isEqualTo(offsets(OffsetSpec.earliest()));

        PIPELINE.get().startServices();
        assertThat(PIPELINE.get().awaitProcessed(PROCESSING)).isTrue();
        assertThat(PipelineFigures.read(PIPELINE.get())).isEqualTo(baseline);
    }

    /** Stop, rewind enrich, start it with {@code extractor}, wait until everything is processed again. */
    static Map<TopicPartition, Long> replay(Instant from, Function<Article, Extraction> extractor) throws Exception {
        PIPELINE.get().stopServices();
        Map<TopicPartition, Long> rewound = PIPELINE.get().replay(from);
        PIPELINE.get().startServices(extractor, Extractor.VERSION);
        assertThat(PIPELINE.get().awaitProcessed(PROCESSING)).as("processed after replay").isTrue();
        return rewound;
    }

    /** The extraction with {@code extra} more killed (low and high) on one event and another event gone. */
    static Extraction edit(Article article, Extraction extraction, String correctedEvent, String droppedEvent, int extra) {
        List<ConflictEvent> ids = EventRecords.of(article, extraction.events(), Extractor.VERSION);
        List<ExtractedEvent> edited = new ArrayList<>();
        for (int i = 0; i < ids.size(); i++) {
            ExtractedEvent e = extraction.events().get(i);
            String id = ids.get(i).getEventId();
            if (id.equals(droppedEvent)) {
                continue;
            }
            if (id.equals(correctedEvent)) {
                Figure k = e.killed();
                e = new ExtractedEvent(e.type(), e.subtype(), e.place(), e.geoPrecision(), e.date(), e.datePrecision(),
                        e.actors(), new Figure(k.low() + extra, k.high() + extra, k.qualifier(), k.text()), e.injured(),
                        e.claimedBy(), e.confidence(), e.evidenceStart(), e.evidenceEnd());
            }
            edited.add(e);
        }
        return new Extraction(edited, extraction.places());
    }

    /** Baseline with one single-report incident's killed raised by {@code extra} and another incident gone. */
    static PipelineFigures expectedAfter(Incident corrected, int extra, Incident dropped) {
        Map<String, Incident> incidents = new TreeMap<>(baseline.incidents());
        Report report = corrected.getReports().get(0);
        CasualtyFigure killed = report.getKilled();
        CasualtyEstimate estimate = corrected.getKilled();
        incidents.put(corrected.getIncidentId(), Incident.newBuilder(corrected)
                .setKilled(new CasualtyEstimate(estimate.getLow() + extra, estimate.getBest() + extra, estimate.getHigh() + extra, true))
                .setReports(List.of(Report.newBuilder(report).setKilled(CasualtyFigure.newBuilder(killed)
                        .setLow(killed.getLow() + extra).setHigh(killed.getHigh() + extra).build()).build()))
                .build());
        incidents.remove(dropped.getIncidentId());

        Map<String, RegionTally> tallies = new TreeMap<>(baseline.tallies());
        Map<String, RegionTally> daily = new TreeMap<>(baseline.daily());
        for (Map<String, RegionTally> table : List.of(tallies, daily)) {
            boolean byDay = table == daily;
            assertThat(table).containsKeys(key(corrected, byDay), key(dropped, byDay));
            table.computeIfPresent(key(corrected, byDay), (k, t) -> RegionTally.newBuilder(t).setKilled(new CasualtyEstimate(
                    t.getKilled().getLow() + extra, t.getKilled().getBest() + extra, t.getKilled().getHigh() + extra, true)).build());
            table.computeIfPresent(key(dropped, byDay), (k, t) -> withoutIncident(t, dropped));
        }
        return new PipelineFigures(tallies, daily, incidents);
    }

    static String key(Incident incident, boolean byDay) {
        return incident.getRegionCode() + (byDay ? IncidentKeys.SEPARATOR + incident.getEventDate().toString() : "");
    }

    /** A tally minus one single-report incident, spelled out field by field; null (row deleted) when nothing is left. */
    static RegionTally withoutIncident(RegionTally t, Incident gone) {
        if (t.getIncidents() == 1) {
            return null;
        }
        Map<String, Long> byType = new HashMap<>(t.getIncidentsByType());
        byType.computeIfPresent(gone.getEventType(), (type, n) -> n == 1 ? null : n - 1);
        Map<String, Long> byVersion = new HashMap<>(t.getReportsByExtractorVersion());
        byVersion.computeIfPresent(gone.getReports().get(0).getExtractorVersion(), (v, n) -> n == 1 ? null : n - 1);
        long killedStated = t.getKilledStatedIncidents() - (gone.getKilled().getStated() ? 1 : 0);
        long injuredStated = t.getInjuredStatedIncidents() - (gone.getInjured().getStated() ? 1 : 0);
        return RegionTally.newBuilder(t)
                .setIncidents(t.getIncidents() - 1)
                .setIncidentsByType(byType)
                .setKilled(minus(t.getKilled(), gone.getKilled(), killedStated > 0))
                .setInjured(minus(t.getInjured(), gone.getInjured(), injuredStated > 0))
                .setKilledStatedIncidents(killedStated)
                .setInjuredStatedIncidents(injuredStated)
                .setReports(t.getReports() - 1)
                .setReportsByExtractorVersion(byVersion)
                .build();
    }

    static CasualtyEstimate minus(CasualtyEstimate sum, CasualtyEstimate part, boolean stillStated) {
        return new CasualtyEstimate(sum.getLow() - part.getLow(), sum.getBest() - part.getBest(),
                sum.getHigh() - part.getHigh(), stillStated);
    }

    static Map<TopicPartition, OffsetAndMetadata> committed(String group) throws Exception {
        return PIPELINE.get().admin().listConsumerGroupOffsets(group).partitionsToOffsetAndMetadata().get();
    }

    static Map<TopicPartition, Long> offsets(OffsetSpec spec) throws Exception {
        Map<TopicPartition, OffsetSpec> request = new HashMap<>();
        String topic = Topics.ARTICLES.name();
        PIPELINE.get().admin().describeTopics(List.of(topic)).allTopicNames().get().get(topic).partitions()
                .forEach(p -> request.put(new TopicPartition(topic, p.partition()), spec));
        Map<TopicPartition, Long> offsets = new HashMap<>();
        PIPELINE.get().admin().listOffsets(request).all().get().forEach((tp, info) -> offsets.put(tp, info.offset()));
        return offsets;
    }
}
