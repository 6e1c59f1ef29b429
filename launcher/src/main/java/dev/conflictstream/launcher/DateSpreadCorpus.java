package dev.conflictstream.launcher;

import dev.conflictstream.enrich.eval.ArticleCorpus;
import dev.conflictstream.enrich.extract.ArticleText;
import java.util.Iterator;
import java.util.function.LongUnaryOperator;

/**
 * The bench's {@code varied} and {@code chronological} corpora.
 *
 * <p>{@code varied}: the articles of another corpus (the same real eval texts)
 * with each article's publication date moved back by its own number of days, spread over four
 * years. Article {@code k} moves back {@code k * STEP_DAYS mod SPAN_DAYS} days: any
 * {@value #SPAN_DAYS} consecutive articles land on {@value #SPAN_DAYS} different days, and
 * consecutive ones about a year apart. Relative dates in the text ("yesterday", "on Monday")
 * then resolve to other days, and the copies of one text, which the plain corpus publishes
 * within days of each other and so piles into the same few incident groups, become separate
 * incidents, as a real feed's reports of different events would. The dates come in no order:
 * a commit's events fall on hundreds of different days, so no tally row repeats within it, the
 * worst case for the aggregate's once-per-commit publishing.
 *
 * <p>{@code chronological}: the same articles in date order, {@value #CHRONOLOGICAL_PER_DAY} a day
 * (a year of news is 36,500 articles), as a replay of a topic or a live feed delivers them. The
 * copies of one text (about every 2,000 articles) are 20 days apart, so they too are separate
 * incidents; a commit's events fall on a few neighbouring days.
 *
 * <p>Deterministic: the same articles on every run.
 */
final class DateSpreadCorpus implements Iterator<ArticleText> {
    /** Four years, a leap day included. */
    static final int SPAN_DAYS = 4 * 365 + 1;
    /** Coprime with {@link #SPAN_DAYS} (1461 = 3 x 487), so the shifts run through every day of the span. */
    static final int STEP_DAYS = 367;

    /** Articles a day in the chronological corpus. */
    static final int CHRONOLOGICAL_PER_DAY = 100;

    private final Iterator<ArticleText> articles;
    /** Days article k moves, negative: back. */
    private final LongUnaryOperator move;
    private long index;

    /** The varied corpus. */
    DateSpreadCorpus(Iterator<ArticleText> articles) {
        this(articles, k -> -shiftDays(k));
    }

    private DateSpreadCorpus(Iterator<ArticleText> articles, LongUnaryOperator move) {
        this.articles = articles;
        this.move = move;
    }

    /**
     * The chronological corpus: article k, which {@link ArticleCorpus}
     * dates k / 1,000 days after its first day, is dated k / {@value #CHRONOLOGICAL_PER_DAY} days after it.
     */
    static DateSpreadCorpus chronological(Iterator<ArticleText> articles) {
        return new DateSpreadCorpus(articles, k -> k / CHRONOLOGICAL_PER_DAY - k / ArticleCorpus.ARTICLES_PER_DAY);
    }

    /** Days article {@code k} is moved back. */
    static int shiftDays(long k) {
        return (int) Math.floorMod(k * STEP_DAYS, (long) SPAN_DAYS);
    }

    @Override
    public boolean hasNext() {
        return articles.hasNext();
    }

    @Override
    public ArticleText next() {
        ArticleText a = articles.next();
        long days = move.applyAsLong(index++);
        return a.published() == null ? a : new ArticleText(a.id(), a.title(), a.text(), a.published().plusDays(days));
    }
}
