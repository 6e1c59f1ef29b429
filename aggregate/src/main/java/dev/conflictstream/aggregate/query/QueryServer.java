package dev.conflictstream.aggregate.query;

import static dev.conflictstream.aggregate.AggregateTopology.INCIDENT_DAYS_STORE;
import static dev.conflictstream.aggregate.AggregateTopology.REGION_DAILY_TALLIES_STORE;
import static dev.conflictstream.aggregate.AggregateTopology.REGION_TALLIES_STORE;

import com.fasterxml.jackson.core.type.TypeReference;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpServer;
import dev.conflictstream.runtime.HttpServers;
import dev.conflictstream.runtime.HttpTls;
import dev.conflictstream.runtime.OpsServer;
import dev.conflictstream.aggregate.query.LocalQueries.Filter;
import dev.conflictstream.aggregate.query.QueryParams.BadRequest;
import dev.conflictstream.aggregate.query.QueryParams.NotFound;
import dev.conflictstream.aggregate.query.StoreAccess.UnavailableException;
import dev.conflictstream.aggregate.query.Views.DayTally;
import dev.conflictstream.aggregate.query.Views.IncidentView;
import dev.conflictstream.aggregate.query.Views.RegionDetail;
import dev.conflictstream.aggregate.query.Views.RegionSummary;
import dev.conflictstream.aggregate.query.Forwarder.Share;
import dev.conflictstream.aggregate.query.Views.ReportView;
import java.io.IOException;
import java.io.OutputStream;
import java.net.InetSocketAddress;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import org.apache.kafka.streams.errors.InvalidStateStoreException;
import org.apache.kafka.streams.state.HostInfo;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The query API over the aggregate's state stores (interactive queries), JSON over the JDK
 * HTTP server.
 *
 * <ul>
 *   <li>{@code GET /regions?country=&type=&from=&to=}: every region's totals</li>
 *   <li>{@code GET /regions/{code}?from=&to=}: totals by type, and the daily series</li>
 *   <li>{@code GET /incidents?region=&country=&type=&from=&to=&limit=}: incidents with provenance</li>
 *   <li>{@code GET /incidents/{id}}: one incident (id URL-encoded), with its latest reports</li>
 *   <li>{@code GET /incidents/{id}/reports}: every report of the incident, later day first, newest publication first (404 for an unknown incident)</li>
 *   <li>{@code GET /export/events.csv}, {@code GET /export/incidents.geojson}: every incident the /incidents filters select, in ACLED's columns ({@link Exports})</li>
 *   <li>{@code GET /} or {@code /map}: the map page, served from the jar ({@link MapAssets})</li>
 * </ul>
 *
 * Parameters read the same on every endpoint ({@link QueryParams}): an unknown region code is a
 * 404 everywhere, a known region with nothing reported is an answer of zeros.
 *
 * Any instance answers any query: a key held by another instance is forwarded to it (Kafka
 * Streams metadata and {@code application.server}); a query over many keys fans out to every
 * instance hosting the store and merges the shares. Calls between instances carry
 * {@value #LOCAL_PARAM}{@code =true}, which means "answer from your own stores only", so they
 * never fan out again. While Streams is not RUNNING, a store is not queryable, or another
 * instance cannot answer, the reply is 503 with {@code Retry-After: 1}: no partial or stale
 * answer is ever served as if it were complete.
 */
public final class QueryServer implements AutoCloseable {
    /** Query parameter marking a call from another instance. */
    public static final String LOCAL_PARAM = "local";
    private static final Logger LOG = LoggerFactory.getLogger(QueryServer.class);

    private final StoreAccess access;
    private final LocalQueries local;
    private final String advertisedHost;
    private final int port;
    private final Runnable closer;
    private final Forwarder forwarder;
    private final QueryToken token;
    // an instance of the release before or after this one may answer a share with fields this one does not know
    private final ObjectMapper json = new ObjectMapper().disable(SerializationFeature.FAIL_ON_EMPTY_BEANS)
            .disable(com.fasterxml.jackson.databind.DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES);

    /**
     * Binds {@code bind} (port 0: any free port) and starts serving on a server of its own.
     *
     * @param advertisedHost the host other instances know this one by (the host part of
     *                       {@code application.server}); the port is the bound port
     */
    public static QueryServer start(StoreAccess access, InetSocketAddress bind, String advertisedHost) throws IOException {
        return start(access, bind, advertisedHost, QueryToken.OPEN);
    }

    /** As {@link #start(StoreAccess, InetSocketAddress, String)}, asking every query for {@code token}. */
    public static QueryServer start(StoreAccess access, InetSocketAddress bind, String advertisedHost, QueryToken token)
            throws IOException {
        return start(access, bind, advertisedHost, token, HttpTls.OFF);
    }

    /** As {@link #start(StoreAccess, InetSocketAddress, String, QueryToken)}, over https (to other instances too) when {@code tls} is enabled. */
    public static QueryServer start(StoreAccess access, InetSocketAddress bind, String advertisedHost, QueryToken token,
                                    HttpTls tls) throws IOException {
        HttpServer server = HttpServers.create(bind, "aggregate-query-http", tls);
        QueryServer queries = new QueryServer(access, advertisedHost, server.getAddress().getPort(), token, tls,
                () -> HttpServers.stop(server));
        server.createContext("/", queries::handle);
        server.start();
        return queries;
    }

    /**
     * Serves the queries on the service's ops server, next to {@code /metrics}, {@code /health}
     * and {@code /ready}: one port per instance, which is also its {@code application.server}.
     */
    public static QueryServer attach(StoreAccess access, OpsServer ops, String advertisedHost, QueryToken token, HttpTls tls) {
        QueryServer queries = new QueryServer(access, advertisedHost, ops.port(), token, tls, () -> { });
        ops.route("/", queries::handle);
        return queries;
    }

    private QueryServer(StoreAccess access, String advertisedHost, int port, QueryToken token, HttpTls tls, Runnable closer) {
        this.token = token;
        this.access = access;
        this.local = new LocalQueries(access);
        this.advertisedHost = advertisedHost;
        this.forwarder = new Forwarder(json, token, tls);
        this.port = port;
        this.closer = closer;
    }

    /** {@code https} when the query API serves TLS, else {@code http}. */
    public String scheme() {
        return forwarder.scheme();
    }

    /** This instance as other instances reach it. */
    public HostInfo self() {
        return new HostInfo(advertisedHost, port);
    }

    public int port() {
        return port;
    }

    @Override
    public void close() {
        closer.run();
    }

    private void handle(HttpExchange exchange) throws IOException {
        try (exchange) {
            respond(exchange);
        }
    }

    private void respond(HttpExchange exchange) throws IOException {
        try {
            if (!"GET".equals(exchange.getRequestMethod())) {
                reply(exchange, 405, Map.of("error", "only GET"));
                return;
            }
            String rawPath = exchange.getRequestURI().getRawPath();
            if (MapAssets.serves(rawPath)) { // the page loads while streams starts; its data calls retry on 503
                String encodings = exchange.getRequestHeaders().getFirst("Accept-Encoding");
                MapAssets.Asset asset = MapAssets.get(rawPath, encodings != null && encodings.contains("gzip"));
                if (asset.gzipped()) {
                    exchange.getResponseHeaders().set("Content-Encoding", "gzip");
                }
                send(exchange, 200, asset.contentType(), asset.bytes());
                return;
            }
            if (!token.admits(exchange)) {
                exchange.getResponseHeaders().set("WWW-Authenticate", "Bearer realm=\"conflictstream\"");
                reply(exchange, 401, Map.of("error", "this query API asks for a bearer token: Authorization: Bearer <aggregate.http.token>"));
                return;
            }
            if (!access.isRunning()) {
                unavailable(exchange, "streams is not running (starting or rebalancing)");
                return;
            }
            List<String> path = QueryParams.segments(rawPath);
            Map<String, String> params = QueryParams.params(exchange.getRequestURI().getRawQuery());
            Object body;
            if ("true".equals(params.get(LOCAL_PARAM))) {
                Share<Object> share = answerLocally(() -> route(path, params, true));
                exchange.getResponseHeaders().set(Coverage.HEADER, Coverage.format(share.partitions()));
                body = share.body();
            } else {
                body = route(path, params, false);
            }
            if (body == null) {
                reply(exchange, 404, Map.of("error", "not found: " + exchange.getRequestURI().getPath()
                        + " (endpoints: /, /regions, /regions/{code}, /incidents, /incidents/{id}, /incidents/{id}/reports,"
                        + " /export/events.csv, /export/incidents.geojson, /metrics, /health, /ready)"));
            } else if (body instanceof Download download) {
                exchange.getResponseHeaders().set("Content-Disposition", "attachment; filename=\"" + download.filename() + "\"");
                send(exchange, 200, download.contentType(), download.bytes());
            } else {
                reply(exchange, 200, body);
            }
        } catch (BadRequest e) {
            reply(exchange, 400, Map.of("error", e.getMessage()));
        } catch (NotFound e) {
            reply(exchange, 404, Map.of("error", e.getMessage()));
        } catch (InvalidStateStoreException | UnavailableException e) {
            unavailable(exchange, e.getMessage());
        } catch (RuntimeException e) {
            LOG.error("query {} failed", exchange.getRequestURI(), e);
            reply(exchange, 500, Map.of("error", String.valueOf(e.getMessage())));
        }
    }

    /** A file answer (an export) rather than JSON. */
    private record Download(String filename, String contentType, byte[] bytes) {}

    /** The answer to a path, or null for a path no endpoint has (a 404 in both modes). */
    private Object route(List<String> path, Map<String, String> params, boolean localOnly) throws UnavailableException {
        Filter filter = QueryParams.filter(params);
        if (path.size() == 1 && path.get(0).equals("regions")) {
            return localOnly ? local.regions(filter) : regions(filter, params);
        }
        if (path.size() == 2 && path.get(0).equals("regions")) {
            String code = RegionCatalog.canonical(path.get(1));
            return localOnly ? local.region(code, filter) : region(code, filter, params);
        }
        if (path.size() == 1 && path.get(0).equals("incidents")) {
            int limit = QueryParams.limit(params, localOnly);
            List<IncidentView> found = localOnly ? local.incidents(filter) : incidents(filter, params);
            found.sort(NEWEST_FIRST); // a share is cut like the whole answer: its newest, never its first keys
            return found.subList(0, Math.min(found.size(), limit));
        }
        if (path.size() == 2 && path.get(0).equals("incidents")) {
            return localOnly ? local.incident(path.get(1)) : required(incident(path.get(1)), path.get(1));
        }
        if (path.size() == 3 && path.get(0).equals("incidents") && path.get(2).equals("reports")) {
            return localOnly ? local.reports(path.get(1)) : required(reports(path.get(1)), path.get(1));
        }
        if (path.size() == 2 && path.get(0).equals("export") && !localOnly) {
            return export(path.get(1), filter, params);
        }
        return null;
    }

    private static <T> T required(T answer, String incidentId) {
        if (answer == null) {
            throw new NotFound("no incident with id '" + incidentId + "' (ids come from /incidents; URL-encode them)");
        }
        return answer;
    }

    /** {@code /export/events.csv} (ACLED's columns) and {@code /export/incidents.geojson}: every incident the filter selects, oldest first. */
    private Download export(String file, Filter filter, Map<String, String> params) throws UnavailableException {
        if (!file.equals("events.csv") && !file.equals("incidents.geojson")) {
            return null;
        }
        int limit = params.containsKey("limit") ? QueryParams.limit(params, false) : Integer.MAX_VALUE;
        Map<String, String> everything = new LinkedHashMap<>(params);
        everything.put("limit", String.valueOf(limit)); // shares of other instances are not cut at the default limit
        List<IncidentView> found = incidents(filter, everything);
        found.sort(NEWEST_FIRST);
        List<IncidentView> rows = new ArrayList<>(found.subList(0, Math.min(found.size(), limit)));
        java.util.Collections.reverse(rows);
        if (file.equals("incidents.geojson")) {
            try {
                return new Download(file, "application/geo+json", json.writeValueAsBytes(Exports.geoJson(rows, json)));
            } catch (IOException e) {
                throw new java.io.UncheckedIOException(e);
            }
        }
        java.io.ByteArrayOutputStream bytes = new java.io.ByteArrayOutputStream();
        try (java.io.Writer out = new java.io.OutputStreamWriter(bytes, StandardCharsets.UTF_8)) {
            Exports.csv(rows, out);
        } catch (IOException e) {
            throw new java.io.UncheckedIOException(e);
        }
        return new Download(file, "text/csv; charset=utf-8; header=present", bytes.toByteArray());
    }

    private List<RegionSummary> regions(Filter filter, Map<String, String> params) throws UnavailableException {
        String store = filter.type() != null ? INCIDENT_DAYS_STORE : filter.dated() ? REGION_DAILY_TALLIES_STORE : REGION_TALLIES_STORE;
        Map<String, RegionSummary> merged = new TreeMap<>();
        for (Share<List<RegionSummary>> share : fanOut(store, "/regions", params,
                new TypeReference<List<RegionSummary>>() {}, () -> local.regions(filter))) {
            share.body().forEach(r -> merged.merge(r.code(), r, RegionSummary::plus));
        }
        return new ArrayList<>(merged.values());
    }

    private RegionDetail region(String code, Filter filter, Map<String, String> params) throws UnavailableException {
        int partition = access.partitionOf(code);
        RegionSummary total = null;
        Map<String, DayTally> days = new TreeMap<>();
        for (Share<RegionDetail> share : fanOut(REGION_DAILY_TALLIES_STORE, "/regions/" + Forwarder.encode(code), params,
                new TypeReference<RegionDetail>() {}, () -> local.region(code, filter))) {
            if (share.partitions().contains(partition)) {
                total = share.body().total();
            }
            share.body().daily().forEach(d -> days.put(d.date(), d));
        }
        if (total == null && days.isEmpty()) {
            if (!RegionCatalog.exists(code)) {
                throw NotFound.region(code);
            }
            total = RegionSummary.none(code, RegionCatalog.name(code)); // a known region with nothing reported yet
        }
        return new RegionDetail(total, new ArrayList<>(days.values()));
    }

    private static final Comparator<IncidentView> NEWEST_FIRST =
            Comparator.comparing(IncidentView::date).reversed().thenComparing(IncidentView::id);

    private List<IncidentView> incidents(Filter filter, Map<String, String> params) throws UnavailableException {
        List<IncidentView> all = new ArrayList<>();
        for (Share<List<IncidentView>> share : fanOut(INCIDENT_DAYS_STORE, "/incidents", params,
                new TypeReference<List<IncidentView>>() {}, () -> local.incidents(filter))) {
            all.addAll(share.body());
        }
        if (all.isEmpty() && filter.region() != null && !RegionCatalog.exists(filter.region())) {
            throw NotFound.region(filter.region());
        }
        return all;
    }

    private IncidentView incident(String id) throws UnavailableException {
        return fromOwner(id, "/incidents/" + Forwarder.encode(id), new TypeReference<IncidentView>() {}, () -> local.incident(id));
    }

    private List<ReportView> reports(String id) throws UnavailableException {
        return fromOwner(id, "/incidents/" + Forwarder.encode(id) + "/reports", new TypeReference<List<ReportView>>() {},
                () -> local.reports(id));
    }

    /**
     * Every instance's share (a share with nothing is an empty answer, never a missing one),
     * checked to cover every partition exactly once ({@link Coverage}).
     */
    private <T> List<Share<T>> fanOut(String store, String path, Map<String, String> params, TypeReference<T> type,
                                      Answer<T> localAnswer) throws UnavailableException {
        Coverage coverage = new Coverage(access.partitionCount());
        List<Share<T>> shares = new ArrayList<>();
        for (HostInfo host : access.hosts(store)) {
            Share<T> share = share(host, path, params, type, localAnswer);
            coverage.add(host, share.partitions());
            shares.add(new Share<>(answered(host, share.body()), share.partitions()));
        }
        coverage.requireComplete();
        return shares;
    }

    /** The answer of the instance holding {@code key}, which must still hold its partition. */
    private <T> T fromOwner(String key, String path, TypeReference<T> type, Answer<T> localAnswer) throws UnavailableException {
        HostInfo owner = access.activeHost(INCIDENT_DAYS_STORE, key);
        Share<T> share = share(owner, path, Map.of(), type, localAnswer);
        if (!share.partitions().contains(access.partitionOf(key))) {
            throw new UnavailableException(owner + " no longer holds " + key + ": rebalancing");
        }
        return share.body();
    }

    private <T> Share<T> share(HostInfo host, String path, Map<String, String> params, TypeReference<T> type,
                               Answer<T> localAnswer) throws UnavailableException {
        return host.equals(self()) ? answerLocally(localAnswer) : forwarder.get(host, path, params, type);
    }

    /** An answer from this instance's stores, whose partitions must be the same before and after it. */
    private <T> Share<T> answerLocally(Answer<T> answer) throws UnavailableException {
        Set<Integer> partitions = access.localPartitions();
        T body = answer.get();
        if (!partitions.equals(access.localPartitions())) {
            throw new UnavailableException("the assignment changed while answering");
        }
        return new Share<>(body, partitions);
    }

    /** Computes an answer (or this instance's share of one). */
    private interface Answer<T> {
        T get() throws UnavailableException;
    }

    /** A fan-out share is never optional: an instance without an answer (404 mid-upgrade) makes the whole answer unavailable. */
    private static <T> T answered(HostInfo host, T share) throws UnavailableException {
        if (share == null) {
            throw new UnavailableException("instance " + host + " has no answer for its share");
        }
        return share;
    }

    private void unavailable(HttpExchange exchange, String why) throws IOException {
        exchange.getResponseHeaders().set("Retry-After", "1");
        reply(exchange, 503, Map.of("error", "temporarily unavailable: " + why));
    }

    private void reply(HttpExchange exchange, int status, Object body) throws IOException {
        send(exchange, status, "application/json", json.writeValueAsBytes(body));
    }

    private static void send(HttpExchange exchange, int status, String contentType, byte[] bytes) throws IOException {
        exchange.getResponseHeaders().set("Content-Type", contentType);
        exchange.sendResponseHeaders(status, bytes.length);
        try (OutputStream out = exchange.getResponseBody()) {
            out.write(bytes);
        }
    }
}
