package dev.conflictstream.launcher;

import dev.conflictstream.devstack.DevStackExtension;
import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import com.fasterxml.jackson.core.type.TypeReference;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.conflictstream.aggregate.AggregateConfig;
import dev.conflictstream.aggregate.AggregateService;
import dev.conflictstream.aggregate.AggregateTopology;
import dev.conflictstream.aggregate.IncidentKeys;
import dev.conflictstream.aggregate.query.Views.Casualties;
import dev.conflictstream.aggregate.query.Views.DayTally;
import dev.conflictstream.aggregate.query.Views.RegionDetail;
import dev.conflictstream.aggregate.query.Views.RegionSummary;
import dev.conflictstream.schema.Incident;
import dev.conflictstream.schema.RegionTally;
import dev.conflictstream.schema.topic.Topics;
import io.micrometer.prometheusmetrics.PrometheusConfig;
import io.micrometer.prometheusmetrics.PrometheusMeterRegistry;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.atomic.AtomicReference;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;
import java.util.stream.Collectors;
import org.apache.kafka.streams.KafkaStreams;
import org.apache.kafka.streams.StreamsMetadata;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.junit.jupiter.api.io.TempDir;

/**
 * Two aggregate instances of one application on the real broker share the partitions; each
 * answers every query completely (forwarding or fanning out to the other) and the answers
 * are the figures of the tally topics. While the group rebalances, an answer is the right one
 * or a 503 with Retry-After, never a partial or doubled one.
 */
class TwoInstanceQueryTest {
    static final ObjectMapper JSON = new ObjectMapper();
    static final HttpClient HTTP = HttpClient.newHttpClient();

    @TempDir
    static Path dataDir;
    @RegisterExtension
    static final DevStackExtension<LocalPipeline> PIPELINE = DevStackExtension.of(dir -> LocalPipeline.startOnFreePorts(dir,
            // partitions bound the instances that share the work (a third joins below): topics as on a cluster
            Map.of(TopicPartitions.KEY, String.valueOf(TopicPartitions.CLUSTER_DEFAULT))));
    static AggregateService second;
    static Map<String, RegionTally> tallies;
    static Map<String, RegionTally> daily;
    static Map<String, Incident> incidents;

    @BeforeAll
    static void twoInstancesProcessTheSamples() throws Exception {
        second = startInstance("aggregate-2");
        PIPELINE.get().ingest(List.of(ReplayTest.SAMPLES), PipelineEndToEndTest.quiet());
        assertThat(PIPELINE.get().awaitProcessed(ReplayTest.PROCESSING)).isTrue();
        await().atMost(Duration.ofSeconds(30)).until(() -> sharingTheWork(PIPELINE.get().aggregate(), second));
        String servers = PIPELINE.get().connection().bootstrapServers();
        tallies = TopicSnapshot.read(servers, Topics.REGION_TALLIES, PIPELINE.get().serdes());
        daily = TopicSnapshot.read(servers, Topics.REGION_DAILY_TALLIES, PIPELINE.get().serdes());
        incidents = TopicSnapshot.read(servers, Topics.INCIDENTS, PIPELINE.get().serdes());
        assertThat(tallies).hasSizeGreaterThan(2);
    }

    @AfterAll
    static void stop() {
        if (second != null) {
            second.close();
        }
    }

    @Test
    void theBacklogOfAProcessedPipelineNamesNoPartitionOnlyWhatItsStreamThreadsAreDoing() throws Exception {
        List<String> backlog = PIPELINE.get().backlog();

        assertThat(backlog).filteredOn(line -> !line.startsWith("    at "))
                .as("one line per stream thread of this JVM's enrich and aggregate, nothing behind")
                .hasSize(2)
                .allSatisfy(line -> assertThat(line).contains("(RUNNING): RUNNING, active tasks [0_"));
        assertThat(backlog).filteredOn(line -> line.startsWith("    at ")).as("where each thread is")
                .hasSizeBetween(2, 2 * StreamThreads.FRAMES);
    }

    @Test
    void bothInstancesAnswerEveryQueryWithTheFiguresOfTheTallyTopics() throws Exception {
        List<String> urls = List.of(PIPELINE.get().aggregate().queryUrl(), second.queryUrl());
        List<RegionSummary> expectedRegions = tallies.values().stream().map(TwoInstanceQueryTest::summary)
                .sorted(java.util.Comparator.comparing(RegionSummary::code)).toList();

        for (String url : urls) {
            assertThat(get(url + "/regions", new TypeReference<List<RegionSummary>>() {})).as(url).isEqualTo(expectedRegions);
            for (String code : tallies.keySet()) {
                RegionDetail detail = get(url + "/regions/" + encode(code), new TypeReference<RegionDetail>() {});
                assertThat(detail.total()).as(url + " " + code).isEqualTo(summary(tallies.get(code)));
                assertThat(detail.daily()).as(url + " " + code).isEqualTo(days(code));

                JsonNode found = get(url + "/incidents?region=" + encode(code), new TypeReference<JsonNode>() {});
                Set<String> ids = new TreeSet<>();
                found.forEach(incident -> ids.add(incident.get("id").asText()));
                assertThat(ids).as(url + " incidents of " + code).isEqualTo(incidents.values().stream()
                        .filter(i -> i.getRegionCode().equals(code)).map(Incident::getIncidentId)
                        .collect(Collectors.toCollection(TreeSet::new)));
                found.forEach(incident -> assertThat(incident.get("reports").size())
                        .isEqualTo(incidents.get(incident.get("id").asText()).getReports().size()));
            }
        }
        // Not only the same figures: the same documents, provenance included.
        for (String query : List.of("/regions", "/incidents?region=" + encode(tallies.keySet().iterator().next()))) {
            assertThat(body(urls.get(1) + query)).as(query).isEqualTo(body(urls.get(0) + query));
        }
    }

    @Test
    void whileTheGroupRebalancesAQueryAnswersRightOrRetryLater() throws Exception {
        List<RegionSummary> expected = tallies.values().stream().map(TwoInstanceQueryTest::summary)
                .sorted(java.util.Comparator.comparing(RegionSummary::code)).toList();
        String code = tallies.keySet().iterator().next();
        Outcomes outcomes = new Outcomes();

        AggregateService third = startInstance("aggregate-3");
        try {
            pollUntil(() -> sharingTheWork(PIPELINE.get().aggregate(), second, third), expected, code,
                    List.of(PIPELINE.get().aggregate().queryUrl(), second.queryUrl(), third.queryUrl()), outcomes);
        } finally {
            third.close();
        }
        pollUntil(() -> sharingTheWork(PIPELINE.get().aggregate(), second), expected, code,
                List.of(PIPELINE.get().aggregate().queryUrl(), second.queryUrl()), outcomes);

        assertThat(outcomes.wrong).as("answers that were neither right nor 503 + Retry-After (%d right, %d 503)",
                outcomes.right, outcomes.retryLater).isEmpty();
        assertThat(outcomes.right).as("right answers").isPositive();
    }

    static final class Outcomes {
        int right;
        int retryLater;
        final List<String> wrong = new ArrayList<>();
    }

    /** Polls /regions and /regions/{code} on every instance until {@code settled}, then once more. */
    static void pollUntil(java.util.concurrent.Callable<Boolean> settled, List<RegionSummary> expected, String code,
                          List<String> urls, Outcomes outcomes) throws Exception {
        long deadline = System.nanoTime() + Duration.ofSeconds(40).toNanos();
        boolean done = false;
        while (!done) {
            assertThat(System.nanoTime()).as("rebalance settled in time").isLessThan(deadline);
            done = settled.call();
            for (String url : urls) {
                check(url + "/regions", JSON.writeValueAsString(expected), outcomes);
                check(url + "/regions/" + encode(code), null, outcomes);
            }
        }
    }

    static void check(String url, String expectedJson, Outcomes outcomes) throws Exception {
        HttpResponse<String> response = HTTP.send(HttpRequest.newBuilder(URI.create(url)).build(), HttpResponse.BodyHandlers.ofString());
        if (response.statusCode() == 503 && response.headers().firstValue("Retry-After").isPresent()) {
            outcomes.retryLater++;
        } else if (response.statusCode() == 200 && (expectedJson == null
                ? JSON.readValue(response.body(), RegionDetail.class).total().equals(summary(tallies.get(code(url))))
                : JSON.readTree(response.body()).equals(JSON.readTree(expectedJson)))) {
            outcomes.right++;
        } else {
            outcomes.wrong.add(url + " -> " + response.statusCode() + " " + response.body());
        }
    }

    private static String code(String url) {
        return java.net.URLDecoder.decode(url.substring(url.lastIndexOf('/') + 1), StandardCharsets.UTF_8);
    }

    /** Every instance RUNNING, every one with active partitions of the stores, as seen from each. */
    static boolean sharingTheWork(AggregateService... instances) {
        for (AggregateService instance : instances) {
            KafkaStreams streams = instance.streams();
            if (streams.state() != KafkaStreams.State.RUNNING) {
                return false;
            }
            long active = streams.streamsMetadataForStore(AggregateTopology.REGION_TALLIES_STORE).stream()
                    .filter(m -> !m.topicPartitions().isEmpty()).map(StreamsMetadata::hostInfo).distinct().count();
            if (active != instances.length) {
                return false;
            }
        }
        return true;
    }

    static AggregateService startInstance(String name) {
        AggregateConfig config = AggregateConfig.from(PIPELINE.get().serviceSettings().with(Map.of(
                "aggregate.state.dir", dataDir.resolve("state/" + name).toString(), "aggregate.http.port", "0")));
        return AggregateService.start(config, PIPELINE.get().serdes().registry(), new PrometheusMeterRegistry(PrometheusConfig.DEFAULT));
    }

    static RegionSummary summary(RegionTally t) {
        return new RegionSummary(t.getAdmin1Code(), t.getAdmin1Name(), t.getCountryCode(), t.getIncidents(),
                new TreeMap<>(t.getIncidentsByType()), casualties(t.getKilled(), t.getKilledStatedIncidents()),
                casualties(t.getInjured(), t.getInjuredStatedIncidents()), t.getReports(),
                new TreeMap<>(t.getReportsByExtractorVersion()), t.getUpdatedAt().toString());
    }

    static List<DayTally> days(String code) {
        return daily.entrySet().stream().filter(e -> e.getKey().startsWith(code + IncidentKeys.SEPARATOR))
                .sorted(Map.Entry.comparingByKey()).map(Map.Entry::getValue)
                .map(t -> new DayTally(t.getDate().toString(), t.getIncidents(), new TreeMap<>(t.getIncidentsByType()),
                        casualties(t.getKilled(), t.getKilledStatedIncidents()),
                        casualties(t.getInjured(), t.getInjuredStatedIncidents()), t.getReports()))
                .toList();
    }

    static Casualties casualties(dev.conflictstream.schema.CasualtyEstimate e, long stated) {
        return new Casualties(e.getLow(), e.getBest(), e.getHigh(), stated);
    }

    static <T> T get(String url, TypeReference<T> type) throws Exception {
        return JSON.readValue(body(url), type);
    }

    /** The 200 answer of {@code url}; a 503 with Retry-After (a rebalance under way) is retried, as a client does. */
    static String body(String url) throws Exception {
        AtomicReference<HttpResponse<String>> answer = new AtomicReference<>();
        org.awaitility.Awaitility.await().atMost(Duration.ofSeconds(30)).pollInterval(Duration.ofMillis(200)).until(() -> {
            HttpResponse<String> response = HTTP.send(HttpRequest.newBuilder(URI.create(url)).build(), HttpResponse.BodyHandlers.ofString());
            assertThat(response.statusCode() == 200 || (response.statusCode() == 503 && response.headers().firstValue("Retry-After").isPresent()))
                    .as(url + ": " + response.statusCode() + " " + response.body()).isTrue();
            answer.set(response);
            return response.statusCode() == 200;
        });
        return answer.get().body();
    }

    static String encode(String s) {
        return URLEncoder.encode(s, StandardCharsets.UTF_8).replace("+", "%20");
    }
}
