package dev.conflictstream.bench;

import java.lang.management.ManagementFactory;
import java.lang.management.ThreadMXBean;
import java.lang.reflect.Method;
import java.net.URL;
import java.net.URLClassLoader;
import java.nio.file.Path;

/**
 * The extractor of two builds compared in one JVM, on one thread, over the same articles: a class loader per
 * benchmark jar, each with its own gazetteer and {@link dev.conflictstream.enrich.eval.ArticleCorpus}, batches of
 * 500 articles alternating between them (which goes first alternates too), the thread's CPU time of each batch.
 * Both builds see the same load, the same caches and the same moment, so a few percent show that separate runs
 * on a shared machine hide in their noise (a change that separate {@code ExtractorCpu} runs at load 5-10 put at -6%
 * to -9% measured 1.00 here; docs/benchmarks.md, round 13).
 *
 * <pre>java -XX:-TieredCompilation -Xmx4g -cp bench/target/benchmarks.jar dev.conflictstream.bench.ExtractorAB \
 *     OLD-benchmarks.jar NEW-benchmarks.jar [warm-up batches] [measured batches]</pre>
 * (defaults 20 and 40; from the repository root, or set -Dbench.eval=DIR). Prints each build's µs of CPU per
 * article, their ratio new / old and in how many batches the new build was the cheaper.
 */
public final class ExtractorAB {
    private static final int BATCH = 500;
    /** articles per build, taken again in turn: ten batches */
    private static final int ARTICLES = 10 * BATCH;

    private ExtractorAB() {}

    public static void main(String[] args) throws Exception {
        if (args.length < 2) {
            System.err.println("usage: ExtractorAB OLD-benchmarks.jar NEW-benchmarks.jar [warm-up batches] [measured batches]");
            System.exit(2);
        }
        int warmup = args.length > 2 ? Integer.parseInt(args[2]) : 20;
        int batches = args.length > 3 ? Integer.parseInt(args[3]) : 40;
        Build old = new Build(Path.of(args[0])), fresh = new Build(Path.of(args[1]));
        ThreadMXBean mx = ManagementFactory.getThreadMXBean();
        String loadBefore = LoadAverage.now();
        long oldCpu = 0, newCpu = 0;
        int newCheaper = 0;
        for (int k = -warmup; k < batches; k++) {
            int from = Math.floorMod(k, 10) * BATCH;
            Build first = k % 2 == 0 ? old : fresh, second = first == old ? fresh : old;
            long c0 = mx.getCurrentThreadCpuTime();
            first.extract(from, from + BATCH);
            long c1 = mx.getCurrentThreadCpuTime();
            second.extract(from, from + BATCH);
            long c2 = mx.getCurrentThreadCpuTime();
            if (k < 0) continue;
            long o = first == old ? c1 - c0 : c2 - c1, n = first == old ? c2 - c1 : c1 - c0;
            oldCpu += o;
            newCpu += n;
            if (n < o) newCheaper++;
        }
        double per = 1e3 * BATCH * batches;
        System.out.printf("extractor A/B: old %.1f us CPU/article, new %.1f, new/old %.3f, new cheaper in %d of %d batches"
                + " of %d; load %s -> %s (%d)%n", oldCpu / per, newCpu / per, (double) newCpu / oldCpu, newCheaper, batches,
                BATCH, loadBefore, LoadAverage.now(), old.sink + fresh.sink & 1);
    }

    /** One build's extractor and articles, by reflection through its own class loader. */
    private static final class Build {
        private final Object extractor;
        private final Method extract;
        private final Object[] articles = new Object[ARTICLES];
        long sink;

        Build(Path jar) throws Exception {
            ClassLoader loader = new URLClassLoader(new URL[] {jar.toUri().toURL()}, ClassLoader.getPlatformClassLoader());
            Class<?> gazetteer = loader.loadClass("dev.conflictstream.enrich.geo.Gazetteer");
            Class<?> extractorClass = loader.loadClass("dev.conflictstream.enrich.extract.Extractor");
            Class<?> corpusClass = loader.loadClass("dev.conflictstream.enrich.eval.ArticleCorpus");
            Class<?> articleClass = loader.loadClass("dev.conflictstream.enrich.extract.ArticleText");
            extractor = extractorClass.getConstructor(gazetteer).newInstance(gazetteer.getMethod("loadDefault").invoke(null));
            extract = extractorClass.getMethod("extract", articleClass);
            Object corpus = corpusClass.getMethod("fromEvalDir", Path.class)
                    .invoke(null, corpusClass.getMethod("evalDir").invoke(null));
            Method next = corpusClass.getMethod("next");
            for (int i = 0; i < ARTICLES; i++) articles[i] = next.invoke(corpus);
        }

        void extract(int from, int to) throws Exception {
            for (int i = from; i < to; i++) sink += extract.invoke(extractor, articles[i]).hashCode();
        }
    }
}
