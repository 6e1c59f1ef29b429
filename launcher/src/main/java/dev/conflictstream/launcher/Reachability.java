package dev.conflictstream.launcher;

import dev.conflictstream.runtime.KafkaConnection;
import java.io.IOException;
import java.net.InetSocketAddress;
import java.net.Socket;
import java.net.URI;

/**
 * Whether anything listens where a command is about to connect, checked before the Kafka and
 * registry clients start, whose own failure is a minute of retries and a page of stack trace.
 * A TCP connect only: a listener that is not Kafka still fails later, in the client's words.
 */
final class Reachability {
    private static final int TIMEOUT_MS = 2000;

    private Reachability() {}

    /** @throws UserError naming what is missing and how to start it */
    static void require(KafkaConnection connection) {
        boolean broker = false;
        for (String server : connection.bootstrapServers().split(",")) {
            int colon = server.trim().lastIndexOf(':');
            broker |= colon > 0 && listens(server.trim().substring(0, colon), Integer.parseInt(server.trim().substring(colon + 1)));
        }
        URI registry = URI.create(connection.schemaRegistryUrl());
        boolean registryUp = registry.getHost() != null
                && listens(registry.getHost(), registry.getPort() > 0 ? registry.getPort() : "https".equals(registry.getScheme()) ? 443 : 80);
        if (!broker || !registryUp) {
            throw new UserError("no " + (broker ? "schema registry at " + connection.schemaRegistryUrl()
                    : "Kafka broker at " + connection.bootstrapServers()) + ": start the pipeline first with ./pipeline "
                    + "(Kafka on localhost:9092, registry on localhost:8081), or pass --bootstrap-servers and --schema-registry-url");
        }
    }

    private static boolean listens(String host, int port) {
        try (Socket socket = new Socket()) {
            socket.connect(new InetSocketAddress(host, port), TIMEOUT_MS);
            return true;
        } catch (IOException | IllegalArgumentException e) {
            return false;
        }
    }
}
