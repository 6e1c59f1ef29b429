package dev.conflictstream.launcher;

import java.io.IOException;
import java.net.InetSocketAddress;
import java.net.ServerSocket;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * The embedded run's ports are free before anything starts: a second pipeline on another data
 * dir would otherwise die in the broker with a page of BindException. Says which setting names
 * each busy port and how to run on free ports instead.
 */
final class PortCheck {
    private PortCheck() {}

    /** @param portsBySetting e.g. {@code kafka.port -> 9092}; 0 (any free port) is never busy */
    static void requireFree(Map<String, Integer> portsBySetting) {
        List<String> busy = new ArrayList<>();
        portsBySetting.forEach((setting, port) -> {
            if (port != 0 && !free(port)) {
                busy.add(port + " (" + setting + ")");
            }
        });
        if (!busy.isEmpty()) {
            StringBuilder freePorts = new StringBuilder();
            portsBySetting.keySet().forEach(setting ->
                    freePorts.append("CONFLICTSTREAM_").append(setting.replace('.', '_').toUpperCase(Locale.ROOT)).append("=0 "));
            throw new UserError((busy.size() == 1 ? "port " : "ports ") + String.join(", ", busy) + " already in use, probably by another pipeline on another "
                    + "data dir: stop it, or run this one on free ports: " + freePorts + "./pipeline --data-dir DIR");
        }
    }

    private static boolean free(int port) {
        try (ServerSocket socket = new ServerSocket()) {
            socket.bind(new InetSocketAddress(port));
            return true;
        } catch (IOException e) {
            return false;
        }
    }
}
