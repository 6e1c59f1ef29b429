package dev.conflictstream.enrich.geo;

/**
 * A place resolved against the gazetteer. {@code geonameId} is null when only an admin-1 region or a
 * country is known; {@code admin1Code} is the GeoNames code {@code CC.NN} (e.g. UA.21) and null for a
 * country-only place.
 */
public record ResolvedPlace(Long geonameId, String name, String mention, double latitude, double longitude,
        String countryCode, String admin1Code, String admin1Name) {}
