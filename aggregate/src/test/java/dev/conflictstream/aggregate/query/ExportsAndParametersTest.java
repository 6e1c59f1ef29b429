package dev.conflictstream.aggregate.query;

import static dev.conflictstream.aggregate.TestEvents.*;
import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.conflictstream.aggregate.AggregateDriver;
import java.io.IOException;
import java.io.StringReader;
import java.net.InetSocketAddress;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.zip.GZIPInputStream;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVRecord;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.junit.jupiter.api.io.TempDir;

/**
 * The exports (ACLED-shaped CSV, GeoJSON), the map's files, and the query parameters read the
 * same way on every endpoint, through one real HTTP server over TopologyTestDriver stores.
 */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class ExportsAndParametersTest {
    private static final String FOLLOW_UP_TITLE = "Death toll from Sumy strike rises to three, \"officials\" say";
    private final HttpClient http = HttpClient.newHttpClient();
    private final ObjectMapper json = new ObjectMapper();
    private AggregateDriver driver;
    private QueryServer server;

    @BeforeAll
    void start(@TempDir Path stateDir) throws IOException {
        driver = new AggregateDriver(stateDir);
        driver.send(event("kyiv#0", STRIKE, SUMY, FEB_7, T0).setKilled(figure(2, 2, "at least two"))
                .setEvidence(new dev.conflictstream.schema.Evidence(0, 40, "At least two people were killed, officials said."))
                .setArticleSource("Kyiv Independent").build());
        driver.send(event("ukrinform#0", STRIKE, SUMY, FEB_7, T0.plusSeconds(600)).setKilled(killed(3))
                .setPublishedDate(FEB_7.plusDays(1))
                .setEvidence(new dev.conflictstream.schema.Evidence(0, 40, "The toll has risen to three,\nincluding a child — Сумы."))
                .setArticleUrl("https://example.org/ukrinform/sumy-toll").setArticleTitle(FOLLOW_UP_TITLE)
                .setArticleSource("Ukrinform").build());
        driver.send(event("tass#0", BATTLE, SUDZHA, FEB_7, T0).build());
        DriverStoreAccess access = new DriverStoreAccess(driver.driver());
        server = QueryServer.start(access, new InetSocketAddress("127.0.0.1", 0), "127.0.0.1");
        access.hosts = List.of(server.self());
    }

    @AfterAll
    void stop() {
        server.close();
        driver.close();
    }

    @Test
    void aCsvTextCellIsNeverAFormula() {
        Map<String, String> cells = Map.of(
                "=HYPERLINK(\"http://x\")", "'=HYPERLINK(\"http://x\")",
                "+1 killed", "'+1 killed",
                "-2+3", "'-2+3",
                "@SUM(A1)", "'@SUM(A1)",
                "\t=1", "'\t=1",
                "Two people were killed in Kherson.", "Two people were killed in Kherson.");
        cells.forEach((text, cell) -> assertThat(Exports.inert(text)).as(text).isEqualTo(cell));
        assertThat(Exports.inert(-3.5)).as("numbers stay numbers").isEqualTo(-3.5);
    }

    @Test
    void exportsOneAcledRowPerIncidentWithRfc4180QuotingInUtf8() throws Exception {
        HttpResponse<String> response = get("/export/events.csv");
        assertThat(response.statusCode()).isEqualTo(200);
        assertThat(response.headers().firstValue("Content-Type").orElseThrow()).startsWith("text/csv; charset=utf-8");
        assertThat(response.body()).startsWith("event_id_cnty,event_date,year,time_precision,disorder_type,event_type,"
                + "sub_event_type,actor1,actor2,iso,country,admin1,location,latitude,longitude,geo_precision,source,notes,fatalities");
        assertThat(response.body()).contains("\r\n");

        List<CSVRecord> rows = CSVFormat.RFC4180.builder().setHeader().setSkipHeaderRecord(true).get()
                .parse(new StringReader(response.body())).getRecords();
        assertThat(rows).hasSize(2);
        CSVRecord strike = rows.stream().filter(r -> r.get("admin1").equals("Sumy Oblast")).findFirst().orElseThrow();
        assertThat(strike.get("event_id_cnty")).matches("UKR-[0-9a-f]{10}");
        assertThat(strike.get("event_date")).isEqualTo("2025-02-07");
        assertThat(strike.get("year")).isEqualTo("2025");
        assertThat(strike.get("time_precision")).isEqualTo("1");
        assertThat(strike.get("disorder_type")).isEqualTo("Political violence");
        assertThat(strike.get("event_type")).isEqualTo(STRIKE);
        assertThat(strike.get("sub_event_type")).isEqualTo("Air/drone strike");
        assertThat(strike.get("actor1")).isEqualTo("Military Forces of Russia");
        assertThat(strike.get("actor2")).isEqualTo("Civilians");
        assertThat(strike.get("iso")).isEqualTo("804");
        assertThat(strike.get("country")).isEqualTo("Ukraine");
        assertThat(strike.get("location")).isEqualTo("Sumy");
        assertThat(strike.get("latitude")).isEqualTo("50.9");
        assertThat(strike.get("geo_precision")).isEqualTo("1");
        assertThat(strike.get("source")).isEqualTo("Ukrinform; Kyiv Independent");
        assertThat(strike.get("notes")).as("a newline and non-ASCII text survive the quoting")
                .isEqualTo("The toll has risen to three,\nincluding a child — Сумы. | At least two people were killed, officials said.");
        assertThat(strike.get("fatalities")).isEqualTo("3");
        assertThat(strike.get("fatalities_low")).isEqualTo("2");
        assertThat(strike.get("source_urls")).isEqualTo("https://example.org/ukrinform/sumy-toll");

        assertThat(get("/export/events.csv?region=ru.41").body().lines().count()).as("header and Kursk's row").isEqualTo(2);
        assertThat(get("/export/events.csv?type=riots").body().lines().count()).as("header only").isEqualTo(1);
    }

    @Test
    void exportsAGeoJsonFeatureCollectionOfPoints() throws Exception {
        HttpResponse<String> response = get("/export/incidents.geojson?country=ua");
        assertThat(response.headers().firstValue("Content-Type").orElseThrow()).isEqualTo("application/geo+json");
        JsonNode collection = json.readTree(response.body());
        assertThat(collection.get("type").asText()).isEqualTo("FeatureCollection");
        assertThat(collection.get("features")).hasSize(1);
        JsonNode feature = collection.get("features").get(0);
        assertThat(feature.get("geometry").get("type").asText()).isEqualTo("Point");
        assertThat(feature.get("geometry").get("coordinates").get(0).asDouble()).as("longitude first").isEqualTo(34.8);
        assertThat(feature.get("properties").get("fatalities").asInt()).isEqualTo(3);
        assertThat(feature.get("properties").get("iso").isNumber()).isTrue();
    }

    @Test
    void incidentsCarryProvenanceBackToTheArticle() throws Exception {
        JsonNode report = json.readTree(get("/incidents?region=UA.21").body()).get(0).get("reports").get(0);
        assertThat(report.get("articleUrl").asText()).isEqualTo("https://example.org/ukrinform/sumy-toll");
        assertThat(report.get("articleTitle").asText()).isEqualTo(FOLLOW_UP_TITLE);
        assertThat(report.get("source").asText()).isEqualTo("Ukrinform");
        assertThat(report.get("published").asText()).isEqualTo("2025-02-08");
    }

    @Test
    void anUnknownRegionIsThe404EverywhereAndAKnownOneWithoutDataIsZero() throws Exception {
        for (String path : List.of("/regions/UA.99", "/incidents?region=UA.99", "/export/events.csv?region=ua.99")) {
            HttpResponse<String> response = get(path);
            assertThat(response.statusCode()).as(path).isEqualTo(404);
            assertThat(json.readTree(response.body()).get("error").asText()).as(path).isEqualTo(
                    "unknown region code 'UA.99' (GeoNames admin-1 codes like UA.21; CC.00 = country only, XX.00 = unlocated)");
        }
        HttpResponse<String> kharkiv = get("/regions/UA.07");
        assertThat(kharkiv.statusCode()).isEqualTo(200);
        assertThat(json.readTree(kharkiv.body()).get("total").get("incidents").asLong()).isZero();
        assertThat(json.readTree(kharkiv.body()).get("total").get("name").asText()).isEqualTo("Kharkiv");
        assertThat(get("/incidents?region=UA.07").body()).isEqualTo("[]");
    }

    @Test
    void regionCodesAndTypesAreCaseInsensitive() throws Exception {
        assertThat(json.readTree(get("/regions/ua.21").body()).get("total").get("incidents").asLong()).isEqualTo(1);
        assertThat(json.readTree(get("/incidents?region=ua.21&type=explosions%2Fremote%20violence").body())).hasSize(1);
    }

    @Test
    void badParametersAre400sThatSaySo() throws Exception {
        assertError("/regions?type=Shelling", "unknown type 'Shelling': one of Battles, Explosions/Remote violence");
        assertError("/incidents?from=2025-02-09&to=2025-02-01", "from (2025-02-09) is after to (2025-02-01)");
        assertError("/incidents?limit=50000", "limit 50000 is too large: at most 10000");
        assertError("/incidents?limit=-1", "limit must not be negative");
        assertError("/incidents?limit=lots", "limit must be a whole number, got 'lots'");
    }

    @Test
    void servesTheMapPageLeafletAndTheOutlinesFromTheJar() throws Exception {
        for (String path : List.of("/", "/map")) {
            HttpResponse<String> page = get(path);
            assertThat(page.headers().firstValue("Content-Type").orElseThrow()).startsWith("text/html");
            assertThat(page.body()).contains("leaflet/leaflet.js").contains("map.js");
        }
        assertThat(get("/map/leaflet/leaflet.js").body()).contains("Leaflet");
        HttpResponse<byte[]> outlines = http.send(HttpRequest.newBuilder(uri("/map/regions.geojson"))
                .header("Accept-Encoding", "gzip").build(), HttpResponse.BodyHandlers.ofByteArray());
        assertThat(outlines.headers().firstValue("Content-Encoding")).hasValue("gzip");
        JsonNode regions = json.readTree(new GZIPInputStream(new java.io.ByteArrayInputStream(outlines.body())));
        assertThat(regions.get("features").findValuesAsText("code")).contains("UA.21", "RU.41", "UA.11");
        assertThat(get("/map/regions.geojson").body()).as("gunzipped for a client without gzip").startsWith("{");
    }

    private void assertError(String path, String message) throws Exception {
        HttpResponse<String> response = get(path);
        assertThat(response.statusCode()).as(path).isEqualTo(400);
        assertThat(json.readTree(response.body()).get("error").asText()).as(path).contains(message);
    }

    private HttpResponse<String> get(String pathAndQuery) throws IOException, InterruptedException {
        return http.send(HttpRequest.newBuilder(uri(pathAndQuery)).GET().build(), HttpResponse.BodyHandlers.ofString(StandardCharsets.UTF_8));
    }

    private URI uri(String pathAndQuery) {
        return URI.create("http://127.0.0.1:" + server.port() + pathAndQuery);
    }
}
