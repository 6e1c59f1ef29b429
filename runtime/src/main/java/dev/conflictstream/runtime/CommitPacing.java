package dev.conflictstream.runtime;

import java.time.Duration;
import java.util.Set;
import org.apache.kafka.streams.processor.Cancellable;
import org.apache.kafka.streams.processor.PunctuationType;
import org.apache.kafka.streams.processor.api.Processor;
import org.apache.kafka.streams.processor.api.ProcessorContext;
import org.apache.kafka.streams.processor.api.ProcessorSupplier;
import org.apache.kafka.streams.processor.api.Record;
import org.apache.kafka.streams.state.StoreBuilder;

/**
 * When a Streams service commits. Under exactly-once every commit is a transaction: the output
 * becomes readable at it, and it costs the broker about the same whatever it carries (partitions
 * added, offsets, commit markers, the transaction log). So a service commits every {@code live}
 * interval while its input is live, for latency, and every {@code backlog} interval (Streams'
 * own {@code commit.interval.ms}) while it works through a backlog (a burst, a replay, a
 * restart after downtime), where waiting a little longer changes nothing a reader sees but
 * saves transactions and coalesces more updates of the same incident or tally into one record.
 *
 * <p>The input counts as a backlog once the last record a task read is older than
 * {@value #BACKLOG_AGE_INTERVALS} backlog intervals, by its timestamp (ingest stamps an article
 * with its ingest time; events keep their article's), and as live again below that. The margin
 * matters downstream: the aggregate's input is up to one backlog interval older than enrich's
 * while enrich drains a backlog, and with a threshold of one interval the aggregate would stay
 * in backlog pace after enrich had caught up. A replay reads old records, so it runs at the
 * backlog pace throughout. Clocks that disagree by more than the threshold make live input look
 * like a backlog: its output then waits up to the backlog interval, never longer.
 *
 * @param live    commit interval while the input is live (the output latency)
 * @param backlog commit interval while a backlog drains
 */
public record CommitPacing(Duration live, Duration backlog) {
    /** The age of the input, in backlog intervals, from which it counts as a backlog. */
    public static final int BACKLOG_AGE_INTERVALS = 5;

    public CommitPacing {
        if (live.isNegative() || live.isZero() || backlog.compareTo(live) < 0) {
            throw new IllegalArgumentException("commit intervals must be positive, the backlog one not below the live one: "
                    + live.toMillis() + " ms live, " + backlog.toMillis() + " ms backlog");
        }
    }

    /** One interval whatever the input: Streams' own commits only. */
    public static CommitPacing fixed(Duration interval) {
        return new CommitPacing(interval, interval);
    }

    /** Streams' {@code commit.interval.ms}: the backlog interval; the live commits are requested on top. */
    public long streamsIntervalMs() {
        return backlog.toMillis();
    }

    /** {@code processor} with the live commits: every record it reads counts for the input's age. */
    public <KIn, VIn, KOut, VOut> ProcessorSupplier<KIn, VIn, KOut, VOut> around(
            ProcessorSupplier<KIn, VIn, KOut, VOut> processor) {
        return new ProcessorSupplier<>() {
            @Override
            public Processor<KIn, VIn, KOut, VOut> get() {
                return new Paced<>(processor.get());
            }

            @Override
            public Set<StoreBuilder<?>> stores() {
                return processor.stores();
            }
        };
    }

    /**
     * When a processor of this stream thread last asked for a commit: a commit covers every task
     * of the thread, so a task whose tick comes within half an interval of another's request leaves it at that.
     */
    private static final ThreadLocal<long[]> LAST_REQUEST = ThreadLocal.withInitial(() -> new long[] {Long.MIN_VALUE / 2});

    /**
     * One task's processor with the live ticks. The tick is scheduled by the first record read and
     * cancelled by a tick that finds none read since the last: a wall-clock punctuation marks its
     * task as needing a commit, and an idle service should commit nothing.
     */
    private final class Paced<KIn, VIn, KOut, VOut> implements Processor<KIn, VIn, KOut, VOut> {
        private final Processor<KIn, VIn, KOut, VOut> inner;
        private ProcessorContext<KOut, VOut> context;
        private Cancellable ticking;
        private boolean readSinceTick;
        private long lastRead;

        Paced(Processor<KIn, VIn, KOut, VOut> inner) {
            this.inner = inner;
        }

        @Override
        public void init(ProcessorContext<KOut, VOut> context) {
            this.context = context;
            inner.init(context);
        }

        @Override
        public void process(Record<KIn, VIn> record) {
            readSinceTick = true;
            lastRead = record.timestamp();
            if (ticking == null && backlog.compareTo(live) > 0) {
                ticking = context.schedule(live, PunctuationType.WALL_CLOCK_TIME, this::tick);
            }
            inner.process(record);
        }

        private void tick(long now) {
            if (!readSinceTick) {
                ticking.cancel();
                ticking = null;
                return;
            }
            if (now - lastRead >= BACKLOG_AGE_INTERVALS * backlog.toMillis()) {
                readSinceTick = false; // a backlog: Streams' own interval commits
                return;
            }
            long[] lastRequest = LAST_REQUEST.get();
            if (now - lastRequest[0] < live.toMillis() / 2) {
                // another task of this thread has just asked: that commit covers these records (half an interval, so
                // a tick that came a little late does not make the next one on the grid skip a whole interval)
                return;
            }
            context.commit();
            lastRequest[0] = now;
            readSinceTick = false;
        }

        @Override
        public void close() {
            inner.close();
        }
    }
}
