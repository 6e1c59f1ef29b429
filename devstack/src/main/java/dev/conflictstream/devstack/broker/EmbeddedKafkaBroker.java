package dev.conflictstream.devstack.broker;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.PrintStream;
import java.io.Reader;
import java.io.UncheckedIOException;
import java.io.Writer;
import java.net.ServerSocket;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Map;
import java.util.Properties;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeUnit;
import kafka.server.KafkaConfig;
import kafka.server.KafkaRaftServer;
import kafka.tools.StorageTool;
import org.apache.kafka.clients.admin.Admin;
import org.apache.kafka.clients.admin.AdminClientConfig;
import org.apache.kafka.clients.admin.FinalizedVersionRange;
import org.apache.kafka.common.Uuid;
import org.apache.kafka.common.utils.Time;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * One real Kafka node (KRaft, broker and controller combined) inside this JVM, from the
 * Apache Kafka jars: the embedded default of the one-command run and the broker of the
 * integration tests.
 *
 * <p>Keeps everything under its data directory: {@code cluster.id}, {@code server.properties}
 * and the log directory {@code logs/}. The first start formats the log directory with a new
 * cluster id; later starts on the same directory reuse that id, so topics and records survive
 * a restart. Every internal topic has replication factor 1 (the transaction-state ones too,
 * without which exactly-once hangs) and topics are never auto-created.
 *
 * <p>The first start formats the storage with {@code transaction.version=1} (the release's
 * default is 2). With transactions v2, Streams' exactly-once producers (five requests in
 * flight) hit {@code CONCURRENT_TRANSACTIONS} and "expected sequence 0 for transactions v2
 * idempotent producer" retries, logged at ERROR, on partitions first written in a transaction;
 * the retries stall commits (up to 186 per pipeline run measured on 2 cores). Version 1 keeps
 * exactly-once semantics and had none of them in the runs measured. Features are fixed when storage is formatted: a
 * data directory formatted before keeps its features (the start logs a warning if its
 * transaction version differs); delete the directory (its topics and records go with it) to
 * have the next start format it with version 1.
 */
public final class EmbeddedKafkaBroker implements AutoCloseable {
    private static final Logger LOG = LoggerFactory.getLogger(EmbeddedKafkaBroker.class);
    private static final String HOST = "127.0.0.1";
    private static final int NODE_ID = 1;
    private static final Duration READY_TIMEOUT = Duration.ofSeconds(60);
    /** How long a start waits for the transaction coordinator to finish loading before it looks for hanging transactions. */
    private static final Duration HANGING_CHECK_TIMEOUT = Duration.ofSeconds(30);
    /** Finalized feature the storage is formatted with; see the class comment for why not 2. */
    public static final String TRANSACTION_VERSION_FEATURE = "transaction.version";
    public static final short TRANSACTION_VERSION = 1;

    private final Path dataDir;
    private final int requestedBrokerPort;
    private final int requestedControllerPort;
    /** Extra client listeners by name (e.g. SASL_SSL), with their security protocol; ports picked at start. */
    private final Map<String, String> extraListeners = new java.util.LinkedHashMap<>();
    private final Map<String, Integer> extraPorts = new java.util.HashMap<>();
    private final Properties extraProperties = new Properties();
    private KafkaRaftServer server;
    private int brokerPort;
    private int controllerPort;

    /** A broker keeping its data in {@code dataDir}, on two free ports. */
    public EmbeddedKafkaBroker(Path dataDir) {
        this(dataDir, 0, 0);
    }

    /** A broker keeping its data in {@code dataDir}; a port of 0 means a free port. */
    public EmbeddedKafkaBroker(Path dataDir, int brokerPort, int controllerPort) {
        this.dataDir = dataDir.toAbsolutePath();
        this.requestedBrokerPort = brokerPort;
        this.requestedControllerPort = controllerPort;
    }

    /**
     * Adds a client listener {@code name} speaking {@code securityProtocol} (e.g. {@code SASL_SSL})
     * on a free port, with the broker properties it needs (key store, SASL mechanisms, JAAS
     * users, usually as {@code listener.name.<name>.*}); before {@link #start()}. The PLAINTEXT
     * listener stays for the broker itself.
     */
    public synchronized EmbeddedKafkaBroker withListener(String name, String securityProtocol, Map<String, String> properties) {
        if (server != null) {
            throw new IllegalStateException("add listeners before start()");
        }
        extraListeners.put(name, securityProtocol);
        extraProperties.putAll(properties);
        return this;
    }

    /** {@code host:port} of the listener {@code name} added with {@link #withListener}. */
    public synchronized String bootstrapServers(String name) {
        if (server == null || !extraPorts.containsKey(name)) {
            throw new IllegalStateException("no listener " + name + " started");
        }
        return HOST + ":" + extraPorts.get(name);
    }

    /** Formats the data directory on first use, starts the node and waits until it serves clients. */
    public synchronized EmbeddedKafkaBroker start() {
        if (server != null) {
            throw new IllegalStateException("broker already started at " + bootstrapServers());
        }
        try {
            Files.createDirectories(logDir());
            brokerPort = requestedBrokerPort == 0 ? freePort() : requestedBrokerPort;
            controllerPort = requestedControllerPort == 0 ? freePort() : requestedControllerPort;
            for (String name : extraListeners.keySet()) {
                extraPorts.put(name, freePort());
            }
            Properties props = properties();
            Path configFile = dataDir.resolve("server.properties");
            try (Writer out = Files.newBufferedWriter(configFile, StandardCharsets.UTF_8)) {
                props.store(out, "written by EmbeddedKafkaBroker on each start");
            }
            formatIfNeeded(configFile);
            // assigned before startup() so that a failed start is shut down by close()
            server = new KafkaRaftServer(KafkaConfig.fromProps(props, false), Time.SYSTEM);
            server.startup();
            awaitReady();
            LOG.info("Kafka broker ready at {} (data in {})", bootstrapServers(), dataDir);
            return this;
        } catch (IOException e) {
            close();
            throw new UncheckedIOException("cannot start the embedded Kafka broker in " + dataDir, e);
        } catch (RuntimeException e) {
            close();
            throw e;
        }
    }

    /** {@code host:port} of the PLAINTEXT listener. */
    public synchronized String bootstrapServers() {
        if (server == null) {
            throw new IllegalStateException("broker not started");
        }
        return HOST + ":" + brokerPort;
    }

    public Path dataDir() {
        return dataDir;
    }

    /** The cluster id kept in the data directory (created on first start). */
    public String clusterId() throws IOException {
        Path file = dataDir.resolve("cluster.id");
        if (Files.exists(file)) {
            return Files.readString(file, StandardCharsets.UTF_8).trim();
        }
        Path meta = logDir().resolve("meta.properties");
        String id = null;
        if (Files.exists(meta)) { // formatted by someone else: keep its id
            Properties properties = new Properties();
            try (Reader in = Files.newBufferedReader(meta, StandardCharsets.UTF_8)) {
                properties.load(in);
            }
            id = properties.getProperty("cluster.id");
        }
        if (id == null) {
            id = Uuid.randomUuid().toString();
        }
        Files.writeString(file, id + "\n", StandardCharsets.UTF_8);
        return id;
    }

    /** Stops the node and waits for it; the data directory stays for the next start. */
    @Override
    public synchronized void close() {
        if (server == null) {
            return;
        }
        try {
            server.shutdown();
            server.awaitShutdown();
        } finally {
            server = null;
        }
    }

    private Path logDir() {
        return dataDir.resolve("logs");
    }

    private Properties properties() {
        Properties props = new Properties();
        props.putAll(Map.ofEntries(
                Map.entry("process.roles", "broker,controller"),
                Map.entry("node.id", String.valueOf(NODE_ID)),
                Map.entry("controller.quorum.voters", NODE_ID + "@" + HOST + ":" + controllerPort),
                Map.entry("listeners", "PLAINTEXT://" + HOST + ":" + brokerPort + ",CONTROLLER://" + HOST + ":" + controllerPort),
                Map.entry("advertised.listeners", "PLAINTEXT://" + HOST + ":" + brokerPort),
                Map.entry("listener.security.protocol.map", "PLAINTEXT:PLAINTEXT,CONTROLLER:PLAINTEXT"),
                Map.entry("controller.listener.names", "CONTROLLER"),
                Map.entry("inter.broker.listener.name", "PLAINTEXT"),
                Map.entry("log.dirs", logDir().toString()),
                Map.entry("auto.create.topics.enable", "false"),
                Map.entry("num.partitions", "1"),
                Map.entry("default.replication.factor", "1"),
                Map.entry("min.insync.replicas", "1"),
                Map.entry("offsets.topic.replication.factor", "1"),
                // fewer partitions than the default 50 make the first group/transaction start quick on 2 cores
                Map.entry("offsets.topic.num.partitions", "5"),
                Map.entry("transaction.state.log.replication.factor", "1"),
                Map.entry("transaction.state.log.min.isr", "1"),
                Map.entry("transaction.state.log.num.partitions", "5"),
                Map.entry("share.coordinator.state.topic.replication.factor", "1"),
                Map.entry("share.coordinator.state.topic.min.isr", "1"),
                Map.entry("group.initial.rebalance.delay.ms", "0")));
        extraListeners.forEach((name, protocol) -> {
            String listener = "," + name + "://" + HOST + ":" + extraPorts.get(name);
            props.put("listeners", props.getProperty("listeners") + listener);
            props.put("advertised.listeners", props.getProperty("advertised.listeners") + listener);
            props.put("listener.security.protocol.map", props.getProperty("listener.security.protocol.map") + "," + name + ":" + protocol);
        });
        props.putAll(extraProperties);
        return props;
    }

    private void formatIfNeeded(Path configFile) throws IOException {
        if (Files.exists(logDir().resolve("meta.properties"))) {
            return;
        }
        ByteArrayOutputStream output = new ByteArrayOutputStream();
        int status;
        try (PrintStream out = new PrintStream(output, true, StandardCharsets.UTF_8)) {
            // execute, not main: main exits the JVM
            status = StorageTool.execute(new String[] {"format", "-t", clusterId(), "-c", configFile.toString(),
                    "--feature", TRANSACTION_VERSION_FEATURE + "=" + TRANSACTION_VERSION}, out);
        }
        if (status != 0) {
            throw new IllegalStateException("formatting " + logDir() + " failed (status " + status + "): "
                    + output.toString(StandardCharsets.UTF_8).trim());
        }
    }

    /** startup() returns before the broker is unfenced; wait until a client sees it. */
    private void awaitReady() {
        Map<String, Object> config = Map.of(
                AdminClientConfig.BOOTSTRAP_SERVERS_CONFIG, HOST + ":" + brokerPort,
                AdminClientConfig.REQUEST_TIMEOUT_MS_CONFIG, 5_000,
                AdminClientConfig.DEFAULT_API_TIMEOUT_MS_CONFIG, 10_000);
        long deadline = System.nanoTime() + READY_TIMEOUT.toNanos();
        try (Admin admin = Admin.create(config)) {
            while (true) {
                try {
                    if (!admin.describeCluster().nodes().get(10, TimeUnit.SECONDS).isEmpty()) {
                        warnIfOtherTransactionVersion(admin);
                        HangingTransactions.abort(admin, HANGING_CHECK_TIMEOUT);
                        return;
                    }
                } catch (ExecutionException | java.util.concurrent.TimeoutException e) {
                    if (System.nanoTime() > deadline) {
                        throw new IllegalStateException("embedded Kafka broker not ready after " + READY_TIMEOUT, e);
                    }
                }
                if (System.nanoTime() > deadline) {
                    throw new IllegalStateException("embedded Kafka broker not ready after " + READY_TIMEOUT);
                }
                Thread.sleep(100);
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException("interrupted while waiting for the embedded Kafka broker", e);
        }
    }

    /** A data directory formatted before (by an older launcher, or by hand) keeps its features. */
    private void warnIfOtherTransactionVersion(Admin admin) throws InterruptedException, ExecutionException,
            java.util.concurrent.TimeoutException {
        FinalizedVersionRange finalized = admin.describeFeatures().featureMetadata().get(10, TimeUnit.SECONDS)
                .finalizedFeatures().get(TRANSACTION_VERSION_FEATURE);
        short level = finalized == null ? 0 : finalized.maxVersionLevel();
        if (level != TRANSACTION_VERSION) {
            LOG.warn("the Kafka data in {} was formatted with {}={}, not {}: exactly-once commits may stall on "
                    + "transaction retries; delete the directory to reformat it", dataDir, TRANSACTION_VERSION_FEATURE,
                    level, TRANSACTION_VERSION);
        }
    }

    private static int freePort() throws IOException {
        try (ServerSocket socket = new ServerSocket(0)) {
            socket.setReuseAddress(true);
            return socket.getLocalPort();
        }
    }
}
