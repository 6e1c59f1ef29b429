package dev.conflictstream.ingest;

import dev.conflictstream.ingest.read.ArticleDraft;
import java.net.URI;
import java.net.URISyntaxException;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.Arrays;
import java.util.HexFormat;
import java.util.Locale;
import java.util.stream.Collectors;

/**
 * Stable article ids, so that ingesting the same article twice (a re-run, a feed polled
 * again, the same story saved as text and as JSON) lands on the same compacted key and
 * downstream sees one article. The id is a hash of, in order of preference: the canonical
 * URL (scheme and host lower-cased, fragment and tracking parameters dropped, no trailing
 * slash), the source's own id, or the normalised text (case and whitespace folded).
 */
public final class ArticleIds {
    private ArticleIds() {}

    public static String of(ArticleDraft draft) {
        if (draft.url() != null && !draft.url().isBlank()) {
            return hash("url", canonicalUrl(draft.url()));
        }
        if (draft.externalId() != null && !draft.externalId().isBlank()) {
            return hash("id", draft.externalId().trim());
        }
        return hash("text", normalisedText(draft.text()));
    }

    static String canonicalUrl(String url) {
        try {
            URI uri = new URI(url.trim());
            if (uri.getScheme() == null || uri.getHost() == null) {
                return url.trim();
            }
            String query = uri.getRawQuery() == null ? null : Arrays.stream(uri.getRawQuery().split("&"))
                    .filter(param -> !param.startsWith("utm_") && !param.startsWith("fbclid") && !param.startsWith("gclid"))
                    .sorted().collect(Collectors.joining("&"));
            String path = uri.getRawPath() == null || uri.getRawPath().equals("/") ? "" : uri.getRawPath().replaceAll("/+$", "");
            return "https://" + uri.getHost().toLowerCase(Locale.ROOT).replaceFirst("^www\\.", "")
                    + (uri.getPort() > 0 && uri.getPort() != 80 && uri.getPort() != 443 ? ":" + uri.getPort() : "")
                    + path + (query == null || query.isEmpty() ? "" : "?" + query);
        } catch (URISyntaxException e) {
            return url.trim();
        }
    }

    static String normalisedText(String text) {
        return text.toLowerCase(Locale.ROOT).replaceAll("\\s+", " ").strip();
    }

    private static String hash(String kind, String value) {
        try {
            byte[] digest = MessageDigest.getInstance("SHA-256").digest((kind + ":" + value).getBytes(StandardCharsets.UTF_8));
            return "art-" + HexFormat.of().formatHex(digest, 0, 12);
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("SHA-256 is part of every JDK", e);
        }
    }
}
