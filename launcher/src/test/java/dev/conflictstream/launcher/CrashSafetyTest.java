package dev.conflictstream.launcher;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.conflictstream.enrich.extract.ArticleCorpus;
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
import org.junit.jupiter.api.Test;
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

    @Test
    void aPipelineKilledMidStreamAndRestartedEndsWithTheFiguresOfOneNeverKilled(@TempDir Path tmp) throws Exception {
        Path articles = writeArticles(tmp.resolve("articles"));
        Path nothing = Files.createDirectories(tmp.resolve("nothing-more"));
        long neverKilledStart = System.nanoTime();
        String neverKilled = regionTable(runOnce(tmp.resolve("never-killed"), articles));
        double neverKilledSeconds = secondsSince(neverKilledStart);
        long incidents = totalIncidents(neverKilled);
        assertThat(incidents).as("the articles make incidents").isGreaterThan(100);

        Ports ports = Ports.free();
        Path killedDir = tmp.resolve("killed");
        Process serving = start(killedDir, articles, ports, false);
        AtomicBoolean published = new AtomicBoolean();
        Output log = drain(serving, line -> {
            if (line.startsWith("ingest: read " + ARTICLES + ", published " + ARTICLES)) {
                published.set(true);
            }
        });
        long tallied = awaitMidStream(serving, published, ports.aggregateHttp(), incidents, log);
        serving.destroyForcibly(); // SIGKILL: no shutdown hook, no commit, no flush
        assertThat(serving.waitFor(30, TimeUnit.SECONDS)).isTrue();

        long restartedAt = System.nanoTime();
        Process restart = start(killedDir, nothing, ports, true);
        Output restartLog = drain(restart, line -> { });
        double resumedSeconds = awaitTallied(restart, ports.aggregateHttp(), tallied, restartedAt);
        assertThat(restart.waitFor(RUN_TIMEOUT.toSeconds(), TimeUnit.SECONDS)).as("restarted run --once ended").isTrue();
        double restartedSeconds = secondsSince(restartedAt);
        String restarted = regionTable(restartLog.await());
        System.out.printf("crash safety: killed with %,d of %,d incidents tallied; after the restart %d region rows compared%n",
                tallied, incidents, neverKilled.split("\n").length - 2);
        System.out.printf("crash safety: recovery: the restarted run tallied past the kill after %.1f s and ended after %.1f s "
                + "(a run never killed: %.1f s from scratch)%n", resumedSeconds, restartedSeconds, neverKilledSeconds);
        assertThat(restarted).as("killed with %,d of %,d incidents tallied, restarted", tallied, incidents)
                .isEqualTo(neverKilled);
    }

    /** Waits until every article is published and the aggregate has tallied a quarter of the incidents or more, not all; how many. */
    private static long awaitMidStream(Process serving, AtomicBoolean published, int queryPort, long all, Output log)
            throws Exception {
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
        throw new AssertionError("never mid-stream; child output:\n" + String.join("\n", log.lines()));
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
        List<String> command = new ArrayList<>(List.of(
                Path.of(System.getProperty("java.home"), "bin", "java").toString(), "-Xmx768m", "-XX:+UseParallelGC",
                "-Dorg.apache.avro.SERIALIZABLE_PACKAGES=dev.conflictstream.schema",
                "-Dorg.slf4j.simpleLogger.defaultLogLevel=warn",
                "-Dorg.slf4j.simpleLogger.log.org.apache.kafka=error",
                "-Dconflictstream.kafka.port=" + ports.kafka(),
                "-Dconflictstream.kafka.controller.port=" + ports.controller(),
                "-Dconflictstream.registry.port=" + ports.registry(),
                "-Dconflictstream.enrich.http.port=" + ports.enrichHttp(),
                "-Dconflictstream.aggregate.http.port=" + ports.aggregateHttp(),
                "-Dconflictstream.ingest.metrics.port=0",
                "-cp", System.getProperty("java.class.path"),
                Main.class.getName(), "run", "--data-dir", dataDir.toString(), "--samples", articles.toString()));
        if (once) {
            command.add("--once");
        }
        return new ProcessBuilder(command).redirectErrorStream(true).start();
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
