package dev.conflictstream.aggregate;

import static dev.conflictstream.aggregate.TestEvents.*;
import static org.assertj.core.api.Assertions.assertThat;

import dev.conflictstream.schema.CasualtyEstimate;
import dev.conflictstream.schema.ConflictEvent;
import dev.conflictstream.schema.Incident;
import dev.conflictstream.schema.RegionTally;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.stream.Stream;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/** The day rule: reports a day apart are one incident, deterministically, never an endless chain. */
class DayRuleTest {
    private static final String SUMY_STRIKE = "UA.21|%s|Explosions/Remote violence|geonames:692194";

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

    private static LocalDate day(int n) {
        return FEB_7.plusDays(n);
    }

    private static String id(LocalDate first) {
        return SUMY_STRIKE.formatted(first);
    }

    private static ConflictEvent strike(String eventId, LocalDate date, int killed, int minutesAfterT0) {
        return event(eventId, STRIKE, SUMY, date, T0.plusSeconds(60L * minutesAfterT0)).setKilled(killed(killed)).build();
    }

    @Test
    void twoOutletsReportingTheSameStrikeOnAdjacentDaysAreOneIncident() {
        agg.send(strike("kyiv-independent#0", day(1), 4, 120)); // latest report, says "overnight" = next day
        agg.send(strike("ukrinform#0", day(0), 2, 0));

        assertThat(agg.incidents()).containsOnlyKeys(id(day(0)));
        Incident incident = agg.incidents().get(id(day(0)));
        assertThat(incident.getEventDate()).isEqualTo(day(0));
        assertThat(incident.getReports()).extracting(r -> r.getEventDate()).containsExactly(day(1), day(0));
        assertThat(incident.getKilled()).as("best from the latest report").isEqualTo(estimate(2, 4, 4));

        RegionTally sumy = agg.tallies().get("UA.21");
        assertThat(sumy.getIncidents()).isEqualTo(1);
        assertThat(sumy.getReports()).isEqualTo(2);
        assertThat(sumy.getKilled()).isEqualTo(estimate(2, 4, 4));
        assertThat(AggregateDriver.contents(agg.dailyTallies())).as("counted on the incident's first day")
                .containsOnlyKeys("UA.21|" + day(0));
        assertThat(compacted(agg.incidentTopic)).as("the topic ends as the store: stale ids tombstoned")
                .isEqualTo(agg.incidents());
    }

    @Test
    void groupsAreBoundedByTheCalendarMonthSoTheLastAndFirstDayAreTwoIncidents() {
        LocalDate lastOfFebruary = LocalDate.of(2025, 2, 28);
        agg.send(strike("a#0", lastOfFebruary, 1, 0));
        agg.send(strike("b#0", lastOfFebruary.plusDays(1), 1, 1));

        assertThat(agg.incidents()).containsOnlyKeys(id(lastOfFebruary), id(lastOfFebruary.plusDays(1)));
        assertThat(agg.tallies().get("UA.21").getIncidents()).isEqualTo(2);
    }

    static Stream<Arguments> campaigns() {
        return Stream.of(
                Arguments.of("one day", List.of(0), List.of(0)),
                Arguments.of("two adjacent days", List.of(0, 1), List.of(0)),
                Arguments.of("three days", List.of(0, 1, 2), List.of(0, 2)),
                Arguments.of("daily campaign of four days: two incidents, not one", List.of(0, 1, 2, 3), List.of(0, 2)),
                Arguments.of("five days", List.of(0, 1, 2, 3, 4), List.of(0, 2, 4)),
                Arguments.of("a gap restarts the pairing", List.of(0, 2, 3), List.of(0, 2)),
                Arguments.of("two days apart are two incidents", List.of(0, 2), List.of(0, 2)),
                Arguments.of("run after a gap pairs from its own start", List.of(0, 1, 3, 4, 5), List.of(0, 3, 5)));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("campaigns")
    void clustersDatesIntoIncidentsOfAtMostTwoConsecutiveDays(String name, List<Integer> days, List<Integer> firstDays) {
        for (int d : days) {
            agg.send(strike("outlet-" + d + "#0", day(d), 1, d));
            agg.send(strike("other-" + d + "#0", day(d), 1, d + 1)); // a second outlet the same day
        }
        assertThat(agg.incidents().keySet())
                .containsExactlyElementsOf(firstDays.stream().map(d -> id(day(d))).toList());
        assertThat(agg.tallies().get("UA.21").getIncidents()).isEqualTo(firstDays.size());
        assertThat(agg.tallies().get("UA.21").getReports()).isEqualTo(2L * days.size());
        for (Incident incident : agg.incidents().values()) {
            assertThat(incident.getReports()).allSatisfy(r -> assertThat(r.getEventDate())
                    .isBetween(incident.getEventDate(), incident.getEventDate().plusDays(1)));
        }
    }

    @Test
    void incidentsDoNotDependOnTheOrderReportsArriveIn() {
        List<ConflictEvent> campaign = campaign();
        campaign.forEach(agg::send);
        Map<String, Map<String, ?>> expected = agg.snapshot();
        for (int seed = 0; seed < 6; seed++) {
            List<ConflictEvent> shuffled = new ArrayList<>(campaign);
            Collections.shuffle(shuffled, new Random(seed));
            try (AggregateDriver other = new AggregateDriver(stateDir.resolve("shuffled-" + seed))) {
                shuffled.forEach(other::send);
                assertThat(other.snapshot()).as("seed %d", seed).isEqualTo(expected);
            }
        }
    }

    @Test
    void retractingTheReportThatBridgedTwoDaysRegroupsExactly() {
        agg.send(strike("a#0", day(0), 2, 0));
        agg.send(strike("b#0", day(1), 3, 10)); // pairs day 0 with day 1, so day 2 starts its own incident
        agg.send(strike("c#0", day(2), 5, 20));
        assertThat(agg.incidents()).containsOnlyKeys(id(day(0)), id(day(2)));
        RegionTally before = agg.tallies().get("UA.21");
        assertThat(before.getIncidents()).isEqualTo(2);
        assertThat(before.getKilled()).isEqualTo(estimate(2 + 5, 3 + 5, 3 + 5));

        agg.retract("a#0", T0.plusSeconds(3600)); // day 1 now pairs with day 2

        assertThat(agg.incidents()).containsOnlyKeys(id(day(1)));
        assertThat(agg.incidents().get(id(day(1))).getKilled()).isEqualTo(estimate(3, 5, 5));
        RegionTally after = agg.tallies().get("UA.21");
        assertThat(after.getIncidents()).isEqualTo(before.getIncidents() - 1);
        assertThat(after.getReports()).isEqualTo(before.getReports() - 1);
        assertThat(after.getKilled()).isEqualTo(estimate(3, 5, 5));
        assertThat(AggregateDriver.contents(agg.dailyTallies())).containsOnlyKeys("UA.21|" + day(1));
        assertThat(agg.snapshot()).as("exactly as if a#0 had never been reported").isEqualTo(fresh("b", List.of(
                strike("b#0", day(1), 3, 10), strike("c#0", day(2), 5, 20))));
        assertThat(compacted(agg.incidentTopic)).isEqualTo(agg.incidents());

        agg.send(strike("a#0", day(0), 2, 120)); // re-extracted later, the report is back: so is the first grouping
        assertThat(agg.incidents()).containsOnlyKeys(id(day(0)), id(day(2)));
        assertThat(agg.tallies().get("UA.21").getIncidents()).isEqualTo(2);
    }

    @Test
    void retractingTheMiddleDaySplitsTheIncidentExactly() {
        agg.send(strike("a#0", day(0), 2, 0));
        agg.send(strike("b#0", day(1), 3, 10));
        agg.send(event("c#0", STRIKE, SUMY, day(3), T0).build());
        RegionTally before = agg.tallies().get("UA.21");

        agg.retract("b#0", T0.plusSeconds(3600));

        assertThat(agg.incidents()).containsOnlyKeys(id(day(0)), id(day(3)));
        RegionTally after = agg.tallies().get("UA.21");
        assertThat(after.getIncidents()).isEqualTo(before.getIncidents());
        assertThat(after.getReports()).isEqualTo(before.getReports() - 1);
        assertThat(after.getKilled().getBest()).as("best of day 0 is now a's 2, not b's 3").isEqualTo(before.getKilled().getBest() - 1);
        assertThat(agg.snapshot()).isEqualTo(fresh("b", List.of(strike("a#0", day(0), 2, 0),
                event("c#0", STRIKE, SUMY, day(3), T0).build())));
    }

    @Test
    void replayingTwiceLeavesEveryStoreIdentical() {
        List<ConflictEvent> campaign = campaign();
        campaign.forEach(agg::send);
        agg.retract("b#0", T0.plusSeconds(99_000));
        Map<String, Map<String, ?>> once = agg.snapshot();
        for (int replay = 0; replay < 2; replay++) {
            campaign.forEach(agg::send);
            agg.retract("b#0", T0.plusSeconds(99_000));
            assertThat(agg.snapshot()).isEqualTo(once);
        }
    }

    @Test
    void otherTypesAndPlacesNeverJoinTheIncident() {
        agg.send(strike("a#0", day(0), 2, 0));
        agg.send(event("b#0", BATTLE, SUMY, day(1), T0).build());
        agg.send(event("c#0", STRIKE, SUMY_OBLAST, day(1), T0).build());
        agg.send(event("d#0", STRIKE, SUDZHA, day(1), T0).build());
        assertThat(agg.incidents()).hasSize(4);
    }

    /** Reports over a week in one town, with adjacent days, gaps, two outlets a day, other places. */
    private static List<ConflictEvent> campaign() {
        return List.of(
                strike("a#0", day(0), 2, 0),
                strike("b#0", day(1), 3, 60),
                strike("c#0", day(1), 1, 30),
                strike("d#0", day(2), 4, 90),
                strike("e#0", day(3), 0, 120),
                strike("f#0", day(5), 7, 150),
                strike("g#0", day(6), 6, 200),
                event("h#0", STRIKE, SUMY_OBLAST, day(1), T0).setKilled(killed(9)).build(),
                event("i#0", BATTLE, SUDZHA, day(2), T0.plusSeconds(400)).build(),
                event("j#0", BATTLE, SUDZHA, day(3), T0.plusSeconds(100)).setInjured(killed(2)).build());
    }

    private Map<String, Map<String, ?>> fresh(String name, List<ConflictEvent> events) {
        try (AggregateDriver other = new AggregateDriver(stateDir.resolve(name))) {
            events.forEach(other::send);
            return other.snapshot();
        }
    }

    /** The topic's latest value per key, tombstoned keys dropped (what a compacted topic ends as). */
    private static Map<String, Incident> compacted(org.apache.kafka.streams.TestOutputTopic<String, Incident> topic) {
        Map<String, Incident> latest = new java.util.TreeMap<>();
        topic.readKeyValuesToList().forEach(kv -> {
            if (kv.value == null) {
                latest.remove(kv.key);
            } else {
                latest.put(kv.key, kv.value);
            }
        });
        return latest;
    }

    private static CasualtyEstimate estimate(int low, int best, int high) {
        return CasualtyEstimate.newBuilder().setLow(low).setBest(best).setHigh(high).setStated(true).build();
    }
}
