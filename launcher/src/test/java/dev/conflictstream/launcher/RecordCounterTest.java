package dev.conflictstream.launcher;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Map;
import org.apache.kafka.common.TopicPartition;
import org.junit.jupiter.api.Test;

class RecordCounterTest {
    private static TopicPartition p(String topic, int partition) {
        return new TopicPartition(topic, partition);
    }

    @Test
    void sumsTheOffsetsAppendedToEveryPartitionOfATopic() {
        var before = Map.of(p("conflict.events.v1", 0), 100L, p("conflict.events.v1", 1), 50L, p("__consumer_offsets", 7), 10L);
        var after = Map.of(p("conflict.events.v1", 0), 130L, p("conflict.events.v1", 1), 62L, p("__consumer_offsets", 7), 13L);
        assertThat(RecordCounter.perTopic(before, after))
                .containsExactly(Map.entry("__consumer_offsets", 3L), Map.entry("conflict.events.v1", 42L));
    }

    @Test
    void aTopicCreatedInBetweenCountsFromZeroAndAnUntouchedTopicIsLeftOut() {
        var before = Map.of(p("conflict.articles.v1", 0), 500L);
        var after = Map.of(p("conflict.articles.v1", 0), 500L,
                p("conflictstream-aggregate-incidents-changelog", 0), 4L, p("conflictstream-aggregate-incidents-changelog", 1), 6L);
        assertThat(RecordCounter.perTopic(before, after))
                .containsExactly(Map.entry("conflictstream-aggregate-incidents-changelog", 10L));
    }
}
