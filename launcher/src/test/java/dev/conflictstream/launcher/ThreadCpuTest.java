package dev.conflictstream.launcher;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class ThreadCpuTest {
    private static final List<ThreadCpu.Group> GROUPS = List.of(
            new ThreadCpu.Group("enrich", "conflictstream-enrich-"),
            new ThreadCpu.Group("aggregate", "conflictstream-aggregate-"));

    private static ThreadCpu.ThreadTime t(String name, long cpuNanos) {
        return new ThreadCpu.ThreadTime(name, cpuNanos);
    }

    @Test
    void streamThreadsAndTheirClientThreadsCountForTheirApplication() {
        assertThat(ThreadCpu.groupOf("conflictstream-enrich-8f1c-4b2a-StreamThread-1", GROUPS)).isEqualTo("enrich");
        assertThat(ThreadCpu.groupOf("kafka-producer-network-thread | conflictstream-aggregate-8f1c-StreamThread-1-producer", GROUPS))
                .isEqualTo("aggregate");
        assertThat(ThreadCpu.groupOf("data-plane-kafka-request-handler-0", GROUPS)).isEqualTo(ThreadCpu.OTHER_THREADS);
        assertThat(ThreadCpu.groupOf("conflictstream-enrich-8f1c-CleanupThread", GROUPS)).isEqualTo("enrich");
    }

    @Test
    void sumsTheCpuSpentBetweenSnapshotsPerGroupAndLeavesTheRestToTheJvm() {
        var before = new ThreadCpu.Snapshot(Map.of(
                1L, t("conflictstream-enrich-a-StreamThread-1", 1_000),
                2L, t("conflictstream-aggregate-b-StreamThread-1", 2_000),
                3L, t("data-plane-kafka-request-handler-0", 500),
                4L, t("short-lived", 100),
                6L, t("main", 50)), 10_000);
        var after = new ThreadCpu.Snapshot(Map.of(
                1L, t("conflictstream-enrich-a-StreamThread-1", 4_000),
                2L, t("conflictstream-aggregate-b-StreamThread-1", 3_000),
                3L, t("data-plane-kafka-request-handler-0", 1_500),
                5L, t("kafka-producer-network-thread | conflictstream-enrich-a-StreamThread-1-producer", 700),
                6L, t("main", 250),
                7L, t("kafka-producer-network-thread | conflictstream-ingest", 100)), 20_000);

        Map<String, Long> cpu = ThreadCpu.byGroup(before, after, GROUPS);

        assertThat(cpu).containsExactly(
                Map.entry("enrich", 3_700L),      // 3,000 + a client thread started in between
                Map.entry("aggregate", 1_000L),
                Map.entry(ThreadCpu.OTHER_THREADS, 1_300L), // the broker's 1,000, the publisher's 300
                Map.entry(ThreadCpu.PUBLISHER, 300L),     // the bench's main thread and ingest's producer
                Map.entry(ThreadCpu.NOT_IN_JAVA_THREADS, 4_000L), // 10,000 - 6,000 in live Java threads
                Map.entry("process", 10_000L));
    }

    @Test
    void theJvmRemainderIsNeverNegative() {
        var before = new ThreadCpu.Snapshot(Map.of(1L, t("main", 0)), 0);
        var after = new ThreadCpu.Snapshot(Map.of(1L, t("main", 1_200)), 1_000); // clocks sampled at slightly different instants
        assertThat(ThreadCpu.byGroup(before, after, GROUPS)).containsEntry(ThreadCpu.NOT_IN_JAVA_THREADS, 0L)
                .containsEntry("enrich", 0L).containsEntry(ThreadCpu.OTHER_THREADS, 1_200L);
    }

    @Test
    void splitsTheRestByTheJvmsAndRocksDbsThreadNamesFromProc(@TempDir Path tasks) throws Exception {
        // proc(5): utime and stime are fields 14 and 15, in clock ticks of 10 ms; a name may hold spaces and parentheses
        task(tasks, "101", "GC Thread#0", "101 (GC Thread#0) S 1 1 1 0 -1 4194368 0 0 0 0 250 50 0 0 20 0 1 0");
        task(tasks, "102", "C2 CompilerThre", "102 (C2 CompilerThre) S 1 1 1 0 -1 4194368 0 0 0 0 100 20 0 0 20 0 1 0");
        task(tasks, "103", "rocksdb:low", "103 (rocksdb:low) S 1 1 1 0 -1 4194368 0 0 0 0 7 3 0 0 20 0 1 0");
        task(tasks, "104", "main (x)", "104 (main (x)) S 1 1 1 0 -1 4194368 0 0 0 0 999 1 0 0 20 0 1 0");

        assertThat(ThreadCpu.nativeKinds(tasks)).containsExactlyInAnyOrderEntriesOf(Map.of(
                "  of which GC", 3_000_000_000L,
                "  of which JIT compiler", 1_200_000_000L,
                "  of which RocksDB", 100_000_000L));
        assertThat(ThreadCpu.nativeKinds(tasks.resolve("absent"))).as("no /proc: no rows, no failure").isEmpty();

        var before = new ThreadCpu.Snapshot(Map.of(), 0, Map.of("  of which GC", 1_000L));
        var after = new ThreadCpu.Snapshot(Map.of(), 10_000, Map.of("  of which GC", 4_000L, "  of which RocksDB", 500L));
        assertThat(ThreadCpu.byGroup(before, after, GROUPS)).containsEntry("  of which GC", 3_000L)
                .containsEntry("  of which RocksDB", 500L).containsEntry(ThreadCpu.NOT_IN_JAVA_THREADS, 10_000L)
                .doesNotContainKey("  of which JIT compiler");
    }

    private static void task(Path tasks, String tid, String comm, String stat) throws Exception {
        Path dir = Files.createDirectories(tasks.resolve(tid));
        Files.writeString(dir.resolve("comm"), comm + "\n");
        Files.writeString(dir.resolve("stat"), stat + "\n");
    }
}
