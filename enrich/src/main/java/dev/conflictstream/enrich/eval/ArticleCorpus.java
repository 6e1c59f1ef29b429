package dev.conflictstream.enrich.eval;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.conflictstream.enrich.extract.ArticleText;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import java.util.stream.Stream;

/**
 * A deterministic, endless stream of realistic ~3 KB English news articles for benchmarks (the
 * JMH extractor benchmark and {@code ./pipeline bench}): the seed article and every eval/dev
 * document, in file and line order, concatenated (headlines and press releases joined into
 * paragraphs, each text cut at 3,000 chars) until an article holds at least 3,000 chars; the texts
 * are cycled. Article {@code k} has id {@code bench-k} and is published on 2025-02-07 plus
 * {@code k / 1000} days, so every block of 1,000 articles is one more day of news: relative dates
 * resolve to other days and the articles stay distinct when the texts come round again. The first
 * 1,000 articles are exactly the JMH benchmark's corpus; later ones take the texts in other orders
 * (see {@link #nextText()}), so 20,000 articles are 20,000 different texts, or nearly.
 */
public final class ArticleCorpus implements Iterator<ArticleText> {
    public static final int ARTICLE_CHARS = 3000;
    public static final int ARTICLES_PER_DAY = 1000;
    public static final LocalDate FIRST_DAY = LocalDate.of(2025, 2, 7);

    private final List<String> texts;
    private final StringBuilder buffer = new StringBuilder(2 * ARTICLE_CHARS);
    private long nextText;
    private long produced;
    private long pass;
    private long positionInPass = Long.MAX_VALUE;
    private long stride = 1;

    public ArticleCorpus(List<String> texts) {
        if (texts.isEmpty()) {
            throw new IllegalArgumentException("no texts to build articles from");
        }
        this.texts = List.copyOf(texts);
    }

    /** The corpus over the {@code *.jsonl} files of {@code evalDir} (field {@code text}). */
    public static ArticleCorpus fromEvalDir(Path evalDir) throws IOException {
        return new ArticleCorpus(readTexts(evalDir));
    }

    /**
     * eval/dev: {@code -Dbench.eval=DIR} if set, else {@code eval/dev} or {@code ../eval/dev}
     * (the repository root or a module directory).
     */
    public static Path evalDir() {
        for (String p : new String[] {System.getProperty("bench.eval", "eval/dev"), "../eval/dev"}) {
            if (Files.isDirectory(Path.of(p))) {
                return Path.of(p);
            }
        }
        throw new IllegalStateException("eval/dev not found: run from the repository root or set -Dbench.eval=DIR");
    }

    static List<String> readTexts(Path dir) throws IOException {
        ObjectMapper json = new ObjectMapper();
        List<Path> files;
        try (Stream<Path> s = Files.list(dir)) {
            files = s.filter(p -> p.toString().endsWith(".jsonl")).sorted().toList();
        }
        List<String> texts = new ArrayList<>();
        for (Path f : files) {
            for (String line : Files.readAllLines(f)) {
                if (!line.isBlank()) {
                    texts.add(json.readTree(line).path("text").asText());
                }
            }
        }
        return texts;
    }

    @Override
    public boolean hasNext() {
        return true;
    }

    @Override
    public ArticleText next() {
        buffer.setLength(0);
        while (buffer.length() < ARTICLE_CHARS) {
            if (buffer.length() > 0) {
                buffer.append("\n\n");
            }
            buffer.append(nextText());
        }
        long k = produced++;
        return new ArticleText("bench-" + k, null, buffer.toString(), FIRST_DAY.plusDays(k / ARTICLES_PER_DAY));
    }

    /**
     * The first {@value #ARTICLES_PER_DAY} articles take the texts in file order, cycled (the JMH
     * corpus). After that, each pass over the texts takes every text once, with a stride that grows
     * from pass to pass (2, 3, ..., skipping strides that share a factor with the text count), and
     * cuts a text longer than an article from a pass-dependent sentence, so the articles do not
     * repeat when the texts come round again.
     */
    private String nextText() {
        int size = texts.size();
        if (produced < ARTICLES_PER_DAY) {
            return cut(texts.get((int) (nextText++ % size)), 0);
        }
        if (positionInPass >= size) {
            positionInPass = 0;
            pass++;
            stride = nextStride(stride, size);
        }
        String t = texts.get((int) ((positionInPass++ * stride) % size));
        return cut(t, t.length() <= ARTICLE_CHARS ? 0 : sentenceStart(t, (int) ((pass * 211L) % (t.length() - ARTICLE_CHARS + 1))));
    }

    private static String cut(String t, int from) {
        return t.substring(from, Math.min(t.length(), from + ARTICLE_CHARS));
    }

    /** The first sentence start at or after {@code from} (0 stays 0), or 0 if none is left. */
    static int sentenceStart(String t, int from) {
        if (from == 0) {
            return 0;
        }
        int dot = t.indexOf(". ", from - 1);
        return dot < 0 || dot + 2 >= t.length() ? 0 : dot + 2;
    }

    static long nextStride(long stride, int size) {
        long next = stride + 1;
        while (gcd(next % size, size) != 1 || next % size == 1) {
            next++;
        }
        return next;
    }

    private static long gcd(long a, long b) {
        return b == 0 ? a : gcd(b, a % b);
    }

    /** The next {@code n} articles. */
    public List<ArticleText> take(int n) {
        List<ArticleText> out = new ArrayList<>(n);
        for (int i = 0; i < n; i++) {
            out.add(next());
        }
        return out;
    }
}
