package dev.conflictstream.ingest;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.conflictstream.runtime.Settings;
import dev.conflictstream.schema.serde.InMemorySchemaRegistryClient;
import dev.conflictstream.schema.serde.TopicSerdes;
import io.micrometer.core.instrument.simple.SimpleMeterRegistry;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.PrintStream;
import java.net.ServerSocket;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.Properties;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Ingest with a real producer and no broker: bounded by max.block.ms, one clear stop, not a minute per article. */
class IngestBrokerDownTest {

    @Test
    void withNoBrokerTheRunStopsWithinTheBoundedWaitWithOneMessage(@TempDir Path dir) throws IOException {
        for (int i = 0; i < 20; i++) {
            Files.writeString(dir.resolve("article-" + i + ".txt"), "Strike " + i + "\n\nTwo people were killed in Kharkiv.\n");
        }
        int closedPort;
        try (ServerSocket socket = new ServerSocket(0)) {
            closedPort = socket.getLocalPort();
        }
        IngestConfig config = IngestConfig.from(new Settings(Map.of("bootstrap.servers", "127.0.0.1:" + closedPort),
                new Properties(), Map.of()), List.of(dir));
        ByteArrayOutputStream progress = new ByteArrayOutputStream();
        long started = System.nanoTime();

        assertThatThrownBy(() -> IngestService.run(config, new TopicSerdes(new InMemorySchemaRegistryClient()),
                new SimpleMeterRegistry(), new PrintStream(progress)))
                .isInstanceOf(ArticlePublisher.Stopped.class).hasMessageContaining("did not answer");

        double seconds = (System.nanoTime() - started) / 1e9;
        assertThat(seconds).as("stopped after one bounded wait, not one per article")
                .isLessThan((IngestConfig.MAX_BLOCK_MS + IngestConfig.DELIVERY_TIMEOUT_MS) / 1000.0);
    }
}
