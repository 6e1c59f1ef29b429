package dev.conflictstream.aggregate;

import static dev.conflictstream.aggregate.TestEvents.*;
import static org.assertj.core.api.Assertions.assertThat;

import dev.conflictstream.schema.CasualtyEstimate;
import dev.conflictstream.schema.CasualtyFigure;
import dev.conflictstream.schema.ConflictEvent;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;
import org.junit.jupiter.api.Test;

class IncidentFiguresTest {

    /** One report per figure, ingested in the order given; null = figure not stated. */
    static Stream<Arguments> casualtyCases() {
        return Stream.of(
                Arguments.of("one exact report", figures(killed(2)), estimate(2, 2, 2)),
                Arguments.of("later report revises up: best follows the latest", figures(killed(2), killed(5)), estimate(2, 5, 5)),
                Arguments.of("later report revises down: best follows the latest", figures(killed(5), killed(2)), estimate(2, 2, 5)),
                Arguments.of("range: best is the latest report's low", figures(killed(2), figure(3, 8, "3 to 8 killed")), estimate(2, 3, 8)),
                Arguments.of("duplicates are never summed", figures(killed(4), killed(4), killed(4)), estimate(4, 4, 4)),
                Arguments.of("a latest report without a figure keeps the latest stated one", figures(killed(3), null), estimate(3, 3, 3)),
                Arguments.of("stated as none counts as a stated zero", figures(killed(0), killed(2)), estimate(0, 2, 2)),
                Arguments.of("nothing stated", figures(null, null), IncidentFigures.none()));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("casualtyCases")
    void estimatesKilledLowBestHighAsUcdpDoes(String name, List<CasualtyFigure> figures, CasualtyEstimate expected) {
        IncidentFigures incident = new IncidentFigures();
        for (int i = 0; i < figures.size(); i++) {
            add(incident, event("a" + i + "#0", STRIKE, SUMY, FEB_7, T0.plusSeconds(i))
                    .setPublishedDate(FEB_7.plusDays(i)).setKilled(figures.get(i)).build());
        }
        assertThat(incident.killed.estimate()).isEqualTo(expected);
        assertThat(incident.reports).isEqualTo(figures.size());
    }

    @Test
    void mergesTheSameResultWhateverTheArrivalOrderOrTheSplitIntoDays() {
        List<ConflictEvent> events = new ArrayList<>();
        for (int i = 0; i < 4; i++) {
            events.add(event("a" + i + "#0", STRIKE, SUMY, FEB_7, T0.plusSeconds(10 - i))
                    .setPublishedDate(FEB_7.plusDays(10 - i)).setKilled(killed(i + 1)).build());
        }
        IncidentFigures forward = new IncidentFigures();
        events.forEach(e -> add(forward, e));
        IncidentFigures backward = new IncidentFigures();
        for (int i = events.size() - 1; i >= 0; i--) {
            add(backward, events.get(i));
        }
        IncidentFigures firstHalf = new IncidentFigures();
        IncidentFigures secondHalf = new IncidentFigures();
        add(firstHalf, events.get(0));
        add(firstHalf, events.get(3));
        add(secondHalf, events.get(2));
        add(secondHalf, events.get(1));
        IncidentFigures split = firstHalf.plus(secondHalf);

        for (IncidentFigures same : List.of(backward, split)) {
            assertThat(same.encode()).isEqualTo(forward.encode());
        }
        assertThat(forward.killed.estimate()).isEqualTo(estimate(1, 1, 4)); // a0#0 was published last
    }

    @Test
    void removesExactlyWhenTheReportHoldsNoExtremeAndOtherwiseAsksForARebuild() {
        ConflictEvent low = event("a#0", STRIKE, SUMY, FEB_7, T0).setPublishedDate(FEB_7).setKilled(killed(2)).build();
        ConflictEvent early = event("b#0", STRIKE, SUMY, FEB_7, T0.plusSeconds(1)).setPublishedDate(FEB_7.minusDays(1))
                .setKilled(killed(4)).build();
        ConflictEvent latestHigh = event("c#0", STRIKE, SUMY, FEB_7, T0.plusSeconds(2)).setPublishedDate(FEB_8).setKilled(killed(9)).build();
        List<ConflictEvent> events = new ArrayList<>(List.of(low, early, latestHigh));
        for (int i = 0; i < IncidentFigures.LATEST; i++) {
            events.add(event("m" + i + "#0", STRIKE, SUMY, FEB_7, T0).setPublishedDate(FEB_7).setKilled(killed(5)).build());
        }
        IncidentFigures all = new IncidentFigures();
        events.forEach(e -> add(all, e));

        assertThat(all.canRemove(Reports.of(low), keyOf(low))).as("holds the low").isFalse();
        assertThat(all.canRemove(Reports.of(latestHigh), keyOf(latestHigh))).as("latest, high, newest ingest").isFalse();
        ConflictEvent recent = events.get(events.size() - 1);
        assertThat(all.canRemove(Reports.of(recent), keyOf(recent))).as("among the latest reports").isFalse();
        assertThat(all.canRemove(Reports.of(early), keyOf(early))).isTrue();

        all.remove(Reports.of(early));
        IncidentFigures rebuilt = new IncidentFigures();
        events.stream().filter(e -> e != early).forEach(e -> add(rebuilt, e));
        assertThat(all.encode()).isEqualTo(rebuilt.encode());
    }

    @Test
    void keepsTheMostPrecisePlaceAndTheLatestReport() {
        ConflictEvent region = event("a#0", STRIKE, SUMY_OBLAST, FEB_7, T0.plusSeconds(60)).setPublishedDate(FEB_8).build();
        ConflictEvent town = event("b#0", STRIKE, SUMY_OBLAST, FEB_7, T0).setPlace(SUMY).setGeoPrecision(2).build();
        IncidentFigures merged = new IncidentFigures();
        add(merged, region);
        add(merged, town);
        assertThat(merged.mostPrecise).isEqualTo(keyOf(town));
        assertThat(merged.latest).containsExactly(keyOf(region), keyOf(town));
    }

    @Test
    void reIngestingAnOlderArticleDoesNotMakeItTheLatestReport() {
        ConflictEvent early = event("early#0", STRIKE, SUMY, FEB_7, T0).setPublishedDate(FEB_7).setKilled(killed(5)).build();
        ConflictEvent later = event("later#0", STRIKE, SUMY, FEB_7, T0.plusSeconds(60)).setPublishedDate(FEB_8).setKilled(killed(3)).build();
        ConflictEvent reIngested = event("early#0", STRIKE, SUMY, FEB_7, T0.plusSeconds(3600)).setPublishedDate(FEB_7).setKilled(killed(5)).build();
        IncidentFigures merged = new IncidentFigures();
        add(merged, later);
        add(merged, reIngested);
        assertThat(merged.killed.estimate()).as("best still from the article published last").isEqualTo(estimate(3, 3, 5));
    }

    @Test
    void survivesItsStoreEncoding() {
        IncidentFigures figures = new IncidentFigures();
        add(figures, event("a#0", STRIKE, SUMY, FEB_7, T0).setKilled(killed(2)).setInjured(figure(3, 8, "3 to 8")).build());
        add(figures, event("b#0", STRIKE, SUMY, FEB_7, T0).setExtractorVersion("rules-2").build());
        IncidentFigures decoded = IncidentFigures.decode(figures.encode());
        assertThat(decoded.encode()).isEqualTo(figures.encode());
        assertThat(decoded.versions).containsEntry("rules-1", 1).containsEntry("rules-2", 1);
        assertThat(decoded.injured.estimate()).isEqualTo(estimate(3, 3, 8));
    }

    @Test
    void aCopyIsEqualAndChangesAloneByItself() {
        IncidentFigures figures = new IncidentFigures();
        add(figures, event("a#0", STRIKE, SUMY, FEB_7, T0).setKilled(killed(2)).setInjured(figure(3, 8, "3 to 8")).build());
        add(figures, event("b#0", STRIKE, SUMY, FEB_7, T0).setPlace(SUMY).setGeoPrecision(2).setExtractorVersion("rules-2").build());
        byte[] original = figures.encode();
        IncidentFigures copy = figures.copy();
        assertThat(copy.encode()).isEqualTo(original);
        add(copy, event("c#0", STRIKE, SUMY, FEB_7, T0.plusSeconds(60)).setPublishedDate(FEB_8).setKilled(killed(9)).build());
        assertThat(copy.encode()).isNotEqualTo(original);
        assertThat(figures.encode()).as("the original, after its copy changed").isEqualTo(original);
    }

    @ParameterizedTest(name = "{0} later than {1}: {2}")
    @org.junit.jupiter.params.provider.CsvSource({
            // report keys of one day (DATE|PUBLISHED|EVENT): later publication, then larger event id
            "2025-02-07|2025-02-08|a#0,  2025-02-07|2025-02-07|z#9,  true",
            "2025-02-07|2025-02-07|z#9,  2025-02-07|2025-02-08|a#0,  false",
            "2025-02-07|2025-02-07|b#0,  2025-02-07|2025-02-07|a#0,  true",
            "2025-02-07|2025-02-07|a#0,  2025-02-07|2025-02-07|a#0,  false",
            "2025-02-07|2025-02-07|a#10, 2025-02-07|2025-02-07|a#1,  true", // a longer id with the same start
            "2025-02-07|2025-02-07|a#1,  2025-02-07|2025-02-07|a#10, false",
            "2025-02-08|2025-02-07|a#0,  2025-02-07|2025-02-07|b#0,  false", // the event date is not compared
    })
    void latestComparesPublicationThenEventIdAfterTheDate(String key, String than, boolean later) {
        assertThat(IncidentFigures.isLater(key, than)).isEqualTo(later);
        assertThat(IncidentFigures.isLater(key, than))
                .as("as comparing the parts after the date")
                .isEqualTo(key.substring(11).compareTo(than.substring(11)) > 0);
    }

    private static final java.time.LocalDate FEB_8 = FEB_7.plusDays(1);

    private static String keyOf(ConflictEvent event) {
        return IncidentKeys.reportOfDay(event.getEventDate(), event.getPublishedDate(), event.getEventId());
    }

    private static void add(IncidentFigures figures, ConflictEvent event) {
        figures.add(Reports.of(event), keyOf(event));
    }

    private static List<CasualtyFigure> figures(CasualtyFigure... figures) {
        return Arrays.asList(figures);
    }

    private static CasualtyEstimate estimate(int low, int best, int high) {
        return CasualtyEstimate.newBuilder().setLow(low).setBest(best).setHigh(high).setStated(true).build();
    }
}
