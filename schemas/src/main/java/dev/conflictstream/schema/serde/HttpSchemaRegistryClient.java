package dev.conflictstream.schema.serde;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicInteger;
import org.apache.avro.Schema;
import org.apache.avro.SchemaParseException;

/**
 * {@link SchemaRegistryClient} over the Confluent Schema Registry REST API, with the JDK
 * HTTP client: {@code POST /subjects/{subject}/versions} to register and
 * {@code GET /schemas/ids/{id}} to fetch a writer schema.
 *
 * <p>Caches both ways, so a serde costs one registration per (subject, schema) and one fetch
 * per id for the life of the client; a schema this client registered is never fetched back.
 * Thread-safe. Given several URLs it sends to the one that last answered and moves on to the
 * next when a registry cannot be reached (connection refused, timeout); an HTTP error answer
 * is not retried elsewhere, it becomes a {@link SchemaRegistryException} carrying the status
 * and the registry's {@code error_code} and {@code message}.
 *
 * <p>Basic auth and TLS as Confluent's clients configure them ({@link RegistryAccess}):
 * {@code basic.auth.user.info}, credentials in the URL ({@code https://user:password@host}),
 * {@code schema.registry.ssl.truststore.*}. Credentials never appear in {@link #urls()} or in
 * messages; a 401 or 403 is an outage of this client ({@link SchemaRegistryException#isOutage}),
 * never a verdict on a record.
 */
public final class HttpSchemaRegistryClient implements SchemaRegistryClient {
    /** Content type of every Confluent registry request and answer. */
    public static final String CONTENT_TYPE = "application/vnd.schemaregistry.v1+json";
    public static final Duration DEFAULT_TIMEOUT = Duration.ofSeconds(10);

    private static final ObjectMapper JSON = new ObjectMapper();

    private final List<URI> baseUris;
    /** Per base URI, the Authorization header value ("" for none). */
    private final List<String> authorizations;
    private final Duration timeout;
    private final HttpClient http;
    private final AtomicInteger current = new AtomicInteger();
    private final Map<SubjectSchema, Integer> idsBySubjectSchema = new ConcurrentHashMap<>();
    private final Map<Integer, Schema> schemasById = new ConcurrentHashMap<>();

    /** Client for {@code urls}: one base URL or a comma-separated list, with the default timeout. */
    public HttpSchemaRegistryClient(String urls) {
        this(urls, DEFAULT_TIMEOUT);
    }

    /** Client for {@code urls}; {@code timeout} bounds connecting and each request. */
    public HttpSchemaRegistryClient(String urls, Duration timeout) {
        this(urls, timeout, Map.of());
    }

    /** Client for {@code urls} with the registry's client properties (basic auth, TLS; see {@link RegistryAccess}). */
    public HttpSchemaRegistryClient(String urls, Map<String, String> config) {
        this(urls, DEFAULT_TIMEOUT, config);
    }

    public HttpSchemaRegistryClient(String urls, Duration timeout, Map<String, String> config) {
        RegistryAccess access = new RegistryAccess(config);
        List<URI> given = parseUrls(urls);
        this.baseUris = given.stream().map(RegistryAccess::withoutUserInfo).toList();
        this.authorizations = given.stream().map(uri -> access.authorization(uri).orElse("")).toList();
        this.timeout = timeout;
        this.http = HttpClient.newBuilder()
                .connectTimeout(timeout)
                .version(HttpClient.Version.HTTP_1_1)
                .sslContext(access.sslContext())
                .build();
    }

    /** The base URLs in the order they are tried, without credentials. */
    public List<URI> urls() {
        return baseUris;
    }

    @Override
    public int register(String subject, Schema schema) {
        return idsBySubjectSchema.computeIfAbsent(new SubjectSchema(subject, schema.toString()), key -> {
            String body = JSON.createObjectNode().put("schema", key.schema()).toString();
            JsonNode answer = send("POST", "/subjects/" + pathSegment(subject) + "/versions", body);
            JsonNode id = answer.get("id");
            if (id == null || !id.canConvertToInt()) {
                throw new SchemaRegistryException("registry answered registration of subject " + subject
                        + " without an id: " + answer);
            }
            schemasById.putIfAbsent(id.intValue(), schema);
            return id.intValue();
        });
    }

    @Override
    public Schema schemaById(int id) {
        return schemasById.computeIfAbsent(id, key -> {
            JsonNode answer = send("GET", "/schemas/ids/" + key, null);
            JsonNode type = answer.get("schemaType");
            if (type != null && !type.isNull() && !"AVRO".equals(type.asText())) {
                throw new SchemaRegistryException("schema id " + key + " is " + type.asText() + ", not AVRO");
            }
            JsonNode schema = answer.get("schema");
            if (schema == null || !schema.isTextual()) {
                throw new SchemaRegistryException("registry answered schema id " + key + " without a schema: " + answer);
            }
            try {
                return new Schema.Parser().parse(schema.asText());
            } catch (SchemaParseException e) {
                throw new SchemaRegistryException("schema id " + key + " is not a valid Avro schema: " + e.getMessage(), e);
            }
        });
    }

    private JsonNode send(String method, String path, String body) {
        int first = current.get();
        IOException lastFailure = null;
        for (int attempt = 0; attempt < baseUris.size(); attempt++) {
            int index = (first + attempt) % baseUris.size();
            URI uri = URI.create(baseUris.get(index) + path);
            HttpRequest.Builder builder = HttpRequest.newBuilder(uri);
            if (!authorizations.get(index).isEmpty()) {
                builder.header("Authorization", authorizations.get(index));
            }
            HttpRequest request = builder
                    .timeout(timeout)
                    .header("Accept", CONTENT_TYPE + ", application/json")
                    .header("Content-Type", CONTENT_TYPE)
                    .method(method, body == null ? HttpRequest.BodyPublishers.noBody()
                            : HttpRequest.BodyPublishers.ofString(body, StandardCharsets.UTF_8))
                    .build();
            HttpResponse<String> response;
            try {
                response = http.send(request, HttpResponse.BodyHandlers.ofString(StandardCharsets.UTF_8));
            } catch (IOException e) {
                lastFailure = e;
                continue;
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                throw new SchemaRegistryException("interrupted during " + method + " " + uri, e);
            }
            current.set(index);
            return parse(method, uri, response);
        }
        throw new SchemaRegistryException("schema registry unreachable at " + baseUris + " (" + method + " " + path + "): "
                + describe(lastFailure), lastFailure);
    }

    private static JsonNode parse(String method, URI uri, HttpResponse<String> response) {
        int status = response.statusCode();
        JsonNode json = null;
        try {
            json = JSON.readTree(response.body());
        } catch (IOException e) {
            if (status / 100 == 2) {
                throw new SchemaRegistryException("registry answered " + method + " " + uri + " with non-JSON: "
                        + abbreviate(response.body()), status, -1);
            }
        }
        if (status / 100 == 2 && json != null && json.isObject()) {
            return json;
        }
        int errorCode = json != null && json.path("error_code").canConvertToInt() ? json.get("error_code").intValue() : -1;
        String message = json != null && json.hasNonNull("message") ? json.get("message").asText() : abbreviate(response.body());
        if (status == 401 || status == 403) {
            throw new SchemaRegistryException("schema registry " + method + " " + uri + " refused this client: HTTP " + status
                    + (status == 401 ? " (no or wrong credentials: check basic.auth.user.info / basic.auth.credentials.source)"
                    : " (the credentials lack permission for this subject)") + ": " + abbreviate(message), status, errorCode);
        }
        throw new SchemaRegistryException("schema registry " + method + " " + uri + " failed: HTTP " + status
                + (errorCode >= 0 ? ", error_code " + errorCode : "") + ": " + message, status, errorCode);
    }

    private static List<URI> parseUrls(String urls) {
        if (urls == null || urls.isBlank()) {
            throw new IllegalArgumentException("schema registry URL is empty");
        }
        List<URI> parsed = Arrays.stream(urls.split(","))
                .map(String::trim)
                .filter(url -> !url.isEmpty())
                .map(url -> url.endsWith("/") ? url.substring(0, url.length() - 1) : url)
                .map(HttpSchemaRegistryClient::toUri)
                .toList();
        if (parsed.isEmpty()) {
            throw new IllegalArgumentException("schema registry URL is empty: '" + RegistryAccess.redact(urls) + "'");
        }
        return parsed;
    }

    private static URI toUri(String url) {
        URI uri;
        try {
            uri = URI.create(url);
        } catch (IllegalArgumentException e) {
            // the cause's message would quote the URL, credentials included
            throw new IllegalArgumentException("not a schema registry URL: '" + RegistryAccess.redact(url) + "'");
        }
        if (!"http".equalsIgnoreCase(uri.getScheme()) && !"https".equalsIgnoreCase(uri.getScheme()) || uri.getHost() == null) {
            throw new IllegalArgumentException("schema registry URL must be http(s)://host[:port]: '" + RegistryAccess.redact(url) + "'");
        }
        return uri;
    }

    /** Subjects may hold characters that are not allowed in a path segment. */
    private static String pathSegment(String subject) {
        return URLEncoder.encode(subject, StandardCharsets.UTF_8).replace("+", "%20");
    }

    private static String describe(Throwable failure) {
        if (failure == null) {
            return "no attempt";
        }
        return failure.getClass().getSimpleName() + (failure.getMessage() == null ? "" : ": " + failure.getMessage());
    }

    private static String abbreviate(String text) {
        return text == null ? "" : text.length() <= 200 ? text : text.substring(0, 200) + "...";
    }

    private record SubjectSchema(String subject, String schema) {}
}
