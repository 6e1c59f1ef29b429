package dev.conflictstream.launcher;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import org.junit.jupiter.api.Test;

/** The ingest command's two modes are told apart before anything connects. */
class IngestCommandTest {

    @Test
    void refusesToRunWithNeitherPathsNorAWatchedFolder() {
        PrintStream originalErr = System.err;
        ByteArrayOutputStream err = new ByteArrayOutputStream();
        int exit;
        try {
            System.setErr(new PrintStream(err, true, StandardCharsets.UTF_8));
            exit = Main.execute("ingest");
        } finally {
            System.setErr(originalErr);
        }
        assertThat(exit).isEqualTo(2);
        assertThat(err.toString(StandardCharsets.UTF_8)).contains("--watch DIR").contains("Usage:");
    }
}
