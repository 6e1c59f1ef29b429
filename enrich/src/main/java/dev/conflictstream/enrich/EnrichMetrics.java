package dev.conflictstream.enrich;

import dev.conflictstream.enrich.extract.Extraction;
import dev.conflictstream.enrich.extract.ExtractedEvent;
import dev.conflictstream.enrich.extract.Figure;
import dev.conflictstream.enrich.extract.Qualifier;
import io.micrometer.core.instrument.MeterRegistry;

/**
 * What ops need to tell whether extraction is healthy and honest: events by type, articles
 * without events, place mentions resolved vs not, events per geo precision, casualty
 * figures that came from vague words or policy defaults, retractions, stale article versions skipped.
 */
public final class EnrichMetrics {
    private final MeterRegistry registry;

    public EnrichMetrics(MeterRegistry registry) {
        this.registry = registry;
        // Untagged counters exist from the start (at 0), so a dashboard shows 0, not "no data".
        registry.counter("conflictstream.articles.enriched");
        registry.counter("conflictstream.articles.without.events");
        registry.counter("conflictstream.events.retracted");
        registry.counter("conflictstream.articles.stale");
    }

    /** An article version older than one already extracted arrived late and was skipped. */
    void recordStaleArticle() {
        registry.counter("conflictstream.articles.stale").increment();
    }

    void recordArticle(Extraction extraction) {
        registry.counter("conflictstream.articles.enriched").increment();
        if (extraction.events().isEmpty()) {
            registry.counter("conflictstream.articles.without.events").increment();
        }
        extraction.places().forEach(mention -> registry.counter("conflictstream.place.mentions",
                "resolved", String.valueOf(mention.place() != null)).increment());
        for (ExtractedEvent event : extraction.events()) {
            registry.counter("conflictstream.events.extracted", "type", event.type(), "subtype", event.subtype()).increment();
            registry.counter("conflictstream.events.geo.precision",
                    "precision", String.valueOf(event.place() == null ? 0 : event.geoPrecision())).increment();
            recordFigure("killed", event.killed());
            recordFigure("injured", event.injured());
        }
    }

    private void recordFigure(String kind, Figure figure) {
        String how = figure == null ? "not_stated"
                : figure.qualifier() == Qualifier.VAGUE ? "vague"
                : figure.qualifier() == Qualifier.DEFAULT ? "default" : "stated";
        registry.counter("conflictstream.casualty.figures", "kind", kind, "how", how).increment();
    }

    void recordRetractions(int count) {
        if (count > 0) {
            registry.counter("conflictstream.events.retracted").increment(count);
        }
    }
}
