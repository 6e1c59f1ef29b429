package dev.conflictstream.launcher;

import dev.conflictstream.enrich.eval.ExtractRun;
import dev.conflictstream.enrich.extract.Extractor;
import dev.conflictstream.enrich.geo.Gazetteer;
import java.io.BufferedReader;
import java.io.BufferedWriter;
import java.io.InputStreamReader;
import java.io.OutputStreamWriter;
import java.io.Reader;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

/** The extractor without Kafka: exactly the code the enrich stream runs, on files. */
final class ExtractCommands {
    private ExtractCommands() {}

    @Command(name = "extract", mixinStandardHelpOptions = true,
            description = "Extract events from JSON Lines documents {id, text, published?, title?} into predictions (one JSON line per document).")
    static final class Extract implements Callable<Integer> {
        @Option(names = "--input", description = "JSON Lines file (default: stdin)")
        Path input;

        @Option(names = "--output", description = "Predictions file (default: stdout)")
        Path output;

        @Override
        public Integer call() throws Exception {
            try (Reader in = input == null
                    ? new BufferedReader(new InputStreamReader(System.in, StandardCharsets.UTF_8))
                    : Files.newBufferedReader(input, StandardCharsets.UTF_8);
                 Writer out = output == null
                         ? new BufferedWriter(new OutputStreamWriter(System.out, StandardCharsets.UTF_8))
                         : Files.newBufferedWriter(output, StandardCharsets.UTF_8)) {
                ExtractRun.run(in, out, System.err); // progress and the closing summary line go to stderr
                out.flush();
                return 0;
            }
        }
    }

    @Command(name = "explain", mixinStandardHelpOptions = true,
            description = "Show why the extractor codes a text as it does: sentences, place candidates and winners, triggers, numbers.")
    static final class Explain implements Callable<Integer> {
        @Parameters(arity = "0..1", paramLabel = "TEXT", description = "The text (default: --file, else stdin)")
        String text;

        @Option(names = "--file", description = "Read the article from this file as ingest does (title and date lines of a text file, JSON Lines, feeds)")
        Path file;

        @Option(names = "--published", description = "Publication date (YYYY-MM-DD) relative dates resolve against (default: the file's, as ingest reads it)")
        LocalDate published;

        @Override
        public Integer call() throws Exception {
            Explanation.Input input = text == null && file != null ? Explanation.fromFile(file, published)
                    : Explanation.fromText(text != null ? text : new String(System.in.readAllBytes(), StandardCharsets.UTF_8), published);
            System.out.print(Explanation.explain(new Extractor(Gazetteer.loadDefault()), input));
            return 0;
        }
    }
}
