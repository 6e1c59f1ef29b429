package dev.conflictstream.launcher.map;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.File;
import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.net.http.WebSocket;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Base64;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionStage;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import org.awaitility.Awaitility;

/**
 * A real headless Chromium driven over the DevTools protocol (the JDK's WebSocket client, no
 * extra library): open a page, evaluate JavaScript, click with real mouse events at a point,
 * take a screenshot. Only what the map test needs.
 */
final class HeadlessChromium implements AutoCloseable {
    private static final List<String> BINARIES = List.of("chromium", "chromium-browser", "google-chrome", "google-chrome-stable");
    private final ObjectMapper json = new ObjectMapper();
    private final Process process;
    private final WebSocket socket;
    private final AtomicInteger ids = new AtomicInteger();
    private final Map<Integer, CompletableFuture<JsonNode>> pending = new ConcurrentHashMap<>();

    /** The first Chromium on PATH, if any. */
    static Optional<Path> find() {
        for (String dir : System.getenv().getOrDefault("PATH", "").split(File.pathSeparator)) {
            for (String name : BINARIES) {
                Path candidate = Path.of(dir, name);
                if (Files.isExecutable(candidate)) {
                    return Optional.of(candidate);
                }
            }
        }
        return Optional.empty();
    }

    HeadlessChromium(Path binary, Path profile, int width, int height) throws Exception {
        process = new ProcessBuilder(binary.toString(), "--headless", "--no-sandbox", "--disable-gpu", "--no-first-run",
                "--disable-dev-shm-usage", "--remote-debugging-port=0", "--user-data-dir=" + profile,
                "--window-size=" + width + "," + height, "about:blank")
                .redirectErrorStream(true).redirectOutput(profile.resolveSibling("chromium.log").toFile()).start();
        try {
            socket = connect(profile.resolve("DevToolsActivePort"));
        } catch (Exception | Error e) {
            process.destroyForcibly();
            throw e;
        }
    }

    private WebSocket connect(Path portFile) throws Exception {
        Awaitility.await("chromium's DevTools port").atMost(Duration.ofSeconds(30)).until(() -> Files.exists(portFile) && Files.size(portFile) > 0);
        int port = Integer.parseInt(Files.readAllLines(portFile).get(0).trim());
        HttpClient http = HttpClient.newHttpClient();
        String target = Awaitility.await("a page target").atMost(Duration.ofSeconds(10)).ignoreExceptions().until(() -> {
            JsonNode targets = json.readTree(http.send(HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + port + "/json/list")).build(),
                    HttpResponse.BodyHandlers.ofString()).body());
            for (JsonNode t : targets) {
                if (t.get("type").asText().equals("page")) {
                    return t.get("webSocketDebuggerUrl").asText();
                }
            }
            return null;
        }, t -> t != null);
        return http.newWebSocketBuilder().buildAsync(URI.create(target), new Listener()).get(10, TimeUnit.SECONDS);
    }

    /** Navigates (callers await what they need on the page). */
    void open(String url) throws Exception {
        call("Page.enable", json.createObjectNode());
        call("Page.navigate", json.createObjectNode().put("url", url));
    }

    /** The value of a JavaScript expression (awaiting a promise), as JSON. */
    JsonNode evaluate(String expression) throws Exception {
        JsonNode result = call("Runtime.evaluate", json.createObjectNode().put("expression", expression)
                .put("returnByValue", true).put("awaitPromise", true));
        if (result.has("exceptionDetails")) {
            throw new IllegalStateException("script failed: " + result.get("exceptionDetails"));
        }
        return result.get("result").path("value");
    }

    /** A left click with real mouse events at a point of the viewport (CSS pixels). */
    void click(double x, double y) throws Exception {
        for (String type : List.of("mouseMoved", "mousePressed", "mouseReleased")) {
            ObjectNode params = json.createObjectNode().put("type", type).put("x", x).put("y", y);
            if (!type.equals("mouseMoved")) {
                params.put("button", "left").put("clickCount", 1);
            }
            call("Input.dispatchMouseEvent", params);
        }
    }

    void screenshot(Path png) throws Exception {
        JsonNode shot = call("Page.captureScreenshot", json.createObjectNode().put("format", "png"));
        Files.createDirectories(png.getParent());
        Files.write(png, Base64.getDecoder().decode(shot.get("data").asText()));
    }

    private JsonNode call(String method, ObjectNode params) throws Exception {
        int id = ids.incrementAndGet();
        CompletableFuture<JsonNode> reply = new CompletableFuture<>();
        pending.put(id, reply);
        socket.sendText(json.createObjectNode().put("id", id).put("method", method).set("params", params).toString(), true).join();
        JsonNode message = reply.get(30, TimeUnit.SECONDS);
        if (message.has("error")) {
            throw new IllegalStateException(method + " failed: " + message.get("error"));
        }
        return message.get("result");
    }

    @Override
    public void close() {
        if (socket != null) {
            socket.abort();
        }
        process.descendants().forEach(ProcessHandle::destroyForcibly);
        process.destroyForcibly();
    }

    /** Collects the frames of each message and completes the call it answers. */
    private final class Listener implements WebSocket.Listener {
        private final StringBuilder frames = new StringBuilder();

        @Override
        public CompletionStage<?> onText(WebSocket webSocket, CharSequence data, boolean last) {
            frames.append(data);
            if (last) {
                try {
                    JsonNode message = json.readTree(frames.toString());
                    CompletableFuture<JsonNode> reply = message.has("id") ? pending.remove(message.get("id").asInt()) : null;
                    if (reply != null) {
                        reply.complete(message);
                    }
                } catch (IOException e) {
                    pending.values().forEach(p -> p.completeExceptionally(e));
                }
                frames.setLength(0);
            }
            webSocket.request(1);
            return null;
        }
    }
}
