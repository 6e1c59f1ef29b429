package dev.conflictstream.launcher.ops;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.dataformat.yaml.YAMLMapper;
import dev.conflictstream.aggregate.AggregateConfig;
import dev.conflictstream.enrich.EnrichConfig;
import dev.conflictstream.ingest.IngestConfig;
import dev.conflictstream.launcher.TopicPartitions;
import dev.conflictstream.runtime.Settings;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.Iterator;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.TimeUnit;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.yaml.snakeyaml.LoaderOptions;
import org.yaml.snakeyaml.Yaml;

/**
 * docker-compose cannot run here (no engine), so this checks what would break it: the
 * services, their ports, the Prometheus scrape targets and the services' built-in defaults
 * agree; every image is pinned; every long-running service has a health check and waits for
 * what it needs; Grafana finds the datasource and dashboards where provisioning says. Then the
 * real tools validate the files when installed: {@code docker-compose config -q} and
 * {@code promtool check config}.
 */
class ComposeConsistencyTest {
    static final Path ROOT = Path.of("..");
    static final Path COMPOSE = ROOT.resolve("docker-compose.yml");
    static final Path PROMETHEUS = ROOT.resolve("ops/prometheus/prometheus.yml");
    static final Path GRAFANA_PROVISIONING = ROOT.resolve("ops/grafana/provisioning");
    static final ObjectMapper JSON = new ObjectMapper();
    static final YAMLMapper YAML = new YAMLMapper();

    /** Our services: compose name -> the port their code listens on by default. */
    static final Map<String, Integer> SERVICE_PORTS = Map.of(
            "ingest", IngestConfig.DEFAULT_METRICS_PORT,
            "enrich", EnrichConfig.DEFAULT_HTTP_PORT,
            "aggregate", Integer.parseInt(AggregateConfig.DEFAULTS.get("http.port")));
    /** The settings each service reads its port from, as the environment spells them. */
    static final Map<String, String> PORT_ENV = Map.of(
            "ingest", "CONFLICTSTREAM_INGEST_METRICS_PORT",
            "enrich", "CONFLICTSTREAM_ENRICH_HTTP_PORT",
            "aggregate", "CONFLICTSTREAM_AGGREGATE_HTTP_PORT");

    static JsonNode compose;
    static JsonNode services;
    static JsonNode prometheus;

    @BeforeAll
    static void parse() throws IOException {
        // SnakeYAML (the parser under Jackson YAML) resolves the file's "<<: *service" merge keys;
        // Jackson's tree model would keep "<<" as a field.
        Object loaded = new Yaml(new LoaderOptions()).load(Files.readString(COMPOSE, StandardCharsets.UTF_8));
        compose = JSON.valueToTree(loaded);
        services = compose.path("services");
        prometheus = YAML.readTree(PROMETHEUS.toFile());
    }

    @Test
    void composeHasTheWholeStack() {
        assertThat(names(services)).containsExactlyInAnyOrder(
                "kafka", "schema-registry", "topic-init", "ingest", "enrich", "aggregate", "prometheus", "grafana");
    }

    @Test
    void servicePortsAgreeWithTheDefaultsInTheCodeTheEnvironmentAndTheHealthChecks() {
        SERVICE_PORTS.forEach((name, port) -> {
            JsonNode service = services.path(name);
            assertThat(texts(service.path("ports"))).as(name + " ports").contains(port + ":" + port);
            assertThat(service.path("environment").path(PORT_ENV.get(name)).asText(String.valueOf(port)))
                    .as(name + " " + PORT_ENV.get(name)).isEqualTo(String.valueOf(port));
            assertThat(String.join(" ", texts(service.path("healthcheck").path("test"))))
                    .as(name + " health check probes its own port").contains("/" + port).contains("/health");
        });
    }

    @Test
    void prometheusScrapesEveryServiceOnItsPort() {
        Map<String, String> scraped = new java.util.TreeMap<>();
        for (JsonNode job : prometheus.path("scrape_configs")) {
            List<String> targets = new ArrayList<>();
            job.path("static_configs").forEach(c -> targets.addAll(texts(c.path("targets"))));
            assertThat(targets).as("targets of job " + job.path("job_name").asText()).hasSize(1);
            scraped.put(job.path("job_name").asText(), targets.get(0));
            assertThat(job.path("metrics_path").asText("/metrics")).isEqualTo("/metrics");
        }
        Map<String, String> expected = new java.util.TreeMap<>();
        SERVICE_PORTS.forEach((name, port) -> expected.put(name, name + ":" + port));
        assertThat(scraped).isEqualTo(expected);
        scraped.values().forEach(target -> assertThat(names(services)).contains(target.substring(0, target.indexOf(':'))));
    }

    @Test
    void prometheusAndGrafanaGetTheirConfigFromThisRepository() throws IOException {
        assertThat(texts(services.path("prometheus").path("volumes")))
                .contains("./ops/prometheus/prometheus.yml:/etc/prometheus/prometheus.yml:ro");
        List<String> grafanaVolumes = texts(services.path("grafana").path("volumes"));
        assertThat(grafanaVolumes).contains("./ops/grafana/provisioning:/etc/grafana/provisioning:ro");

        JsonNode provider = YAML.readTree(GRAFANA_PROVISIONING.resolve("dashboards/conflictstream.yml").toFile()).path("providers").get(0);
        String dashboardsPath = provider.path("options").path("path").asText();
        assertThat(grafanaVolumes).as("the provider's path is where ops/grafana/dashboards is mounted")
                .contains("./ops/grafana/dashboards:" + dashboardsPath + ":ro");

        JsonNode datasource = YAML.readTree(GRAFANA_PROVISIONING.resolve("datasources/prometheus.yml").toFile()).path("datasources").get(0);
        assertThat(datasource.path("uid").asText()).as("the uid every dashboard query uses").isEqualTo("prometheus");
        String prometheusPort = texts(services.path("prometheus").path("ports")).get(0).split(":")[1];
        assertThat(datasource.path("url").asText()).isEqualTo("http://prometheus:" + prometheusPort);
    }

    @Test
    void everyImageIsPinned() throws IOException {
        List<String> images = new ArrayList<>();
        services.forEach(service -> {
            if (service.has("image")) {
                images.add(service.path("image").asText());
            }
        });
        Matcher from = Pattern.compile("(?m)^FROM\\s+(\\S+)").matcher(Files.readString(ROOT.resolve("Dockerfile")));
        while (from.find()) {
            images.add(from.group(1));
        }
        assertThat(images).hasSizeGreaterThan(5).allSatisfy(image -> {
            String tag = image.substring(image.lastIndexOf('/') + 1);
            assertThat(tag).as(image + " has a tag").contains(":");
            assertThat(tag.substring(tag.indexOf(':') + 1)).as(image + " is pinned").isNotIn("latest", "stable", "main", "");
        });
        assertThat(services.path("prometheus").path("image").asText()).startsWith("prom/prometheus:v");
    }

    @Test
    void everyLongRunningServiceHasAHealthCheckAndWaitsForItsDependencies() {
        Set<String> oneShot = new HashSet<>();
        services.fields().forEachRemaining(e -> {
            if ("no".equals(e.getValue().path("restart").asText("no")) && !e.getValue().has("healthcheck")) {
                oneShot.add(e.getKey());
            }
        });
        assertThat(oneShot).as("one-shot services").containsExactly("topic-init");

        services.fields().forEachRemaining(e -> {
            String name = e.getKey();
            JsonNode service = e.getValue();
            if (!oneShot.contains(name)) {
                assertThat(texts(service.path("healthcheck").path("test"))).as(name + " healthcheck").isNotEmpty();
            }
            if (!name.equals("kafka")) { // the root of the graph waits for nothing
                assertThat(service.path("depends_on").isObject()).as(name + " depends_on with conditions").isTrue();
            }
            service.path("depends_on").fields().forEachRemaining(dep -> {
                String condition = dep.getValue().path("condition").asText();
                assertThat(names(services)).as(name + " depends on an existing service").contains(dep.getKey());
                assertThat(condition).as(name + " -> " + dep.getKey()).isIn(
                        "service_healthy", "service_started", "service_completed_successfully");
                if (condition.equals("service_healthy")) {
                    assertThat(services.path(dep.getKey()).has("healthcheck")).as(dep.getKey() + " has a health check to wait for").isTrue();
                }
                if (oneShot.contains(dep.getKey())) {
                    assertThat(condition).as(name + " waits for " + dep.getKey() + " to finish").isEqualTo("service_completed_successfully");
                }
            });
        });
        assertThat(services.path("enrich").path("depends_on").has("topic-init")).isTrue();
        assertThat(services.path("aggregate").path("depends_on").has("topic-init")).isTrue();
    }

    @Test
    void servicesReachKafkaAndTheRegistryByTheirComposeNames() {
        for (String name : SERVICE_PORTS.keySet()) {
            JsonNode env = services.path(name).path("environment");
            assertThat(env.path("CONFLICTSTREAM_BOOTSTRAP_SERVERS").asText()).startsWith("kafka:");
            assertThat(env.path("CONFLICTSTREAM_SCHEMA_REGISTRY_URL").asText()).isEqualTo("http://schema-registry:8081");
        }
        assertThat(services.path("kafka").path("environment").path("KAFKA_LISTENERS").asText())
                .contains("://:" + services.path("enrich").path("environment").path("CONFLICTSTREAM_BOOTSTRAP_SERVERS").asText().split(":")[1]);
        assertThat(services.path("aggregate").path("environment").path("CONFLICTSTREAM_AGGREGATE_ADVERTISED_HOST").asText()).isEqualTo("aggregate");
    }

    @Test
    void topicInitSetsThePartitionCountOfTheDataTopicsExplicitly() {
        JsonNode env = services.path("topic-init").path("environment");
        assertThat(env.path("CONFLICTSTREAM_BOOTSTRAP_SERVERS").asText()).startsWith("kafka:");
        assertThat(env.path(Settings.envName(TopicPartitions.KEY)).asText()).as("topic-init's partition count")
                .matches("[1-9][0-9]*");
    }

    @Test
    void dockerComposeAcceptsTheFile() throws Exception {
        Optional<Path> binary = PrometheusServer.findOnPath("docker-compose");
        assumeTrue(binary.isPresent(), "docker-compose is not on PATH: skipping `docker-compose config -q` "
                + "(./test installs the Debian package when run as root)");
        assertThat(run(binary.get().toString(), "-f", ROOT.relativize(COMPOSE).toString(), "config", "-q")).isEqualTo("exit 0");
    }

    @Test
    void promtoolAcceptsThePrometheusConfig() throws Exception {
        Optional<Path> binary = PrometheusServer.findOnPath("promtool");
        assumeTrue(binary.isPresent(), "promtool is not on PATH: skipping `promtool check config` "
                + "(it comes with the Debian prometheus package that ./test installs as root)");
        assertThat(run(binary.get().toString(), "check", "config", ROOT.relativize(PROMETHEUS).toString())).isEqualTo("exit 0");
    }

    /** "exit 0", or the exit code with the tool's output, so a failure says why. */
    private static String run(String... command) throws IOException, InterruptedException {
        Process process = new ProcessBuilder(command).directory(ROOT.toFile()).redirectErrorStream(true).start();
        String output = new String(process.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
        assertThat(process.waitFor(60, TimeUnit.SECONDS)).as(String.join(" ", command) + " finished").isTrue();
        return process.exitValue() == 0 ? "exit 0" : "exit " + process.exitValue() + ": " + output;
    }

    private static Set<String> names(JsonNode object) {
        Set<String> names = new HashSet<>();
        Iterator<String> it = object.fieldNames();
        it.forEachRemaining(names::add);
        return names;
    }

    private static List<String> texts(JsonNode array) {
        List<String> texts = new ArrayList<>();
        array.forEach(node -> texts.add(node.asText()));
        return texts;
    }
}
