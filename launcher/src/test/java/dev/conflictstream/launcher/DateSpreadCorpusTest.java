package dev.conflictstream.launcher;

import static org.assertj.core.api.Assertions.assertThat;

import dev.conflictstream.enrich.eval.ArticleCorpus;
import dev.conflictstream.enrich.extract.ArticleText;
import java.util.HashSet;
import java.util.Iterator;
import java.util.List;
import java.util.Set;
import java.util.stream.IntStream;
import org.junit.jupiter.api.Test;

class DateSpreadCorpusTest {
    private static final List<String> TEXTS = List.of(
            "Two civilians were killed yesterday when a shell hit a market in Kharkiv, regional officials said.",
            "Police fired tear gas at protesters in Nairobi on Monday, witnesses said.",
            "An airstrike on a village near Idlib killed at least five people, a monitoring group reported.");

    private static List<ArticleText> spread(int n) {
        return take(new DateSpreadCorpus(new ArticleCorpus(TEXTS)), n);
    }

    private static List<ArticleText> take(Iterator<ArticleText> articles, int n) {
        return IntStream.range(0, n).mapToObj(i -> articles.next()).toList();
    }

    @Test
    void theSameTextsGiveTheSameArticlesOnEveryRun() {
        assertThat(spread(50)).isEqualTo(spread(50));
    }

    @Test
    void eachArticleKeepsItsTextAndIdAndMovesBackByItsOwnShift() {
        List<ArticleText> plain = new ArticleCorpus(TEXTS).take(50);
        List<ArticleText> spread = spread(50);
        for (int k = 0; k < 50; k++) {
            assertThat(spread.get(k).id()).isEqualTo(plain.get(k).id());
            assertThat(spread.get(k).text()).isEqualTo(plain.get(k).text());
            assertThat(spread.get(k).published()).isEqualTo(plain.get(k).published().minusDays(DateSpreadCorpus.shiftDays(k)));
        }
        assertThat(spread.get(1).published()).isBefore(plain.get(1).published());
    }

    @Test
    void consecutiveArticlesCoverEveryDayOfTheSpanOnce() {
        Set<Integer> shifts = new HashSet<>();
        IntStream.range(0, DateSpreadCorpus.SPAN_DAYS).forEach(k -> shifts.add(DateSpreadCorpus.shiftDays(k)));
        assertThat(shifts).hasSize(DateSpreadCorpus.SPAN_DAYS);
        assertThat(shifts).allSatisfy(d -> assertThat(d).isBetween(0, DateSpreadCorpus.SPAN_DAYS - 1));
    }

    @Test
    void copiesOfOneTextLandOnDifferentDays() {
        // With one text, every article is the same text: the plain corpus publishes them all on one day.
        List<ArticleText> copies = take(new DateSpreadCorpus(new ArticleCorpus(List.of(TEXTS.get(0)))), 20);
        assertThat(copies.stream().map(ArticleText::published).distinct()).hasSize(20);
    }

    @Test
    void theChronologicalCorpusIsInDateOrderAHundredADayWithCopiesWeeksApart() {
        List<ArticleText> articles = take(DateSpreadCorpus.chronological(new ArticleCorpus(TEXTS)), 1_000);
        List<ArticleText> plain = new ArticleCorpus(TEXTS).take(1_000);
        for (int k = 1; k < articles.size(); k++) {
            assertThat(articles.get(k).published()).isAfterOrEqualTo(articles.get(k - 1).published());
            assertThat(articles.get(k).text()).isEqualTo(plain.get(k).text());
        }
        assertThat(articles.get(DateSpreadCorpus.CHRONOLOGICAL_PER_DAY).published())
                .isEqualTo(articles.get(0).published().plusDays(1));
        assertThat(articles.get(999).published()).isEqualTo(articles.get(0).published().plusDays(9));
    }
}
