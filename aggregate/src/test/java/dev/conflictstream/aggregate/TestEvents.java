package dev.conflictstream.aggregate;

import dev.conflictstream.schema.CasualtyFigure;
import dev.conflictstream.schema.ConflictEvent;
import dev.conflictstream.schema.Evidence;
import dev.conflictstream.schema.FigureQualifier;
import dev.conflictstream.schema.Place;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;

/** Builders of realistic events for the aggregate's tests. */
public final class TestEvents {
    public static final String STRIKE = "Explosions/Remote violence";
    public static final String BATTLE = "Battles";
    public static final String ARRESTS = "Strategic developments";
    public static final LocalDate FEB_7 = LocalDate.of(2025, 2, 7);
    public static final Instant T0 = Instant.parse("2025-02-07T12:00:00Z");

    public static final Place SUMY = place(692194L, "Sumy", "UA", "UA.21", "Sumy Oblast");
    public static final Place SUDZHA = place(485660L, "Sudzha", "RU", "RU.41", "Kursk Oblast");
    public static final Place SUMY_OBLAST = place(null, "Sumy Oblast", "UA", "UA.21", "Sumy Oblast");
    public static final Place UKRAINE = place(690791L, "Ukraine", "UA", null, null);

    private TestEvents() {}

    public static Place place(Long geonameId, String name, String country, String admin1, String admin1Name) {
        return Place.newBuilder().setGeonameId(geonameId).setName(name).setMention(name)
                .setLatitude(50.9).setLongitude(34.8).setCountryCode(country)
                .setAdmin1Code(admin1).setAdmin1Name(admin1Name).build();
    }

    public static CasualtyFigure figure(int low, int high, String text) {
        FigureQualifier q = low == high ? FigureQualifier.EXACT : FigureQualifier.RANGE;
        return CasualtyFigure.newBuilder().setLow(low).setHigh(high).setQualifier(q).setText(text).build();
    }

    public static CasualtyFigure killed(int n) {
        return figure(n, n, n + " killed");
    }

    /** A builder with everything set; tests change what they are about. */
    public static ConflictEvent.Builder event(String eventId, String type, Place place, LocalDate date, Instant ingestedAt) {
        return ConflictEvent.newBuilder()
                .setEventId(eventId)
                .setArticleId(eventId.substring(0, eventId.indexOf('#')))
                .setEventType(type)
                .setSubEventType(STRIKE.equals(type) ? "Air/drone strike" : BATTLE.equals(type) ? "Armed clash" : "Arrests")
                .setPlace(place)
                .setGeoPrecision(place == null ? 0 : place.getGeonameId() == null ? 3 : 1)
                .setEventDate(date)
                .setDatePrecision(1)
                .setActors(List.of("Military Forces of Russia", "Civilians"))
                .setKilled(null)
                .setInjured(null)
                .setClaimedBy(null)
                .setConfidence(0.8)
                .setEvidence(Evidence.newBuilder().setStart(0).setEnd(10).setText("evidence of " + eventId).build())
                .setPublishedDate(date)
                .setIngestedAt(ingestedAt)
                .setExtractorVersion("rules-1");
    }
}
