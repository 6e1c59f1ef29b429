package dev.conflictstream.launcher;

import dev.conflictstream.devstack.DevStackExtension;
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
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

/**
 * The path a user runs, on a real KRaft broker: ingest the seed article (twice, as a user
 * re-running ingest would), wait until it is processed, and read the tallies the way a
 * downstream consumer does: a plain consumer decoding through the registry URL.
 */
class PipelineEndToEndTest {
    static final Path SEED = Path.of("../samples/kursk-2025-02-07.txt");

    @RegisterExtension
    static final DevStackExtension<LocalPipeline> PIPELINE = DevStackExtension.of(LocalPipeline::startOnFreePorts);

    @Test
    void seedArticleBecomesRegionTalliesThatAConsumerDecodesThroughTheRegistry() throws Exception {
        IngestSummary first = PIPELINE.get().ingest(List.of(SEED), quiet());
        IngestSummary again = PIPELINE.get().ingest(List.of(SEED), quiet());
        assertThat(first.published()).isEqualTo(1);
        assertThat(again.published()).isEqualTo(1);

        assertThat(PIPELINE.get().awaitProcessed(Duration.ofSeconds(90))).isTrue();

        // A consumer outside the PIPELINE.get()'s serdes: its own registry client on the printed URL.
        TopicSerdes outsider = new TopicSerdes(new HttpSchemaRegistryClient(PIPELINE.get().connection().schemaRegistryUrl()));
        Map<String, RegionTally> tallies = TopicSnapshot.read(PIPELINE.get().connection().bootstrapServers(), Topics.REGION_TALLIES, outsider);
        Map<String, ConflictEvent> events = TopicSnapshot.read(PIPELINE.get().connection().bootstrapServers(), Topics.EVENTS, outsider);

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
