package dev.conflictstream.enrich.eval;

import static org.assertj.core.api.Assertions.assertThat;

import dev.conflictstream.enrich.extract.ArticleText;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;

class ArticleCorpusTest {

    @Test
    void firstThousandArticlesAreTheJmhCorpusOfFileOrderTextsCycled() throws Exception {
        List<String> texts = ArticleCorpus.readTexts(ArticleCorpus.evalDir());
        List<ArticleText> corpus = new ArticleCorpus(texts).take(1000);
        // The JMH benchmark's original generator, verbatim in effect: texts in file order, cycled.
        List<String> expected = new ArrayList<>();
        StringBuilder sb = new StringBuilder();
        int i = 0;
        while (expected.size() < 1000) {
            String t = texts.get(i++ % texts.size());
            if (sb.length() > 0) sb.append("\n\n");
            sb.append(t.length() > 3000 ? t.substring(0, 3000) : t);
            if (sb.length() >= 3000) {
                expected.add(sb.toString());
                sb.setLength(0);
            }
        }
        assertThat(corpus).extracting(ArticleText::text).containsExactlyElementsOf(expected);
        assertThat(corpus).extracting(ArticleText::published).containsOnly(ArticleCorpus.FIRST_DAY);
        assertThat(corpus.get(999).id()).isEqualTo("bench-999");
    }

    @Test
    void twentyThousandArticlesAreMostlyDifferentTextsOfAboutThreeKilobytes() throws Exception {
        ArticleCorpus corpus = ArticleCorpus.fromEvalDir(ArticleCorpus.evalDir());
        Set<String> distinct = new HashSet<>();
        long chars = 0;
        ArticleText last = null;
        for (int k = 0; k < 20_000; k++) {
            last = corpus.next();
            distinct.add(last.text());
            chars += last.text().length();
        }
        // The JMH block (first 1,000) cycles 283 texts; after it, nearly every article is new (18,656 in all).
        assertThat(distinct.size()).isGreaterThan(18_500);
        assertThat(chars / 20_000).isBetween(3_000L, 4_500L);
        assertThat(last.id()).isEqualTo("bench-19999");
        assertThat(last.published()).isEqualTo(ArticleCorpus.FIRST_DAY.plusDays(19));
    }

    @Test
    void stridesSkipFactorsOfTheTextCount() {
        assertThat(ArticleCorpus.nextStride(1, 10)).isEqualTo(3);
        assertThat(ArticleCorpus.nextStride(3, 10)).isEqualTo(7);
        assertThat(ArticleCorpus.nextStride(10, 10)).isEqualTo(13); // 11 = 1 mod 10 is file order again
        assertThat(ArticleCorpus.sentenceStart("One. Two. Three.", 3)).isEqualTo(5);
        assertThat(ArticleCorpus.sentenceStart("One. Two", 0)).isZero();
    }
}
