package dev.conflictstream.launcher;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.conflictstream.aggregate.AggregateConfig;
import dev.conflictstream.enrich.EnrichConfig;
import dev.conflictstream.enrich.eval.ArticleCorpus;
import dev.conflictstream.enrich.extract.ArticleText;
import dev.conflictstream.schema.RegionTally;
import dev.conflictstream.schema.serde.HttpSchemaRegistryClient;
import dev.conflictstream.schema.serde.TopicSerdes;
import dev.conflictstream.schema.topic.Topics;
import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.net.ServerSocket;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Collections;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.function.Consumer;
import java.util.stream.Stream;
import org.apache.kafka.clients.admin.Admin;
import org.apache.kafka.clients.admin.AdminClientConfig;

/**
 * The pipeline in child JVMs, as the crash tests need it: a process can be killed with
 * SIGKILL (no shutdown hook, no commit, no flush) and started again on the same data. Holds the
 * article set the crash tests share and the region table of one run of it never killed,
 * computed once per test JVM.
 */
final class ChildPipeline {
    static final int ARTICLES = 1_500;
    /**
     * How long a child run may take. A run restarted after a kill first waits for the broker to
     * end the killed producers' open transactions (~18 s here, their transaction timeout); once
     * in six runs on a loaded machine that took more than the run's default 3 minutes (the run
     * progressed, then waited), so once runs get {@link #PROCESSING_TIMEOUT}: the figures are still
     * compared exactly, only the wait is longer.
     */
    static final Duration RUN_TIMEOUT = Duration.ofMinutes(7);
    static final Duration PROCESSING_TIMEOUT = Duration.ofMinutes(6);
    private static final ObjectMapper JSON = new ObjectMapper();
    private static final HttpClient HTTP = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(2)).build();
    private static Reference reference;

    private ChildPipeline() {}

    /**
     * The crash tests' articles and the region table of {@code run --once} over them, never
     * killed, with its incident count and how long it took from scratch.
     */
    record Reference(Path articles, String table, long incidents, double seconds) {}

    static synchronized Reference reference() throws Exception {
        if (reference == null) {
            Path dir = Files.createTempDirectory("crash-reference-");
            Runtime.getRuntime().addShutdownHook(new Thread(() -> deleteQuietly(dir)));
            Path articles = writeArticles(dir.resolve("articles"), articles());
            long start = System.nanoTime();
            String table = regionTable(runOnce(dir.resolve("never-killed"), articles));
            reference = new Reference(articles, table, totalIncidents(table), secondsSince(start));
            assertThat(reference.incidents()).as("the articles make incidents").isGreaterThan(100);
        }
        return reference;
    }

    /** The {@link #ARTICLES} articles as JSON lines, in the order they are ingested. */
    static List<String> articles() throws IOException {
        ArticleCorpus corpus = ArticleCorpus.fromEvalDir(ArticleCorpus.evalDir());
        List<String> lines = new ArrayList<>(ARTICLES);
        for (int i = 0; i < ARTICLES; i++) {
            ArticleText article = corpus.next();
            ObjectNode json = JSON.createObjectNode().put("id", article.id()).put("title", article.title())
                    .put("source", "crash-test").put("text", article.text());
            if (article.published() != null) {
                json.put("published", article.published().toString());
            }
            lines.add(JSON.writeValueAsString(json));
        }
        return lines;
    }

    static Path writeArticles(Path dir, List<String> lines) throws IOException {
        Files.createDirectories(dir);
        Files.write(dir.resolve("articles.jsonl"), lines, StandardCharsets.UTF_8);
        return dir;
    }

    /** {@code run --once} in a child JVM; its standard output. */
    static String runOnce(Path dataDir, Path articles) throws Exception {
        Process run = run(dataDir, articles, Ports.free(), true);
        Output out = drain(run, line -> { });
        assertThat(run.waitFor(RUN_TIMEOUT.toSeconds(), TimeUnit.SECONDS)).as("run --once ended").isTrue();
        return out.await();
    }

    /** {@code ./pipeline run} (with {@code --once}: until everything is processed) in a child JVM. */
    static Process run(Path dataDir, Path articles, Ports ports, boolean once) throws IOException {
        List<String> arguments = new ArrayList<>(List.of("run", "--data-dir", dataDir.toString(), "--samples", articles.toString()));
        if (once) {
            arguments.addAll(List.of("--once", "--timeout", PROCESSING_TIMEOUT.toString()));
        }
        return child(arguments, ports, "768m", ProcessBuilder.Redirect.PIPE);
    }

    /** {@code ./pipeline broker} in a child JVM on {@code ports}, serving once this returns. */
    static Broker broker(Path dataDir, Ports ports) throws Exception {
        Process process = child(List.of("broker", "--data-dir", dataDir.toString()), ports, "512m", ProcessBuilder.Redirect.PIPE);
        AtomicBoolean serving = new AtomicBoolean();
        Output log = drain(process, line -> serving.compareAndSet(false, line.startsWith("Serving until Ctrl-C")));
        long deadline = System.nanoTime() + RUN_TIMEOUT.toNanos();
        while (!serving.get() && process.isAlive() && System.nanoTime() < deadline) {
            Thread.sleep(50);
        }
        if (!serving.get()) {
            process.destroyForcibly();
            throw new AssertionError("broker not up; output:\n" + String.join("\n", log.lines()));
        }
        return new Broker(process, "127.0.0.1:" + ports.kafka(), "http://127.0.0.1:" + ports.registry());
    }

    /** A {@code ./pipeline broker} child: its process, Kafka bootstrap servers and registry URL. */
    record Broker(Process process, String bootstrap, String registry) implements AutoCloseable {
        /** SIGTERM, then waits: the broker shuts down cleanly and its data stays for the next start. */
        @Override
        public void close() throws InterruptedException {
            process.destroy();
            if (!process.waitFor(60, TimeUnit.SECONDS)) {
                process.destroyForcibly();
                process.waitFor(30, TimeUnit.SECONDS);
            }
        }
    }

    /** {@code ./pipeline enrich} or {@code aggregate} in a child JVM, its output appended to {@code <dir>/<name>.log}. */
    static Process service(String name, Path dir, Ports ports, Broker broker) throws IOException {
        return child(List.of("-Dconflictstream." + name + ".state.dir=" + dir.resolve(name), name,
                "--bootstrap-servers", broker.bootstrap(), "--schema-registry-url", broker.registry()), ports, "512m",
                ProcessBuilder.Redirect.appendTo(dir.resolve(name + ".log").toFile()));
    }

    /** SIGKILL, and waits until the process is gone. */
    static void kill(Process process) throws InterruptedException {
        process.destroyForcibly();
        assertThat(process.waitFor(30, TimeUnit.SECONDS)).as("killed process gone").isTrue();
    }

    static String read(Path file) {
        try {
            return Files.readString(file);
        } catch (IOException e) {
            return "(" + e + ")";
        }
    }

    /** The applications of the pipeline, for {@link ProcessingWatcher}. */
    static List<ProcessingWatcher.Application> applications() {
        return List.of(
                new ProcessingWatcher.Application(EnrichConfig.DEFAULT_APPLICATION_ID, List.of(Topics.ARTICLES.name())),
                new ProcessingWatcher.Application(AggregateConfig.defaults().applicationId(), List.of(Topics.EVENTS.name())));
    }

    /** Whether enrich and aggregate have committed past everything on their inputs within {@link #RUN_TIMEOUT}. */
    static boolean awaitProcessed(Broker broker) throws InterruptedException {
        try (Admin admin = Admin.create(Map.of(AdminClientConfig.BOOTSTRAP_SERVERS_CONFIG, broker.bootstrap()))) {
            return new ProcessingWatcher(admin).awaitIdle(applications(), RUN_TIMEOUT);
        }
    }

    /** The region table a subscriber of the tallies topic reads. */
    static String subscribedTable(Broker broker) {
        return regionTable(RegionTable.format(List.copyOf(TopicSnapshot.<RegionTally>read(broker.bootstrap(),
                Topics.REGION_TALLIES, new TopicSerdes(new HttpSchemaRegistryClient(broker.registry()))).values())));
    }

    /** {@code ./pipeline <arguments>} in a child JVM on {@code ports}; arguments starting with -D go to the JVM. */
    static Process child(List<String> arguments, Ports ports, String heap, ProcessBuilder.Redirect output) throws IOException {
        List<String> command = new ArrayList<>(List.of(
                Path.of(System.getProperty("java.home"), "bin", "java").toString(), "-Xmx" + heap, "-XX:+UseParallelGC",
                "-Dorg.apache.avro.SERIALIZABLE_PACKAGES=dev.conflictstream.schema",
                "-Dorg.slf4j.simpleLogger.defaultLogLevel=warn",
                "-Dorg.slf4j.simpleLogger.log.org.apache.kafka=error",
                "-Dconflictstream.kafka.port=" + ports.kafka(),
                "-Dconflictstream.kafka.controller.port=" + ports.controller(),
                "-Dconflictstream.registry.port=" + ports.registry(),
                "-Dconflictstream.enrich.http.port=" + ports.enrichHttp(),
                "-Dconflictstream.aggregate.http.port=" + ports.aggregateHttp(),
                "-Dconflictstream.ingest.metrics.port=0",
                "-cp", System.getProperty("java.class.path")));
        arguments.stream().filter(argument -> argument.startsWith("-D")).forEach(command::add);
        command.add(Main.class.getName());
        arguments.stream().filter(argument -> !argument.startsWith("-D")).forEach(command::add);
        return new ProcessBuilder(command).redirectErrorStream(true).redirectOutput(output).start();
    }

    /** A child's output lines as they come, read on a daemon thread (a full pipe would stall the child). */
    record Output(List<String> lines, Thread reader) {
        String await() throws InterruptedException {
            reader.join(30_000);
            synchronized (lines) {
                return String.join("\n", lines);
            }
        }
    }

    static Output drain(Process process, Consumer<String> onLine) {
        List<String> lines = Collections.synchronizedList(new ArrayList<>());
        Thread reader = new Thread(() -> {
            try (BufferedReader in = new BufferedReader(new InputStreamReader(process.getInputStream(), StandardCharsets.UTF_8))) {
                for (String line; (line = in.readLine()) != null; ) {
                    lines.add(line);
                    onLine.accept(line);
                }
            } catch (IOException e) {
                lines.add("(output ended: " + e + ")");
            }
        }, "child-output");
        reader.setDaemon(true);
        reader.start();
        return new Output(lines, reader);
    }

    /** Incidents the aggregate's query API has tallied, summed over regions (0 while it does not answer). */
    static long talliedIncidents(int queryPort) {
        long sum = 0;
        for (JsonNode region : regions(queryPort)) {
            sum += region.get("incidents").asLong();
        }
        return sum;
    }

    /** The query API's {@code /regions} answer (empty while it does not answer). */
    static JsonNode regions(int queryPort) {
        try {
            HttpResponse<String> response = HTTP.send(HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + queryPort + "/regions"))
                    .timeout(Duration.ofSeconds(2)).build(), HttpResponse.BodyHandlers.ofString());
            return response.statusCode() == 200 ? JSON.readTree(response.body()) : JSON.createArrayNode();
        } catch (IOException e) {
            return JSON.createArrayNode(); // not serving yet
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return JSON.createArrayNode();
        }
    }

    /** The per-region table of a run's output: from its header to its legend. */
    static String regionTable(String output) {
        int start = output.indexOf("REGION ");
        int end = output.indexOf("killed/injured are best");
        assertThat(start).as("a region table in:\n%s", output).isNotNegative();
        assertThat(end).as("a region table in:\n%s", output).isGreaterThan(start);
        return output.substring(start, end);
    }

    static int regionRows(String table) {
        return table.split("\n").length - 2;
    }

    static long totalIncidents(String table) {
        long sum = 0;
        for (String line : table.split("\n")) {
            String[] columns = line.trim().split("\\s{2,}");
            if (columns.length >= 3 && columns[2].matches("\\d+")) {
                sum += Long.parseLong(columns[2]);
            }
        }
        return sum;
    }

    static double secondsSince(long nanoTime) {
        return (System.nanoTime() - nanoTime) / 1e9;
    }

    static void deleteQuietly(Path dir) {
        try (Stream<Path> paths = Files.walk(dir)) {
            paths.sorted(Comparator.reverseOrder()).forEach(path -> path.toFile().delete());
        } catch (IOException | UncheckedIOException e) {
            // a temp dir left behind is no failure
        }
    }

    record Ports(int kafka, int controller, int registry, int enrichHttp, int aggregateHttp) {
        static Ports free() {
            return new Ports(freePort(), freePort(), freePort(), freePort(), freePort());
        }

        private static int freePort() {
            try (ServerSocket socket = new ServerSocket(0)) {
                return socket.getLocalPort();
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
        }
    }
}
