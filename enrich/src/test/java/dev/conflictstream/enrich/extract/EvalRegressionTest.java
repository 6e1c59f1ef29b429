package dev.conflictstream.enrich.extract;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.conflictstream.enrich.eval.ExtractRun;
import java.io.Reader;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Runs the extractor in-process over every eval/dev file, scores the predictions with eval/score.py
 * and fails when a headline figure falls more than 0.02 below eval/baseline.json. With the
 * environment variable UPDATE_BASELINE=1 it rewrites the baseline instead (a deliberate step).
 */
class EvalRegressionTest {
    static final Path EVAL = Path.of("../eval");
    static final double TOLERANCE = 0.02;
    static final List<String> METRICS = List.of("admin1_acc", "country_acc", "type_acc", "killed_exact_pos",
            "event_recall", "topo_f1", "acc161", "toponym_f1_161");
    private static final ObjectMapper JSON = new ObjectMapper();

    @TempDir
    Path tmp;

    @Test
    void noDevFigureDropsBelowTheCommittedBaseline() throws Exception {
        JsonNode baseline = JSON.readTree(EVAL.resolve("baseline.json").toFile());
        ObjectNode measured = JSON.createObjectNode();
        List<String> drops = new ArrayList<>();
        List<Path> files;
        try (Stream<Path> s = Files.list(EVAL.resolve("dev"))) {
            files = s.filter(p -> p.toString().endsWith(".jsonl")).sorted().toList();
        }
        assertThat(files).isNotEmpty();
        for (Path gold : files) {
            String name = gold.getFileName().toString().replace(".jsonl", "");
            Path pred = tmp.resolve(name + ".pred");
            try (Reader r = Files.newBufferedReader(gold, StandardCharsets.UTF_8);
                 Writer w = Files.newBufferedWriter(pred, StandardCharsets.UTF_8)) {
                ExtractRun.run(ExtractorFixture.EXTRACTOR, r, w, null);
            }
            JsonNode metrics = score(gold, pred).get("metrics");
            ObjectNode row = measured.putObject(name);
            for (String m : METRICS) {
                JsonNode v = metrics.path(m).path("value");
                if (v.isNumber()) row.put(m, Math.round(v.asDouble() * 1000) / 1000.0);
            }
            JsonNode base = baseline.path("files").path(name);
            base.fieldNames().forEachRemaining(m -> {
                double want = base.get(m).asDouble();
                double got = row.path(m).asDouble(Double.NaN);
                if (!(got >= want - TOLERANCE)) drops.add(name + " " + m + ": " + got + " < baseline " + want);
            });
        }
        System.out.println("dev figures: " + measured);
        if ("1".equals(System.getenv("UPDATE_BASELINE"))) {
            ObjectNode root = JSON.createObjectNode();
            root.put("extractor", Extractor.VERSION);
            root.put("tolerance", TOLERANCE);
            root.set("files", measured);
            JSON.writerWithDefaultPrettyPrinter().writeValue(EVAL.resolve("baseline.json").toFile(), root);
            return;
        }
        assertThat(drops).as("figures below baseline; measured: " + measured).isEmpty();
    }

    private static JsonNode score(Path gold, Path pred) throws Exception {
        Process p = new ProcessBuilder("python3", EVAL.resolve("score.py").toString(), gold.toString(), pred.toString(), "--json")
                .redirectError(ProcessBuilder.Redirect.INHERIT).start();
        byte[] out = p.getInputStream().readAllBytes();
        assertThat(p.waitFor(60, TimeUnit.SECONDS)).isTrue();
        assertThat(p.exitValue()).as("score.py exit").isZero();
        return JSON.readTree(out);
    }
}
