package dev.conflictstream.aggregate.query;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.HashMap;
import java.util.Locale;
import java.util.Map;

/**
 * Country names and codes for the exports: ACLED's {@code iso} column is the ISO 3166-1 numeric
 * code and its ids start with the alpha-3 code. From {@code export/countries.tsv}
 * (world-countries, ODbL 1.0; built by tools/map/build.sh).
 */
final class Countries {
    /** One country; {@code numeric} 0 and the alpha-2 code as name when unknown (XX: unlocated). */
    record Country(String alpha2, String alpha3, int numeric, String name) {}

    private static final Map<String, Country> BY_ALPHA2 = load();

    private Countries() {}

    static Country of(String alpha2) {
        String code = alpha2 == null ? "XX" : alpha2.toUpperCase(Locale.ROOT);
        return BY_ALPHA2.getOrDefault(code, new Country(code, code, 0, code.equals("XX") ? "Unlocated" : code));
    }

    private static Map<String, Country> load() {
        Map<String, Country> countries = new HashMap<>();
        try (InputStream in = Countries.class.getResourceAsStream("/export/countries.tsv");
             BufferedReader lines = new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8))) {
            lines.lines().filter(l -> !l.startsWith("#") && !l.isBlank()).forEach(line -> {
                String[] f = line.split("\t");
                countries.put(f[0], new Country(f[0], f[1], Integer.parseInt(f[2]), f[3]));
            });
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read export/countries.tsv from the jar", e);
        }
        return Map.copyOf(countries);
    }
}
