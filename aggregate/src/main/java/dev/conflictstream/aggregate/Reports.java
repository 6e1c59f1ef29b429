package dev.conflictstream.aggregate;

import dev.conflictstream.schema.ConflictEvent;
import dev.conflictstream.schema.Report;
import java.time.LocalDate;

/** The report an event contributes to its incident: its figures and provenance (back to the article's URL, headline and outlet), without the article text. */
final class Reports {
    private Reports() {}

    static Report of(ConflictEvent event) {
        return Report.newBuilder()
                .setEventId(event.getEventId())
                .setArticleId(event.getArticleId())
                .setEvidence(event.getEvidence().getText())
                .setKilled(event.getKilled())
                .setInjured(event.getInjured())
                .setIngestedAt(event.getIngestedAt())
                .setPublishedDate(event.getPublishedDate() != null ? event.getPublishedDate() : LocalDate.EPOCH)
                .setExtractorVersion(event.getExtractorVersion())
                .setSubEventType(event.getSubEventType())
                .setGeoPrecision(event.getGeoPrecision())
                .setPlace(event.getPlace())
                .setEventDate(event.getEventDate())
                .setDatePrecision(event.getDatePrecision())
                .setActors(event.getActors())
                .setArticleUrl(event.getArticleUrl())
                .setArticleTitle(event.getArticleTitle())
                .setArticleSource(event.getArticleSource())
                .build();
    }
}
