package dev.conflictstream.bench;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.conflictstream.enrich.extract.ArticleText;
import dev.conflictstream.enrich.extract.Extraction;
import dev.conflictstream.enrich.extract.Extractor;
import dev.conflictstream.enrich.geo.Gazetteer;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Fork;
import org.openjdk.jmh.annotations.Measurement;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.Threads;
import org.openjdk.jmh.annotations.Warmup;

/**
 * Articles per second through the whole extractor versus a bare tokenizer pass over the same text,
 * one thread. The corpus is deterministic: the seed article and every eval/dev document, concatenated
 * in file order into ~3 KB English news articles (headlines and press releases joined into
 * paragraphs), 1,000 articles cycled in order. Each benchmark op is one article.
 */
@State(Scope.Thread)
@BenchmarkMode(Mode.Throughput)
@OutputTimeUnit(TimeUnit.SECONDS)
@Warmup(iterations = 3, time = 3)
@Measurement(iterations = 5, time = 3)
@Fork(value = 1, jvmArgs = {"-Xmx512m"})
@Threads(1)
public class ExtractorBenchmark {
    static final int ARTICLE_CHARS = 3000;
    static final int ARTICLES = 1000;

    private Extractor extractor;
    private ArticleText[] corpus;
    private int next;

    @Setup
    public void setup() throws IOException {
        extractor = new Extractor(Gazetteer.loadDefault());
        corpus = buildCorpus(evalDir()).toArray(new ArticleText[0]);
        long chars = 0;
        for (ArticleText a : corpus) chars += a.text().length();
        System.out.printf("%ncorpus: %d articles, mean %d chars%n", corpus.length, chars / corpus.length);
    }

    @Benchmark
    public Extraction extract() {
        ArticleText a = corpus[next];
        next = next + 1 == corpus.length ? 0 : next + 1;
        return extractor.extract(a);
    }

    @Benchmark
    public int tokenizeOnly() {
        ArticleText a = corpus[next];
        next = next + 1 == corpus.length ? 0 : next + 1;
        return Extractor.tokenizeOnly(a.text());
    }

    static Path evalDir() {
        for (String p : new String[] {System.getProperty("bench.eval", "eval/dev"), "../eval/dev"}) {
            if (Files.isDirectory(Path.of(p))) return Path.of(p);
        }
        throw new IllegalStateException("eval/dev not found: run from the repository root or set -Dbench.eval=DIR");
    }

    /** Deterministic ~3 KB articles from the eval texts, in file and line order. */
    static List<ArticleText> buildCorpus(Path dir) throws IOException {
        ObjectMapper json = new ObjectMapper();
        List<String> texts = new ArrayList<>();
        List<Path> files;
        try (Stream<Path> s = Files.list(dir)) {
            files = s.filter(p -> p.toString().endsWith(".jsonl")).sorted().toList();
        }
        for (Path f : files) {
            for (String line : Files.readAllLines(f)) {
                if (line.isBlank()) continue;
                JsonNode d = json.readTree(line);
                texts.add(d.path("text").asText());
            }
        }
        List<ArticleText> out = new ArrayList<>();
        StringBuilder sb = new StringBuilder();
        int i = 0;
        LocalDate pub = LocalDate.of(2025, 2, 7);
        while (out.size() < ARTICLES) {
            String t = texts.get(i++ % texts.size());
            if (sb.length() > 0) sb.append("\n\n");
            sb.append(t.length() > ARTICLE_CHARS ? t.substring(0, ARTICLE_CHARS) : t);
            if (sb.length() >= ARTICLE_CHARS) {
                out.add(new ArticleText("bench-" + out.size(), null, sb.toString(), pub));
                sb.setLength(0);
            }
        }
        return out;
    }
}
