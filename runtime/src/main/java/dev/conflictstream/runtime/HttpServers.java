package dev.conflictstream.runtime;

import com.sun.net.httpserver.HttpServer;
import com.sun.net.httpserver.HttpsConfigurator;
import com.sun.net.httpserver.HttpsServer;
import java.io.IOException;
import java.net.InetSocketAddress;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.LinkedBlockingQueue;
import java.util.concurrent.ThreadPoolExecutor;
import java.util.concurrent.TimeUnit;

/**
 * The one way this project opens an HTTP port (ops endpoints, query API, embedded registry):
 * the JDK's server, configured so that slow or half-open clients cannot take it down.
 *
 * <p>The JDK server reads a request on a worker thread, so each client that opens a connection
 * and never finishes its request line holds a worker: four of them used to hang {@code /health},
 * {@code /ready}, {@code /metrics} and the query API for as long as they stayed. Here a
 * request must arrive within {@value #REQUEST_SECONDS} s, or the server closes the connection
 * (and a response must leave within {@value #RESPONSE_SECONDS} s: long enough for a whole export
 * to a slow client, short enough that a client that never reads is let go)
 * ({@code sun.net.httpserver.maxReqTime}/{@code maxRspTime}, read once per JVM, so set before
 * the first server is created; a value given on the command line wins), and the pool has
 * {@value #THREADS} workers, so it takes that many slow clients at once to delay a request by
 * those seconds, not four to stop it for good.
 */
public final class HttpServers {
    static final int REQUEST_SECONDS = 5;
    static final int RESPONSE_SECONDS = 600;
    static final int THREADS = 32;

    static {
        defaultProperty("sun.net.httpserver.maxReqTime", REQUEST_SECONDS);
        defaultProperty("sun.net.httpserver.maxRspTime", RESPONSE_SECONDS);
    }

    private HttpServers() {}

    /** A started-later server bound to {@code bind} with its own daemon workers named {@code name}. */
    public static HttpServer create(InetSocketAddress bind, String name) throws IOException {
        return create(bind, name, HttpTls.OFF);
    }

    /** Like {@link #create(InetSocketAddress, String)}, serving https when {@code tls} is enabled. */
    public static HttpServer create(InetSocketAddress bind, String name, HttpTls tls) throws IOException {
        HttpServer server;
        if (tls.enabled()) {
            // the key store first: a wrong path or password must fail before the port is bound
            HttpsConfigurator configurator = new HttpsConfigurator(tls.serverContext());
            HttpsServer https = HttpsServer.create(bind, 0);
            https.setHttpsConfigurator(configurator);
            server = https;
        } else {
            server = HttpServer.create(bind, 0);
        }
        server.setExecutor(workers(name));
        return server;
    }

    /** Stops {@code server} at once and ends its workers. */
    public static void stop(HttpServer server) {
        server.stop(0);
        if (server.getExecutor() instanceof ExecutorService workers) {
            workers.shutdownNow();
        }
    }

    private static ExecutorService workers(String name) {
        ThreadPoolExecutor pool = new ThreadPoolExecutor(THREADS, THREADS, 30, TimeUnit.SECONDS, new LinkedBlockingQueue<>(),
                runnable -> {
                    Thread thread = new Thread(runnable, name);
                    thread.setDaemon(true);
                    return thread;
                });
        pool.allowCoreThreadTimeOut(true); // idle servers hold no threads
        return pool;
    }

    private static void defaultProperty(String key, int seconds) {
        if (System.getProperty(key) == null) {
            System.setProperty(key, Integer.toString(seconds));
        }
    }
}
