package dev.conflictstream.aggregate.query;

import com.fasterxml.jackson.core.type.TypeReference;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.conflictstream.aggregate.query.StoreAccess.UnavailableException;
import java.io.IOException;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.Map;
import java.util.StringJoiner;
import org.apache.kafka.streams.state.HostInfo;

/**
 * Calls another instance's query API with {@code local=true} and decodes its share. A 404 is
 * "not here" (null); anything else that is not a 200, and any I/O failure, is an
 * {@link UnavailableException}, so the caller answers 503 rather than a silently partial result.
 */
final class Forwarder {
    private static final Duration TIMEOUT = Duration.ofSeconds(5);
    private final HttpClient http = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(2)).build();
    private final ObjectMapper json;

    Forwarder(ObjectMapper json) {
        this.json = json;
    }

    <T> T get(HostInfo host, String path, Map<String, String> params, TypeReference<T> type) throws UnavailableException {
        StringJoiner query = new StringJoiner("&", "?", "");
        params.forEach((k, v) -> {
            if (!k.equals(QueryServer.LOCAL_PARAM)) {
                query.add(encode(k) + "=" + encode(v));
            }
        });
        query.add(QueryServer.LOCAL_PARAM + "=true");
        URI uri = URI.create("http://" + host.host() + ":" + host.port() + path + query);
        try {
            HttpResponse<byte[]> response = http.send(HttpRequest.newBuilder(uri).timeout(TIMEOUT).GET().build(),
                    HttpResponse.BodyHandlers.ofByteArray());
            if (response.statusCode() == 404) {
                return null;
            }
            if (response.statusCode() != 200) {
                throw new UnavailableException(host + " answered " + response.statusCode());
            }
            return json.readValue(response.body(), type);
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
