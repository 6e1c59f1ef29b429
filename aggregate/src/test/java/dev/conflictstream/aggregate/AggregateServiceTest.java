package dev.conflictstream.aggregate;

import static org.assertj.core.api.Assertions.assertThat;

import dev.conflictstream.schema.serde.InMemorySchemaRegistryClient;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Path;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class AggregateServiceTest {

    @Test
    void answers503UntilStreamsIsRunningAndAdvertisesTheBoundPort(@TempDir Path stateDir) throws Exception {
        AggregateConfig config = AggregateConfig.fromMap(Map.of(
                "bootstrap.servers", "127.0.0.1:1", // nothing listens: Streams never gets to RUNNING
                "state.dir", stateDir.toString(), "http.host", "127.0.0.1", "http.port", "0",
                "advertised.host", "127.0.0.1", "processing.guarantee", "at_least_once"));
        try (AggregateService service = AggregateService.start(config, new InMemorySchemaRegistryClient(),
                new io.micrometer.prometheusmetrics.PrometheusMeterRegistry(io.micrometer.prometheusmetrics.PrometheusConfig.DEFAULT))) {
            HttpResponse<String> response = HttpClient.newHttpClient().send(
                    HttpRequest.newBuilder(URI.create(service.queryUrl() + "/regions")).build(),
                    HttpResponse.BodyHandlers.ofString());

            assertThat(response.statusCode()).isEqualTo(503);
            assertThat(response.headers().firstValue("Retry-After")).hasValue("1");
            assertThat(service.queryUrl()).doesNotEndWith(":0");
        }
    }
}
