package dev.conflictstream.enrich;

import static org.assertj.core.api.Assertions.assertThat;

import dev.conflictstream.enrich.extract.ExtractedEvent;
import dev.conflictstream.enrich.extract.Figure;
import dev.conflictstream.enrich.extract.Qualifier;
import dev.conflictstream.enrich.geo.ResolvedPlace;
import dev.conflictstream.schema.Article;
import dev.conflictstream.schema.ConflictEvent;
import dev.conflictstream.schema.serde.InMemorySchemaRegistryClient;
import dev.conflictstream.schema.serde.TopicSerdes;
import dev.conflictstream.schema.topic.Topics;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;

class EventRecordsTest {
    static final String TEXT = "Two people were killed in shelling in the region. Shelling hit the region again.";
    static final Article ARTICLE = Article.newBuilder().setId("a1").setTitle(null).setText(TEXT)
            .setPublished(LocalDate.of(2025, 2, 7)).setOrigin("test").setIngestedAt(Instant.EPOCH).build();
    static final ResolvedPlace REGION_ONLY = new ResolvedPlace(null, "Sumy", null, 50.9, 34.8, "UA", "UA.21", "Sumy");

    static ExtractedEvent shelling(int start, int end, ResolvedPlace place) {
        return new ExtractedEvent("Explosions/Remote violence", "Shelling/artillery/missile attack", place, 3,
                null, 1, List.of(), new Figure(2, 2, Qualifier.EXACT, "Two"), null, null, 0.8, start, end);
    }

    @Test
    void aPlaceInferredFromContextSerializesWithItsNameAsMention() {
        ConflictEvent event = EventRecords.of(ARTICLE, List.of(shelling(0, 49, REGION_ONLY)), "v").get(0);
        var serde = new TopicSerdes(new InMemorySchemaRegistryClient()).<ConflictEvent>value(Topics.EVENTS);

        assertThat(event.getPlace().getMention()).isEqualTo("Sumy");
        assertThat(serde.deserialize(serde.serialize(event))).isEqualTo(event);
    }

    @Test
    void idsAreDeterministicAndDistinctPerEvidenceAndSubtype() {
        var events = List.of(shelling(0, 49, REGION_ONLY), shelling(50, 80, REGION_ONLY), shelling(50, 80, REGION_ONLY));

        List<String> ids = EventRecords.of(ARTICLE, events, "v").stream().map(ConflictEvent::getEventId).toList();

        assertThat(ids).containsExactly("a1/0/shelling-artillery-missile-attack", "a1/50/shelling-artillery-missile-attack",
                "a1/50/shelling-artillery-missile-attack-2");
        assertThat(EventRecords.of(ARTICLE, events, "v2").stream().map(ConflictEvent::getEventId).toList()).isEqualTo(ids);
    }

    @Test
    void eventWithoutDateTakesThePublicationDateAndEvidenceIsTheSpanText() {
        ConflictEvent event = EventRecords.of(ARTICLE, List.of(shelling(0, 49, REGION_ONLY)), "v").get(0);

        assertThat(event.getEventDate()).isEqualTo(LocalDate.of(2025, 2, 7));
        assertThat(event.getEvidence().getText()).isEqualTo("Two people were killed in shelling in the region.");
    }
}
