package dev.conflictstream.launcher;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.net.ServerSocket;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.FileTime;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** What a newcomer meets in the first hour: one-line answers, real defaults, no repeated work. */
class FirstHourTest {

    @Test
    void ingestWithNoPipelineRunningSaysInOneLineHowToStartOne() throws Exception {
        int closed;
        try (ServerSocket socket = new ServerSocket(0)) {
            closed = socket.getLocalPort();
        }
        Captured run = capture(() -> Main.execute("ingest", "--bootstrap-servers", "127.0.0.1:" + closed,
                "--schema-registry-url", "http://127.0.0.1:" + closed, "../samples"));

        assertThat(run.exit).isEqualTo(1);
        assertThat(run.err.strip()).isEqualTo("pipeline: no Kafka broker at 127.0.0.1:" + closed + ": start the pipeline first "
                + "with ./pipeline (Kafka on localhost:9092, registry on localhost:8081), or pass --bootstrap-servers and "
                + "--schema-registry-url");
    }

    @Test
    void aSecondPipelineOnTheSameDataDirSaysWhichProcessHoldsIt(@TempDir Path dataDir) throws Exception {
        try (DataDirLock first = DataDirLock.acquire(dataDir)) {
            assertThatThrownBy(() -> DataDirLock.acquire(dataDir)).isInstanceOf(UserError.class)
                    .hasMessageStartingWith("already running (pid " + ProcessHandle.current().pid() + ", data dir "
                            + dataDir.toAbsolutePath().normalize() + ")");
        }
        DataDirLock.acquire(dataDir).close(); // released with its owner
    }

    @Test
    void aSecondPipelineOnAnotherDataDirNamesTheBusyPortAndTheSettingsThatMoveIt() throws Exception {
        try (ServerSocket taken = new ServerSocket(0)) {
            int port = taken.getLocalPort();
            assertThatThrownBy(() -> PortCheck.requireFree(new java.util.LinkedHashMap<>(java.util.Map.of("kafka.port", port))))
                    .isInstanceOf(UserError.class)
                    .hasMessage("port " + port + " (kafka.port) already in use, probably by another pipeline on another data dir: "
                            + "stop it, or run this one on free ports: CONFLICTSTREAM_KAFKA_PORT=0 ./pipeline --data-dir DIR");
        }
        PortCheck.requireFree(java.util.Map.of("kafka.port", 0)); // any free port is never busy
    }

    @Test
    void theSamplesAreIngestedOncePerDataDirUntilTheyChange(@TempDir Path tmp) throws Exception {
        Path samples = Files.createDirectories(tmp.resolve("samples"));
        Path article = Files.writeString(samples.resolve("a.txt"), "Strike\n\nTwo people were killed in Kharkiv.");
        Path dataDir = Files.createDirectories(tmp.resolve("data"));
        assertThat(SamplesMarker.alreadyIngested(dataDir, List.of(samples))).isFalse();

        SamplesMarker.record(dataDir, List.of(samples));
        assertThat(SamplesMarker.alreadyIngested(dataDir, List.of(samples))).isTrue();

        Files.setLastModifiedTime(article, FileTime.fromMillis(Files.getLastModifiedTime(article).toMillis() + 60_000));
        assertThat(SamplesMarker.alreadyIngested(dataDir, List.of(samples))).as("an edited sample is ingested again").isFalse();
    }

    @Test
    void helpShowsRealDefaultsNeverNull() {
        for (String command : List.of("run", "ingest", "enrich", "aggregate", "create-topics", "replay", "bench", "extract", "explain")) {
            Captured help = capture(() -> Main.execute(command, "--help"));
            assertThat(help.out).as(command).contains("Usage:").doesNotContain("null");
        }
        assertThat(capture(() -> Main.execute("ingest", "--help")).out).contains("localhost:9092").contains("http://localhost:8081");
    }

    @Test
    void explainReadsASampleFileAsIngestDoesAndEndsWithTheEventsEnrichPublishes() {
        Captured explain = capture(() -> Main.execute("explain", "--file", "../samples/sumy-strike-followup-2025-02-08.txt"));

        assertThat(explain.exit).isZero();
        assertThat(explain.out).contains("  title: Death Toll From Sumy Air Strike Rises")
                .contains("  published: 2025-02-08 (from the file (its date line or published field, read as ingest reads it))")
                .contains("== final events, as enrich publishes them (1)")
                .contains("  2025-02-06 (day) Explosions/Remote violence / Air/drone strike at Sumy (UA.21, geo precision 3), "
                        + "killed 3 ('three'), injured 11 ('eleven')");
    }

    private record Captured(int exit, String out, String err) {}

    private static Captured capture(java.util.function.IntSupplier command) {
        PrintStream out = System.out;
        PrintStream err = System.err;
        ByteArrayOutputStream o = new ByteArrayOutputStream();
        ByteArrayOutputStream e = new ByteArrayOutputStream();
        try {
            System.setOut(new PrintStream(o, true, StandardCharsets.UTF_8));
            System.setErr(new PrintStream(e, true, StandardCharsets.UTF_8));
            int exit = command.getAsInt();
            return new Captured(exit, o.toString(StandardCharsets.UTF_8), e.toString(StandardCharsets.UTF_8));
        } finally {
            System.setOut(out);
            System.setErr(err);
        }
    }
}
