package dev.conflictstream.aggregate.query;

import com.sun.net.httpserver.HttpExchange;
import java.net.http.HttpRequest;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;

/**
 * The query API's optional bearer token ({@code aggregate.http.token}): with one set, every
 * query must carry {@code Authorization: Bearer <token>}, calls between instances included
 * (so {@code local=true} is no longer open to any caller); the map page itself, {@code /metrics},
 * {@code /health} and {@code /ready} stay open (Prometheus and probes inside the network).
 * Without one ({@link #OPEN}, the default) nothing is asked.
 */
public final class QueryToken {
    public static final QueryToken OPEN = new QueryToken(null);
    private static final String SCHEME = "Bearer ";
    private final byte[] expected;

    private QueryToken(byte[] expected) {
        this.expected = expected;
    }

    /** The token {@code value} (blank: {@link #OPEN}). */
    public static QueryToken of(String value) {
        return value == null || value.isBlank() ? OPEN : new QueryToken(value.strip().getBytes(StandardCharsets.UTF_8));
    }

    boolean required() {
        return expected != null;
    }

    /** Whether {@code exchange} may query: no token set, or the right one presented (compared in constant time). */
    boolean admits(HttpExchange exchange) {
        if (expected == null) {
            return true;
        }
        String header = exchange.getRequestHeaders().getFirst("Authorization");
        if (header == null || !header.regionMatches(true, 0, SCHEME, 0, SCHEME.length())) {
            return false;
        }
        return MessageDigest.isEqual(expected, header.substring(SCHEME.length()).strip().getBytes(StandardCharsets.UTF_8));
    }

    /** {@code request} with this token, for a call to another instance. */
    HttpRequest.Builder sign(HttpRequest.Builder request) {
        return expected == null ? request
                : request.header("Authorization", SCHEME + new String(expected, StandardCharsets.UTF_8));
    }
}
