package dev.conflictstream.aggregate;

import static dev.conflictstream.aggregate.TestEvents.*;
import static org.assertj.core.api.Assertions.assertThat;

import dev.conflictstream.schema.ConflictEvent;
import java.time.LocalDate;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

class IncidentKeysTest {

    static Stream<Arguments> incidentIds() {
        return Stream.of(
                Arguments.of("a town", event("a#0", STRIKE, SUMY, FEB_7, T0).build(),
                        "UA.21|2025-02-07|Explosions/Remote violence|geonames:692194"),
                Arguments.of("near a town (precision 2) keeps the town", event("a#0", STRIKE, SUMY, FEB_7, T0).setGeoPrecision(2).build(),
                        "UA.21|2025-02-07|Explosions/Remote violence|geonames:692194"),
                Arguments.of("only the region known", event("a#0", BATTLE, SUMY_OBLAST, FEB_7, T0).build(),
                        "UA.21|2025-02-07|Battles|admin1"),
                Arguments.of("a region coded to its capital (precision 3) is region level", event("a#0", BATTLE, SUMY, FEB_7, T0).setGeoPrecision(3).build(),
                        "UA.21|2025-02-07|Battles|admin1"),
                Arguments.of("only the country known", event("a#0", ARRESTS, UKRAINE, FEB_7, T0).build(),
                        "UA.00|2025-02-07|Strategic developments|geonames:690791"),
                Arguments.of("no place: an incident of its own", event("a#3", ARRESTS, null, FEB_7, T0).build(),
                        "XX.00|2025-02-07|Strategic developments|event:a#3"));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("incidentIds")
    void keysAnIncidentByRegionDayTypeAndPlace(String name, ConflictEvent event, String expected) {
        assertThat(IncidentKeys.incidentId(event)).isEqualTo(expected);
    }

    @Test
    void readsRegionAndDateBackFromKeys() {
        String daily = IncidentKeys.dailyKey("UA.21", FEB_7);
        assertThat(daily).isEqualTo("UA.21|2025-02-07");
        assertThat(IncidentKeys.regionOf(daily)).isEqualTo("UA.21");
        assertThat(IncidentKeys.dateOf(daily)).isEqualTo(FEB_7);
        assertThat(IncidentKeys.dateOf("UA.21|2025-02-08|Battles|admin1")).isEqualTo(LocalDate.of(2025, 2, 8));
        assertThat(IncidentKeys.countryOf("RU.41")).isEqualTo("RU");
    }

    @Test
    void anIncidentIdIsItsGroupPlusItsFirstDate() {
        ConflictEvent strike = TestEvents.event("a#0", TestEvents.STRIKE, TestEvents.SUMY, FEB_7, TestEvents.T0).build();
        String group = IncidentKeys.groupKey(strike);
        assertThat(group).isEqualTo("UA.21|2025-02|Explosions/Remote violence|geonames:692194");
        String id = IncidentKeys.incidentId(group, FEB_7.plusDays(1));
        assertThat(id).isEqualTo("UA.21|2025-02-08|Explosions/Remote violence|geonames:692194");
        assertThat(IncidentKeys.groupOf(id)).isEqualTo(group);
        assertThat(IncidentKeys.incidentId(strike)).isEqualTo(IncidentKeys.incidentId(group, FEB_7));
    }

    @Test
    void namesRegionsWithoutAnAdmin1Name() {
        assertThat(IncidentKeys.regionName("UA.21", SUMY)).isEqualTo("Sumy Oblast");
        assertThat(IncidentKeys.regionName("UA.00", UKRAINE)).isEqualTo("UA (region not known)");
        assertThat(IncidentKeys.regionName(IncidentKeys.UNLOCATED, null)).isEqualTo("Unlocated");
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("dates")
    void readsTheDatesOfKeysAsTheFormatterDoes(LocalDate date) {
        String group = "UA.21|" + java.time.YearMonth.from(date) + "|Battles|admin1";
        assertThat(IncidentKeys.monthOf(group)).isEqualTo(java.time.YearMonth.from(date));
        assertThat(IncidentKeys.dayKey(group, date)).as("written as toString writes it").isEqualTo(group + "|" + date);
        assertThat(IncidentKeys.dailyKey("UA.21", date)).isEqualTo("UA.21|" + date);
        assertThat(IncidentKeys.dateOfDayKey(IncidentKeys.dayKey(group, date))).isEqualTo(date);
        assertThat(IncidentKeys.dateOf(IncidentKeys.dailyKey("UA.21", date))).isEqualTo(date);
        assertThat(IncidentKeys.dateOf(IncidentKeys.incidentId(group, date))).isEqualTo(date);
        assertThat(IncidentKeys.isoDate(IncidentKeys.reportOfDay(date, date, "e#0"), 0, 10)).isEqualTo(date);
    }

    /** Keys hold four-digit years, as they always have (a date outside them fails as before: a dead letter). */
    static Stream<LocalDate> dates() {
        return Stream.of(LocalDate.of(2025, 2, 7), LocalDate.of(2024, 2, 29), LocalDate.of(1, 1, 1),
                LocalDate.of(9999, 12, 31), LocalDate.of(1999, 12, 31), LocalDate.of(2000, 1, 1));
    }
}
