package dev.conflictstream.runtime;

import io.micrometer.core.instrument.Metrics;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.apache.kafka.clients.producer.ProducerRecord;
import org.apache.kafka.streams.errors.DefaultProductionExceptionHandler;
import org.apache.kafka.streams.errors.DeserializationExceptionHandler;
import org.apache.kafka.streams.errors.ErrorHandlerContext;
import org.apache.kafka.streams.errors.LogAndContinueExceptionHandler;
import org.apache.kafka.streams.errors.LogAndContinueProcessingExceptionHandler;
import org.apache.kafka.streams.errors.ProcessingExceptionHandler;
import org.apache.kafka.streams.errors.ProductionExceptionHandler;
import org.apache.kafka.streams.processor.api.Record;

/**
 * Exception handlers that keep a bad record instead of stopping the stream: Kafka Streams'
 * log-and-continue handlers write it byte for byte to the dead-letter topic
 * ({@code errors.dead.letter.queue.topic.name}, reason, topic, partition and offset in
 * headers); these subclasses also count it as {@code conflictstream_dead_letters_total}
 * tagged by stage, so a dashboard shows it.
 */
public final class DeadLetters {
    public static final String METRIC = "conflictstream.dead.letters";

    private DeadLetters() {}

    static void count(String stage, Exception exception) {
        Metrics.counter(METRIC, "stage", stage, "reason", exception.getClass().getSimpleName()).increment();
    }

    /** A record that could not be decoded (not our wire format, unknown schema id, corrupt Avro). */
    public static final class OnDeserialization extends LogAndContinueExceptionHandler {
        @Override
        public DeserializationExceptionHandler.Response handleError(ErrorHandlerContext context,
                ConsumerRecord<byte[], byte[]> record, Exception exception) {
            count("deserialization", exception);
            return super.handleError(context, record, exception);
        }
    }

    /** A record a processor threw on (a bug or an input no rule foresaw). */
    public static final class OnProcessing extends LogAndContinueProcessingExceptionHandler {
        @Override
        public ProcessingExceptionHandler.Response handleError(ErrorHandlerContext context, Record<?, ?> record,
                Exception exception) {
            count("processing", exception);
            return super.handleError(context, record, exception);
        }
    }

    /**
     * A record that could not be serialized is dead-lettered and skipped; a send failure
     * (broker side) keeps Kafka's default (fail, so exactly-once retries the transaction).
     */
    public static final class OnProduction extends DefaultProductionExceptionHandler {
        @Override
        public ProductionExceptionHandler.Response handleSerializationError(ErrorHandlerContext context,
                ProducerRecord record, Exception exception, ProductionExceptionHandler.SerializationExceptionOrigin origin) {
            count("serialization", exception);
            return ProductionExceptionHandler.Response.resume();
        }
    }
}
