package dev.conflictstream.launcher.secure;

import dev.conflictstream.devstack.TestCertificates;

import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpsConfigurator;
import com.sun.net.httpserver.HttpsServer;
import java.io.IOException;
import java.io.InputStream;
import java.net.InetSocketAddress;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.security.KeyStore;
import java.util.Base64;
import javax.net.ssl.KeyManagerFactory;
import javax.net.ssl.SSLContext;

/**
 * A registry behind TLS and basic auth, as managed registries are: answers every request
 * with schema id {@link #ID} when the {@code Authorization} header carries the expected user,
 * 401 otherwise. Its certificate is the test CA's broker certificate (127.0.0.1).
 */
final class HttpsRegistryStub implements AutoCloseable {
    static final int ID = 7;
    private final HttpsServer server;

    private HttpsRegistryStub(HttpsServer server) {
        this.server = server;
    }

    static HttpsRegistryStub start(TestCertificates certificates, String user, String password) throws Exception {
        KeyStore keys = KeyStore.getInstance("PKCS12");
        try (InputStream in = Files.newInputStream(certificates.keyStore())) {
            keys.load(in, certificates.password().toCharArray());
        }
        KeyManagerFactory factory = KeyManagerFactory.getInstance(KeyManagerFactory.getDefaultAlgorithm());
        factory.init(keys, certificates.password().toCharArray());
        SSLContext tls = SSLContext.getInstance("TLS");
        tls.init(factory.getKeyManagers(), null, null);
        HttpsServer server = HttpsServer.create(new InetSocketAddress("127.0.0.1", 0), 0);
        server.setHttpsConfigurator(new HttpsConfigurator(tls));
        String expected = "Basic " + Base64.getEncoder().encodeToString((user + ":" + password).getBytes(StandardCharsets.UTF_8));
        server.createContext("/", exchange -> answer(exchange, expected.equals(exchange.getRequestHeaders().getFirst("Authorization"))));
        server.start();
        return new HttpsRegistryStub(server);
    }

    private static void answer(HttpExchange exchange, boolean authorized) throws IOException {
        exchange.getRequestBody().readAllBytes();
        byte[] body = (authorized ? "{\"id\":" + ID + "}" : "{\"error_code\":401,\"message\":\"Unauthorized\"}")
                .getBytes(StandardCharsets.UTF_8);
        exchange.sendResponseHeaders(authorized ? 200 : 401, body.length);
        exchange.getResponseBody().write(body);
        exchange.close();
    }

    String url() {
        return "https://127.0.0.1:" + server.getAddress().getPort();
    }

    @Override
    public void close() {
        server.stop(0);
    }
}
