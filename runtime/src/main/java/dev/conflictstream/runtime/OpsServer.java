package dev.conflictstream.runtime;

import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpHandler;
import com.sun.net.httpserver.HttpServer;
import io.micrometer.prometheusmetrics.PrometheusMeterRegistry;
import java.io.IOException;
import java.io.OutputStream;
import java.net.InetSocketAddress;
import java.nio.charset.StandardCharsets;
import java.util.function.BooleanSupplier;

/**
 * The operations endpoints every service serves on one port: {@code /metrics} (Prometheus
 * text format), {@code /health} (liveness: the process answers) and {@code /ready}
 * (readiness, as the service defines it). Services add their own routes (e.g. the query API).
 */
public final class OpsServer implements AutoCloseable {
    private final HttpServer server;

    private OpsServer(HttpServer server) {
        this.server = server;
    }

    public static OpsServer start(String host, int port, PrometheusMeterRegistry registry, BooleanSupplier ready) {
        return start(host, port, HttpTls.OFF, registry, ready);
    }

    /** Like {@link #start(String, int, PrometheusMeterRegistry, BooleanSupplier)}, over https when {@code tls} is enabled. */
    public static OpsServer start(String host, int port, HttpTls tls, PrometheusMeterRegistry registry, BooleanSupplier ready) {
        try {
            HttpServer server = HttpServers.create(new InetSocketAddress(host, port), "ops-http", tls);
            OpsServer ops = new OpsServer(server);
            ops.route("/metrics", exchange -> respond(exchange, 200,
                    "text/plain; version=0.0.4; charset=utf-8", registry.scrape()));
            ops.route("/health", exchange -> respond(exchange, 200, "application/json", "{\"status\":\"UP\"}"));
            ops.route("/ready", exchange -> {
                boolean isReady = ready.getAsBoolean();
                respond(exchange, isReady ? 200 : 503, "application/json",
                        "{\"ready\":" + isReady + "}");
            });
            server.start();
            return ops;
        } catch (IOException e) {
            throw new IllegalStateException("cannot serve HTTP on " + host + ":" + port + ": " + e.getMessage(), e);
        }
    }

    /**
     * Serves {@code path} exactly: a longer path under it ({@code /metricsX}, {@code /health/../x})
     * is a 404 from this route. {@code "/"} serves every path that no other route's prefix takes.
     */
    public void route(String path, HttpHandler handler) {
        if (path.equals("/")) {
            server.createContext(path, handler);
            return;
        }
        server.createContext(path, exchange -> {
            if (exchange.getRequestURI().getRawPath().equals(path)) {
                handler.handle(exchange);
            } else {
                respond(exchange, 404, "application/json", "{\"error\":\"no such resource\"}");
            }
        });
    }

    public int port() {
        return server.getAddress().getPort();
    }

    public static void respond(HttpExchange exchange, int status, String contentType, String body) throws IOException {
        byte[] bytes = body.getBytes(StandardCharsets.UTF_8);
        exchange.getResponseHeaders().set("Content-Type", contentType);
        exchange.sendResponseHeaders(status, bytes.length == 0 ? -1 : bytes.length);
        try (OutputStream out = exchange.getResponseBody()) {
            out.write(bytes);
        }
    }

    @Override
    public void close() {
        HttpServers.stop(server);
    }
}
