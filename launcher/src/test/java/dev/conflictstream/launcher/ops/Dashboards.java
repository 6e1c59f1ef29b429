package dev.conflictstream.launcher.ops;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;

/** The Grafana dashboards under {@code ops/grafana/dashboards} and the PromQL of every panel. */
final class Dashboards {
    static final Path DIR = Path.of("../ops/grafana/dashboards");
    private static final ObjectMapper JSON = new ObjectMapper();

    /** One panel query: where it is and its expression. */
    record PanelQuery(String dashboard, String panel, String refId, String expr, String datasourceUid) {
        /** The expression as Prometheus takes it: Grafana's interval variables become one minute. */
        String promql() {
            return expr.replace("$__rate_interval", "1m").replace("${__rate_interval}", "1m")
                    .replace("$__interval", "1m").replace("${__interval}", "1m")
                    .replace("$__range", "1h").replace("${__range}", "1h");
        }

        @Override
        public String toString() {
            return dashboard + " / " + panel + " [" + refId + "]: " + expr;
        }
    }

    private Dashboards() {}

    static List<Path> files() {
        try (Stream<Path> files = Files.list(DIR)) {
            return files.filter(f -> f.toString().endsWith(".json")).sorted().toList();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    static JsonNode read(Path file) {
        try {
            return JSON.readTree(file.toFile());
        } catch (IOException e) {
            throw new UncheckedIOException("cannot parse " + file, e);
        }
    }

    /** Every target of every panel, rows (collapsed or not) included. */
    static List<PanelQuery> queries() {
        List<PanelQuery> queries = new ArrayList<>();
        for (Path file : files()) {
            JsonNode dashboard = read(file);
            collect(dashboard.path("title").asText(file.getFileName().toString()), dashboard.path("panels"), queries);
        }
        return queries;
    }

    private static void collect(String dashboard, JsonNode panels, List<PanelQuery> into) {
        for (JsonNode panel : panels) {
            collect(dashboard, panel.path("panels"), into);
            for (JsonNode target : panel.path("targets")) {
                String uid = target.path("datasource").path("uid").asText(panel.path("datasource").path("uid").asText(""));
                into.add(new PanelQuery(dashboard, panel.path("title").asText("(untitled)"),
                        target.path("refId").asText("?"), target.path("expr").asText(""), uid));
            }
        }
    }

    /** Panels that draw something but have no query (a typo in "targets" would hide a panel's data). */
    static List<String> panelsWithoutTargets() {
        List<String> missing = new ArrayList<>();
        for (Path file : files()) {
            JsonNode dashboard = read(file);
            for (JsonNode panel : dashboard.path("panels")) {
                if (!"row".equals(panel.path("type").asText()) && !"text".equals(panel.path("type").asText())
                        && panel.path("targets").isEmpty()) {
                    missing.add(dashboard.path("title").asText() + " / " + panel.path("title").asText());
                }
            }
        }
        return missing;
    }
}
