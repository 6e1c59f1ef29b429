package dev.conflictstream.runtime;

import io.micrometer.core.instrument.MeterRegistry;
import io.micrometer.core.instrument.Metrics;
import java.util.List;
import java.util.Map;
import org.apache.kafka.streams.StreamsConfig;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
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
import dev.conflictstream.schema.serde.SchemaRegistryException;

/**
 * Exception handlers that keep a bad record instead of stopping the stream: Kafka Streams'
 * log-and-continue handlers write it byte for byte to the dead-letter topic
 * ({@code errors.dead.letter.queue.topic.name}, reason, topic, partition and offset in
 * headers); these subclasses also count it as {@code conflictstream_dead_letters_total}
 * tagged by stage, so a dashboard shows it. A schema registry outage is not a bad record:
 * it fails the task (retried from the last commit) instead of dead-lettering good data.
 *
 * <p>A dead letter always fits the producer's limit ({@link DeadLetterFit}: the value cut, the
 * cut said in headers). That is what keeps one record from stopping its partition: under
 * exactly-once a refused send puts the transactional producer in an abortable state, the
 * transaction is aborted and the record processed again, forever (tried: a 1,047,500-byte
 * poison article, dead letter 1,049,612 bytes, retried every ~45 s). A dead letter the broker
 * still refuses (a dead-letter topic with a smaller {@code max.message.bytes}) is logged and
 * counted under stage {@value #DROPPED_STAGE}; at-least-once then skips it.
 */
public final class DeadLetters {
    public static final String METRIC = "conflictstream.dead.letters";
    /**
     * Streams property carrying the service's {@link MeterRegistry} to the handlers Kafka
     * instantiates by name (they receive the Streams configs, objects included). Without it
     * they count into Micrometer's global registry, which in a process running several services
     * (the one-command run, tests) holds every service's registry and would count each dead
     * letter once per service.
     */
    public static final String REGISTRY_CONFIG = "conflictstream.metrics.registry";
    /** Stage tag of a dead letter that could not be written (it is logged with its origin, then skipped). */
    public static final String DROPPED_STAGE = "dead-letter-dropped";
    private static final Logger log = LoggerFactory.getLogger(DeadLetters.class);

    private DeadLetters() {}

    static MeterRegistry registryOf(Map<String, ?> configs) {
        return configs != null && configs.get(REGISTRY_CONFIG) instanceof MeterRegistry registry ? registry : Metrics.globalRegistry;
    }

    static void count(MeterRegistry registry, String stage, Exception exception) {
        registry.counter(METRIC, "stage", stage, "reason", exception.getClass().getSimpleName()).increment();
    }

    /**
     * A schema registry that is down or failing says nothing about the record: dead-lettering
     * would lose a good record (and, with KTable aggregations, could apply a subtractor without
     * its adder). Such failures fail the task instead; the replaced stream thread retries from
     * the last committed transaction.
     */
    static boolean registryUnavailable(Throwable exception) {
        return SchemaRegistryException.isOutage(exception);
    }

    /**
     * What every handler decides before Kafka's own log-and-continue: a registry outage fails
     * the task; anything else is counted under its stage and dead-lettered by Kafka.
     */
    static final class Policy {
        private final String stage;
        private MeterRegistry registry = Metrics.globalRegistry;
        private int limit = DeadLetterFit.DEFAULT_MAX_REQUEST_SIZE;
        private String deadLetterTopic;

        Policy(String stage) {
            this.stage = stage;
        }

        void configure(Map<String, ?> configs) {
            registry = registryOf(configs);
            limit = DeadLetterFit.limit(configs);
            Object topic = configs == null ? null : configs.get(StreamsConfig.ERRORS_DEAD_LETTER_QUEUE_TOPIC_NAME_CONFIG);
            deadLetterTopic = topic == null ? null : topic.toString();
        }

        /** The dead letters Kafka built, cut to fit the producer's limit. */
        List<ProducerRecord<byte[], byte[]>> fit(List<ProducerRecord<byte[], byte[]>> deadLetters) {
            return DeadLetterFit.fit(deadLetters, limit);
        }

        boolean isDeadLetter(ProducerRecord<?, ?> record) {
            return deadLetterTopic != null && deadLetterTopic.equals(record.topic());
        }

        void countDropped(ProducerRecord<?, ?> record, Exception exception) {
            log.error("a dead letter could not be written to {} and is skipped ({} bytes): {}", record.topic(),
                    record.value() instanceof byte[] bytes ? bytes.length : -1, exception.toString());
            count(registry, DROPPED_STAGE, exception);
        }

        /** True when the task must fail (and be retried); false when the record was counted as a dead letter. */
        boolean failsTask(Exception exception) {
            if (registryUnavailable(exception)) {
                return true;
            }
            count(registry, stage, exception);
            return false;
        }
    }

    /** A record that could not be decoded (not our wire format, unknown schema id, corrupt Avro). */
    public static final class OnDeserialization extends LogAndContinueExceptionHandler {
        private final Policy policy = new Policy("deserialization");

        @Override
        public void configure(Map<String, ?> configs) {
            super.configure(configs);
            policy.configure(configs);
        }

        @Override
        public DeserializationExceptionHandler.Response handleError(ErrorHandlerContext context,
                ConsumerRecord<byte[], byte[]> record, Exception exception) {
            return policy.failsTask(exception) ? DeserializationExceptionHandler.Response.fail()
                    : DeserializationExceptionHandler.Response.resume(
                            policy.fit(super.handleError(context, record, exception).deadLetterQueueRecords()));
        }
    }

    /** A record a processor threw on (a bug or an input no rule foresaw). */
    public static final class OnProcessing extends LogAndContinueProcessingExceptionHandler {
        private final Policy policy = new Policy("processing");

        @Override
        public void configure(Map<String, ?> configs) {
            super.configure(configs);
            policy.configure(configs);
        }

        @Override
        public ProcessingExceptionHandler.Response handleError(ErrorHandlerContext context, Record<?, ?> record,
                Exception exception) {
            return policy.failsTask(exception) ? ProcessingExceptionHandler.Response.fail()
                    : ProcessingExceptionHandler.Response.resume(
                            policy.fit(super.handleError(context, record, exception).deadLetterQueueRecords()));
        }
    }

    /**
     * A record that could not be serialized is dead-lettered and skipped; a send failure
     * (broker side) keeps Kafka's default (fail, so exactly-once retries the transaction),
     * except for a dead letter itself, which is dropped and counted rather than retried forever.
     */
    public static final class OnProduction extends DefaultProductionExceptionHandler {
        private final Policy policy = new Policy("serialization");

        @Override
        public void configure(Map<String, ?> configs) {
            super.configure(configs);
            policy.configure(configs);
        }

        @Override
        public ProductionExceptionHandler.Response handleSerializationError(ErrorHandlerContext context,
                ProducerRecord record, Exception exception, ProductionExceptionHandler.SerializationExceptionOrigin origin) {
            if (policy.failsTask(exception)) {
                return ProductionExceptionHandler.Response.fail();
            }
            // Kafka's default handler builds the dead-letter record (it fails, we resume with it).
            return ProductionExceptionHandler.Response.resume(
                    policy.fit(super.handleSerializationError(context, record, exception, origin).deadLetterQueueRecords()));
        }

        @Override
        public ProductionExceptionHandler.Response handleError(ErrorHandlerContext context, ProducerRecord<byte[], byte[]> record,
                Exception exception) {
            if (policy.isDeadLetter(record)) {
                policy.countDropped(record, exception);
                return ProductionExceptionHandler.Response.resume();
            }
            return super.handleError(context, record, exception);
        }
    }
}
