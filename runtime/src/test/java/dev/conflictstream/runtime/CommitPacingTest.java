package dev.conflictstream.runtime;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;
import org.apache.kafka.streams.processor.PunctuationType;
import org.apache.kafka.streams.processor.api.MockProcessorContext;
import org.apache.kafka.streams.processor.api.Processor;
import org.apache.kafka.streams.processor.api.Record;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

class CommitPacingTest {
    private static final CommitPacing PACING = new CommitPacing(Duration.ofMillis(100), Duration.ofSeconds(1));
    private static final long NOW = 1_800_000_000_000L;

    static Stream<Arguments> ticks() {
        return Stream.of(
                // ages of the records read since the last tick (ms before the tick) -> commit requested
                Arguments.of("a fresh record: live input, commit now", List.of(40L), true),
                Arguments.of("a record a second old: a hiccup upstream, or enrich's backlog commits", List.of(1_000L), true),
                Arguments.of("a record just under five backlog intervals old", List.of(4_999L), true),
                Arguments.of("the last record five seconds old: a backlog, Streams' interval commits", List.of(5_000L), false),
                Arguments.of("a replay of last year's articles", List.of(365L * 86_400_000L), false),
                Arguments.of("a backlog that has just drained: the last record read decides", List.of(30_000L, 20L), true),
                Arguments.of("a late old record after fresh ones: still behind", List.of(20L, 30_000L), false),
                Arguments.of("nothing read since the last tick: nothing to commit", List.of(), false),
                Arguments.of("a clock ahead of ours: counts as live", List.of(-5_000L), true));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("ticks")
    void commitsAtTheLiveIntervalOnlyWhileTheInputIsLive(String why, List<Long> agesAtTick, boolean commits) {
        List<Long> seen = new ArrayList<>();
        MockProcessorContext<String, String> context = new MockProcessorContext<>();
        Processor<String, String, String, String> paced = PACING.<String, String, String, String>around(() -> record -> seen.add(record.timestamp())).get();
        paced.init(context);
        for (long age : agesAtTick) {
            paced.process(new Record<>("k", "v", NOW - age));
        }

        tick(context, NOW);

        assertThat(context.committed()).as(why).isEqualTo(commits);
        assertThat(seen).as("every record reaches the processor").hasSize(agesAtTick.size());
    }

    @Test
    void aTickWithoutNewRecordsDoesNotCommitAgain() {
        MockProcessorContext<String, String> context = new MockProcessorContext<>();
        Processor<String, String, String, String> paced = PACING.<String, String, String, String>around(() -> record -> { }).get();
        paced.init(context);
        paced.process(new Record<>("k", "v", NOW - 10));
        tick(context, NOW);
        context.resetCommit();

        tick(context, NOW + 100);

        assertThat(context.committed()).isFalse();
    }

    @Test
    void theLiveTickRunsOnWallClockTimeAtTheLiveInterval() {
        MockProcessorContext<String, String> context = new MockProcessorContext<>();
        PACING.<String, String, String, String>around(() -> record -> { }).get().init(context);

        assertThat(context.scheduledPunctuators()).singleElement().satisfies(p -> {
            assertThat(p.getInterval()).isEqualTo(Duration.ofMillis(100));
            assertThat(p.getType()).isEqualTo(PunctuationType.WALL_CLOCK_TIME);
        });
    }

    @Test
    void aFixedIntervalLeavesCommitsToStreams() {
        MockProcessorContext<String, String> context = new MockProcessorContext<>();
        CommitPacing fixed = CommitPacing.fixed(Duration.ofMillis(100));
        fixed.<String, String, String, String>around(() -> record -> { }).get().init(context);

        assertThat(context.scheduledPunctuators()).isEmpty();
        assertThat(fixed.streamsIntervalMs()).isEqualTo(100);
        assertThat(PACING.streamsIntervalMs()).as("Streams commits at the backlog interval").isEqualTo(1_000);
    }

    @Test
    void aBacklogIntervalBelowTheLiveOneIsRefused() {
        assertThatThrownBy(() -> new CommitPacing(Duration.ofSeconds(1), Duration.ofMillis(100)))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("1000 ms live, 100 ms backlog");
    }

    private static void tick(MockProcessorContext<String, String> context, long now) {
        context.scheduledPunctuators().forEach(p -> p.getPunctuator().punctuate(now));
    }
}
