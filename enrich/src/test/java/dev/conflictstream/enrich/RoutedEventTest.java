package dev.conflictstream.enrich;

import static org.assertj.core.api.Assertions.assertThat;

import dev.conflictstream.schema.topic.RegionPartitioning;
import java.util.Set;
import org.junit.jupiter.api.Test;

class RoutedEventTest {

    @Test
    void sendsAnEventToThePartitionOfItsRegionAndARetractionOfUnknownRegionEverywhere() {
        var partitioner = RoutedEvent.partitioner();
        assertThat(partitioner.partitions("events", "a/0/air-drone-strike", RoutedEvent.retraction("UA.21"), 6))
                .contains(Set.of(RegionPartitioning.partition("UA.21", 6)));
        assertThat(partitioner.partitions("events", "a/0/air-drone-strike", RoutedEvent.retraction(null), 3))
                .contains(Set.of(0, 1, 2));
    }

    @Test
    void regionsSpreadOverPartitionsTheWayKafkaSpreadsKeys() {
        assertThat(RegionPartitioning.partition("UA.21", 1)).isZero();
        assertThat(Set.of("UA.21", "UA.07", "RU.41", "SO.01", "ML.08", "US.FL", "XX.00").stream()
                .map(code -> RegionPartitioning.partition(code, 6)).distinct().count()).isGreaterThan(2);
    }

    @Test
    void remembersTheRegionOfWhatItPublishedAndReadsEntriesOfOlderReleasesAsRegionUnknown() {
        PublishedEvent published = new PublishedEvent("a/0/air-drone-strike", "UA.21");
        assertThat(PublishedEvent.parse(published.format())).isEqualTo(published);
        assertThat(PublishedEvent.parse("a/0/air-drone-strike")).isEqualTo(new PublishedEvent("a/0/air-drone-strike", null));
        assertThat(PublishedEvent.parse("XX.00|b/12/armed-clash")).isEqualTo(new PublishedEvent("b/12/armed-clash", "XX.00"));
    }

    @Test
    void remembersTheVersionAnArticleWasExtractedFromAndReadsEntriesWithoutOneAsVersionZero() {
        PublishedArticle article = new PublishedArticle(1_738_929_600_000L, java.util.List.of(new PublishedEvent("a/0/x", "UA.21")));
        assertThat(PublishedArticle.parse(article.format())).isEqualTo(article);
        assertThat(PublishedArticle.parse(java.util.List.of("a/0/x"))).isEqualTo(
                new PublishedArticle(0, java.util.List.of(new PublishedEvent("a/0/x", null))));
        assertThat(PublishedArticle.parse(null)).isEqualTo(new PublishedArticle(0, java.util.List.of()));
    }
}
