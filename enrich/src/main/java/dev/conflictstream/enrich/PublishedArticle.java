package dev.conflictstream.enrich;

import java.util.ArrayList;
import java.util.List;

/**
 * What enrich remembers of an article: the version it last extracted (the article's ingest
 * time; a tombstone's record time) and the events that extraction published. Stored as the
 * list {@code #VERSION, REGION|EVENT_ID, ...}; entries of older releases have no version (0).
 */
record PublishedArticle(long version, List<PublishedEvent> events) {
    private static final String VERSION = "#";

    static PublishedArticle parse(List<String> entries) {
        long version = 0;
        List<PublishedEvent> events = new ArrayList<>(entries == null ? 0 : entries.size());
        if (entries != null) {
            for (String entry : entries) {
                if (entry.startsWith(VERSION)) {
                    version = Long.parseLong(entry.substring(VERSION.length()));
                } else {
                    events.add(PublishedEvent.parse(entry));
                }
            }
        }
        return new PublishedArticle(version, events);
    }

    List<String> format() {
        List<String> entries = new ArrayList<>(events.size() + 1);
        entries.add(VERSION + version);
        events.forEach(e -> entries.add(e.format()));
        return entries;
    }
}
