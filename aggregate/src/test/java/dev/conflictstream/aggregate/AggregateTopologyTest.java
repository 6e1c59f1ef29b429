package dev.conflictstream.aggregate;

import static dev.conflictstream.aggregate.TestEvents.*;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.tuple;

import dev.conflictstream.schema.CasualtyEstimate;
import dev.conflictstream.schema.ConflictEvent;
import dev.conflictstream.schema.Incident;
import dev.conflictstream.schema.RegionTally;
import dev.conflictstream.schema.topic.Topics;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Map;
import java.util.Random;
import org.apache.kafka.common.serialization.ByteArraySerializer;
import org.apache.kafka.streams.KeyValue;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class AggregateTopologyTest {
    private static final String SUMY_STRIKE = "UA.21|2025-02-07|Explosions/Remote violence|geonames:692194";

    @TempDir
    Path stateDir;
    private AggregateDriver agg;

    @BeforeEach
    void start() {
        agg = new AggregateDriver(stateDir.resolve("a"));
    }

    @AfterEach
    void stop() {
        agg.close();
    }

    private static ConflictEvent strike(String eventId, int killed, int minutesAfterT0) {
        return event(eventId, STRIKE, SUMY, FEB_7, T0.plusSeconds(60L * minutesAfterT0)).setKilled(killed(killed)).build();
    }

    @Test
    void countsOneIncidentWhenTwoArticlesReportTheSameStrike() {
        agg.send(strike("kyiv-independent#0", 2, 0));
        agg.send(event("ukrinform#1", STRIKE, SUMY, FEB_7, T0.plusSeconds(3600))
                .setKilled(figure(3, 5, "three to five people")).build());

        Incident incident = agg.incidents().get(SUMY_STRIKE);
        assertThat(incident.getReports()).extracting(r -> r.getArticleId()).containsExactly("ukrinform", "kyiv-independent"); // latest first
        assertThat(incident.getKilled()).isEqualTo(estimate(2, 3, 5));

        RegionTally sumy = agg.tallies().get("UA.21");
        assertThat(sumy.getIncidents()).isEqualTo(1);
        assertThat(sumy.getReports()).isEqualTo(2);
        assertThat(sumy.getIncidentsByType()).isEqualTo(Map.of(STRIKE, 1L));
        assertThat(sumy.getKilled()).isEqualTo(estimate(2, 3, 5));
        assertThat(agg.dailyTallies().get("UA.21|2025-02-07").getKilled()).isEqualTo(estimate(2, 3, 5));
        assertThat(agg.tallyTopic.readKeyValuesToMap().get("UA.21")).isEqualTo(sumy);
        assertThat(agg.incidentTopic.readKeyValuesToMap().get(SUMY_STRIKE)).isEqualTo(incident);
    }

    @Test
    void retractionRemovesExactlyTheContributionOfTheEvent() {
        agg.send(strike("a#0", 2, 0));
        Map<String, Map<String, ?>> before = agg.snapshot();
        agg.send(strike("b#0", 9, 30));
        agg.send(event("b#1", BATTLE, SUDZHA, FEB_7, T0.plusSeconds(1800)).build());

        agg.retract("b#0", T0.plusSeconds(7200));
        agg.retract("b#1", T0.plusSeconds(7200));

        assertThat(agg.snapshot()).isEqualTo(before);
        assertThat(agg.tallyTopic.readKeyValuesToList()).last().satisfies(kv -> {
            assertThat(kv.key).isEqualTo("RU.41");
            assertThat(kv.value).as("a region with no incident left gets a tombstone").isNull();
        });

        agg.retract("a#0", T0.plusSeconds(7200));
        assertThat(agg.incidents().get(SUMY_STRIKE)).isNull();
        assertThat(agg.tallies().get("UA.21")).isNull();
        assertThat(agg.dailyTallies().get("UA.21|2025-02-07")).isNull();
    }

    @Test
    void aCorrectedCasualtyFigureChangesTheTallyByExactlyTheDelta() {
        agg.send(strike("a#0", 2, 0));
        agg.send(event("a#1", BATTLE, SUMY_OBLAST, FEB_7, T0).setKilled(killed(4)).build());
        agg.send(event("c#0", STRIKE, SUMY, LocalDate.of(2025, 2, 9), T0).setKilled(killed(1)).build());
        RegionTally before = agg.tallies().get("UA.21");
        RegionTally otherDayBefore = agg.dailyTallies().get("UA.21|2025-02-09");

        agg.send(strike("a#0", 5, 60)); // the same article re-extracted: "2 killed" corrected to 5

        RegionTally after = agg.tallies().get("UA.21");
        assertThat(after.getKilled()).isEqualTo(estimate(
                before.getKilled().getLow() + 3, before.getKilled().getBest() + 3, before.getKilled().getHigh() + 3));
        assertThat(after.getIncidents()).isEqualTo(before.getIncidents());
        assertThat(after.getReports()).isEqualTo(before.getReports());
        assertThat(agg.dailyTallies().get("UA.21|2025-02-09")).isEqualTo(otherDayBefore);
        assertThat(agg.dailyTallies().get("UA.21|2025-02-07").getKilled().getBest()).isEqualTo(5 + 4);
    }

    @Test
    void anEventThatDisappearsOnReExtractionLowersTheTallyByExactlyItsIncident() {
        agg.send(strike("a#0", 2, 0));
        agg.send(event("a#1", BATTLE, SUMY_OBLAST, FEB_7, T0).setKilled(killed(4)).build());
        RegionTally before = agg.tallies().get("UA.21");

        agg.retract("a#1", T0.plusSeconds(600));

        RegionTally after = agg.tallies().get("UA.21");
        assertThat(after.getIncidents()).isEqualTo(before.getIncidents() - 1);
        assertThat(after.getIncidentsByType()).isEqualTo(Map.of(STRIKE, 1L));
        assertThat(after.getKilled().getBest()).isEqualTo(before.getKilled().getBest() - 4);
    }

    @Test
    void replayingTheSameEventsTwiceLeavesEveryStoreIdentical() {
        List<ConflictEvent> day = sampleDay();
        day.forEach(agg::send);
        agg.retract("d#0", T0.plusSeconds(9000));
        Map<String, Map<String, ?>> once = agg.snapshot();

        for (int replay = 0; replay < 2; replay++) {
            day.forEach(agg::send);
            agg.retract("d#0", T0.plusSeconds(9000));
        }

        assertThat(agg.snapshot()).isEqualTo(once);
        assertThat(AggregateDriver.contents(agg.tallies())).containsOnlyKeys("UA.21", "RU.41", "UA.00", "XX.00");
    }

    @Test
    void talliesDoNotDependOnTheOrderEventsArriveIn() {
        List<ConflictEvent> day = sampleDay();
        day.forEach(agg::send);
        try (AggregateDriver shuffled = new AggregateDriver(stateDir.resolve("b"))) {
            List<ConflictEvent> copy = new ArrayList<>(day);
            Collections.shuffle(copy, new Random(7));
            copy.forEach(shuffled::send);
            assertThat(shuffled.snapshot()).isEqualTo(agg.snapshot());
        }
    }

    @Test
    void reExtractingWithANewExtractorMovesReportsToThatVersion() {
        agg.send(strike("a#0", 2, 0));
        agg.send(event("a#1", BATTLE, SUDZHA, FEB_7, T0).build());

        agg.send(event("a#0", STRIKE, SUMY, FEB_7, T0).setKilled(killed(2)).setExtractorVersion("rules-2").build());
        agg.retract("a#1", T0); // the new extractor no longer finds the battle

        RegionTally sumy = agg.tallies().get("UA.21");
        assertThat(sumy.getReportsByExtractorVersion()).isEqualTo(Map.of("rules-2", 1L));
        assertThat(sumy.getKilled()).isEqualTo(estimate(2, 2, 2));
        assertThat(agg.tallies().get("RU.41")).isNull();
    }

    @Test
    void aLateArticleLandsOnTheDayOfItsEvent() {
        agg.send(strike("a#0", 2, 0));
        LocalDate feb3 = LocalDate.of(2025, 2, 3);
        agg.send(event("late#0", STRIKE, SUMY, feb3, T0.plusSeconds(5 * 86400)).setKilled(killed(1)).build());

        assertThat(agg.dailyTallies().get("UA.21|2025-02-03").getKilled().getBest()).isEqualTo(1);
        assertThat(agg.dailyTallies().get("UA.21|2025-02-03").getDate()).isEqualTo(feb3);
        assertThat(agg.dailyTallies().get("UA.21|2025-02-07").getKilled().getBest()).isEqualTo(2);
        assertThat(agg.tallies().get("UA.21").getIncidents()).isEqualTo(2);
    }

    @Test
    void aCorrectedEventDateMovesTheIncidentToItsNewDay() {
        agg.send(strike("a#0", 2, 0));
        agg.send(event("a#0", STRIKE, SUMY, LocalDate.of(2025, 2, 6), T0.plusSeconds(60)).setKilled(killed(2)).build());

        assertThat(agg.dailyTallies().get("UA.21|2025-02-07")).isNull();
        assertThat(agg.dailyTallies().get("UA.21|2025-02-06").getIncidents()).isEqualTo(1);
        assertThat(agg.tallies().get("UA.21").getIncidents()).isEqualTo(1);
        assertThat(agg.incidents().get(SUMY_STRIKE)).isNull();
    }

    @Test
    void aTallyRowIsPublishedOncePerCommitWithItsFinalFigures() {
        agg.send(strike("a#0", 2, 0));
        agg.tallyTopic.readKeyValuesToList();
        agg.dailyTallyTopic.readKeyValuesToList();

        // One record, two steps for the region: the incident of the 7th ends, one on the 6th begins.
        agg.send(event("a#0", STRIKE, SUMY, LocalDate.of(2025, 2, 6), T0.plusSeconds(60)).setKilled(killed(2)).build());

        assertThat(agg.tallyTopic.readKeyValuesToList())
                .as("the final row once, no transient tombstone between the two steps")
                .containsExactly(KeyValue.pair("UA.21", agg.tallies().get("UA.21")));
        assertThat(agg.dailyTallyTopic.readKeyValuesToList()).containsExactlyInAnyOrder(
                KeyValue.pair("UA.21|2025-02-07", null),
                KeyValue.pair("UA.21|2025-02-06", agg.dailyTallies().get("UA.21|2025-02-06")));

        agg.send(event("b#0", BATTLE, SUDZHA, LocalDate.of(2025, 2, 20), T0.plusSeconds(300)).build());
        RegionTally created = agg.dailyTallies().get("RU.41|2025-02-20");
        agg.retract("b#0", T0.plusSeconds(600));
        assertThat(agg.dailyTallyTopic.readKeyValuesToList())
                .as("the test driver commits after every record: a row is published at each commit that changed it")
                .containsExactly(KeyValue.pair("RU.41|2025-02-20", created),
                        KeyValue.pair("RU.41|2025-02-20", null));
    }

    @Test
    void withoutACacheTheChangesOfEachRecordArePublishedAsItIsProcessed() {
        try (AggregateDriver uncached = AggregateDriver.withoutCache(stateDir.resolve("uncached"))) {
            uncached.send(strike("a#0", 2, 0));
            RegionTally first = uncached.tallies().get("UA.21");
            uncached.send(event("a#0", STRIKE, SUMY, LocalDate.of(2025, 2, 6), T0.plusSeconds(60)).setKilled(killed(2)).build());

            assertThat(uncached.tallyTopic.readKeyValuesToList()).as("no flush to wait for: the region's row after each record")
                    .containsExactly(KeyValue.pair("UA.21", first), KeyValue.pair("UA.21", uncached.tallies().get("UA.21")));
            List<KeyValue<String, Incident>> incidents = uncached.incidentTopic.readKeyValuesToList();
            assertThat(incidents).extracting(kv -> kv.key.substring(0, "UA.21|2025-02-07".length()), kv -> kv.value == null)
                    .as("the incident of the 7th, then its end and the incident of the 6th")
                    .containsExactly(tuple("UA.21|2025-02-07", false), tuple("UA.21|2025-02-07", true),
                            tuple("UA.21|2025-02-06", false));
            assertThat(uncached.dailyTallyTopic.readKeyValuesToList()).contains(KeyValue.pair("UA.21|2025-02-07", null),
                    KeyValue.pair("UA.21|2025-02-06", uncached.dailyTallies().get("UA.21|2025-02-06")));
        }
    }

    @Test
    void aStaleVersionArrivingAfterItsCorrectionIsIgnored() {
        ConflictEvent original = strike("a#0", 2, 0);
        ConflictEvent corrected = strike("a#0", 5, 60);
        agg.send(corrected);
        agg.send(original); // out of order: the older extraction arrives last

        assertThat(agg.incidents().get(SUMY_STRIKE).getKilled()).isEqualTo(estimate(5, 5, 5));

        agg.retract("a#0", T0.plusSeconds(7200));
        agg.send(original); // a stale copy after the retraction does not resurrect the event
        assertThat(agg.incidents().get(SUMY_STRIKE)).isNull();
        assertThat(agg.tallies().get("UA.21")).isNull();
    }

    @Test
    void bestComesFromTheLatestReportEvenWhenItArrivesFirst() {
        agg.send(strike("later#0", 4, 120));
        agg.send(strike("earlier#0", 2, 0));
        assertThat(agg.incidents().get(SUMY_STRIKE).getKilled()).isEqualTo(estimate(2, 4, 4));
    }

    @Test
    void talliesEventsWithoutRegionUnderTheCountryAndWithoutPlaceAsUnlocated() {
        agg.send(event("a#0", ARRESTS, UKRAINE, FEB_7, T0).build());
        agg.send(event("b#0", ARRESTS, null, FEB_7, T0).build());
        agg.send(event("c#0", ARRESTS, null, FEB_7, T0).build());

        assertThat(agg.tallies().get("UA.00").getAdmin1Name()).isEqualTo("UA (region not known)");
        RegionTally unlocated = agg.tallies().get("XX.00");
        assertThat(unlocated.getIncidents()).as("reports without a place are never merged").isEqualTo(2);
        assertThat(unlocated.getAdmin1Name()).isEqualTo("Unlocated");
    }

    /**
     * The dead-letter copy itself (errors.dead.letter.queue.topic.name) is not produced by
     * TopologyTestDriver's deserialization path; the embedded-broker test checks the topic.
     */
    @Test
    void skipsAnUndecodableEventAndGoesOn() {
        var raw = agg.driver.createInputTopic(Topics.EVENTS.name(), new ByteArraySerializer(), new ByteArraySerializer());
        raw.pipeInput("x#0".getBytes(StandardCharsets.UTF_8), "not avro".getBytes(StandardCharsets.UTF_8), T0);
        agg.send(strike("a#0", 2, 0));

        assertThat(agg.tallies().get("UA.21").getIncidents()).isEqualTo(1);
        assertThat(agg.incidents()).hasSize(1);
    }

    /** A day of reports over four regions, with duplicates, ranges and unstated figures. */
    private static List<ConflictEvent> sampleDay() {
        return List.of(
                strike("a#0", 2, 0),
                event("b#0", STRIKE, SUMY, FEB_7, T0.plusSeconds(600)).setKilled(figure(2, 4, "two to four")).build(),
                event("b#1", BATTLE, SUDZHA, FEB_7, T0.plusSeconds(600)).build(),
                event("c#0", BATTLE, SUDZHA, FEB_7, T0.plusSeconds(1200)).setInjured(killed(6)).build(),
                event("c#1", ARRESTS, UKRAINE, FEB_7, T0.plusSeconds(1200)).build(),
                event("d#0", STRIKE, SUMY_OBLAST, FEB_7, T0.plusSeconds(1800)).setKilled(killed(10)).build(),
                event("e#0", ARRESTS, null, LocalDate.of(2025, 2, 6), T0.plusSeconds(2400)).build());
    }

    private static CasualtyEstimate estimate(int low, int best, int high) {
        return CasualtyEstimate.newBuilder().setLow(low).setBest(best).setHigh(high).setStated(true).build();
    }
}
