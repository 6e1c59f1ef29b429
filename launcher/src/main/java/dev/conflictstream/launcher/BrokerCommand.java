package dev.conflictstream.launcher;

import java.nio.file.Path;
import java.util.concurrent.Callable;
import java.util.Map;
import dev.conflictstream.runtime.Settings;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;

/**
 * {@code ./pipeline broker}: the development stack alone, the embedded KRaft broker (with the
 * topics) and the schema registry, serving until Ctrl-C; run {@code ingest}, {@code enrich} and
 * {@code aggregate} as their own processes against it, e.g. to kill and restart one of them
 * while the broker stays up.
 */
@Command(name = "broker", mixinStandardHelpOptions = true,
        description = {"Run the embedded Kafka broker and schema registry alone, with the topics, until Ctrl-C.",
                "Ports: kafka.port (default 9092), registry.port (default 8081); data in --data-dir."})
final class BrokerCommand implements Callable<Integer> {
    @Mixin
    TopicOptions topics;

    @Option(names = "--data-dir", defaultValue = "data", description = "Broker data lives here (default: ${DEFAULT-VALUE}); reused on the next start.")
    Path dataDir;

    @Override
    public Integer call() throws InterruptedException {
        LocalPipeline stack = LocalPipeline.startStack(topics.applyTo(Settings.of(Map.of())), dataDir);
        System.out.println("Kafka:            " + stack.connection().bootstrapServers());
        System.out.println("Schema Registry:  " + stack.connection().schemaRegistryUrl());
        System.out.println("Serving until Ctrl-C.");
        return ServiceCommands.serveUntilStopped(stack);
    }
}
