package dev.conflictstream.aggregate.query;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.zip.GZIPInputStream;

/**
 * The map page and everything it loads, served from the jar (no internet, no tile server):
 * the page, its script and style, Leaflet (vendored with its licence) and the admin-1 outlines,
 * kept gzipped in the jar and sent as they are to clients that accept gzip (every browser).
 * Built by tools/map/build.sh; the page itself is {@code map/index.html} and {@code map/map.js}.
 */
final class MapAssets {
    /** A file to send: its bytes, content type, and whether the bytes are gzip-encoded. */
    record Asset(byte[] bytes, String contentType, boolean gzipped) {}

    private static final Map<String, String[]> FILES = Map.of(
            "/", new String[] {"/map/index.html", "text/html; charset=utf-8"},
            "/map", new String[] {"/map/index.html", "text/html; charset=utf-8"},
            "/map/map.js", new String[] {"/map/map.js", "text/javascript; charset=utf-8"},
            "/map/map.css", new String[] {"/map/map.css", "text/css; charset=utf-8"},
            "/map/leaflet/leaflet.js", new String[] {"/map/leaflet/leaflet.js", "text/javascript; charset=utf-8"},
            "/map/leaflet/leaflet.css", new String[] {"/map/leaflet/leaflet.css", "text/css; charset=utf-8"},
            "/map/leaflet/LICENSE", new String[] {"/map/leaflet/LICENSE", "text/plain; charset=utf-8"},
            "/map/regions.geojson", new String[] {RegionCatalog.OUTLINES, "application/geo+json"});
    private static final Map<String, byte[]> CACHE = new ConcurrentHashMap<>();

    private MapAssets() {}

    static boolean serves(String path) {
        return FILES.containsKey(path);
    }

    /** The asset at {@code path} (one of {@link #serves}), gunzipped unless the client accepts gzip. */
    static Asset get(String path, boolean acceptsGzip) {
        String[] file = FILES.get(path);
        byte[] bytes = CACHE.computeIfAbsent(file[0], MapAssets::read);
        boolean gzipped = file[0].endsWith(".gz");
        if (gzipped && !acceptsGzip) {
            return new Asset(gunzip(bytes), file[1], false);
        }
        return new Asset(bytes, file[1], gzipped);
    }

    private static byte[] read(String resource) {
        try (InputStream in = MapAssets.class.getResourceAsStream(resource)) {
            if (in == null) {
                throw new IllegalStateException(resource + " is missing from the jar (tools/map/build.sh builds it)");
            }
            return in.readAllBytes();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static byte[] gunzip(byte[] bytes) {
        try (InputStream in = new GZIPInputStream(new java.io.ByteArrayInputStream(bytes))) {
            return in.readAllBytes();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
