package dev.conflictstream.schema;

import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.apache.avro.specific.SpecificRecordBase;

/**
 * Representative instances of every generated record class, for the coder tests: each class with
 * every optional field null and collections empty, with everything set, and with edge values
 * (epoch day 0, days before 1970 and at the ends of the int range, instants with millis and before
 * 1970, extreme ints, longs and doubles, empty and non-ASCII strings).
 */
final class RecordSamples {
    static final LocalDate EPOCH = LocalDate.ofEpochDay(0);
    static final LocalDate DAY = LocalDate.of(2025, 2, 7);
    static final Instant MILLIS = Instant.parse("2025-02-07T09:41:17.123Z");
    static final List<LocalDate> EDGE_DAYS = List.of(EPOCH, LocalDate.ofEpochDay(-1), LocalDate.of(1, 1, 1),
            LocalDate.of(9999, 12, 31), LocalDate.ofEpochDay(Integer.MIN_VALUE), LocalDate.ofEpochDay(Integer.MAX_VALUE));
    static final List<Instant> EDGE_INSTANTS = List.of(Instant.EPOCH, Instant.ofEpochMilli(-1), Instant.ofEpochMilli(1),
            MILLIS, Instant.parse("1969-07-20T20:17:40.999Z"), Instant.ofEpochMilli(Long.MIN_VALUE), Instant.ofEpochMilli(Long.MAX_VALUE));

    private RecordSamples() {}

    /** One named instance. */
    record Sample(String name, SpecificRecordBase record) {
        @Override
        public String toString() {
            return name;
        }
    }

    static List<Sample> all() {
        List<Sample> all = new ArrayList<>();
        all.add(new Sample("Place, optionals null", placeMinimal()));
        all.add(new Sample("Place, all set", place()));
        all.add(new Sample("Place, extremes", Place.newBuilder().setGeonameId(Long.MIN_VALUE).setName("").setMention("Sudža")
                .setLatitude(-0.0).setLongitude(Double.MAX_VALUE).setCountryCode("").setAdmin1Code("").setAdmin1Name("Ωμέγα").build()));
        for (FigureQualifier q : FigureQualifier.values()) {
            all.add(new Sample("CasualtyFigure " + q, CasualtyFigure.newBuilder().setLow(q.ordinal()).setHigh(q.ordinal() * 1000)
                    .setQualifier(q).setText("at least " + q.ordinal()).build()));
        }
        all.add(new Sample("CasualtyFigure, extremes", figure(Integer.MIN_VALUE, Integer.MAX_VALUE)));
        all.add(new Sample("Evidence", evidence("Two people were killed in a drone strike on Sumy.")));
        all.add(new Sample("Evidence, empty", Evidence.newBuilder().setStart(-1).setEnd(0).setText("").build()));
        all.add(new Sample("CasualtyEstimate, not stated", estimate(0, false)));
        all.add(new Sample("CasualtyEstimate, extremes", CasualtyEstimate.newBuilder().setLow(Integer.MIN_VALUE).setBest(-1)
                .setHigh(Integer.MAX_VALUE).setStated(true).build()));

        all.add(new Sample("Article, optionals null", Article.newBuilder().setId("a").setUrl(null).setTitle(null).setPublished(null)
                .setSource(null).setText("").setOrigin("").setIngestedAt(Instant.EPOCH).build()));
        all.add(new Sample("Article, all set", article(DAY, MILLIS)));
        for (int i = 0; i < Math.max(EDGE_DAYS.size(), EDGE_INSTANTS.size()); i++) {
            LocalDate day = EDGE_DAYS.get(i % EDGE_DAYS.size());
            Instant at = EDGE_INSTANTS.get(i % EDGE_INSTANTS.size());
            all.add(new Sample("Article, " + day + " " + at, article(day, at)));
            all.add(new Sample("ConflictEvent, " + day + " " + at, event(day, at)));
            all.add(new Sample("Report, " + day + " " + at, report(day, at)));
            all.add(new Sample("RegionTally, " + day + " " + at, tally(day, at)));
        }

        all.add(new Sample("ConflictEvent, optionals null, no actors", ConflictEvent.newBuilder().setEventId("e").setArticleId("a")
                .setEventType("Battles").setSubEventType("Armed clash").setPlace(null).setGeoPrecision(0).setEventDate(EPOCH)
                .setActors(List.of()).setKilled(null).setInjured(null).setClaimedBy(null).setConfidence(0)
                .setEvidence(evidence("")).setPublishedDate(null).setIngestedAt(Instant.EPOCH).setExtractorVersion("rules-5")
                .setArticleUrl(null).setArticleTitle(null).setArticleSource(null).build()));
        all.add(new Sample("ConflictEvent, all set", event(DAY, MILLIS)));

        all.add(new Sample("Report, optionals null, no actors", Report.newBuilder().setEventId("e").setArticleId("a").setEvidence("")
                .setKilled(null).setInjured(null).setIngestedAt(Instant.EPOCH).setPublishedDate(EPOCH).setExtractorVersion("")
                .setPlace(null).setEventDate(EPOCH).setActors(List.of()).build()));
        all.add(new Sample("Report, all set", report(DAY, MILLIS)));

        all.add(new Sample("Incident, no reports, empty map, no place", Incident.newBuilder().setIncidentId("XX.00|1970-01-01|Riots|")
                .setEventType("Riots").setSubEventType("").setPlace(null).setEventDate(EPOCH).setKilled(estimate(0, false))
                .setInjured(estimate(0, false)).setReports(List.of()).setReportsByExtractorVersion(Map.of()).build()));
        all.add(new Sample("Incident, three reports", incident(3, DAY, MILLIS)));
        all.add(new Sample("Incident, twenty reports, before 1970", incident(20, LocalDate.ofEpochDay(-400), Instant.ofEpochMilli(-86_400_001))));

        all.add(new Sample("RegionTally, all-time, empty maps", RegionTally.newBuilder().setAdmin1Code("UA.00").setAdmin1Name("")
                .setCountryCode("UA").setDate(null).setIncidents(0).setIncidentsByType(Map.of()).setKilled(estimate(0, false))
                .setInjured(estimate(0, false)).setReports(0).setReportsByExtractorVersion(Map.of()).setUpdatedAt(Instant.EPOCH).build()));
        all.add(new Sample("RegionTally, daily, all set", tally(DAY, MILLIS)));
        return all;
    }

    static Place placeMinimal() {
        return Place.newBuilder().setGeonameId(null).setName("Sumy Oblast").setMention("Sumy region").setLatitude(50.9)
                .setLongitude(34.8).setCountryCode("UA").setAdmin1Code(null).setAdmin1Name(null).build();
    }

    static Place place() {
        return Place.newBuilder().setGeonameId(692194L).setName("Sumy").setMention("Sumy").setLatitude(50.9216)
                .setLongitude(34.80029).setCountryCode("UA").setAdmin1Code("UA.21").setAdmin1Name("Sumy Oblast").build();
    }

    static CasualtyFigure figure(int low, int high) {
        return CasualtyFigure.newBuilder().setLow(low).setHigh(high).setQualifier(FigureQualifier.RANGE)
                .setText(low + " to " + high).build();
    }

    static Evidence evidence(String text) {
        return Evidence.newBuilder().setStart(412).setEnd(412 + text.length()).setText(text).build();
    }

    static CasualtyEstimate estimate(int n, boolean stated) {
        return CasualtyEstimate.newBuilder().setLow(n).setBest(n).setHigh(n * 2).setStated(stated).build();
    }

    static Article article(LocalDate published, Instant ingestedAt) {
        return Article.newBuilder().setId("3f9a0c41").setUrl("https://example.org/kursk").setTitle("Fighting near Sudža")
                .setPublished(published).setSource("Example Wire").setText("Two people were killed in a drone strike on Sumy.")
                .setOrigin("samples/kursk.jsonl:7").setIngestedAt(ingestedAt).build();
    }

    static ConflictEvent event(LocalDate day, Instant at) {
        return ConflictEvent.newBuilder().setEventId("3f9a0c41#0#Explosions/Remote violence").setArticleId("3f9a0c41")
                .setEventType("Explosions/Remote violence").setSubEventType("Air/drone strike").setPlace(place())
                .setGeoPrecision(1).setEventDate(day).setDatePrecision(2)
                .setActors(List.of("Military Forces of Russia", "Civilians (Ukraine)")).setKilled(figure(2, 3))
                .setInjured(figure(5, 5)).setClaimedBy("Russian Defense Ministry").setConfidence(0.85)
                .setEvidence(evidence("Two or three people were killed and five injured.")).setPublishedDate(day)
                .setIngestedAt(at).setExtractorVersion("rules-5").setArticleUrl("https://example.org/sumy")
                .setArticleTitle("Strike on Sumy").setArticleSource("Example Wire").build();
    }

    static Report report(LocalDate day, Instant at) {
        return Report.newBuilder().setEventId("3f9a0c41#0").setArticleId("3f9a0c41").setEvidence("Two people were killed.")
                .setKilled(figure(2, 2)).setInjured(figure(0, 0)).setIngestedAt(at).setPublishedDate(day)
                .setExtractorVersion("rules-5").setSubEventType("Air/drone strike").setGeoPrecision(3).setPlace(placeMinimal())
                .setEventDate(day).setDatePrecision(3).setActors(List.of("Military Forces of Russia"))
                .setArticleUrl("https://example.org/a").setArticleTitle("Title").setArticleSource("Example Wire").build();
    }

    static Incident incident(int reports, LocalDate day, Instant at) {
        List<Report> list = new ArrayList<>();
        Map<String, Integer> byVersion = new LinkedHashMap<>();
        for (int i = 0; i < reports; i++) {
            list.add(report(day.plusDays(i % 2), at.plusMillis(i)));
            byVersion.merge("rules-" + (i % 3), 1, Integer::sum);
        }
        return Incident.newBuilder().setIncidentId("UA.21|" + day + "|Explosions/Remote violence|692194")
                .setEventType("Explosions/Remote violence").setSubEventType("Air/drone strike").setPlace(place())
                .setEventDate(day).setRegionCode("UA.21").setKilled(estimate(2, true)).setInjured(estimate(5, true))
                .setReports(list).setReportCount(reports + 7).setReportsByExtractorVersion(byVersion).setUpdatedAt(at).build();
    }

    static RegionTally tally(LocalDate day, Instant at) {
        Map<String, Long> byType = new LinkedHashMap<>();
        byType.put("Battles", 412L);
        byType.put("Explosions/Remote violence", Long.MAX_VALUE);
        byType.put("Riots", Long.MIN_VALUE);
        return RegionTally.newBuilder().setAdmin1Code("UA.21").setAdmin1Name("Sumy Oblast").setCountryCode("UA").setDate(day)
                .setIncidents(2465).setIncidentsByType(byType).setKilled(estimate(812, true)).setInjured(estimate(1500, true))
                .setReports(5187).setKilledStatedIncidents(1320).setInjuredStatedIncidents(990)
                .setReportsByExtractorVersion(Map.of("rules-5", 3977L)).setUpdatedAt(at).build();
    }
}
