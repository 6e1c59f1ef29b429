package dev.conflictstream.enrich;

import java.util.regex.Pattern;

/**
 * What enrich remembers of an event it published: its id and the region it was partitioned by,
 * stored as {@code REGION|EVENT_ID} in the article's entry of the article-event-ids store.
 * Entries written by releases before region partitioning hold the bare event id: their region
 * is unknown (null), and their retraction goes to every partition. {@link PublishedArticle} is the
 * whole entry of an article, with the version it was extracted from.
 */
record PublishedEvent(String eventId, String region) {
    /** Region codes: GeoNames admin-1 codes (CC.XX), CC.00, XX.00; never a slash, unlike event ids. */
    private static final Pattern REGION = Pattern.compile("[A-Z]{2}\\.[^/|]+");

    String format() {
        return region + "|" + eventId;
    }

    static PublishedEvent parse(String entry) {
        int bar = entry.indexOf('|');
        if (bar > 0 && REGION.matcher(entry.substring(0, bar)).matches()) {
            return new PublishedEvent(entry.substring(bar + 1), entry.substring(0, bar));
        }
        return new PublishedEvent(entry, null);
    }
}
