package dev.conflictstream.launcher;

import static dev.conflictstream.launcher.ChildPipeline.ARTICLES;
import static dev.conflictstream.launcher.ChildPipeline.RUN_TIMEOUT;
import static dev.conflictstream.launcher.ChildPipeline.awaitProcessed;
import static dev.conflictstream.launcher.ChildPipeline.drain;
import static dev.conflictstream.launcher.ChildPipeline.kill;
import static dev.conflictstream.launcher.ChildPipeline.read;
import static dev.conflictstream.launcher.ChildPipeline.regionRows;
import static dev.conflictstream.launcher.ChildPipeline.regionTable;
import static dev.conflictstream.launcher.ChildPipeline.secondsSince;
import static dev.conflictstream.launcher.ChildPipeline.service;
import static dev.conflictstream.launcher.ChildPipeline.talliedIncidents;
import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.conflictstream.aggregate.AggregateConfig;
import dev.conflictstream.schema.topic.Topics;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.OptionalLong;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.function.Supplier;
import org.apache.kafka.clients.admin.Admin;
import org.apache.kafka.clients.admin.AdminClientConfig;
import org.apache.kafka.clients.consumer.OffsetAndMetadata;
import org.apache.kafka.common.TopicPartition;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Crash safety, proven by killing processes with SIGKILL (no shutdown hook, no commit, no
 * flush) and starting them again on the same data, <em>without</em> ingesting anything more:
 * the tallies must equal those of a run never killed ({@link ChildPipeline#reference()}).
 * Exactly-once means nothing lost and nothing counted twice, whatever the moment: a re-ingest
 * would hide a lost event, so there is none.
 */
class CrashSafetyTest {
    /**
     * Delays after the aggregate's committed input offsets advance at which it is killed: the
     * kills land right after a commit, inside the next open transaction, and at the end of the
     * commit interval, where the next commit is under way: 100 ms while the input is live, a
     * second while a restarted aggregate works through a backlog
     * ({@link dev.conflictstream.runtime.CommitPacing}; at the live pace the last kill lands inside
     * a later transaction).
     */
    private static final List<Integer> KILL_DELAYS_AFTER_COMMIT_MS = List.of(0, 45, 95, 950);

    @TempDir
    Path tmp;

    /** The whole pipeline (broker, registry, enrich, aggregate) in one child JVM, killed while the aggregate is mid-stream. */
    @Test
    void aPipelineKilledMidStreamAndRestartedEndsWithTheFiguresOfOneNeverKilled() throws Exception {
        ChildPipeline.Reference reference = ChildPipeline.reference();
        Path nothing = Files.createDirectories(tmp.resolve("nothing-more"));

        ChildPipeline.Ports ports = ChildPipeline.Ports.free();
        Path killedDir = tmp.resolve("killed");
        Process serving = ChildPipeline.run(killedDir, reference.articles(), ports, false);
        AtomicBoolean published = new AtomicBoolean();
        ChildPipeline.Output log = drain(serving, line -> {
            if (line.startsWith("ingest: read " + ARTICLES + ", published " + ARTICLES)) {
                published.set(true);
            }
        });
        long tallied = awaitMidStream(serving, published, ports.aggregateHttp(), reference.incidents(),
                () -> String.join("\n", log.lines()));
        kill(serving);

        long restartedAt = System.nanoTime();
        Process restart = ChildPipeline.run(killedDir, nothing, ports, true);
        ChildPipeline.Output restartLog = drain(restart, line -> { });
        double resumedSeconds = awaitTallied(restart, ports.aggregateHttp(), tallied, restartedAt);
        assertThat(restart.waitFor(RUN_TIMEOUT.toSeconds(), TimeUnit.SECONDS)).as("restarted run --once ended").isTrue();
        double restartedSeconds = secondsSince(restartedAt);
        String restartOutput = restartLog.await();
        String restarted = regionTable(restartOutput);
        if (!restarted.equals(reference.table())) {
            Path kept = Files.writeString(Files.createTempFile("crash-safety-restart-", ".log"), restartOutput);
            System.out.println("crash safety: the restarted run's output is kept in " + kept);
        }
        System.out.printf("crash safety: killed with %,d of %,d incidents tallied; after the restart %d region rows compared%n",
                tallied, reference.incidents(), regionRows(reference.table()));
        System.out.printf("crash safety: recovery: the restarted run tallied past the kill after %.1f s and ended after %.1f s "
                + "(a run never killed: %.1f s from scratch)%n", resumedSeconds, restartedSeconds, reference.seconds());
        assertThat(restarted).as("killed with %,d of %,d incidents tallied, restarted", tallied, reference.incidents())
                .isEqualTo(reference.table());
    }

    /**
     * Enrich and aggregate as their own processes against {@code ./pipeline broker}, which stays
     * up: both killed mid-stream and started again; then, while they catch up, the aggregate is
     * killed right at its commits (see {@link #KILL_DELAYS_AFTER_COMMIT_MS}) and restarted, each
     * time. The tallies a subscriber reads then make the table of the one-process run never killed.
     * Last the aggregate loses its disk: started on an empty state directory, it restores its
     * state from the topics (the events topic is the changelog of its events) and its query API
     * answers as before.
     */
    @Test
    void enrichAndAggregateKilledAsSeparateProcessesMidStreamAndAtCommitsEndWithTheSameFigures() throws Exception {
        ChildPipeline.Reference reference = ChildPipeline.reference();
        ChildPipeline.Ports ports = ChildPipeline.Ports.free();
        Path dir = Files.createDirectories(tmp.resolve("separate"));
        try (ChildPipeline.Broker broker = ChildPipeline.broker(dir.resolve("broker"), ports);
             Admin admin = Admin.create(Map.of(AdminClientConfig.BOOTSTRAP_SERVERS_CONFIG, broker.bootstrap()))) {
            Process enrich = service("enrich", dir, ports, broker);
            Process aggregate = service("aggregate", dir, ports, broker);
            assertThat(Main.execute("ingest", "--bootstrap-servers", broker.bootstrap(), "--schema-registry-url",
                    broker.registry(), reference.articles().toString())).isZero();
            long tallied = awaitMidStream(aggregate, new AtomicBoolean(true), ports.aggregateHttp(), reference.incidents(),
                    () -> read(dir.resolve("aggregate.log")));
            kill(enrich);
            kill(aggregate);

            long restartedAt = System.nanoTime();
            enrich = service("enrich", dir, ports, broker);
            aggregate = service("aggregate", dir, ports, broker);
            List<String> commitKills = new ArrayList<>();
            for (int delay : KILL_DELAYS_AFTER_COMMIT_MS) {
                OptionalLong committed = awaitCommitAdvance(admin, aggregate, () -> read(dir.resolve("aggregate.log")));
                if (committed.isEmpty()) {
                    break; // all processed: no commit left to kill at
                }
                Thread.sleep(delay); // the moment of the kill within the commit cycle is the point of the test
                kill(aggregate);
                commitKills.add(String.format("+%d ms after committing offset %,d", delay, committed.getAsLong()));
                aggregate = service("aggregate", dir, ports, broker);
            }
            assertThat(awaitProcessed(broker)).as("processed after the restarts").isTrue();
            double recovered = secondsSince(restartedAt);
            String restarted = ChildPipeline.subscribedTable(broker);
            JsonNode answered = withoutUpdatedAt(ChildPipeline.regions(ports.aggregateHttp()));

            kill(aggregate);
            ChildPipeline.deleteQuietly(dir.resolve("aggregate"));
            long diskLostAt = System.nanoTime();
            aggregate = service("aggregate", dir, ports, broker);
            JsonNode restored = awaitAnswer(aggregate, ports.aggregateHttp(), answered);
            double restoredSeconds = secondsSince(diskLostAt);
            enrich.destroy();
            aggregate.destroy();
            System.out.printf("crash safety, separate processes: killed at commits %s; the aggregate on an empty state "
                    + "directory answered again after %.1f s%n", commitKills, restoredSeconds);
            assertThat(answered).as("regions answered before the disk was lost").hasSizeGreaterThan(10);
            assertThat(restored).as("regions answered after restoring from the topics").isEqualTo(answered);
            assertThat(commitKills).as("kills that landed at a commit, while the aggregate had work").isNotEmpty();
            assertThat(restarted).as("killed with %,d of %,d incidents tallied, then at commits %s", tallied,
                    reference.incidents(), commitKills).isEqualTo(reference.table());
        }
    }

    /**
     * Polls the aggregate's committed offsets on the events topic and returns their sum as soon
     * as they advance: the aggregate has just committed a transaction and is in the next one.
     * Empty once everything is processed (no commit is coming).
     */
    private static OptionalLong awaitCommitAdvance(Admin admin, Process aggregate, Supplier<String> log) throws Exception {
        String group = AggregateConfig.defaults().applicationId();
        ProcessingWatcher watcher = new ProcessingWatcher(admin);
        long first = -1;
        long deadline = System.nanoTime() + RUN_TIMEOUT.toNanos();
        long idleCheck = System.nanoTime();
        while (System.nanoTime() < deadline && aggregate.isAlive()) {
            Map<TopicPartition, OffsetAndMetadata> offsets = admin.listConsumerGroupOffsets(group)
                    .partitionsToOffsetAndMetadata().get(10, TimeUnit.SECONDS);
            long sum = offsets.entrySet().stream().filter(entry -> entry.getKey().topic().equals(Topics.EVENTS.name()))
                    .mapToLong(entry -> entry.getValue() == null ? 0 : entry.getValue().offset()).sum();
            if (first < 0) {
                first = sum;
            } else if (sum > first) {
                return OptionalLong.of(sum);
            } else if (System.nanoTime() - idleCheck > 1_000_000_000L) { // seldom: it would blur the moment of the kill
                if (watcher.isIdle(ChildPipeline.applications())) {
                    return OptionalLong.empty();
                }
                idleCheck = System.nanoTime();
            }
            Thread.sleep(10);
        }
        throw new AssertionError("the aggregate never committed; its output:\n" + log.get());
    }

    /** {@code /regions} without each row's {@code updatedAt}: a freshness hint, the one field a rebuild may tell differently. */
    private static JsonNode withoutUpdatedAt(JsonNode regions) {
        regions.forEach(region -> ((ObjectNode) region).remove("updatedAt"));
        return regions;
    }

    /** {@code /regions} once it answers {@code expected} (or what it answers after {@link ChildPipeline#PROCESSING_TIMEOUT}). */
    private static JsonNode awaitAnswer(Process aggregate, int queryPort, JsonNode expected) throws InterruptedException {
        long deadline = System.nanoTime() + ChildPipeline.PROCESSING_TIMEOUT.toNanos();
        JsonNode answer = withoutUpdatedAt(ChildPipeline.regions(queryPort));
        while (!answer.equals(expected) && aggregate.isAlive() && System.nanoTime() < deadline) {
            Thread.sleep(200);
            answer = withoutUpdatedAt(ChildPipeline.regions(queryPort));
        }
        return answer;
    }

    /** Waits until every article is published and the aggregate has tallied a quarter of the incidents or more, not all; how many. */
    private static long awaitMidStream(Process serving, AtomicBoolean published, int queryPort, long all,
            Supplier<String> log) throws Exception {
        long deadline = System.nanoTime() + RUN_TIMEOUT.toNanos();
        while (System.nanoTime() < deadline && serving.isAlive()) {
            if (published.get()) {
                long tallied = talliedIncidents(queryPort);
                if (tallied >= all / 4 && tallied < all) {
                    return tallied;
                }
                assertThat(tallied).as("the pipeline finished before it could be killed mid-stream").isLessThan(all);
            }
            Thread.sleep(50);
        }
        throw new AssertionError("never mid-stream; child output:\n" + log.get());
    }

    /** Seconds from {@code since} until the restarted run tallies more than {@code killedAt} incidents (NaN if it never does). */
    private static double awaitTallied(Process run, int queryPort, long killedAt, long since) throws InterruptedException {
        while (run.isAlive()) {
            if (talliedIncidents(queryPort) > killedAt) {
                return secondsSince(since);
            }
            Thread.sleep(100);
        }
        return Double.NaN;
    }
}
