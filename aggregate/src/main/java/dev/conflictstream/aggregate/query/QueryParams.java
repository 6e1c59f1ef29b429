package dev.conflictstream.aggregate.query;

import dev.conflictstream.aggregate.query.LocalQueries.Filter;
import java.net.URLDecoder;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * The query API's parameters, read the same way on every endpoint: region and country codes are
 * case-insensitive, {@code type} is one of ACLED's six event types (any case), dates are ISO days
 * with {@code from <= to}, {@code limit} is bounded. Anything else is a 400 that names the
 * parameter and says what is expected.
 */
final class QueryParams {
    static final int DEFAULT_INCIDENT_LIMIT = 1000;
    static final int MAX_INCIDENT_LIMIT = 10_000;
    /** ACLED's event types, as the contract codes them. */
    static final List<String> EVENT_TYPES = List.of("Battles", "Explosions/Remote violence",
            "Violence against civilians", "Protests", "Riots", "Strategic developments");

    private QueryParams() {}

    static Filter filter(Map<String, String> params) {
        LocalDate from = date(params, "from");
        LocalDate to = date(params, "to");
        if (from != null && to != null && from.isAfter(to)) {
            throw new BadRequest("from (" + from + ") is after to (" + to + ")");
        }
        String country = params.get("country");
        return new Filter(country == null ? null : country.toUpperCase(Locale.ROOT), RegionCatalog.canonical(params.get("region")),
                type(params.get("type")), from, to);
    }

    /**
     * How many incidents to answer. A call between instances ({@code local=true}) may ask for
     * more than a user may: an export gathers every incident.
     */
    static int limit(Map<String, String> params, boolean betweenInstances) {
        String value = params.get("limit");
        long limit;
        try {
            limit = value == null ? DEFAULT_INCIDENT_LIMIT : Long.parseLong(value);
        } catch (NumberFormatException e) {
            throw new BadRequest("limit must be a whole number, got '" + value + "'");
        }
        if (limit < 0) {
            throw new BadRequest("limit must not be negative, got " + value);
        }
        if (limit > MAX_INCIDENT_LIMIT && !betweenInstances) {
            throw new BadRequest("limit " + value + " is too large: at most " + MAX_INCIDENT_LIMIT
                    + " (/export/events.csv and /export/incidents.geojson give every incident)");
        }
        return (int) Math.min(limit, Integer.MAX_VALUE);
    }

    private static String type(String value) {
        if (value == null) {
            return null;
        }
        return EVENT_TYPES.stream().filter(t -> t.equalsIgnoreCase(value.trim())).findFirst()
                .orElseThrow(() -> new BadRequest("unknown type '" + value + "': one of " + String.join(", ", EVENT_TYPES)));
    }

    private static LocalDate date(Map<String, String> params, String name) {
        String value = params.get(name);
        try {
            return value == null ? null : LocalDate.parse(value);
        } catch (DateTimeParseException e) {
            throw new BadRequest(name + " must be a date like 2025-02-07, got '" + value + "'");
        }
    }

    static List<String> segments(String rawPath) {
        List<String> segments = new ArrayList<>();
        for (String s : rawPath.split("/")) {
            if (!s.isEmpty()) {
                segments.add(URLDecoder.decode(s.replace("+", "%2B"), StandardCharsets.UTF_8));
            }
        }
        return segments;
    }

    static Map<String, String> params(String rawQuery) {
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

    /** A query parameter that cannot be understood: 400. */
    static final class BadRequest extends RuntimeException {
        BadRequest(String message) {
            super(message);
        }
    }

    /** Nothing by that name (an unknown region code, incident or endpoint): 404, the same answer on every endpoint. */
    static final class NotFound extends RuntimeException {
        NotFound(String message) {
            super(message);
        }

        static NotFound region(String code) {
            return new NotFound("unknown region code '" + code + "' (GeoNames admin-1 codes like UA.21; CC.00 = country only, XX.00 = unlocated)");
        }
    }
}
