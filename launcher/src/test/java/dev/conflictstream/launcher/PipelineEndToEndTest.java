package dev.conflictstream.launcher;

import static org.assertj.core.api.Assertions.assertThat;

import dev.conflictstream.ingest.IngestSummary;
import dev.conflictstream.schema.ConflictEvent;
import dev.conflictstream.schema.RegionTally;
import dev.conflictstream.schema.serde.HttpSchemaRegistryClient;
import dev.conflictstream.schema.serde.TopicSerdes;
import dev.conflictstream.schema.topic.Topics;
import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The path a user runs, on a real KRaft broker: ingest the seed article (twice, as a user
 * re-running ingest would), wait until it is processed, and read the tallies the way a
 * downstream consumer does: a plain consumer decoding through the registry URL.
 */
class PipelineEndToEndTest {
    static final Path SEED = Path.of("../samples/kursk-2025-02-07.txt");

    @TempDir
    static Path dataDir;
    static LocalPipeline pipeline;

    @BeforeAll
    static void start() {
        pipeline = LocalPipeline.startOnFreePorts(dataDir);
    }

    @AfterAll
    static void stop() {
        if (pipeline != null) {
            pipeline.close();
        }
    }

    @Test
    void seedArticleBecomesRegionTalliesThatAConsumerDecodesThroughTheRegistry() throws Exception {
        IngestSummary first = pipeline.ingest(List.of(SEED), quiet());
        IngestSummary again = pipeline.ingest(List.of(SEED), quiet());
        assertThat(first.published()).isEqualTo(1);
        assertThat(again.published()).isEqualTo(1);

        assertThat(pipeline.awaitProcessed(Duration.ofSeconds(90))).isTrue();

        // A consumer outside the pipeline's serdes: its own registry client on the printed URL.
        TopicSerdes outsider = new TopicSerdes(new HttpSchemaRegistryClient(pipeline.connection().schemaRegistryUrl()));
        Map<String, RegionTally> tallies = TopicSnapshot.read(pipeline.connection().bootstrapServers(), Topics.REGION_TALLIES, outsider);
        Map<String, ConflictEvent> events = TopicSnapshot.read(pipeline.connection().bootstrapServers(), Topics.EVENTS, outsider);

        assertThat(events).isNotEmpty();
        assertThat(events.values()).allSatisfy(event -> assertThat(event.getEvidence().getText()).isNotBlank());
        assertThat(tallies).containsKey("UA.21");
        RegionTally sumy = tallies.get("UA.21");
        assertThat(sumy.getIncidentsByType()).containsEntry("Explosions/Remote violence", 1L);
        assertThat(sumy.getKilled().getBest()).isEqualTo(2);
        assertThat(tallies).containsKey("RU.41");
        assertThat(tallies.get("RU.41").getIncidentsByType()).containsKey("Battles");
        // Ingesting the same article twice is harmless: one article, counted once.
        assertThat(sumy.getIncidents()).isEqualTo(1);
    }

    static PrintStream quiet() {
        return new PrintStream(new ByteArrayOutputStream());
    }
}
