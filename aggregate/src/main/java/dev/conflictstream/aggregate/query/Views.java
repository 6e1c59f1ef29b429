package dev.conflictstream.aggregate.query;

import dev.conflictstream.schema.CasualtyEstimate;
import dev.conflictstream.schema.CasualtyFigure;
import dev.conflictstream.schema.Incident;
import dev.conflictstream.schema.Place;
import dev.conflictstream.schema.RegionTally;
import dev.conflictstream.schema.Report;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

/**
 * The JSON shapes of the query API, also exchanged between instances when a query is forwarded
 * or fanned out. Dates are ISO strings ({@code 2025-02-07}), instants ISO-8601 UTC.
 */
public final class Views {
    private Views() {}

    /** Sums over incidents; {@code statedIncidents} is how many incidents stated a figure at all. */
    public record Casualties(long low, long best, long high, long statedIncidents) {
        static Casualties of(CasualtyEstimate e, long statedIncidents) {
            return new Casualties(e.getLow(), e.getBest(), e.getHigh(), statedIncidents);
        }

        Casualties plus(Casualties o) {
            return new Casualties(low + o.low, best + o.best, high + o.high, statedIncidents + o.statedIncidents);
        }
    }

    /** A region's totals (all-time, or over a date range, or for one event type). */
    public record RegionSummary(String code, String name, String country, long incidents,
                                Map<String, Long> incidentsByType, Casualties killed, Casualties injured,
                                long reports, Map<String, Long> reportsByExtractorVersion, String updatedAt) {
        static RegionSummary of(RegionTally t) {
            return new RegionSummary(t.getAdmin1Code(), t.getAdmin1Name(), t.getCountryCode(), t.getIncidents(),
                    new TreeMap<>(t.getIncidentsByType()), Casualties.of(t.getKilled(), t.getKilledStatedIncidents()),
                    Casualties.of(t.getInjured(), t.getInjuredStatedIncidents()), t.getReports(),
                    new TreeMap<>(t.getReportsByExtractorVersion()), t.getUpdatedAt().toString());
        }

        /** A known region with nothing reported yet. */
        static RegionSummary none(String code, String name) {
            Casualties zero = new Casualties(0, 0, 0, 0);
            return new RegionSummary(code, name, code.substring(0, 2), 0, Map.of(), zero, zero, 0, Map.of(), null);
        }

        /** Partial sums of the same region from two instances (daily keys of one region spread over partitions). */
        RegionSummary plus(RegionSummary o) {
            return new RegionSummary(code, name, country, incidents + o.incidents, sum(incidentsByType, o.incidentsByType),
                    killed.plus(o.killed), injured.plus(o.injured), reports + o.reports,
                    sum(reportsByExtractorVersion, o.reportsByExtractorVersion),
                    java.time.Instant.parse(updatedAt).isBefore(java.time.Instant.parse(o.updatedAt)) ? o.updatedAt : updatedAt);
        }

        private static Map<String, Long> sum(Map<String, Long> a, Map<String, Long> b) {
            Map<String, Long> s = new TreeMap<>(a);
            b.forEach((k, v) -> s.merge(k, v, Long::sum));
            return s;
        }
    }

    /** One day of a region's series. */
    public record DayTally(String date, long incidents, Map<String, Long> incidentsByType,
                           Casualties killed, Casualties injured, long reports) {
        static DayTally of(RegionTally t) {
            return new DayTally(String.valueOf(t.getDate()), t.getIncidents(), new TreeMap<>(t.getIncidentsByType()),
                    Casualties.of(t.getKilled(), t.getKilledStatedIncidents()),
                    Casualties.of(t.getInjured(), t.getInjuredStatedIncidents()), t.getReports());
        }
    }

    /** {@code GET /regions/{code}}: all-time totals (null if unknown) and the daily series. */
    public record RegionDetail(RegionSummary total, List<DayTally> daily) {}

    /** UCDP-style estimate of one incident. */
    public record Estimate(int low, int best, int high, boolean stated) {
        static Estimate of(CasualtyEstimate e) {
            return new Estimate(e.getLow(), e.getBest(), e.getHigh(), e.getStated());
        }
    }

    public record PlaceView(Long geonameId, String name, String mention, String countryCode,
                            String admin1Code, String admin1Name, double latitude, double longitude) {
        static PlaceView of(Place p) {
            return p == null ? null : new PlaceView(p.getGeonameId(), p.getName(), p.getMention(), p.getCountryCode(),
                    p.getAdmin1Code(), p.getAdmin1Name(), p.getLatitude(), p.getLongitude());
        }
    }

    /**
     * Provenance of one report: which article (id, URL, headline, outlet, publication date) said
     * what, in which words, dated which day (an incident's reports are dated its first day or the
     * next), with the report's own ACLED coding (actors, time and geo precision).
     */
    public record ReportView(String eventId, String articleId, String evidence, String killed, String injured,
                             String ingestedAt, String extractorVersion, String date,
                             String articleUrl, String articleTitle, String source, String published,
                             List<String> actors, int datePrecision, int geoPrecision) {
        static ReportView of(Report r) {
            return new ReportView(r.getEventId(), r.getArticleId(), r.getEvidence(), text(r.getKilled()),
                    text(r.getInjured()), r.getIngestedAt().toString(), r.getExtractorVersion(),
                    dateOrNull(r.getEventDate()), r.getArticleUrl(), r.getArticleTitle(), r.getArticleSource(),
                    dateOrNull(r.getPublishedDate()), List.copyOf(r.getActors()), r.getDatePrecision(), r.getGeoPrecision());
        }

        /** 1970-01-01 is the contract's "not stated" for report dates. */
        private static String dateOrNull(java.time.LocalDate date) {
            return date == null || java.time.LocalDate.EPOCH.equals(date) ? null : date.toString();
        }

        private static String text(CasualtyFigure f) {
            return f == null ? null : f.getText();
        }
    }

    /**
     * {@code date}: the incident's first event date (also the date part of its id);
     * {@code reports}: the latest reports (at most 10, newest first); {@code reportCount}: all of them.
     */
    public record IncidentView(String id, String region, String eventType, String subEventType, String date,
                               PlaceView place, Estimate killed, Estimate injured, int reportCount, List<ReportView> reports) {
        static IncidentView of(Incident i) {
            return new IncidentView(i.getIncidentId(), i.getRegionCode(), i.getEventType(), i.getSubEventType(),
                    i.getEventDate().toString(), PlaceView.of(i.getPlace()), Estimate.of(i.getKilled()),
                    Estimate.of(i.getInjured()), i.getReportCount(), i.getReports().stream().map(ReportView::of).toList());
        }
    }
}
