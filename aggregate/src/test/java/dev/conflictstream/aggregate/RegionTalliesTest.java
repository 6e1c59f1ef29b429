package dev.conflictstream.aggregate;

import static dev.conflictstream.aggregate.TestEvents.*;
import static org.assertj.core.api.Assertions.assertThat;

import dev.conflictstream.schema.Incident;
import dev.conflictstream.schema.RegionTally;
import java.nio.file.Path;
import java.util.Map;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class RegionTalliesTest {
    private Incident strike;
    private Incident battle;

    @BeforeEach
    void incidents(@TempDir Path state) {
        try (AggregateDriver aggregate = new AggregateDriver(state)) {
            aggregate.send(event("a#0", STRIKE, SUMY, FEB_7, T0).setKilled(killed(2)).build());
            aggregate.send(event("b#0", STRIKE, SUMY, FEB_7, T0.plusSeconds(60)).setKilled(figure(3, 5, "3 to 5")).build());
            aggregate.send(event("c#1", BATTLE, SUMY_OBLAST, FEB_7, T0).setInjured(killed(4)).setExtractorVersion("rules-2").build());
            Map<String, Incident> incidents = aggregate.incidents();
            strike = incidents.values().stream().filter(i -> i.getEventType().equals(STRIKE)).findFirst().orElseThrow();
            battle = incidents.values().stream().filter(i -> i.getEventType().equals(BATTLE)).findFirst().orElseThrow();
        }
    }

    @Test
    void tallyOfOneIncidentCountsItsReportsAndFigures() {
        RegionTally one = RegionTallies.of(strike, null);
        assertThat(one.getAdmin1Code()).isEqualTo("UA.21");
        assertThat(one.getAdmin1Name()).isEqualTo("Sumy Oblast");
        assertThat(one.getCountryCode()).isEqualTo("UA");
        assertThat(one.getIncidents()).isEqualTo(1);
        assertThat(one.getReports()).isEqualTo(2);
        assertThat(one.getKilled().getLow()).isEqualTo(2);
        assertThat(one.getKilled().getBest()).isEqualTo(3);
        assertThat(one.getKilled().getHigh()).isEqualTo(5);
        assertThat(one.getKilledStatedIncidents()).isEqualTo(1);
        assertThat(one.getInjuredStatedIncidents()).isZero();
        assertThat(one.getReportsByExtractorVersion()).isEqualTo(Map.of("rules-1", 2L));
    }

    @Test
    void addsIncidentsAndSubtractsThemExactly() {
        RegionTally a = RegionTallies.of(strike, null);
        RegionTally b = RegionTallies.of(battle, null);
        RegionTally both = RegionTallies.add(a, b);
        assertThat(both.getIncidents()).isEqualTo(2);
        assertThat(both.getIncidentsByType()).isEqualTo(Map.of(STRIKE, 1L, BATTLE, 1L));
        assertThat(both.getInjured().getBest()).isEqualTo(4);
        assertThat(both.getInjured().getStated()).isTrue();
        assertThat(both.getReportsByExtractorVersion()).isEqualTo(Map.of("rules-1", 2L, "rules-2", 1L));

        RegionTally back = RegionTallies.subtract(both, b);
        assertThat(back).isEqualTo(a);
        assertThat(RegionTallies.subtract(back, a)).isNull();
    }

    @Test
    void additionDoesNotDependOnOrder() {
        RegionTally a = RegionTallies.of(strike, FEB_7);
        RegionTally b = RegionTallies.of(battle, FEB_7);
        assertThat(RegionTallies.add(a, b)).isEqualTo(RegionTallies.add(b, a));
    }

    /** The aggregate's in-place path against the contribution arithmetic, byte for byte, through adds, moves and removals. */
    @Test
    void movingATallyInPlaceEqualsAddingAndSubtractingContributions() {
        AvroBinarySerde<RegionTally> serde = new AvroBinarySerde<>(RegionTally.class);
        java.util.List<IncidentFigures> incidents = new java.util.ArrayList<>();
        String[][] versions = {{"rules-1"}, {"rules-2", "rules-1"}, {"rules-3"}};
        for (int i = 0; i < 3; i++) {
            IncidentFigures figures = new IncidentFigures();
            for (int r = 0; r <= i; r++) {
                dev.conflictstream.schema.ConflictEvent e = event("e" + i + r + "#0", STRIKE, SUMY, FEB_7, T0.plusSeconds(10 * i + r))
                        .setKilled(i == 1 ? null : killed(i + r)).setInjured(i == 2 ? figure(1, 4, "1 to 4") : null)
                        .setExtractorVersion(versions[i][r % versions[i].length]).build();
                figures.add(Reports.of(e), IncidentKeys.reportOfDay(e.getEventDate(), e.getPublishedDate(), e.getEventId()));
            }
            incidents.add(figures);
        }
        RegionTally inPlace = null;
        RegionTally byContributions = null;
        int[][] steps = {{0, +1}, {1, +1}, {2, +1}, {1, -1}, {0, -1}, {1, +1}, {2, -1}, {1, -1}};
        for (int[] step : steps) {
            IncidentFigures figures = incidents.get(step[0]);
            RegionTally copy = inPlace == null ? null : serde.deserializer().deserialize("t", serde.serializer().serialize("t", inPlace));
            inPlace = RegionTallies.move(copy, "UA.21", SUMY, STRIKE, figures, FEB_7, step[1]);
            RegionTally contribution = RegionTallies.of("UA.21", SUMY, STRIKE, figures, FEB_7);
            byContributions = step[1] > 0
                    ? (byContributions == null ? contribution : RegionTallies.add(byContributions, contribution))
                    : RegionTallies.subtract(byContributions, contribution);
            assertThat(inPlace).as("after %s", java.util.Arrays.toString(step)).isEqualTo(byContributions);
            if (inPlace != null) {
                assertThat(serde.serializer().serialize("t", inPlace)).isEqualTo(serde.serializer().serialize("t", byContributions));
            }
        }
        assertThat(inPlace).as("every incident removed").isNull();
    }
}
