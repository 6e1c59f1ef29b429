package dev.conflictstream.bench;

import com.sun.management.ThreadMXBean;
import dev.conflictstream.enrich.eval.ArticleCorpus;
import dev.conflictstream.enrich.extract.ArticleText;
import dev.conflictstream.enrich.extract.Extractor;
import dev.conflictstream.enrich.geo.Gazetteer;
import java.lang.management.ManagementFactory;

/**
 * Extractor CPU and allocation per article, measured with per-thread CPU time (which the machine's
 * load changes far less than wall-clock rates): extracts {@code warmup} articles of
 * {@link ArticleCorpus}, then {@code articles} more, and prints the measured phase's thread CPU
 * µs/article, allocated bytes/article and the load average. Run with the production JIT flags:
 * <pre>java -XX:-TieredCompilation -Xmx2g -cp bench/target/benchmarks.jar dev.conflictstream.bench.ExtractorCpu [warmup] [articles]</pre>
 * (defaults 10000 and 20000; from the repository root, or set -Dbench.eval=DIR).
 */
public final class ExtractorCpu {
    private ExtractorCpu() {}

    public static void main(String[] args) throws Exception {
        int warmup = args.length > 0 ? Integer.parseInt(args[0]) : 10_000;
        int articles = args.length > 1 ? Integer.parseInt(args[1]) : 20_000;
        Extractor extractor = new Extractor(Gazetteer.loadDefault());
        ArticleCorpus source = ArticleCorpus.fromEvalDir(ArticleCorpus.evalDir());
        ArticleText[] corpus = new ArticleText[warmup + articles];
        for (int i = 0; i < corpus.length; i++) corpus[i] = source.next();
        long sink = 0;
        for (int i = 0; i < warmup; i++) sink += extractor.extract(corpus[i]).hashCode();
        ThreadMXBean mx = (ThreadMXBean) ManagementFactory.getThreadMXBean();
        long tid = Thread.currentThread().getId();
        String loadBefore = LoadAverage.now();
        long cpu0 = mx.getCurrentThreadCpuTime();
        long alloc0 = mx.getThreadAllocatedBytes(tid);
        long wall0 = System.nanoTime();
        for (int i = warmup; i < warmup + articles; i++) sink += extractor.extract(corpus[i]).hashCode();
        long wall = System.nanoTime() - wall0;
        long alloc = mx.getThreadAllocatedBytes(tid) - alloc0;
        long cpu = mx.getCurrentThreadCpuTime() - cpu0;
        System.out.printf("extractor: %d articles after %d warm-up: %.1f us CPU/article, %.0f bytes allocated/article,"
                + " %.1f us wall/article; load %s -> %s (%d)%n", articles, warmup, cpu / 1e3 / articles,
                (double) alloc / articles, wall / 1e3 / articles, loadBefore, LoadAverage.now(), sink & 1);
    }
}
