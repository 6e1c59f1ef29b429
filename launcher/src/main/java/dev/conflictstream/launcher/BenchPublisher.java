package dev.conflictstream.launcher;

import dev.conflictstream.enrich.extract.ArticleText;
import dev.conflictstream.ingest.ArticlePublisher;
import dev.conflictstream.ingest.IngestConfig;
import dev.conflictstream.ingest.IngestSummary;
import dev.conflictstream.ingest.read.ArticleDraft;
import dev.conflictstream.ingest.read.ReadResult;
import dev.conflictstream.runtime.ServiceMetrics;
import java.time.Clock;
import java.util.Iterator;
import java.util.List;
import java.util.concurrent.locks.LockSupport;
import org.apache.kafka.clients.producer.KafkaProducer;
import org.apache.kafka.common.serialization.ByteArraySerializer;
import org.apache.kafka.common.utils.Utils;

/**
 * Publishes the bench's articles as ingest does: ingest's {@link ArticlePublisher} and producer
 * settings (one producer for the whole run), articles taken from a corpus in order, each
 * {@link #publish} call a batch that returns once every article is acknowledged.
 */
final class BenchPublisher implements AutoCloseable {
    /**
     * @param startNanos {@link System#nanoTime()} of the first send
     * @param ackedNanos {@link System#nanoTime()} when the last one was acknowledged
     */
    record Batch(long articles, long textBytes, long failed, long startNanos, long ackedNanos) {
        double seconds() {
            return (ackedNanos - startNanos) / 1e9;
        }
    }

    private final Iterator<ArticleText> corpus;
    private final KafkaProducer<byte[], byte[]> producer;
    private final ArticlePublisher publisher;
    private long sent;
    private long failedSoFar;

    BenchPublisher(LocalPipeline pipeline, Iterator<ArticleText> corpus) {
        this.corpus = corpus;
        IngestConfig ingest = IngestConfig.from(pipeline.serviceSettings(), List.of());
        this.producer = new KafkaProducer<>(ingest.producerProperties(), new ByteArraySerializer(), new ByteArraySerializer());
        this.publisher = new ArticlePublisher(producer, pipeline.serdes(), ServiceMetrics.create("ingest"), System.err,
                Clock.systemUTC());
    }

    /** Publishes the next {@code n} articles, paced by {@code pacer}, and waits for their acknowledgements. */
    Batch publish(int n, Pacer pacer) {
        long bytes = 0;
        long start = System.nanoTime();
        for (int i = 0; i < n; i++) {
            ArticleText a = corpus.next();
            long wait = pacer.nanosUntilDue(i, System.nanoTime() - start);
            if (wait > 0) {
                LockSupport.parkNanos(wait);
            }
            publisher.accept(new ReadResult.Parsed(new ArticleDraft(null, a.id(), a.title(), a.published(), "bench",
                    a.text(), "bench#" + sent++)));
            bytes += Utils.utf8Length(a.text()); // counted, not encoded: a copy of every text was a sixth of this thread's allocation
        }
        IngestSummary summary = publisher.finish();
        long acked = System.nanoTime();
        long failed = summary.failed() - failedSoFar;
        failedSoFar = summary.failed();
        return new Batch(n, bytes, failed, start, acked);
    }

    @Override
    public void close() {
        producer.close();
    }
}
