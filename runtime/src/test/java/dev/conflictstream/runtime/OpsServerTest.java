package dev.conflictstream.runtime;

import static org.assertj.core.api.Assertions.assertThat;

import io.micrometer.prometheusmetrics.PrometheusConfig;
import io.micrometer.prometheusmetrics.PrometheusMeterRegistry;
import java.io.InputStream;
import java.io.OutputStream;
import java.net.Socket;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

class OpsServerTest {
    private static final HttpClient HTTP = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(2)).build();
    private OpsServer ops;
    private final List<Socket> slowClients = new ArrayList<>();

    @BeforeEach
    void start() {
        ops = OpsServer.start("127.0.0.1", 0, new PrometheusMeterRegistry(PrometheusConfig.DEFAULT), () -> true);
    }

    @AfterEach
    void stop() throws Exception {
        for (Socket s : slowClients) {
            s.close();
        }
        ops.close();
    }

    @Test
    void routesMatchTheWholePathNotAPrefix() throws Exception {
        assertThat(status("/health")).isEqualTo(200);
        assertThat(status("/ready")).isEqualTo(200);
        assertThat(status("/metrics")).isEqualTo(200);
        assertThat(status("/metricsX")).isEqualTo(404);
        assertThat(status("/health/../ready")).isEqualTo(404);
        assertThat(status("/healthz")).isEqualTo(404);
    }

    @Test
    void clientsThatNeverFinishTheirRequestNeitherBlockOthersNorStayForever() throws Exception {
        for (int i = 0; i < 8; i++) { // twice the workers that used to hang every endpoint
            Socket s = new Socket("127.0.0.1", ops.port());
            OutputStream out = s.getOutputStream();
            out.write("GET /health HTTP/1.1\r\nHost: x\r\n".getBytes(StandardCharsets.US_ASCII)); // no blank line: never finished
            out.flush();
            slowClients.add(s);
        }

        long started = System.nanoTime();
        assertThat(status("/health")).isEqualTo(200);
        assertThat(Duration.ofNanos(System.nanoTime() - started)).isLessThan(Duration.ofSeconds(3));

        Socket slow = slowClients.get(0);
        slow.setSoTimeout((HttpServers.REQUEST_SECONDS + 10) * 1000);
        InputStream in = slow.getInputStream();
        assertThat(in.read()).as("the server closes a request that takes longer than %d s", HttpServers.REQUEST_SECONDS)
                .isEqualTo(-1);
    }

    private int status(String path) throws Exception {
        HttpRequest request = HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + ops.port() + path))
                .timeout(Duration.ofSeconds(5)).build();
        return HTTP.send(request, HttpResponse.BodyHandlers.discarding()).statusCode();
    }
}
