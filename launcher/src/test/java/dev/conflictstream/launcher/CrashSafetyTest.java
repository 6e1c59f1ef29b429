package dev.conflictstream.launcher;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.conflictstream.enrich.eval.ArticleCorpus;
import dev.conflictstream.enrich.extract.ArticleText;
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
import java.util.List;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicBoolean;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import static org.awaitility.Awaitility.await;
import dev.conflictstream.aggregate.AggregateConfig;
import dev.conflictstream.enrich.EnrichConfig;
import dev.conflictstream.schema.RegionTally;
import dev.conflictstream.schema.serde.HttpSchemaRegistryClient;
import dev.conflictstream.schema.serde.TopicSerdes;
import dev.conflictstream.schema.topic.Topics;
import java.util.Map;
import org.apache.kafka.clients.admin.Admin;
import org.apache.kafka.clients.admin.AdminClientConfig;
import org.junit.jupiter.api.io.TempDir;

/**
 * Crash safety, proven by killing the process: the whole pipeline (broker, registry, enrich,
 * aggregate) runs in a child JVM that is killed with SIGKILL while the aggregate is mid-stream,
 * then started again on the same data dir <em>without</em> ingesting anything more; its region
 * table must equal that of a run that was never killed. Exactly-once means nothing lost and
 * nothing counted twice, whatever the moment: a re-ingest would hide a lost event, so there is
 * none.
 */
class CrashSafetyTest {
    private static final int ARTICLES = 1_500;
    private static final Duration RUN_TIMEOUT = Duration.ofMinutes(4);
    private static final ObjectMapper JSON = new ObjectMapper();
    private static final HttpClient HTTP = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(2)).build();

    @TempDir
    static Path tmp;
    static Path articles;
    /** The region table of a one-process run never killed, and how long it took from scratch. */
    static String neverKilled;
    static double neverKilledSeconds;
    static long incidents;

    @BeforeAll
    static void runOnceNeverKilled() throws Exception {
        articles = writeArticles(tmp.resolve("articles"));
        long neverKilledStart = System.nanoTime();
        neverKilled = regionTable(runOnce(tmp.resolve("never-killed"), articles));
        neverKilledSeconds = secondsSince(neverKilledStart);
        incidents = totalIncidents(neverKilled);
        assertThat(incidents).as("the articles make incidents").isGreaterThan(100);
    }

    @Test
    void aPipelineKilledMidStreamAndRestartedEndsWithTheFiguresOfOneNeverKilled() throws Exception {
        Path nothing = Files.createDirectories(tmp.resolve("nothing-more"));

        Ports ports = Ports.free();
        Path killedDir = tmp.resolve("killed");
        Process serving = start(killedDir, articles, ports, false);
        AtomicBoolean published = new AtomicBoolean();
        Output log = drain(serving, line -> {
            if (line.startsWith("ingest: read " + ARTICLES + ", published " + ARTICLES)) {
                published.set(true);
            }
        });
        long tallied = awaitMidStream(serving, published, ports.aggregateHttp(), incidents, () -> String.join("\n", log.lines()));
        serving.destroyForcibly(); // SIGKILL: no shutdown hook, no commit, no flush
        assertThat(serving.waitFor(30, TimeUnit.SECONDS)).isTrue();

        long restartedAt = System.nanoTime();
        Process restart = start(killedDir, nothing, ports, true);
        Output restartLog = drain(restart, line -> { });
        double resumedSeconds = awaitTallied(restart, ports.aggregateHttp(), tallied, restartedAt);
        assertThat(restart.waitFor(RUN_TIMEOUT.toSeconds(), TimeUnit.SECONDS)).as("restarted run --once ended").isTrue();
        double restartedSeconds = secondsSince(restartedAt);
        String restartOutput = restartLog.await();
        String restarted = regionTable(restartOutput);
        if (!restarted.equals(neverKilled)) {
            Path kept = Files.writeString(Files.createTempFile("crash-safety-restart-", ".log"), restartOutput);
            System.out.println("crash safety: the restarted run's output is kept in " + kept);
        }
        System.out.printf("crash safety: killed with %,d of %,d incidents tallied; after the restart %d region rows compared%n",
                tallied, incidents, neverKilled.split("\n").length - 2);
        System.out.printf("crash safety: recovery: the restarted run tallied past the kill after %.1f s and ended after %.1f s "
                + "(a run never killed: %.1f s from scratch)%n", resumedSeconds, restartedSeconds, neverKilledSeconds);
        assertThat(restarted).as("killed with %,d of %,d incidents tallied, restarted", tallied, incidents)
                .isEqualTo(neverKilled);
    }

    /**
     * Enrich and aggregate as their own processes against {@code ./pipeline broker}, which stays
     * up: both killed with SIGKILL mid-stream, started again on their state dirs; the tallies a
     * subscriber reads then make the table of the one-process run never killed.
     */
    @Test
    void enrichAndAggregateKilledAsSeparateProcessesAgainstABrokerThatStaysUpEndWithTheSameFigures() throws Exception {
        Ports ports = Ports.free();
        Path dir = tmp.resolve("separate");
        Files.createDirectories(dir);
        Process broker = child(List.of("broker", "--data-dir", dir.resolve("broker").toString()), ports, "512m",
                ProcessBuilder.Redirect.PIPE);
        try {
            AtomicBoolean serving = new AtomicBoolean();
            Output brokerLog = drain(broker, line -> serving.compareAndSet(false, line.startsWith("Serving until Ctrl-C")));
            await().atMost(RUN_TIMEOUT).until(() -> serving.get() || !broker.isAlive());
            assertThat(serving.get()).as("broker up; output:\n%s", String.join("\n", brokerLog.lines())).isTrue();
            String bootstrap = "127.0.0.1:" + ports.kafka();
            String registry = "http://127.0.0.1:" + ports.registry();
            Process enrich = service("enrich", dir, ports, bootstrap, registry);
            Process aggregate = service("aggregate", dir, ports, bootstrap, registry);
            assertThat(Main.execute("ingest", "--bootstrap-servers", bootstrap, "--schema-registry-url", registry,
                    articles.toString())).isZero();
            long tallied = awaitMidStream(aggregate, new AtomicBoolean(true), ports.aggregateHttp(), incidents,
                    () -> read(dir.resolve("aggregate.log")));
            enrich.destroyForcibly();
            aggregate.destroyForcibly();
            assertThat(enrich.waitFor(30, TimeUnit.SECONDS) && aggregate.waitFor(30, TimeUnit.SECONDS)).isTrue();

            long restartedAt = System.nanoTime();
            Process enrichAgain = service("enrich", dir, ports, bootstrap, registry);
            Process aggregateAgain = service("aggregate", dir, ports, bootstrap, registry);
            try (Admin admin = Admin.create(Map.of(AdminClientConfig.BOOTSTRAP_SERVERS_CONFIG, bootstrap))) {
                assertThat(new ProcessingWatcher(admin).awaitIdle(List.of(
                        new ProcessingWatcher.Application(EnrichConfig.DEFAULT_APPLICATION_ID, List.of(Topics.ARTICLES.name())),
                        new ProcessingWatcher.Application(AggregateConfig.defaults().applicationId(), List.of(Topics.EVENTS.name()))),
                        RUN_TIMEOUT)).as("processed after the restart").isTrue();
            }
            double recovered = secondsSince(restartedAt);
            String restarted = regionTable(RegionTable.format(List.copyOf(TopicSnapshot.<RegionTally>read(bootstrap,
                    Topics.REGION_TALLIES, new TopicSerdes(new HttpSchemaRegistryClient(registry))).values())));
            enrichAgain.destroy();
            aggregateAgain.destroy();
            System.out.printf("crash safety, separate processes: enrich and aggregate killed with %,d of %,d incidents tallied; "
                    + "all processed %.1f s after their restart; %d region rows compared%n", tallied, incidents, recovered,
                    neverKilled.split("\n").length - 2);
            assertThat(restarted).as("killed with %,d of %,d incidents tallied, restarted", tallied, incidents).isEqualTo(neverKilled);
        } finally {
            broker.destroy();
            broker.waitFor(60, TimeUnit.SECONDS);
        }
    }

    /** {@code ./pipeline enrich} or {@code aggregate} in a child JVM, its output appended to {@code <dir>/<name>.log}. */
    private static Process service(String name, Path dir, Ports ports, String bootstrap, String registry) throws IOException {
        Process process = child(List.of("-Dconflictstream." + name + ".state.dir=" + dir.resolve(name), name,
                "--bootstrap-servers", bootstrap, "--schema-registry-url", registry), ports, "512m",
                ProcessBuilder.Redirect.appendTo(dir.resolve(name + ".log").toFile()));
        return process;
    }

    private static String read(Path file) {
        try {
            return Files.readString(file);
        } catch (IOException e) {
            return "(" + e + ")";
        }
    }

    /** Waits until every article is published and the aggregate has tallied a quarter of the incidents or more, not all; how many. */
    private static long awaitMidStream(Process serving, AtomicBoolean published, int queryPort, long all,
            java.util.function.Supplier<String> log) throws Exception {
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

    private static double secondsSince(long nanoTime) {
        return (System.nanoTime() - nanoTime) / 1e9;
    }

    private static long talliedIncidents(int queryPort) {
        try {
            HttpResponse<String> response = HTTP.send(HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + queryPort + "/regions"))
                    .timeout(Duration.ofSeconds(2)).build(), HttpResponse.BodyHandlers.ofString());
            if (response.statusCode() != 200) {
                return 0;
            }
            long sum = 0;
            for (JsonNode region : JSON.readTree(response.body())) {
                sum += region.get("incidents").asLong();
            }
            return sum;
        } catch (IOException e) {
            return 0; // not serving yet
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return 0;
        }
    }

    /** {@code run --once} in a child JVM; its standard output. */
    private static String runOnce(Path dataDir, Path articles) throws Exception {
        return runOnce(dataDir, articles, Ports.free());
    }

    private static String runOnce(Path dataDir, Path articles, Ports ports) throws Exception {
        Process run = start(dataDir, articles, ports, true);
        Output out = drain(run, line -> { });
        assertThat(run.waitFor(RUN_TIMEOUT.toSeconds(), TimeUnit.SECONDS)).as("run --once ended").isTrue();
        return out.await();
    }

    private static Process start(Path dataDir, Path articles, Ports ports, boolean once) throws IOException {
        List<String> arguments = new ArrayList<>(List.of("run", "--data-dir", dataDir.toString(), "--samples", articles.toString()));
        if (once) {
            arguments.add("--once");
        }
        return child(arguments, ports, "768m", ProcessBuilder.Redirect.PIPE);
    }

    /** {@code ./pipeline <arguments>} in a child JVM on {@code ports}; arguments starting with -D go to the JVM. */
    private static Process child(List<String> arguments, Ports ports, String heap, ProcessBuilder.Redirect output)
            throws IOException {
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

    /** The child's output lines as they come, read on a daemon thread (a full pipe would stall the child). */
    private record Output(List<String> lines, Thread reader) {
        String await() throws InterruptedException {
            reader.join(30_000);
            synchronized (lines) {
                return String.join("\n", lines);
            }
        }
    }

    private static Output drain(Process process, java.util.function.Consumer<String> onLine) {
        List<String> lines = java.util.Collections.synchronizedList(new ArrayList<>());
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

    /** The per-region table of a run's output: from its header to its legend. */
    private static String regionTable(String output) {
        int start = output.indexOf("REGION ");
        int end = output.indexOf("killed/injured are best");
        assertThat(start).as("a region table in:\n%s", output).isNotNegative();
        assertThat(end).as("a region table in:\n%s", output).isGreaterThan(start);
        return output.substring(start, end);
    }

    private static long totalIncidents(String table) {
        long sum = 0;
        for (String line : table.split("\n")) {
            String[] columns = line.trim().split("\\s{2,}");
            if (columns.length >= 3 && columns[2].matches("\\d+")) {
                sum += Long.parseLong(columns[2]);
            }
        }
        return sum;
    }

    private static Path writeArticles(Path dir) throws IOException {
        Files.createDirectories(dir);
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
        Files.write(dir.resolve("articles.jsonl"), lines, StandardCharsets.UTF_8);
        return dir;
    }

    private record Ports(int kafka, int controller, int registry, int enrichHttp, int aggregateHttp) {
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
