package dev.conflictstream.devstack.registry;

import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import org.apache.kafka.clients.admin.Admin;
import org.apache.kafka.clients.admin.AdminClientConfig;
import org.apache.kafka.clients.admin.NewTopic;
import org.apache.kafka.clients.consumer.ConsumerConfig;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.apache.kafka.clients.consumer.KafkaConsumer;
import org.apache.kafka.clients.producer.KafkaProducer;
import org.apache.kafka.clients.producer.ProducerConfig;
import org.apache.kafka.clients.producer.ProducerRecord;
import org.apache.kafka.common.TopicPartition;
import org.apache.kafka.common.config.ConfigResource;
import org.apache.kafka.common.config.TopicConfig;
import org.apache.kafka.common.errors.TopicExistsException;
import org.apache.kafka.common.serialization.ByteArrayDeserializer;
import org.apache.kafka.common.serialization.ByteArraySerializer;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * {@link SchemaLog} on a compacted, single-partition Kafka topic (by default {@code _schemas},
 * as Confluent's registry): {@link #replay()} creates the topic when absent and reads it from
 * the beginning to the end offset it had when the read began; {@link #append} produces with
 * acks=all and returns once the broker acknowledged. Assumes it is the topic's only writer.
 */
public final class KafkaSchemaLog implements SchemaLog {
    /** Confluent's default topic name for registry state. */
    public static final String DEFAULT_TOPIC = "_schemas";

    private static final Logger LOG = LoggerFactory.getLogger(KafkaSchemaLog.class);

    private final Map<String, Object> clientConfig;
    private final String bootstrapServers;
    private final String topic;
    private final Duration timeout;
    private final TopicPartition partition;
    private KafkaProducer<byte[], byte[]> producer;

    /** @param clientConfig bootstrap servers and the client properties of a secured cluster */
    public KafkaSchemaLog(Map<String, Object> clientConfig, String topic, Duration timeout) {
        this.clientConfig = Map.copyOf(clientConfig);
        this.bootstrapServers = String.valueOf(clientConfig.get(AdminClientConfig.BOOTSTRAP_SERVERS_CONFIG));
        this.topic = topic;
        this.timeout = timeout;
        this.partition = new TopicPartition(topic, 0);
    }

    @Override
    public synchronized List<RegistryEvent> replay() {
        createTopicIfAbsent();
        List<RegistryEvent> events = new ArrayList<>();
        Map<String, Object> config = with(Map.of(
                ConsumerConfig.ENABLE_AUTO_COMMIT_CONFIG, false,
                ConsumerConfig.ISOLATION_LEVEL_CONFIG, "read_committed",
                // the read stops at a known offset: no point in the broker holding fetches open
                ConsumerConfig.FETCH_MAX_WAIT_MS_CONFIG, 10,
                ConsumerConfig.CLIENT_ID_CONFIG, "schema-registry-reader"));
        try (KafkaConsumer<byte[], byte[]> consumer = new KafkaConsumer<>(config, new ByteArrayDeserializer(), new ByteArrayDeserializer())) {
            consumer.assign(List.of(partition));
            consumer.seekToBeginning(List.of(partition));
            long end = consumer.endOffsets(List.of(partition), timeout).get(partition);
            long deadline = System.nanoTime() + timeout.toNanos();
            while (consumer.position(partition, timeout) < end) {
                if (System.nanoTime() > deadline) {
                    throw new IllegalStateException("could not read topic " + topic + " to offset " + end + " within " + timeout);
                }
                for (ConsumerRecord<byte[], byte[]> record : consumer.poll(Duration.ofMillis(200))) {
                    if (record.key() == null) {
                        continue;
                    }
                    try {
                        SchemasTopicFormat.decode(record.key(), record.value()).ifPresent(events::add);
                    } catch (RuntimeException e) {
                        throw new IllegalStateException("unreadable record at offset " + record.offset() + " of " + topic
                                + ": " + e.getMessage(), e);
                    }
                }
            }
        }
        LOG.info("read {} registry events from {}", events.size(), topic);
        return events;
    }

    @Override
    public synchronized void append(RegistryEvent event) {
        SchemasTopicFormat.KeyValue record = SchemasTopicFormat.encode(event);
        try {
            producer().send(new ProducerRecord<>(topic, 0, record.key(), record.value()))
                    .get(timeout.toMillis(), TimeUnit.MILLISECONDS);
        } catch (ExecutionException e) {
            throw RegistryError.storeFailed("cannot write to " + topic + ": " + e.getCause().getMessage(), e.getCause());
        } catch (TimeoutException e) {
            throw RegistryError.storeFailed("no acknowledgement from " + topic + " within " + timeout, e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw RegistryError.storeFailed("interrupted while writing to " + topic, e);
        }
    }

    @Override
    public synchronized void close() {
        if (producer != null) {
            producer.close(timeout);
            producer = null;
        }
    }

    private KafkaProducer<byte[], byte[]> producer() {
        if (producer == null) {
            Map<String, Object> config = with(Map.of(
                    ProducerConfig.ACKS_CONFIG, "all",
                    ProducerConfig.ENABLE_IDEMPOTENCE_CONFIG, true,
                    ProducerConfig.LINGER_MS_CONFIG, 0,
                    ProducerConfig.DELIVERY_TIMEOUT_MS_CONFIG, (int) timeout.toMillis(),
                    ProducerConfig.REQUEST_TIMEOUT_MS_CONFIG, (int) Math.min(timeout.toMillis(), 30_000),
                    ProducerConfig.CLIENT_ID_CONFIG, "schema-registry-writer"));
            producer = new KafkaProducer<>(config, new ByteArraySerializer(), new ByteArraySerializer());
        }
        return producer;
    }

    /** {@code config} over the client configuration (bootstrap servers, security). */
    private Map<String, Object> with(Map<String, Object> config) {
        Map<String, Object> merged = new java.util.HashMap<>(clientConfig);
        merged.putAll(config);
        return merged;
    }

    /** Like Confluent's registry, refuse a topic that compaction or ordering would make lose schemas. */
    private void checkExistingTopic(Admin admin) throws ExecutionException, InterruptedException, TimeoutException {
        int partitions = admin.describeTopics(List.of(topic)).allTopicNames()
                .get(timeout.toMillis(), TimeUnit.MILLISECONDS).get(topic).partitions().size();
        ConfigResource resource = new ConfigResource(ConfigResource.Type.TOPIC, topic);
        String policy = admin.describeConfigs(List.of(resource)).all()
                .get(timeout.toMillis(), TimeUnit.MILLISECONDS).get(resource)
                .get(TopicConfig.CLEANUP_POLICY_CONFIG).value();
        if (partitions != 1 || !TopicConfig.CLEANUP_POLICY_COMPACT.equals(policy)) {
            throw new IllegalStateException("topic " + topic + " cannot hold registry state: it has " + partitions
                    + " partition(s) and cleanup.policy=" + policy + "; it needs 1 partition and cleanup.policy=compact");
        }
    }

    private void createTopicIfAbsent() {
        // the admin client refuses an API timeout below its request timeout: set both
        try (Admin admin = Admin.create(with(Map.of(
                AdminClientConfig.REQUEST_TIMEOUT_MS_CONFIG, (int) Math.min(timeout.toMillis(), 30_000),
                AdminClientConfig.DEFAULT_API_TIMEOUT_MS_CONFIG, (int) timeout.toMillis())))) {
            if (admin.listTopics().names().get(timeout.toMillis(), TimeUnit.MILLISECONDS).contains(topic)) {
                checkExistingTopic(admin);
                return;
            }
            NewTopic newTopic = new NewTopic(topic, Optional.of(1), Optional.of((short) 1))
                    .configs(Map.of(TopicConfig.CLEANUP_POLICY_CONFIG, TopicConfig.CLEANUP_POLICY_COMPACT));
            admin.createTopics(Set.of(newTopic)).all().get(timeout.toMillis(), TimeUnit.MILLISECONDS);
            LOG.info("created compacted topic {}", topic);
        } catch (ExecutionException e) {
            if (!(e.getCause() instanceof TopicExistsException)) {
                throw new IllegalStateException("cannot create topic " + topic + " on " + bootstrapServers + ": "
                        + e.getCause().getMessage(), e.getCause());
            }
        } catch (TimeoutException e) {
            throw new IllegalStateException("Kafka at " + bootstrapServers + " did not answer within " + timeout, e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException("interrupted while creating topic " + topic, e);
        }
    }
}
