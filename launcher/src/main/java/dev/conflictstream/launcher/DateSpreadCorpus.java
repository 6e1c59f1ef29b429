package dev.conflictstream.launcher;

import dev.conflictstream.enrich.extract.ArticleText;
import java.util.Iterator;

/**
 * The bench's {@code varied} corpus: the articles of another corpus (the same real eval texts)
 * with each article's publication date moved back by its own number of days, spread over four
 * years. Article {@code k} moves back {@code k * STEP_DAYS mod SPAN_DAYS} days: any
 * {@value #SPAN_DAYS} consecutive articles land on {@value #SPAN_DAYS} different days, and
 * consecutive ones about a year apart. Relative dates in the text ("yesterday", "on Monday")
 * then resolve to other days, and the copies of one text, which the plain corpus publishes
 * within days of each other and so piles into the same few incident groups, become separate
 * incidents, as a real feed's reports of different events would. Deterministic: the same
 * articles on every run.
 */
final class DateSpreadCorpus implements Iterator<ArticleText> {
    /** Four years, a leap day included. */
    static final int SPAN_DAYS = 4 * 365 + 1;
    /** Coprime with {@link #SPAN_DAYS} (1461 = 3 x 487), so the shifts run through every day of the span. */
    static final int STEP_DAYS = 367;

    private final Iterator<ArticleText> articles;
    private long index;

    DateSpreadCorpus(Iterator<ArticleText> articles) {
        this.articles = articles;
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
        int shift = shiftDays(index++);
        return a.published() == null ? a : new ArticleText(a.id(), a.title(), a.text(), a.published().minusDays(shift));
    }
}
