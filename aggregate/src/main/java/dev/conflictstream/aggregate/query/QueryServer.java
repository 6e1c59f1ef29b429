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
import dev.conflictstream.runtime.OpsServer;
import dev.conflictstream.aggregate.query.LocalQueries.Filter;
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
import java.net.URLDecoder;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
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
 * </ul>
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
    static final int DEFAULT_INCIDENT_LIMIT = 1000;
    private static final Logger LOG = LoggerFactory.getLogger(QueryServer.class);

    private final StoreAccess access;
    private final LocalQueries local;
    private final String advertisedHost;
    private final int port;
    private final Runnable closer;
    private final Forwarder forwarder;
    private final ObjectMapper json = new ObjectMapper().disable(SerializationFeature.FAIL_ON_EMPTY_BEANS);

    /**
     * Binds {@code bind} (port 0: any free port) and starts serving on a server of its own.
     *
     * @param advertisedHost the host other instances know this one by (the host part of
     *                       {@code application.server}); the port is the bound port
     */
    public static QueryServer start(StoreAccess access, InetSocketAddress bind, String advertisedHost) throws IOException {
        HttpServer server = HttpServers.create(bind, "aggregate-query-http");
        QueryServer queries = new QueryServer(access, advertisedHost, server.getAddress().getPort(), () -> HttpServers.stop(server));
        server.createContext("/", queries::handle);
        server.start();
        return queries;
    }

    /**
     * Serves the queries on the service's ops server, next to {@code /metrics}, {@code /health}
     * and {@code /ready}: one port per instance, which is also its {@code application.server}.
     */
    public static QueryServer attach(StoreAccess access, OpsServer ops, String advertisedHost) {
        QueryServer queries = new QueryServer(access, advertisedHost, ops.port(), () -> { });
        ops.route("/", queries::handle);
        return queries;
    }

    private QueryServer(StoreAccess access, String advertisedHost, int port, Runnable closer) {
        this.access = access;
        this.local = new LocalQueries(access);
        this.advertisedHost = advertisedHost;
        this.forwarder = new Forwarder(json);
        this.port = port;
        this.closer = closer;
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
            if (!access.isRunning()) {
                unavailable(exchange, "streams is not running (starting or rebalancing)");
                return;
            }
            List<String> path = segments(exchange.getRequestURI().getRawPath());
            Map<String, String> params = params(exchange.getRequestURI().getRawQuery());
            Object body;
            if ("true".equals(params.get(LOCAL_PARAM))) {
                Share<Object> share = answerLocally(() -> route(path, params, true));
                exchange.getResponseHeaders().set(Coverage.HEADER, Coverage.format(share.partitions()));
                body = share.body();
            } else {
                body = route(path, params, false);
            }
            if (body == null) {
                reply(exchange, 404, Map.of("error", "not found: " + exchange.getRequestURI().getPath()));
            } else {
                reply(exchange, 200, body);
            }
        } catch (BadRequest e) {
            reply(exchange, 400, Map.of("error", e.getMessage()));
        } catch (InvalidStateStoreException | UnavailableException e) {
            unavailable(exchange, e.getMessage());
        } catch (RuntimeException e) {
            LOG.error("query {} failed", exchange.getRequestURI(), e);
            reply(exchange, 500, Map.of("error", String.valueOf(e.getMessage())));
        }
    }

    private Object route(List<String> path, Map<String, String> params, boolean localOnly) throws UnavailableException {
        Filter filter = filter(params);
        if (path.size() == 1 && path.get(0).equals("regions")) {
            return localOnly ? local.regions(filter) : regions(filter, params);
        }
        if (path.size() == 2 && path.get(0).equals("regions")) {
            return localOnly ? local.region(path.get(1), filter) : region(path.get(1), filter, params);
        }
        if (path.size() == 1 && path.get(0).equals("incidents")) {
            List<IncidentView> found = localOnly ? local.incidents(filter) : incidents(filter, params);
            found.sort(NEWEST_FIRST); // a share is cut like the whole answer: its newest, never its first keys
            return found.subList(0, Math.min(found.size(), limit(params)));
        }
        if (path.size() == 2 && path.get(0).equals("incidents")) {
            return localOnly ? local.incident(path.get(1)) : incident(path.get(1));
        }
        if (path.size() == 3 && path.get(0).equals("incidents") && path.get(2).equals("reports")) {
            return localOnly ? local.reports(path.get(1)) : reports(path.get(1));
        }
        return null;
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
        return total == null && days.isEmpty() ? null : new RegionDetail(total, new ArrayList<>(days.values()));
    }

    private static final Comparator<IncidentView> NEWEST_FIRST =
            Comparator.comparing(IncidentView::date).reversed().thenComparing(IncidentView::id);

    private List<IncidentView> incidents(Filter filter, Map<String, String> params) throws UnavailableException {
        List<IncidentView> all = new ArrayList<>();
        for (Share<List<IncidentView>> share : fanOut(INCIDENT_DAYS_STORE, "/incidents", params,
                new TypeReference<List<IncidentView>>() {}, () -> local.incidents(filter))) {
            all.addAll(share.body());
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

    private static Filter filter(Map<String, String> params) {
        return new Filter(params.get("country"), params.get("region"), params.get("type"),
                date(params, "from"), date(params, "to"));
    }

    private static LocalDate date(Map<String, String> params, String name) {
        String value = params.get(name);
        try {
            return value == null ? null : LocalDate.parse(value);
        } catch (DateTimeParseException e) {
            throw new BadRequest(name + " must be a date like 2025-02-07, got '" + value + "'");
        }
    }

    private static int limit(Map<String, String> params) {
        String value = params.get("limit");
        try {
            int limit = value == null ? DEFAULT_INCIDENT_LIMIT : Integer.parseInt(value);
            if (limit < 0) {
                throw new NumberFormatException();
            }
            return limit;
        } catch (NumberFormatException e) {
            throw new BadRequest("limit must be a non-negative integer, got '" + value + "'");
        }
    }

    private static List<String> segments(String rawPath) {
        List<String> segments = new ArrayList<>();
        for (String s : rawPath.split("/")) {
            if (!s.isEmpty()) {
                segments.add(URLDecoder.decode(s.replace("+", "%2B"), StandardCharsets.UTF_8));
            }
        }
        return segments;
    }

    private static Map<String, String> params(String rawQuery) {
        Map<String, String> params = new LinkedHashMap<>();
        if (rawQuery != null) {
            for (String pair : rawQuery.split("&")) {
                int eq = pair.indexOf('=');
                String name = URLDecoder.decode(eq < 0 ? pair : pair.substring(0, eq), StandardCharsets.UTF_8);
                String value = eq < 0 ? "" : URLDecoder.decode(pair.substring(eq + 1), StandardCharsets.UTF_8);
                if (!value.isEmpty()) {
                    params.put(name, value);
                }
            }
        }
        return params;
    }

    private void unavailable(HttpExchange exchange, String why) throws IOException {
        exchange.getResponseHeaders().set("Retry-After", "1");
        reply(exchange, 503, Map.of("error", "temporarily unavailable: " + why));
    }

    private void reply(HttpExchange exchange, int status, Object body) throws IOException {
        byte[] bytes = json.writeValueAsBytes(body);
        exchange.getResponseHeaders().set("Content-Type", "application/json");
        exchange.sendResponseHeaders(status, bytes.length);
        try (OutputStream out = exchange.getResponseBody()) {
            out.write(bytes);
        }
    }

    /** A query parameter that cannot be understood: 400. */
    static final class BadRequest extends RuntimeException {
        BadRequest(String message) {
            super(message);
        }
    }
}
