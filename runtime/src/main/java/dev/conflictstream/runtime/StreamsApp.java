package dev.conflictstream.runtime;

import dev.conflictstream.schema.topic.Topics;
import io.micrometer.core.instrument.MeterRegistry;
import io.micrometer.core.instrument.binder.kafka.KafkaStreamsMetrics;
import java.time.Duration;
import java.util.Properties;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import org.apache.kafka.streams.CloseOptions;
import org.apache.kafka.clients.consumer.ConsumerConfig;
import org.apache.kafka.clients.producer.ProducerConfig;
import org.apache.kafka.streams.KafkaStreams;
import org.apache.kafka.streams.StreamsConfig;
import org.apache.kafka.streams.Topology;
import org.apache.kafka.streams.errors.StreamsUncaughtExceptionHandler;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Runs one topology: the Kafka Streams settings every service shares (exactly-once,
 * dead-letter topic and counting handlers, explicit internal names), Streams metrics bound to
 * Micrometer with a short refresh, state changes logged, a replaced thread on an uncaught
 * error (its static member taken out of the group, {@link ReplacedThreadMembers}), and a
 * bounded close.
 */
public final class StreamsApp implements AutoCloseable {
    private static final Logger log = LoggerFactory.getLogger(StreamsApp.class);
    static final Duration METRICS_REFRESH = Duration.ofSeconds(5);
    static final Duration CLOSE_TIMEOUT = Duration.ofSeconds(30);
    /** A thread is replaced after a failure (e.g. the registry briefly down), but not in a tight loop forever. */
    static final int MAX_FAILURES = 10;
    static final Duration FAILURE_WINDOW = Duration.ofMinutes(5);

    private final FailureWindow failures = new FailureWindow(MAX_FAILURES, FAILURE_WINDOW);

    private final String name;
    private final KafkaStreams streams;
    private final KafkaStreamsMetrics metrics;
    private final ScheduledExecutorService metricsRefresh;
    private final ReplacedThreadMembers replacedMembers;

    public StreamsApp(String name, Topology topology, Properties properties, MeterRegistry registry) {
        this.name = name;
        Properties withRegistry = new Properties();
        withRegistry.putAll(withStaticMembership(properties));
        this.replacedMembers = new ReplacedThreadMembers(withRegistry);
        withRegistry.put(DeadLetters.REGISTRY_CONFIG, registry);
        this.streams = new KafkaStreams(topology, withRegistry);
        this.metricsRefresh = Executors.newSingleThreadScheduledExecutor(runnable -> {
            Thread thread = new Thread(runnable, name + "-metrics-refresh");
            thread.setDaemon(true);
            return thread;
        });
        this.metrics = new KafkaStreamsMetrics(streams, java.util.List.of(), metricsRefresh, METRICS_REFRESH);
        metrics.bindTo(registry);
        streams.setUncaughtExceptionHandler(exception -> {
            if (failures.tooMany(System.nanoTime())) {
                log.error("{}: stream thread failed {} times within {}; shutting down: {}", name, MAX_FAILURES,
                        FAILURE_WINDOW, exception.toString(), exception);
                return StreamsUncaughtExceptionHandler.StreamThreadExceptionResponse.SHUTDOWN_CLIENT;
            }
            log.error("{}: stream thread failed, replacing it (retries from the last commit): {}", name,
                    exception.toString(), exception);
            replacedMembers.removeWhenEnded(Thread.currentThread());
            return StreamsUncaughtExceptionHandler.StreamThreadExceptionResponse.REPLACE_THREAD;
        });
        streams.setStateListener((now, before) -> log.info("{}: {} -> {}", name, before, now));
    }

    /**
     * The Streams settings shared by every service, on top of which each service puts its own
     * (application id, state dir, application.server). The user's client properties
     * ({@link ClientProperties}: security, rack, timeouts) go over the project's tuning; the
     * application id and bootstrap servers are the connection's.
     */
    public static Properties commonProperties(KafkaConnection connection, String applicationId) {
        Properties props = new Properties();
        props.putAll(connection.clientConfig(tuning()));
        props.put(StreamsConfig.APPLICATION_ID_CONFIG, applicationId);
        return props;
    }

    private static Properties tuning() {
        Properties props = new Properties();
        props.put(StreamsConfig.PROCESSING_GUARANTEE_CONFIG, StreamsConfig.EXACTLY_ONCE_V2);
        props.put(StreamsConfig.COMMIT_INTERVAL_MS_CONFIG, "100");
        props.put(StreamsConfig.ENSURE_EXPLICIT_INTERNAL_RESOURCE_NAMING_CONFIG, "true");
        props.put(StreamsConfig.ERRORS_DEAD_LETTER_QUEUE_TOPIC_NAME_CONFIG, Topics.DEAD_LETTERS.name());
        props.put(StreamsConfig.DESERIALIZATION_EXCEPTION_HANDLER_CLASS_CONFIG, DeadLetters.OnDeserialization.class.getName());
        props.put(StreamsConfig.PROCESSING_EXCEPTION_HANDLER_CLASS_CONFIG, DeadLetters.OnProcessing.class.getName());
        props.put(StreamsConfig.PROCESSING_EXCEPTION_HANDLER_GLOBAL_ENABLED_CONFIG, "true");
        props.put(StreamsConfig.PRODUCTION_EXCEPTION_HANDLER_CLASS_CONFIG, DeadLetters.OnProduction.class.getName());
        props.put(StreamsConfig.METRICS_RECORDING_LEVEL_CONFIG, "INFO");
        props.put(StreamsConfig.STATESTORE_CACHE_MAX_BYTES_CONFIG, String.valueOf(10 * 1024 * 1024L));
        // Latency across the internal repartition hops: under exactly-once a hop's records become
        // readable at its commit; a consumer then idling in a long fetch wait, or a producer
        // lingering, adds up hop after hop.
        props.put(StreamsConfig.mainConsumerPrefix(ConsumerConfig.FETCH_MAX_WAIT_MS_CONFIG), "20");
        // Under exactly-once a record is readable only once its transaction commits, and the
        // commit flushes the producer; so a producer may wait up to the commit interval and send
        // one large batch per partition per commit, at no cost in latency. Fewer, larger produce
        // requests: the broker's request handlers and the clients' network threads did a sixth
        // less work per article (bench A/B). Under at-least-once this bounds the added wait by the same 100 ms.
        // Unprefixed, so a user's linger.ms or batch.size (client properties) goes over them: Streams
        // gives producer.-prefixed keys precedence over plain ones.
        props.put(ProducerConfig.LINGER_MS_CONFIG, "100");
        props.put(ProducerConfig.BATCH_SIZE_CONFIG, String.valueOf(128 * 1024));
        return props;
    }

    /**
     * {@code properties} with static membership: a {@code group.instance.id} kept in the state
     * directory ({@link StaticMembership}), unless the user set one. A process restarted on
     * the same state directory takes its members' place at once instead of the group waiting
     * out the dead members' session timeout (45 s by default) before it rebalances.
     */
    static Properties withStaticMembership(Properties properties) {
        String stateDir = properties.getProperty(StreamsConfig.STATE_DIR_CONFIG);
        if (stateDir == null || properties.containsKey(ConsumerConfig.GROUP_INSTANCE_ID_CONFIG)) {
            return properties;
        }
        Properties with = new Properties();
        with.putAll(properties);
        with.put(ConsumerConfig.GROUP_INSTANCE_ID_CONFIG, StaticMembership.instanceId(java.nio.file.Path.of(stateDir),
                properties.getProperty(StreamsConfig.APPLICATION_ID_CONFIG)));
        return with;
    }

    public void start() {
        log.info("{}: starting", name);
        streams.start();
    }

    public KafkaStreams streams() {
        return streams;
    }

    public boolean isRunning() {
        return streams.state() == KafkaStreams.State.RUNNING;
    }

    /**
     * Closes within {@link #CLOSE_TIMEOUT} and leaves the consumer group. Streams by default
     * keeps a static member in the group until its session times out, awaiting a quick
     * restart; an operator who stops a service (to replay it, say) needs the group empty now.
     * A crash leaves no chance to leave: then static membership lets the restarted process
     * take its old place at once.
     */
    @Override
    public void close() {
        log.info("{}: closing", name);
        streams.close(CloseOptions.timeout(CLOSE_TIMEOUT)
                .withGroupMembershipOperation(CloseOptions.GroupMembershipOperation.LEAVE_GROUP));
        metrics.close();
        metricsRefresh.shutdownNow();
        replacedMembers.close();
    }
}
