package dev.conflictstream.enrich.geo;

/**
 * Distances between gazetteer points for the resolver's "near" rules: the equirectangular
 * approximation (one cosine per origin, no trigonometry per pair), within a fraction of a percent
 * of the great-circle distance at the ranges those rules ask about (tens to hundreds of km).
 */
public final class GroundDistance {
    /** Kilometres per degree of latitude. */
    private static final double KM_PER_DEGREE = 111.2;

    private GroundDistance() {}

    /** The factor that shortens a degree of longitude at {@code lat}, to pass to {@link #km(double, double, double, double, double)}. */
    public static double lonScale(double lat) {
        return Math.cos(Math.toRadians(lat));
    }

    /** Km from ({@code lat}, {@code lon}) to ({@code lat2}, {@code lon2}); across the antimeridian the short way. */
    public static double km(double lat, double lon, double lat2, double lon2) {
        return km(lat, lon, lonScale(lat), lat2, lon2);
    }

    /** As {@link #km(double, double, double, double)} with the origin's {@link #lonScale} computed once by the caller. */
    public static double km(double lat, double lon, double lonScale, double lat2, double lon2) {
        double dy = lat2 - lat, dx = lon2 - lon;
        if (dx > 180) dx -= 360; else if (dx < -180) dx += 360;
        dx *= lonScale;
        return Math.sqrt(dx * dx + dy * dy) * KM_PER_DEGREE;
    }
}
