package dev.conflictstream.ingest;

import static org.assertj.core.api.Assertions.assertThat;

import dev.conflictstream.ingest.read.ArticleDraft;
import org.junit.jupiter.api.Test;

class ArticleIdsTest {

    static ArticleDraft draft(String url, String externalId, String text) {
        return new ArticleDraft(url, externalId, "t", null, null, text, "o");
    }

    @Test
    void sameUrlUpToTrackingAndCaseGivesTheSameId() {
        assertThat(ArticleIds.of(draft("https://www.Example.org/news/strike/?utm_source=feed#top", null, "a")))
                .isEqualTo(ArticleIds.of(draft("http://example.org/news/strike", null, "b")));
    }

    @Test
    void withoutUrlTheNormalisedTextDecides() {
        assertThat(ArticleIds.of(draft(null, null, "Two  people were\nkilled.")))
                .isEqualTo(ArticleIds.of(draft(null, null, "two people were killed. ")))
                .isNotEqualTo(ArticleIds.of(draft(null, null, "Three people were killed.")));
    }

    @Test
    void theSourcesOwnIdWinsOverText() {
        assertThat(ArticleIds.of(draft(null, "ucdp-1", "a"))).isEqualTo(ArticleIds.of(draft(null, "ucdp-1", "b")));
    }
}
