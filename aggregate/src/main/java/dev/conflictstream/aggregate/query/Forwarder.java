package dev.conflictstream.aggregate.query;

import com.fasterxml.jackson.core.type.TypeReference;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.conflictstream.aggregate.query.StoreAccess.UnavailableException;
import dev.conflictstream.runtime.HttpTls;
import java.io.IOException;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.Map;
import java.util.Set;
import java.util.StringJoiner;
import org.apache.kafka.streams.state.HostInfo;

/**
 * Calls another instance's query API with {@code local=true} and decodes its share with the
 * partitions it answered from ({@link Coverage}). A 404 is "not here" (a null body); anything
 * else that is not a 200, a share that does not name its partitions, and any I/O failure, is an
 * {@link UnavailableException}, so the caller answers 503 rather than a silently partial result.
 */
final class Forwarder {
    private static final Duration TIMEOUT = Duration.ofSeconds(5);
    private final HttpClient http;
    private final ObjectMapper json;
    private final QueryToken token;
    private final String scheme;

    /** Calls other instances with {@code token}, over https trusting {@code tls}'s trust store when TLS is on. */
    Forwarder(ObjectMapper json, QueryToken token, HttpTls tls) {
        this.json = json;
        this.token = token;
        this.scheme = tls.scheme();
        HttpClient.Builder builder = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(2));
        if (tls.enabled()) {
            builder.sslContext(tls.clientContext());
        }
        this.http = builder.build();
    }

    String scheme() {
        return scheme;
    }

    /** One instance's share of an answer (null body: nothing there) and the partitions it answered from. */
    record Share<T>(T body, Set<Integer> partitions) {}

    <T> Share<T> get(HostInfo host, String path, Map<String, String> params, TypeReference<T> type) throws UnavailableException {
        StringJoiner query = new StringJoiner("&", "?", "");
        params.forEach((k, v) -> {
            if (!k.equals(QueryServer.LOCAL_PARAM)) {
                query.add(encode(k) + "=" + encode(v));
            }
        });
        query.add(QueryServer.LOCAL_PARAM + "=true");
        URI uri = URI.create(scheme + "://" + host.host() + ":" + host.port() + path + query);
        try {
            HttpResponse<byte[]> response = http.send(token.sign(HttpRequest.newBuilder(uri)).timeout(TIMEOUT).GET().build(),
                    HttpResponse.BodyHandlers.ofByteArray());
            if (response.statusCode() != 200 && response.statusCode() != 404) {
                throw new UnavailableException(host + " answered " + response.statusCode());
            }
            String partitions = response.headers().firstValue(Coverage.HEADER)
                    .orElseThrow(() -> new UnavailableException(host + " did not say which partitions it answered from"));
            return new Share<>(response.statusCode() == 404 ? null : json.readValue(response.body(), type), Coverage.parse(partitions));
        } catch (IOException e) {
            throw new UnavailableException(host + " did not answer: " + e.getMessage(), e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new UnavailableException("interrupted while asking " + host, e);
        }
    }

    static String encode(String s) {
        return URLEncoder.encode(s, StandardCharsets.UTF_8).replace("+", "%20");
    }
}
