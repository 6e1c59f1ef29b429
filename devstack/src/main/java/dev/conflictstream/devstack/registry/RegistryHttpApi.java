package dev.conflictstream.devstack.registry;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpHandler;
import dev.conflictstream.devstack.registry.RegistryState.SubjectVersion;
import java.io.IOException;
import java.io.InputStream;
import java.net.URLDecoder;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.List;
import org.apache.avro.Schema;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The Confluent Schema Registry REST API (Avro only) over a {@link RegistryService}: routes
 * each request, maps JSON in and out, and turns {@link RegistryError}s into Confluent's
 * {@code {"error_code":..,"message":..}} answers. No registry logic lives here.
 *
 * <pre>
 * GET  /                                     {}
 * GET  /schemas/types                        ["AVRO"]
 * GET  /schemas/ids/{id}                     {"schema":..}
 * GET  /schemas/ids/{id}/versions            [{"subject":..,"version":..}]
 * GET  /subjects                             [subject..]
 * GET  /subjects/{s}/versions                [version..]
 * POST /subjects/{s}/versions                {"schema":..} -> {"id":..}
 * GET  /subjects/{s}/versions/{v|latest}     {"subject","version","id","schema"}
 * GET  /subjects/{s}/versions/{v}/schema     the schema itself
 * POST /subjects/{s}                         lookup -> {"subject","version","id","schema"}
 * POST /compatibility/subjects/{s}/versions/{v|latest}  -> {"is_compatible":..}
 * GET|PUT /config, GET|PUT|DELETE /config/{s}
 * </pre>
 */
final class RegistryHttpApi implements HttpHandler {
    static final String CONTENT_TYPE = "application/vnd.schemaregistry.v1+json";

    private static final Logger LOG = LoggerFactory.getLogger(RegistryHttpApi.class);
    private static final ObjectMapper JSON = new ObjectMapper();
    private static final int MAX_BODY = 4 * 1024 * 1024;

    private final RegistryService service;
    private final RegistryState state;

    RegistryHttpApi(RegistryService service) {
        this.service = service;
        this.state = service.state();
    }

    @Override
    public void handle(HttpExchange exchange) throws IOException {
        int status = 200;
        Object answer;
        try {
            answer = route(exchange.getRequestMethod(), segments(exchange), exchange);
        } catch (RegistryError e) {
            status = e.status();
            answer = error(e.errorCode(), e.getMessage());
            if (status >= 500) {
                LOG.warn("{} {} failed: {}", exchange.getRequestMethod(), exchange.getRequestURI(), e.getMessage(), e);
            }
        } catch (RuntimeException e) {
            LOG.error("{} {} failed", exchange.getRequestMethod(), exchange.getRequestURI(), e);
            status = 500;
            answer = error(50001, "Internal error: " + e.getMessage());
        }
        byte[] body = JSON.writeValueAsBytes(answer);
        exchange.getResponseHeaders().set("Content-Type", CONTENT_TYPE);
        exchange.sendResponseHeaders(status, body.length);
        try (var out = exchange.getResponseBody()) {
            out.write(body);
        }
    }

    private Object route(String method, List<String> path, HttpExchange exchange) throws IOException {
        int size = path.size();
        String head = size == 0 ? "" : path.get(0);
        switch (head) {
            case "":
                return method(method, "GET") ? JSON.createObjectNode() : null;
            case "schemas":
                if (size == 2 && path.get(1).equals("types") && method(method, "GET")) {
                    return List.of("AVRO");
                }
                if ((size == 3 || size == 4 && path.get(3).equals("versions")) && path.get(1).equals("ids") && method(method, "GET")) {
                    int id = schemaId(path.get(2));
                    if (size == 3) {
                        return JSON.createObjectNode().put("schema", state.schemaById(id).toString());
                    }
                    ArrayNode uses = JSON.createArrayNode();
                    state.usesOf(id).forEach(use -> uses.addObject().put("subject", use.subject()).put("version", use.version()));
                    return uses;
                }
                break;
            case "subjects":
                if (size == 1 && method(method, "GET")) {
                    return state.subjects();
                }
                if (size == 2 && method(method, "POST")) {
                    return subjectVersion(state.lookup(path.get(1), schemaOf(exchange)));
                }
                if (size == 3 && path.get(2).equals("versions")) {
                    if (method.equals("POST")) {
                        SubjectVersion registered = service.register(path.get(1), schemaOf(exchange));
                        return JSON.createObjectNode().put("id", registered.id());
                    }
                    return method(method, "GET", "POST") ? state.versions(path.get(1)) : null;
                }
                if (size == 4 && path.get(2).equals("versions") && method(method, "GET")) {
                    return subjectVersion(state.version(path.get(1), path.get(3)));
                }
                if (size == 5 && path.get(2).equals("versions") && path.get(4).equals("schema") && method(method, "GET")) {
                    return JSON.readTree(state.version(path.get(1), path.get(3)).schema().toString());
                }
                break;
            case "compatibility":
                if (size == 5 && path.get(1).equals("subjects") && path.get(3).equals("versions") && method(method, "POST")) {
                    List<String> problems = state.incompatibilities(path.get(2), path.get(4), schemaOf(exchange));
                    ObjectNode answer = JSON.createObjectNode().put("is_compatible", problems.isEmpty());
                    if (query(exchange).contains("verbose=true")) {
                        problems.forEach(answer.putArray("messages")::add);
                    }
                    return answer;
                }
                break;
            case "config":
                if (size == 1 || size == 2) {
                    String subject = size == 2 ? path.get(1) : null;
                    switch (method) {
                        case "GET":
                            CompatibilityLevel level = subject == null ? state.globalLevel() : state.level(subject);
                            return JSON.createObjectNode().put("compatibilityLevel", level.name());
                        case "PUT":
                            CompatibilityLevel wanted = CompatibilityLevel.parse(body(exchange).path("compatibility").asText(null));
                            service.setLevel(subject, wanted);
                            return JSON.createObjectNode().put("compatibility", wanted.name());
                        case "DELETE":
                            if (subject != null) {
                                return JSON.createObjectNode().put("compatibilityLevel", service.clearLevel(subject).name());
                            }
                            break;
                        default:
                            break;
                    }
                    throw new RegistryError(405, 405, "HTTP 405 Method Not Allowed");
                }
                break;
            default:
                break;
        }
        throw new RegistryError(404, 404, "HTTP 404 Not Found");
    }

    /** True when {@code method} is the expected one; a 405 when the path takes other methods. */
    private static boolean method(String method, String expected, String... alsoAllowed) {
        if (method.equals(expected)) {
            return true;
        }
        if (Arrays.asList(alsoAllowed).contains(method)) {
            return false;
        }
        throw new RegistryError(405, 405, "HTTP 405 Method Not Allowed");
    }

    private static ObjectNode subjectVersion(SubjectVersion version) {
        return JSON.createObjectNode()
                .put("subject", version.subject())
                .put("version", version.version())
                .put("id", version.id())
                .put("schema", version.schema().toString());
    }

    private static Schema schemaOf(HttpExchange exchange) throws IOException {
        JsonNode body = body(exchange);
        String type = body.path("schemaType").asText("AVRO");
        if (!type.equals("AVRO")) {
            throw RegistryError.invalidSchema("schema type " + type + " is not supported, only AVRO");
        }
        if (body.path("references").size() > 0) {
            throw RegistryError.invalidSchema("schema references are not supported");
        }
        JsonNode schema = body.get("schema");
        if (schema == null || !schema.isTextual()) {
            throw RegistryError.invalidSchema("the request has no \"schema\" string");
        }
        return RegistryState.parse(schema.asText());
    }

    private static JsonNode body(HttpExchange exchange) throws IOException {
        try (InputStream in = exchange.getRequestBody()) {
            byte[] bytes = in.readNBytes(MAX_BODY + 1);
            if (bytes.length > MAX_BODY) {
                throw new RegistryError(413, 413, "request body larger than " + MAX_BODY + " bytes");
            }
            JsonNode json = JSON.readTree(bytes);
            if (json == null || !json.isObject()) {
                throw RegistryError.badRequest("request body must be a JSON object");
            }
            return json;
        } catch (com.fasterxml.jackson.core.JsonProcessingException e) {
            throw RegistryError.badRequest("request body is not JSON: " + e.getOriginalMessage());
        }
    }

    private static int schemaId(String text) {
        try {
            return Integer.parseInt(text);
        } catch (NumberFormatException e) {
            throw new RegistryError(404, 40403, "Schema " + text + " not found");
        }
    }

    private static List<String> segments(HttpExchange exchange) {
        String raw = exchange.getRequestURI().getRawPath();
        return Arrays.stream(raw.split("/"))
                .filter(segment -> !segment.isEmpty())
                .map(segment -> URLDecoder.decode(segment.replace("+", "%2B"), StandardCharsets.UTF_8))
                .toList();
    }

    private static String query(HttpExchange exchange) {
        String query = exchange.getRequestURI().getRawQuery();
        return query == null ? "" : query;
    }

    private static ObjectNode error(int errorCode, String message) {
        return JSON.createObjectNode().put("error_code", errorCode).put("message", message);
    }
}
