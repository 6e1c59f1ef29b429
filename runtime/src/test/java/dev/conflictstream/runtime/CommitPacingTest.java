package dev.conflictstream.runtime;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.atomic.AtomicLong;
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
    /** Each test's own wall-clock time, a minute after the last one's: the thread's last commit request is long past. */
    private static final AtomicLong CLOCK = new AtomicLong(1_800_000_000_000L);

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
                Arguments.of("a clock ahead of ours: counts as live", List.of(-5_000L), true));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("ticks")
    void commitsAtTheLiveIntervalOnlyWhileTheInputIsLive(String why, List<Long> agesAtTick, boolean commits) {
        long now = CLOCK.addAndGet(60_000);
        List<Long> seen = new ArrayList<>();
        MockProcessorContext<String, String> context = new MockProcessorContext<>();
        Processor<String, String, String, String> paced = paced(record -> seen.add(record.timestamp()), context);
        for (long age : agesAtTick) {
            paced.process(new Record<>("k", "v", now - age));
        }

        tick(context, now);

        assertThat(context.committed()).as(why).isEqualTo(commits);
        assertThat(seen).as("every record reaches the processor").hasSize(agesAtTick.size());
    }

    @Test
    void theTickRunsOnWallClockTimeAtTheLiveIntervalFromTheFirstRecordAndStopsWhenIdle() {
        long now = CLOCK.addAndGet(60_000);
        MockProcessorContext<String, String> context = new MockProcessorContext<>();
        Processor<String, String, String, String> paced = paced(record -> { }, context);
        assertThat(context.scheduledPunctuators()).as("nothing read, nothing to tick for").isEmpty();

        paced.process(new Record<>("k", "v", now - 10));
        assertThat(context.scheduledPunctuators()).singleElement().satisfies(p -> {
            assertThat(p.getInterval()).isEqualTo(Duration.ofMillis(100));
            assertThat(p.getType()).isEqualTo(PunctuationType.WALL_CLOCK_TIME);
        });
        tick(context, now);
        context.resetCommit();
        tick(context, now + 100);

        assertThat(context.committed()).as("no new record: no commit").isFalse();
        assertThat(context.scheduledPunctuators()).as("an idle task's tick is cancelled: an idle service commits nothing")
                .allMatch(MockProcessorContext.CapturedPunctuator::cancelled);
        paced.process(new Record<>("k", "v", now + 150));
        assertThat(context.scheduledPunctuators()).as("the next record ticks again").filteredOn(p -> !p.cancelled()).hasSize(1);
    }

    @Test
    void aTaskWhoseTickFollowsAnotherTasksRequestOnTheSameThreadLeavesTheCommitToIt() {
        long now = CLOCK.addAndGet(60_000);
        MockProcessorContext<String, String> first = new MockProcessorContext<>();
        MockProcessorContext<String, String> second = new MockProcessorContext<>();
        Processor<String, String, String, String> a = paced(record -> { }, first);
        Processor<String, String, String, String> b = paced(record -> { }, second);
        a.process(new Record<>("k", "v", now - 10));
        b.process(new Record<>("k", "v", now - 10));

        tick(first, now);
        tick(second, now + 40);
        assertThat(first.committed()).isTrue();
        assertThat(second.committed()).as("the first task's commit covers the thread's tasks").isFalse();

        tick(first, now + 100); // nothing new read by the first task: it asks for nothing
        tick(second, now + 140);
        assertThat(second.committed()).as("still unrequested a live interval later: the second task asks").isTrue();
    }

    @Test
    void aTickThatCameLateDoesNotMakeTheNextOneSkipAnInterval() {
        long now = CLOCK.addAndGet(60_000);
        MockProcessorContext<String, String> context = new MockProcessorContext<>();
        Processor<String, String, String, String> paced = paced(record -> { }, context);
        paced.process(new Record<>("k", "v", now - 10));
        tick(context, now + 15); // the thread was busy: the tick due at now came 15 ms late
        context.resetCommit();

        paced.process(new Record<>("k", "v", now + 50));
        tick(context, now + 100); // the next tick on the grid, 85 ms after the last request

        assertThat(context.committed()).isTrue();
    }

    @Test
    void aFixedIntervalLeavesCommitsToStreams() {
        MockProcessorContext<String, String> context = new MockProcessorContext<>();
        CommitPacing fixed = CommitPacing.fixed(Duration.ofMillis(100));
        Processor<String, String, String, String> paced = fixed.<String, String, String, String>around(() -> record -> { }).get();
        paced.init(context);
        paced.process(new Record<>("k", "v", CLOCK.get()));

        assertThat(context.scheduledPunctuators()).isEmpty();
        assertThat(fixed.streamsIntervalMs()).isEqualTo(100);
        assertThat(PACING.streamsIntervalMs()).as("Streams commits at the backlog interval").isEqualTo(1_000);
    }

    @Test
    void aBacklogIntervalBelowTheLiveOneIsRefused() {
        assertThatThrownBy(() -> new CommitPacing(Duration.ofSeconds(1), Duration.ofMillis(100)))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("1000 ms live, 100 ms backlog");
    }

    private static Processor<String, String, String, String> paced(Processor<String, String, String, String> inner,
                                                                   MockProcessorContext<String, String> context) {
        Processor<String, String, String, String> paced = PACING.<String, String, String, String>around(() -> inner).get();
        paced.init(context);
        return paced;
    }

    private static void tick(MockProcessorContext<String, String> context, long now) {
        context.scheduledPunctuators().stream().filter(p -> !p.cancelled()).toList()
                .forEach(p -> p.getPunctuator().punctuate(now));
    }
}
