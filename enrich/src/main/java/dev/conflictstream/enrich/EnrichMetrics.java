package dev.conflictstream.enrich;

import dev.conflictstream.enrich.extract.Extraction;
import dev.conflictstream.enrich.extract.ExtractedEvent;
import dev.conflictstream.enrich.extract.Figure;
import dev.conflictstream.enrich.extract.Qualifier;
import io.micrometer.core.instrument.Counter;
import io.micrometer.core.instrument.MeterRegistry;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

/**
 * What ops need to tell whether extraction is healthy and honest: events by type, articles
 * without events, place mentions resolved vs not, events per geo precision, casualty
 * figures that came from vague words or policy defaults, retractions, stale article versions skipped.
 */
public final class EnrichMetrics {
    private final MeterRegistry registry;
    private final Counter articles;
    private final Counter articlesWithoutEvents;
    private final Counter retracted;
    private final Counter stale;
    private final Counter placesResolved;
    private final Counter placesUnresolved;
    /**
     * Tagged counters by name and tag values: registering (building and sorting the meter id)
     * cost more than the rest of the bookkeeping per article, so each is looked up once.
     */
    private final Map<String, Counter> tagged = new ConcurrentHashMap<>();

    public EnrichMetrics(MeterRegistry registry) {
        this.registry = registry;
        // Untagged counters exist from the start (at 0), so a dashboard shows 0, not "no data".
        articles = registry.counter("conflictstream.articles.enriched");
        articlesWithoutEvents = registry.counter("conflictstream.articles.without.events");
        retracted = registry.counter("conflictstream.events.retracted");
        stale = registry.counter("conflictstream.articles.stale");
        placesResolved = registry.counter("conflictstream.place.mentions", "resolved", "true");
        placesUnresolved = registry.counter("conflictstream.place.mentions", "resolved", "false");
    }

    /** An article version older than one already extracted arrived late and was skipped. */
    void recordStaleArticle() {
        stale.increment();
    }

    void recordArticle(Extraction extraction) {
        articles.increment();
        if (extraction.events().isEmpty()) {
            articlesWithoutEvents.increment();
        }
        int resolved = 0;
        for (var mention : extraction.places()) {
            if (mention.place() != null) {
                resolved++;
            }
        }
        increment(placesResolved, resolved);
        increment(placesUnresolved, extraction.places().size() - resolved);
        for (ExtractedEvent event : extraction.events()) {
            counter("conflictstream.events.extracted", "type", event.type(), "subtype", event.subtype()).increment();
            counter("conflictstream.events.geo.precision",
                    "precision", String.valueOf(event.place() == null ? 0 : event.geoPrecision())).increment();
            recordFigure("killed", event.killed());
            recordFigure("injured", event.injured());
        }
    }

    private void recordFigure(String kind, Figure figure) {
        String how = figure == null ? "not_stated"
                : figure.qualifier() == Qualifier.VAGUE ? "vague"
                : figure.qualifier() == Qualifier.DEFAULT ? "default" : "stated";
        counter("conflictstream.casualty.figures", "kind", kind, "how", how).increment();
    }

    private static void increment(Counter counter, int n) {
        if (n > 0) {
            counter.increment(n);
        }
    }

    void recordRetractions(int count) {
        if (count > 0) {
            retracted.increment(count);
        }
    }

    private Counter counter(String name, String... tags) {
        return tagged.computeIfAbsent(name + '\u0000' + String.join("\u0000", tags), key -> registry.counter(name, tags));
    }
}
