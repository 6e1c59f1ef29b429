package dev.conflictstream.launcher;

import dev.conflictstream.enrich.EnrichConfig;
import dev.conflictstream.runtime.KafkaConnection;
import dev.conflictstream.schema.topic.Topics;
import java.time.Instant;
import java.util.concurrent.Callable;
import org.apache.kafka.clients.admin.Admin;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;

/**
 * {@code ./pipeline replay [--from TIME]}: rewinds the (stopped) enrich application to
 * re-extract every article, e.g. after an extractor upgrade. Start enrich again afterwards;
 * the tallies converge to exactly what the new extractor gives, with no double counting.
 */
@Command(name = "replay", mixinStandardHelpOptions = true,
        description = "Re-process articles from the articles topic (enrich must be stopped). Tallies are upserted, never double-counted.")
final class ReplayCommand implements Callable<Integer> {
    @Mixin
    ConnectionOptions connection;

    @Option(names = "--from", description = "Only articles published to the topic at or after this instant (ISO-8601, e.g. 2025-02-07T00:00:00Z); default: all.")
    Instant from;

    @Override
    public Integer call() throws Exception {
        EnrichConfig enrich = EnrichConfig.from(connection.settings());
        try (Admin admin = Admin.create(KafkaConnection.from(connection.settings()).clientConfig())) {
            var rewound = new Replay(admin).rewind(enrich.streams().applicationId(), Topics.ARTICLES.name(), from);
            System.out.println("replay: " + enrich.streams().applicationId() + " rewound on " + rewound.size() + " partitions of "
                    + Topics.ARTICLES.name() + (from == null ? " to the beginning" : " to " + from)
                    + "; start enrich to re-process");
            return 0;
        } catch (Replay.ApplicationRunning e) {
            System.err.println("replay refused: " + e.getMessage());
            return 2;
        }
    }
}
