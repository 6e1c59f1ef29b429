package dev.conflictstream.aggregate;

import static dev.conflictstream.aggregate.TestEvents.*;
import static org.assertj.core.api.Assertions.assertThat;

import dev.conflictstream.schema.CasualtyEstimate;
import dev.conflictstream.schema.CasualtyFigure;
import dev.conflictstream.schema.Incident;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;
import org.junit.jupiter.api.Test;

class IncidentMergerTest {

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
                Arguments.of("nothing stated", figures(null, null), IncidentMerger.none()));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("casualtyCases")
    void estimatesKilledLowBestHighAsUcdpDoes(String name, List<CasualtyFigure> figures, CasualtyEstimate expected) {
        Incident incident = null;
        for (int i = 0; i < figures.size(); i++) {
            Incident one = IncidentMerger.single(event("a" + i + "#0", STRIKE, SUMY, FEB_7, T0.plusSeconds(i))
                    .setKilled(figures.get(i)).build());
            incident = incident == null ? one : IncidentMerger.add(incident, one);
        }
        assertThat(incident.getKilled()).isEqualTo(expected);
        assertThat(incident.getReports()).hasSize(figures.size());
    }

    @Test
    void mergesTheSameResultWhateverTheArrivalOrder() {
        List<Incident> reports = new ArrayList<>();
        for (int i = 0; i < 4; i++) {
            reports.add(IncidentMerger.single(event("a" + i + "#0", STRIKE, SUMY, FEB_7, T0.plusSeconds(10 - i))
                    .setPublishedDate(FEB_7.plusDays(10 - i)).setKilled(killed(i + 1)).build()));
        }
        Incident forward = reports.stream().reduce(IncidentMerger::add).orElseThrow();
        List<Incident> reversed = new ArrayList<>(reports);
        java.util.Collections.reverse(reversed);
        Incident backward = reversed.stream().reduce(IncidentMerger::add).orElseThrow();
        assertThat(backward).isEqualTo(forward);
        assertThat(forward.getKilled()).isEqualTo(estimate(1, 1, 4)); // a0#0 was published last
    }

    @Test
    void addingTheSameReportTwiceIsIdempotent() {
        Incident a = IncidentMerger.single(event("a#0", STRIKE, SUMY, FEB_7, T0).setKilled(killed(2)).build());
        assertThat(IncidentMerger.add(a, a)).isEqualTo(a);
    }

    @Test
    void subtractingEveryReportLeavesNothing() {
        Incident a = IncidentMerger.single(event("a#0", STRIKE, SUMY, FEB_7, T0).setKilled(killed(2)).build());
        Incident b = IncidentMerger.single(event("b#0", STRIKE, SUMY, FEB_7, T0.plusSeconds(60)).setKilled(killed(7)).build());
        Incident both = IncidentMerger.add(a, b);
        assertThat(IncidentMerger.subtract(both, b)).isEqualTo(a);
        assertThat(IncidentMerger.subtract(IncidentMerger.subtract(both, b), a)).isNull();
    }

    @Test
    void keepsTheMostPrecisePlaceAndTheLatestSubType() {
        Incident region = IncidentMerger.single(event("a#0", STRIKE, SUMY_OBLAST, FEB_7, T0.plusSeconds(60))
                .setPublishedDate(FEB_7.plusDays(1)).setSubEventType("Shelling/artillery/missile attack").build());
        Incident town = IncidentMerger.single(event("b#0", STRIKE, SUMY_OBLAST, FEB_7, T0)
                .setPlace(SUMY).setGeoPrecision(2).build());
        Incident merged = IncidentMerger.add(region, town);
        assertThat(merged.getPlace()).isEqualTo(SUMY);
        assertThat(merged.getSubEventType()).isEqualTo("Shelling/artillery/missile attack");
    }

    @Test
    void reIngestingAnOlderArticleDoesNotMakeItTheLatestReport() {
        Incident early = IncidentMerger.single(event("early#0", STRIKE, SUMY, FEB_7, T0)
                .setPublishedDate(FEB_7).setKilled(killed(5)).build());
        Incident later = IncidentMerger.single(event("later#0", STRIKE, SUMY, FEB_7, T0.plusSeconds(60))
                .setPublishedDate(FEB_7.plusDays(1)).setKilled(killed(3)).build());
        Incident merged = IncidentMerger.add(early, later);
        assertThat(merged.getKilled()).isEqualTo(estimate(3, 3, 5));

        Incident reIngested = IncidentMerger.single(event("early#0", STRIKE, SUMY, FEB_7, T0.plusSeconds(3600))
                .setPublishedDate(FEB_7).setKilled(killed(5)).build());
        Incident afterReIngest = IncidentMerger.add(IncidentMerger.subtract(merged, early), reIngested);

        assertThat(afterReIngest.getKilled()).as("best still from the article published last").isEqualTo(estimate(3, 3, 5));
    }

    private static List<CasualtyFigure> figures(CasualtyFigure... figures) {
        return Arrays.asList(figures);
    }

    private static CasualtyEstimate estimate(int low, int best, int high) {
        return CasualtyEstimate.newBuilder().setLow(low).setBest(best).setHigh(high).setStated(true).build();
    }
}
