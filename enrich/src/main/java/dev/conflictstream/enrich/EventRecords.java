package dev.conflictstream.enrich;

import dev.conflictstream.enrich.extract.ArticleText;
import dev.conflictstream.enrich.extract.ExtractedEvent;
import dev.conflictstream.enrich.extract.Figure;
import dev.conflictstream.enrich.geo.ResolvedPlace;
import dev.conflictstream.schema.Article;
import dev.conflictstream.schema.CasualtyFigure;
import dev.conflictstream.schema.ConflictEvent;
import dev.conflictstream.schema.Evidence;
import dev.conflictstream.schema.FigureQualifier;
import dev.conflictstream.schema.Place;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.regex.Pattern;

/**
 * Turns the extractor's output for one article into records of the events topic, with
 * deterministic ids: the article id, the evidence offset and the sub-event type (plus an
 * ordinal when one sentence holds two events of the same kind). An id therefore survives a
 * re-extraction that adds or drops events elsewhere in the article.
 */
public final class EventRecords {
    private static final Pattern NOT_ALPHANUMERIC = Pattern.compile("[^a-z0-9]+");
    private static final Pattern EDGE_DASHES = Pattern.compile("(^-|-$)");
    /** Slugs by sub-event type: a few dozen types, one slug per event (two regex passes each were 2% of the enrich thread). */
    private static final Map<String, String> SLUGS = new ConcurrentHashMap<>();
    private EventRecords() {}

    public static ArticleText articleText(Article article) {
        return new ArticleText(article.getId(), article.getTitle(), article.getText(), article.getPublished());
    }

    public static List<ConflictEvent> of(Article article, List<ExtractedEvent> events, String extractorVersion) {
        List<ConflictEvent> records = new ArrayList<>(events.size());
        Map<String, Integer> seen = new HashMap<>();
        for (ExtractedEvent event : events) {
            String base = article.getId() + "/" + event.evidenceStart() + "/" + slug(event.subtype());
            int ordinal = seen.merge(base, 1, Integer::sum);
            String id = ordinal == 1 ? base : base + "-" + ordinal;
            records.add(toRecord(id, article, event, extractorVersion));
        }
        return records;
    }

    static ConflictEvent toRecord(String id, Article article, ExtractedEvent event, String extractorVersion) {
        String text = article.getText();
        int start = Math.max(0, Math.min(event.evidenceStart(), text.length()));
        int end = Math.max(start, Math.min(event.evidenceEnd(), text.length()));
        return ConflictEvent.newBuilder()
                .setEventId(id)
                .setArticleId(article.getId())
                .setEventType(event.type())
                .setSubEventType(event.subtype())
                .setPlace(place(event.place()))
                .setGeoPrecision(event.place() == null ? 0 : event.geoPrecision())
                .setEventDate(event.date() != null ? event.date()
                        : article.getPublished() != null ? article.getPublished()
                        : article.getIngestedAt().atZone(java.time.ZoneOffset.UTC).toLocalDate())
                .setDatePrecision(event.datePrecision())
                .setActors(List.copyOf(event.actors()))
                .setKilled(figure(event.killed()))
                .setInjured(figure(event.injured()))
                .setClaimedBy(event.claimedBy())
                .setConfidence(event.confidence())
                .setEvidence(new Evidence(start, end, text.substring(start, end)))
                .setPublishedDate(article.getPublished())
                .setIngestedAt(article.getIngestedAt())
                .setExtractorVersion(extractorVersion)
                .setArticleUrl(article.getUrl())
                .setArticleTitle(article.getTitle())
                .setArticleSource(article.getSource())
                .build();
    }

    static Place place(ResolvedPlace place) {
        if (place == null) {
            return null;
        }
        // A place inferred from context (the region of an earlier mention, the article's focus) has
        // no mention of its own: the contract's mention is then the resolved name.
        String mention = place.mention() != null ? place.mention() : place.name();
        return new Place(place.geonameId(), place.name(), mention, place.latitude(), place.longitude(),
                place.countryCode(), place.admin1Code(), place.admin1Name());
    }

    static CasualtyFigure figure(Figure figure) {
        if (figure == null) {
            return null;
        }
        return new CasualtyFigure(figure.low(), figure.high(), FigureQualifier.valueOf(figure.qualifier().name()), figure.text());
    }

    static String slug(String subtype) {
        return SLUGS.computeIfAbsent(subtype, EventRecords::slugOf);
    }

    private static String slugOf(String subtype) {
        return EDGE_DASHES.matcher(NOT_ALPHANUMERIC.matcher(subtype.toLowerCase(Locale.ROOT)).replaceAll("-")).replaceAll("");
    }
}
