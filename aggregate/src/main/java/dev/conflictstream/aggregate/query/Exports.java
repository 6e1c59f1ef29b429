package dev.conflictstream.aggregate.query;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.conflictstream.aggregate.query.Countries.Country;
import dev.conflictstream.aggregate.query.Views.IncidentView;
import dev.conflictstream.aggregate.query.Views.ReportView;
import java.io.IOException;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.stream.Collectors;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVPrinter;

/**
 * Incidents in the formats analysts already use: ACLED's column layout as CSV (RFC 4180, UTF-8,
 * one row per incident) and a GeoJSON FeatureCollection of points with the same fields (QGIS
 * opens it as a layer). Both are computed from the query API's incident views, so they filter
 * like {@code /incidents} and any instance can export everything.
 *
 * <p>How ACLED's columns are filled: {@code event_id_cnty} is the alpha-3 country code and a hash
 * of the incident id (stable across runs and replays; the id itself is in {@code incident_id});
 * actors, time precision and {@code source} come from the reports (latest first, ACLED joins
 * sources with "; "); {@code notes} are the distinct evidence sentences; {@code fatalities} is
 * the incident's best figure (ACLED's conservative rule), with low/high in trailing columns.
 * Columns after {@code fatalities} are ours; ACLED readers that select columns by name ignore them.
 */
final class Exports {
    static final List<String> COLUMNS = List.of("event_id_cnty", "event_date", "year", "time_precision", "disorder_type",
            "event_type", "sub_event_type", "actor1", "actor2", "iso", "country", "admin1", "location", "latitude",
            "longitude", "geo_precision", "source", "notes", "fatalities",
            "fatalities_low", "fatalities_high", "incident_id", "report_count", "source_urls");

    private static final CSVFormat CSV = CSVFormat.RFC4180.builder().setHeader(COLUMNS.toArray(String[]::new)).get();

    private Exports() {}

    static void csv(List<IncidentView> incidents, Writer out) throws IOException {
        try (CSVPrinter printer = new CSVPrinter(out, CSV)) {
            for (IncidentView incident : incidents) {
                printer.printRecord(row(incident).values().stream().map(Exports::inert).toList());
            }
        }
    }

    /**
     * A text cell a spreadsheet would run as a formula ({@code = + - @}, tab, CR first: article
     * text and feed fields are untrusted) starts with an apostrophe instead, which spreadsheets
     * show as text (OWASP's advice for CSV injection); numbers stay numbers.
     */
    static Object inert(Object cell) {
        return cell instanceof String text && !text.isEmpty() && "=+-@\t\r".indexOf(text.charAt(0)) >= 0 ? "'" + text : cell;
    }

    static ObjectNode geoJson(List<IncidentView> incidents, ObjectMapper json) {
        ObjectNode collection = json.createObjectNode().put("type", "FeatureCollection");
        ArrayNode features = collection.putArray("features");
        for (IncidentView incident : incidents) {
            ObjectNode feature = features.addObject().put("type", "Feature").put("id", incident.id());
            if (incident.place() == null) {
                feature.putNull("geometry"); // GeoJSON's "unlocated" feature: kept, so totals match the CSV
            } else {
                feature.putObject("geometry").put("type", "Point").putArray("coordinates")
                        .add(incident.place().longitude()).add(incident.place().latitude());
            }
            ObjectNode properties = feature.putObject("properties");
            row(incident).forEach((column, value) -> properties.set(column, json.valueToTree(value)));
        }
        return collection;
    }

    /** One incident as ACLED's columns, in order (numbers stay numbers for GeoJSON). */
    static Map<String, Object> row(IncidentView incident) {
        List<ReportView> reports = incident.reports();
        Country country = Countries.of(incident.place() != null ? incident.place().countryCode() : incident.region().substring(0, 2));
        List<String> actors = reports.stream().map(ReportView::actors).filter(a -> a != null && !a.isEmpty()).findFirst().orElse(List.of());
        Map<String, Object> row = new LinkedHashMap<>();
        row.put("event_id_cnty", country.alpha3() + "-" + shortHash(incident.id()));
        row.put("event_date", incident.date());
        row.put("year", Integer.parseInt(incident.date().substring(0, 4)));
        row.put("time_precision", reports.stream().mapToInt(ReportView::datePrecision).filter(p -> p > 0).findFirst().orElse(1));
        row.put("disorder_type", disorderType(incident.eventType()));
        row.put("event_type", incident.eventType());
        row.put("sub_event_type", incident.subEventType());
        row.put("actor1", actors.isEmpty() ? "" : actors.get(0));
        row.put("actor2", actors.size() < 2 ? "" : actors.get(1));
        row.put("iso", country.numeric());
        row.put("country", country.name());
        row.put("admin1", incident.place() != null && incident.place().admin1Name() != null ? incident.place().admin1Name() : "");
        row.put("location", incident.place() != null ? incident.place().name() : "");
        row.put("latitude", incident.place() != null ? incident.place().latitude() : "");
        row.put("longitude", incident.place() != null ? incident.place().longitude() : "");
        row.put("geo_precision", reports.stream().mapToInt(ReportView::geoPrecision).filter(p -> p > 0).min().orElse(incident.place() == null ? 0 : 3));
        row.put("source", distinct(reports, r -> r.source() != null ? r.source() : r.articleId(), "; "));
        row.put("notes", distinct(reports, ReportView::evidence, " | "));
        row.put("fatalities", incident.killed().best());
        row.put("fatalities_low", incident.killed().low());
        row.put("fatalities_high", incident.killed().high());
        row.put("incident_id", incident.id());
        row.put("report_count", incident.reportCount());
        row.put("source_urls", distinct(reports, ReportView::articleUrl, " "));
        return row;
    }

    /** ACLED's disorder type of an event type (its codebook's three families). */
    static String disorderType(String eventType) {
        return switch (eventType) {
            case "Protests", "Riots" -> "Demonstrations";
            case "Strategic developments" -> "Strategic developments";
            default -> "Political violence";
        };
    }

    private static String distinct(List<ReportView> reports, java.util.function.Function<ReportView, String> field, String separator) {
        Set<String> values = reports.stream().map(field).filter(Objects::nonNull).filter(s -> !s.isBlank())
                .collect(Collectors.toCollection(LinkedHashSet::new));
        return String.join(separator, values);
    }

    private static String shortHash(String id) {
        try {
            byte[] digest = MessageDigest.getInstance("SHA-256").digest(id.getBytes(StandardCharsets.UTF_8));
            return HexFormat.of().formatHex(digest, 0, 5);
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("SHA-256 is part of every JDK", e);
        }
    }
}
