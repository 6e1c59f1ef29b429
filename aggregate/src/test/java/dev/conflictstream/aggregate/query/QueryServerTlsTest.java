package dev.conflictstream.aggregate.query;

import static dev.conflictstream.aggregate.TestEvents.*;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.conflictstream.aggregate.AggregateDriver;
import dev.conflictstream.devstack.TestCertificates;
import dev.conflictstream.runtime.HttpTls;
import java.io.IOException;
import java.net.InetSocketAddress;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Path;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The query API over TLS (off by default): two instances serving https from a key store, one
 * holding Ukraine, the other Russia; asked at either, the answer covers both, so the instances
 * call each other over https too, trusting the trust store. Plain HTTP gets no answer.
 */
class QueryServerTlsTest {
    @Test
    void twoInstancesServeAndForwardOverHttpsWithTheirKeyStoreAndTrustStore(@TempDir Path dir) throws Exception {
        TestCertificates certificates = TestCertificates.create(dir);
        HttpTls tls = new HttpTls(certificates.keyStore().toString(), certificates.password(), "PKCS12",
                certificates.trustStore().toString(), certificates.password());
        try (AggregateDriver ukraine = new AggregateDriver(dir.resolve("a"));
             AggregateDriver russia = new AggregateDriver(dir.resolve("b"))) {
            ukraine.send(event("kyiv#0", STRIKE, SUMY, FEB_7, T0).setKilled(killed(2)).build());
            russia.send(event("tass#0", BATTLE, SUDZHA, FEB_7, T0).setKilled(killed(7)).build());
            DriverStoreAccess a = new DriverStoreAccess(ukraine.driver());
            DriverStoreAccess b = new DriverStoreAccess(russia.driver());
            // "localhost": the name the certificate is for, as other instances must advertise it
            QueryServer serverA = QueryServer.start(a, new InetSocketAddress("127.0.0.1", 0), "localhost", QueryToken.OPEN, tls);
            QueryServer serverB = QueryServer.start(b, new InetSocketAddress("127.0.0.1", 0), "localhost", QueryToken.OPEN, tls);
            try {
                for (DriverStoreAccess access : List.of(a, b)) {
                    access.hosts = List.of(serverA.self(), serverB.self());
                    access.owner = (store, key) -> key.startsWith("RU") ? serverB.self() : serverA.self();
                    access.partitionCount = 2;
                    access.partitionOf = key -> key.startsWith("RU") ? 1 : 0;
                }
                a.partitions = Set.of(0);
                b.partitions = Set.of(1);
                HttpClient client = HttpClient.newBuilder().sslContext(tls.clientContext()).build();

                HttpResponse<String> regions = client.send(HttpRequest.newBuilder(
                        URI.create("https://localhost:" + serverA.self().port() + "/regions")).build(), HttpResponse.BodyHandlers.ofString());

                assertThat(serverA.scheme()).isEqualTo("https");
                assertThat(regions.statusCode()).isEqualTo(200);
                JsonNode body = new ObjectMapper().readTree(regions.body());
                assertThat(body.findValuesAsText("code")).containsExactlyInAnyOrder("RU.41", "UA.21");
                assertThatThrownBy(() -> HttpClient.newHttpClient().send(HttpRequest.newBuilder(
                        URI.create("http://localhost:" + serverA.self().port() + "/regions")).build(), HttpResponse.BodyHandlers.ofString()))
                        .as("plain HTTP on the TLS port").isInstanceOf(IOException.class);
            } finally {
                serverA.close();
                serverB.close();
            }
        }
    }
}
