package dev.conflictstream.launcher;

import java.util.Locale;

/**
 * How much the bench publishes before it measures: a fixed number of articles, or ({@code auto},
 * the default) rounds of {@value #ROUND} until the JIT compiler has settled.
 *
 * <p>Why settle on the JIT: {@code ./pipeline bench} runs C2 only, which compiles a method after
 * about 10,000 calls. The extractor's methods get there within a few hundred articles, but code
 * that runs once per request or batch (the broker's request handling, the producers' senders,
 * Streams' commits) only after tens of thousands of articles. With the old fixed warm-up of 2,000
 * articles the JIT took 30% of the burst's CPU and the broker ran interpreted: the bench measured
 * a JVM starting, not the pipeline running (1,087 and 859 articles/s against 1,266 and 1,020 after
 * 30,000 articles, same sitting, docs/benchmarks.md).
 *
 * @param articles the fixed number; {@link #AUTO} for rounds until settled
 */
record WarmUp(int articles) {
    static final int AUTO = -1;
    /** Articles per round of an automatic warm-up. */
    static final int ROUND = 5_000;
    /** An automatic warm-up publishes at least this many articles ... */
    static final int MIN = 10_000;
    /** ... and at most this many, settled or not. */
    static final int MAX = 60_000;
    /** Settled: the JIT compiler took less than this share of the process CPU in the last round. */
    static final int SETTLED_JIT_PERCENT = 8;
    /** Where the JIT compiler's CPU cannot be read (no /proc): a fixed count that settled on Linux. */
    static final int WITHOUT_JIT_FIGURE = 30_000;

    static WarmUp parse(String value) {
        String v = value.trim().toLowerCase(Locale.ROOT);
        if (v.equals("auto")) {
            return new WarmUp(AUTO);
        }
        int n = Integer.parseInt(v);
        if (n < 0) {
            throw new IllegalArgumentException("--warmup must be 'auto' or a number of articles >= 0, not " + value);
        }
        return new WarmUp(n);
    }

    boolean auto() {
        return articles == AUTO;
    }

    /**
     * After an automatic round: whether to stop warming up, with {@code published} articles so far
     * and the last round's JIT compiler and process CPU ({@code jitNanos} null: not known).
     */
    static boolean settled(int published, Long jitNanos, long processNanos) {
        if (published >= MAX) {
            return true;
        }
        if (published < MIN) {
            return false;
        }
        if (jitNanos == null) {
            return published >= WITHOUT_JIT_FIGURE;
        }
        return processNanos > 0 && 100.0 * jitNanos / processNanos < SETTLED_JIT_PERCENT;
    }

    @Override
    public String toString() {
        return auto() ? "auto" : Integer.toString(articles);
    }
}
