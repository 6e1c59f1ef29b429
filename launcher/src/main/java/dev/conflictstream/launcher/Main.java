package dev.conflictstream.launcher;

import java.util.Arrays;
import java.util.stream.Stream;
import picocli.CommandLine;
import picocli.CommandLine.Command;

/**
 * {@code ./pipeline [command]}: with no command (or only options), {@code run}.
 */
@Command(name = "pipeline", mixinStandardHelpOptions = true, version = "conflictstream 0.1.0",
        description = "Streaming conflict-event pipeline: articles in, geotagged events and per-region tallies out.",
        subcommands = {RunCommand.class, ServiceCommands.Ingest.class, ServiceCommands.Enrich.class,
                ServiceCommands.Aggregate.class, ServiceCommands.CreateTopics.class,
                ExtractCommands.Extract.class, ExtractCommands.Explain.class, ReplayCommand.class, BenchCommand.class,
                BrokerCommand.class})
public final class Main {

    public static void main(String[] args) {
        System.exit(execute(args));
    }

    public static int execute(String... args) {
        boolean noCommand = args.length == 0 || (args[0].startsWith("-") && !Arrays.asList("-h", "--help", "-V", "--version").contains(args[0]));
        String[] effective = noCommand ? Stream.concat(Stream.of("run"), Arrays.stream(args)).toArray(String[]::new) : args;
        return new CommandLine(new Main())
                .setExecutionExceptionHandler((e, commandLine, parsed) -> {
                    if (e instanceof UserError) {
                        commandLine.getErr().println("pipeline: " + e.getMessage());
                        return 1;
                    }
                    throw e;
                })
                .execute(effective);
    }
}
