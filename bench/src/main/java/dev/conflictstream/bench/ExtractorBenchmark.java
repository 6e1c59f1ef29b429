package dev.conflictstream.bench;

import dev.conflictstream.enrich.eval.ArticleCorpus;
import dev.conflictstream.enrich.extract.ArticleText;
import dev.conflictstream.enrich.extract.Extraction;
import dev.conflictstream.enrich.extract.Extractor;
import dev.conflictstream.enrich.geo.Gazetteer;
import java.io.IOException;
import java.util.concurrent.TimeUnit;
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
 * one thread. The corpus is the first 1,000 articles of {@link ArticleCorpus} (the seed article and
 * every eval/dev document, concatenated in file order into ~3 KB English news articles), cycled in
 * order. Each benchmark op is one article.
 */
@State(Scope.Thread)
@BenchmarkMode(Mode.Throughput)
@OutputTimeUnit(TimeUnit.SECONDS)
@Warmup(iterations = 3, time = 3)
@Measurement(iterations = 5, time = 3)
@Fork(value = 1, jvmArgs = {"-Xmx512m"})
@Threads(1)
public class ExtractorBenchmark {
    static final int ARTICLES = 1000;

    private Extractor extractor;
    private ArticleText[] corpus;
    private int next;

    @Setup
    public void setup() throws IOException {
        extractor = new Extractor(Gazetteer.loadDefault());
        corpus = ArticleCorpus.fromEvalDir(ArticleCorpus.evalDir()).take(ARTICLES).toArray(new ArticleText[0]);
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
}
