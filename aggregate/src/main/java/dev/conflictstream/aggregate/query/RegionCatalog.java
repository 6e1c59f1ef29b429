package dev.conflictstream.aggregate.query;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.HashMap;
import java.util.Locale;
import java.util.Map;
import java.util.regex.Pattern;
import java.util.zip.GZIPInputStream;

/**
 * Which admin-1 codes exist, so the query API can tell an unknown code (a typo: 404 on every
 * endpoint) from a known region with nothing reported yet (200, zero). The codes are those of
 * the map's outlines ({@value #OUTLINES}, Natural Earth admin-1 with GeoNames codes), plus the
 * contract's pseudo-regions {@code CC.00} (country only) and {@code XX.00} (unlocated); a code
 * with data is known whatever the outlines say.
 */
final class RegionCatalog {
    static final String OUTLINES = "/map/regions.geojson.gz";
    private static final Pattern PSEUDO_REGION = Pattern.compile("[A-Z]{2}\\.00");
    private static final Map<String, String> NAMES = load();

    private RegionCatalog() {}

    /** The canonical spelling of a code as the stores key it: region codes are upper case. */
    static String canonical(String code) {
        return code == null ? null : code.trim().toUpperCase(Locale.ROOT);
    }

    static boolean exists(String canonicalCode) {
        return NAMES.containsKey(canonicalCode) || PSEUDO_REGION.matcher(canonicalCode).matches();
    }

    /** The outline's name of a known region, else the code itself. */
    static String name(String canonicalCode) {
        return NAMES.getOrDefault(canonicalCode, canonicalCode);
    }

    private static Map<String, String> load() {
        try (InputStream in = new GZIPInputStream(RegionCatalog.class.getResourceAsStream(OUTLINES))) {
            Map<String, String> names = new HashMap<>();
            for (JsonNode feature : new ObjectMapper().readTree(in).get("features")) {
                names.put(feature.get("properties").get("code").asText(), feature.get("properties").get("name").asText());
            }
            return Map.copyOf(names);
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read " + OUTLINES + " from the jar", e);
        }
    }
}
