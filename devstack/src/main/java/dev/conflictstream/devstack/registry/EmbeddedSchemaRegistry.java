package dev.conflictstream.devstack.registry;

import com.sun.net.httpserver.HttpServer;
import dev.conflictstream.runtime.HttpServers;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.InetSocketAddress;
import java.time.Duration;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.locks.ReadWriteLock;
import java.util.concurrent.locks.ReentrantReadWriteLock;
import org.apache.kafka.clients.admin.AdminClientConfig;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * A Confluent-compatible Schema Registry (Avro) served from this JVM, so the embedded run
 * needs no registry installed: the REST API of {@link RegistryHttpApi} on the JDK HTTP
 * server, its state kept in a compacted topic on the Kafka broker ({@link KafkaSchemaLog},
 * {@code _schemas} by default), so ids and versions survive a restart. On start it creates the
 * topic if absent and replays it; each change is acknowledged by Kafka before it is answered.
 * Meant as the only registry writing to its topic.
 *
 * <pre>{@code
 * try (var registry = new EmbeddedSchemaRegistry(bootstrapServers, "127.0.0.1", 0).start()) {
 *     SchemaRegistryClient client = SchemaRegistryClient.of(registry.url());
 * }
 * }</pre>
 */
public final class EmbeddedSchemaRegistry implements AutoCloseable {
    public static final Duration DEFAULT_TIMEOUT = Duration.ofSeconds(30);

    private static final Logger LOG = LoggerFactory.getLogger(EmbeddedSchemaRegistry.class);
    private static final Duration DRAIN_TIMEOUT = Duration.ofSeconds(1);

    private final Map<String, Object> clientConfig;
    private final String host;
    private final int port;
    private final String topic;
    private final Duration timeout;
    private SchemaLog log;
    private HttpServer server;
    /** Requests hold the read lock; close() takes the write lock to let them finish first. */
    private final ReadWriteLock inFlight = new ReentrantReadWriteLock();

    /** A registry on {@code host:port} (0 = a free port) keeping its state in {@code _schemas}. */
    public EmbeddedSchemaRegistry(String bootstrapServers, String host, int port) {
        this(bootstrapServers, host, port, KafkaSchemaLog.DEFAULT_TOPIC, DEFAULT_TIMEOUT);
    }

    public EmbeddedSchemaRegistry(String bootstrapServers, String host, int port, String topic, Duration timeout) {
        this(Map.of(AdminClientConfig.BOOTSTRAP_SERVERS_CONFIG, bootstrapServers), host, port, topic, timeout);
    }

    /**
     * @param clientConfig the Kafka client configuration of the schemas topic's clients:
     *                     bootstrap servers and the client properties of a secured cluster
     */
    public EmbeddedSchemaRegistry(Map<String, Object> clientConfig, String host, int port, String topic, Duration timeout) {
        this.clientConfig = Map.copyOf(clientConfig);
        this.host = host;
        this.port = port;
        this.topic = topic;
        this.timeout = timeout;
    }

    /** Replays the schemas topic (creating it if absent), then serves the REST API. */
    public synchronized EmbeddedSchemaRegistry start() {
        if (server != null) {
            throw new IllegalStateException("schema registry already started at " + url());
        }
        try {
            log = new KafkaSchemaLog(clientConfig, topic, timeout);
            RegistryService service = new RegistryService(log);
            server = HttpServers.create(new InetSocketAddress(host, port), "schema-registry-http");
            RegistryHttpApi api = new RegistryHttpApi(service);
            server.createContext("/", exchange -> {
                inFlight.readLock().lock();
                try {
                    api.handle(exchange);
                } finally {
                    inFlight.readLock().unlock();
                }
            });
            server.start();
            LOG.info("schema registry at {} ({} subjects, state in topic {})", url(), service.state().subjects().size(), topic);
            return this;
        } catch (IOException e) {
            close();
            throw new UncheckedIOException("cannot serve the schema registry on " + host + ":" + port, e);
        } catch (RuntimeException e) {
            close();
            throw e;
        }
    }

    /** Base URL for clients, e.g. {@code http://127.0.0.1:8081}. */
    public synchronized String url() {
        if (server == null) {
            throw new IllegalStateException("schema registry not started");
        }
        return "http://" + hostForUrl() + ":" + server.getAddress().getPort();
    }

    /** Stops serving (requests in flight get a second to finish) and closes the Kafka clients. */
    @Override
    public synchronized void close() {
        if (server != null) {
            // HttpServer.stop(n) on JDK 17 always waits the whole n seconds: drain ourselves, then stop(0)
            boolean drained = false;
            try {
                drained = inFlight.writeLock().tryLock(DRAIN_TIMEOUT.toMillis(), TimeUnit.MILLISECONDS);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
            }
            try {
                HttpServers.stop(server);
            } finally {
                if (drained) {
                    inFlight.writeLock().unlock();
                }
            }
            server = null;
        }
        if (log != null) {
            log.close();
            log = null;
        }
    }

    private String hostForUrl() {
        if (host.equals("0.0.0.0") || host.equals("::")) {
            return "127.0.0.1";
        }
        return host.contains(":") ? "[" + host + "]" : host;
    }
}
