package dev.conflictstream.aggregate.query;

import static dev.conflictstream.aggregate.TestEvents.*;
import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.conflictstream.aggregate.AggregateDriver;
import java.io.IOException;
import java.net.InetSocketAddress;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import java.util.stream.StreamSupport;
import org.apache.kafka.streams.state.HostInfo;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.junit.jupiter.api.io.TempDir;

/**
 * The HTTP layer against stores filled through TopologyTestDriver. Two instances ("a" holds
 * Ukraine, "b" holds Russia) are two drivers behind two real servers, with the key-to-instance
 * layout faked, so forwarding and fan-out run for real.
 */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class QueryServerTest {
    private static final LocalDate FEB_3 = LocalDate.of(2025, 2, 3);
    private final HttpClient http = HttpClient.newHttpClient();
    private final ObjectMapper json = new ObjectMapper();

    private AggregateDriver ukraine;
    private AggregateDriver russia;
    private DriverStoreAccess a;
    private DriverStoreAccess b;
    private QueryServer serverA;
    private QueryServer serverB;
    /** The same two instances' stores behind a query API that asks for a bearer token. */
    private QueryServer securedA;
    private QueryServer securedB;

    @BeforeAll
    void start(@TempDir Path stateDir) throws IOException {
        ukraine = new AggregateDriver(stateDir.resolve("a"));
        ukraine.send(event("kyiv#0", STRIKE, SUMY, FEB_7, T0).setKilled(killed(2)).build());
        ukraine.send(event("ukrinform#0", STRIKE, SUMY, FEB_7, T0.plusSeconds(600)).setKilled(figure(3, 5, "three to five")).build());
        ukraine.send(event("kyiv#1", BATTLE, SUMY_OBLAST, FEB_3, T0).setInjured(killed(4)).build());
        russia = new AggregateDriver(stateDir.resolve("b"));
        russia.send(event("tass#0", BATTLE, SUDZHA, FEB_7, T0).setKilled(killed(7)).build());

        a = new DriverStoreAccess(ukraine.driver());
        b = new DriverStoreAccess(russia.driver());
        serverA = QueryServer.start(a, new InetSocketAddress("127.0.0.1", 0), "127.0.0.1");
        serverB = QueryServer.start(b, new InetSocketAddress("127.0.0.1", 0), "127.0.0.1");
        List<HostInfo> both = List.of(serverA.self(), serverB.self());
        for (DriverStoreAccess access : List.of(a, b)) {
            access.hosts = both;
            access.owner = (store, key) -> key.startsWith("RU") ? serverB.self() : serverA.self();
            access.partitionCount = 2;
            access.partitionOf = key -> key.startsWith("RU") ? 1 : 0;
        }
        a.partitions = java.util.Set.of(0);
        b.partitions = java.util.Set.of(1);

        DriverStoreAccess sa = new DriverStoreAccess(ukraine.driver());
        DriverStoreAccess sb = new DriverStoreAccess(russia.driver());
        securedA = QueryServer.start(sa, new InetSocketAddress("127.0.0.1", 0), "127.0.0.1", QueryToken.of(TOKEN));
        securedB = QueryServer.start(sb, new InetSocketAddress("127.0.0.1", 0), "127.0.0.1", QueryToken.of(TOKEN));
        for (DriverStoreAccess access : List.of(sa, sb)) {
            access.hosts = List.of(securedA.self(), securedB.self());
            access.owner = (store, key) -> key.startsWith("RU") ? securedB.self() : securedA.self();
            access.partitionCount = 2;
            access.partitionOf = key -> key.startsWith("RU") ? 1 : 0;
        }
        sa.partitions = java.util.Set.of(0);
        sb.partitions = java.util.Set.of(1);
    }

    private static final String TOKEN = "s3cret-token";

    @AfterEach
    void healAfterFaultInjection() {
        a.partitions = java.util.Set.of(0);
        b.partitions = java.util.Set.of(1);
        a.running = true;
        b.running = true;
        a.storesQueryable = true;
        b.storesQueryable = true;
    }

    /** The JDK server takes about a second to stop, so the two instances serve the whole class. */
    @AfterAll
    void stop() {
        serverA.close();
        serverB.close();
        securedA.close();
        securedB.close();
        ukraine.close();
        russia.close();
    }

    @Test
    void listsEveryRegionOfEveryInstanceWithTotals() throws Exception {
        JsonNode regions = get(serverB, "/regions").body;
        assertThat(codes(regions)).containsExactly("RU.41", "UA.21");
        JsonNode sumy = regions.get(1);
        assertThat(sumy.get("name").asText()).isEqualTo("Sumy Oblast");
        assertThat(sumy.get("incidents").asLong()).isEqualTo(2);
        assertThat(sumy.get("reports").asLong()).isEqualTo(3);
        assertThat(sumy.get("killed").get("low").asLong()).isEqualTo(2);
        assertThat(sumy.get("killed").get("best").asLong()).isEqualTo(3);
        assertThat(sumy.get("killed").get("high").asLong()).isEqualTo(5);
        assertThat(sumy.get("injured").get("best").asLong()).isEqualTo(4);
    }

    @Test
    void filtersRegionsByCountryTypeAndDates() throws Exception {
        assertThat(codes(get(serverA, "/regions?country=RU").body)).containsExactly("RU.41");

        JsonNode battles = get(serverA, "/regions?type=" + enc(BATTLE)).body;
        assertThat(codes(battles)).containsExactly("RU.41", "UA.21");
        assertThat(battles.get(1).get("incidents").asLong()).isEqualTo(1);
        assertThat(battles.get(1).get("killed").get("best").asLong()).as("the strike's dead are not battle dead").isZero();

        JsonNode feb7 = get(serverA, "/regions?from=2025-02-05&to=2025-02-07").body;
        assertThat(feb7.get(1).get("incidents").asLong()).as("the Feb 3 battle is outside the range").isEqualTo(1);
        assertThat(feb7.get(1).get("injured").get("best").asLong()).isZero();
    }

    @Test
    void answersARegionHeldByAnotherInstanceByForwarding() throws Exception {
        JsonNode kursk = get(serverA, "/regions/RU.41").body;
        assertThat(kursk.get("total").get("incidentsByType").get(BATTLE).asLong()).isEqualTo(1);
        assertThat(kursk.get("total").get("killed").get("best").asLong()).isEqualTo(7);
        assertThat(kursk.get("daily")).hasSize(1);
        assertThat(kursk.get("daily").get(0).get("date").asText()).isEqualTo("2025-02-07");

        JsonNode sumy = get(serverB, "/regions/UA.21?from=2025-02-01").body;
        assertThat(StreamSupport.stream(sumy.get("daily").spliterator(), false).map(d -> d.get("date").asText()))
                .containsExactly("2025-02-03", "2025-02-07");
    }

    @Test
    void listsIncidentsWithTheirProvenance() throws Exception {
        JsonNode incidents = get(serverB, "/incidents?region=UA.21&from=2025-02-07&to=2025-02-07").body;
        assertThat(incidents).hasSize(1);
        JsonNode strike = incidents.get(0);
        assertThat(strike.get("eventType").asText()).isEqualTo(STRIKE);
        assertThat(strike.get("killed").get("best").asInt()).isEqualTo(3);
        assertThat(StreamSupport.stream(strike.get("reports").spliterator(), false).map(r -> r.get("articleId").asText()))
                .containsExactly("ukrinform", "kyiv"); // latest first
        assertThat(strike.get("reports").get(0).get("evidence").asText()).isEqualTo("evidence of ukrinform#0");
        assertThat(strike.get("reports").get(0).get("killed").asText()).isEqualTo("three to five");
        assertThat(strike.get("reports").get(0).get("date").asText()).isEqualTo("2025-02-07");

        assertThat(get(serverA, "/incidents").body).hasSize(3);
        assertThat(get(serverA, "/incidents?type=" + enc(BATTLE)).body).hasSize(2);
        assertThat(get(serverA, "/incidents?limit=1").body).hasSize(1);

        String id = strike.get("id").asText();
        JsonNode one = get(serverB, "/incidents/" + enc(id)).body;
        assertThat(one.get("id").asText()).isEqualTo(id);
        assertThat(one.get("reportCount").asInt()).isEqualTo(2);
    }

    @Test
    void listsEveryReportOfAnIncidentFromAnyInstance() throws Exception {
        String id = get(serverA, "/incidents?region=UA.21&from=2025-02-07&to=2025-02-07").body.get(0).get("id").asText();
        for (QueryServer server : List.of(serverA, serverB)) {
            JsonNode reports = get(server, "/incidents/" + enc(id) + "/reports").body;
            assertThat(StreamSupport.stream(reports.spliterator(), false).map(r -> r.get("eventId").asText()))
                    .containsExactly("ukrinform#0", "kyiv#0");
        }
        assertThat(get(serverA, "/incidents/" + enc("UA.21|2025-02-09|Battles|admin1") + "/reports").status).isEqualTo(404);
    }

    @Test
    void answers503WithRetryAfterWhileRebalancingOrWhenAStoreMoves() throws Exception {
        a.running = false;
        Reply rebalancing = get(serverA, "/regions");
        assertThat(rebalancing.status).isEqualTo(503);
        assertThat(rebalancing.retryAfter).isEqualTo("1");

        a.running = true;
        b.storesQueryable = false;
        Reply migrating = get(serverA, "/regions");
        assertThat(migrating.status).as("a share that cannot be read makes the whole answer unavailable").isEqualTo(503);
        assertThat(migrating.retryAfter).isEqualTo("1");
    }

    @Test
    void answers503WhenTheSharesOfAFanOutDoNotCoverEveryPartitionExactlyOnce() throws Exception {
        b.partitions = java.util.Set.of(); // b already gave its partition away; the new owner is not known yet
        assertThat(get(serverA, "/regions").status).as("a region would be missing").isEqualTo(503);
        assertThat(get(serverA, "/regions/RU.41").status).isEqualTo(503);
        assertThat(get(serverA, "/incidents?region=RU.41").status).isEqualTo(503);

        b.partitions = java.util.Set.of(0, 1); // b took partition 0 while a still answers for it
        assertThat(get(serverA, "/regions").status).as("a region would be counted twice").isEqualTo(503);
        assertThat(get(serverA, "/regions").retryAfter).isEqualTo("1");
    }

    @Test
    void answers404ForUnknownAnd400ForBadParameters() throws Exception {
        assertThat(get(serverA, "/regions/UA.99").status).isEqualTo(404);
        assertThat(get(serverA, "/nowhere").status).isEqualTo(404);
        assertThat(get(serverA, "/regions?from=yesterday").status).isEqualTo(400);
        assertThat(get(serverA, "/regions?from=yesterday").body.get("error").asText()).contains("from");
    }

    @Test
    void withATokenEveryQueryAsksForItAndInstancesForwardWithIt() throws Exception {
        Reply anonymous = get(securedA, "/regions", null);
        assertThat(anonymous.status).isEqualTo(401);
        assertThat(anonymous.body.get("error").asText()).contains("bearer token");
        assertThat(get(securedA, "/regions", "Bearer wrong").status).isEqualTo(401);
        assertThat(get(securedA, "/regions?local=true", null).status).as("an instance's share is no open door").isEqualTo(401);

        assertThat(codes(get(securedA, "/regions", "Bearer " + TOKEN).body)).as("fanned out to the other, token included")
                .containsExactly("RU.41", "UA.21");
        assertThat(get(securedA, "/regions/RU.41", "bearer " + TOKEN).body.get("total").get("killed").get("best").asLong())
                .as("forwarded to the owner, token included").isEqualTo(7);

        HttpResponse<String> page = http.send(HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + securedA.port() + "/"))
                .GET().build(), HttpResponse.BodyHandlers.ofString());
        assertThat(page.statusCode()).as("the map page itself is open; its data calls carry the token").isEqualTo(200);
    }

    private record Reply(int status, JsonNode body, String retryAfter) {}

    private Reply get(QueryServer server, String pathAndQuery) throws IOException, InterruptedException {
        return get(server, pathAndQuery, null);
    }

    private Reply get(QueryServer server, String pathAndQuery, String authorization) throws IOException, InterruptedException {
        HttpRequest.Builder request = HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + server.port() + pathAndQuery)).GET();
        if (authorization != null) {
            request.header("Authorization", authorization);
        }
        HttpResponse<String> response = http.send(request.build(), HttpResponse.BodyHandlers.ofString());
        return new Reply(response.statusCode(), json.readTree(response.body()),
                response.headers().firstValue("Retry-After").orElse(null));
    }

    private static List<String> codes(JsonNode regions) {
        return StreamSupport.stream(regions.spliterator(), false).map(r -> r.get("code").asText()).toList();
    }

    private static String enc(String s) {
        return URLEncoder.encode(s, StandardCharsets.UTF_8).replace("+", "%20");
    }
}
