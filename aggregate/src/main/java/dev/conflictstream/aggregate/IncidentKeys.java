package dev.conflictstream.aggregate;

import dev.conflictstream.schema.ConflictEvent;
import dev.conflictstream.schema.Place;
import java.time.LocalDate;

/**
 * The keys of the aggregate: which incident an event report belongs to, which region an
 * incident is tallied under, and the daily tally key.
 *
 * <p><b>Incident id</b> = {@code REGION|YYYY-MM-DD|EventType|PLACE}. Two reports are the same
 * incident when they share event type, place and event date. PLACE is {@code geonames:<id>}
 * for a resolved town (geo precision 1 or 2); {@code admin1} when only the admin-1 region is
 * known (geo precision 3 or no geonameid), so region-level reports of the same type and day
 * merge; {@code country} when only the country is known; {@code event:<eventId>} when no place
 * is known at all: such a report cannot honestly be merged with anything, so it stays an
 * incident of its own. The region prefix makes every incident of a region and date range one
 * contiguous key range in the store.
 *
 * <p><b>Day rule.</b> The key merges reports with the <em>same</em> event date, not dates
 * within a day of each other. "Within a day" is not transitive (a daily shelling campaign would
 * chain into one endless incident, against ACLED's "one event per active day"), and any
 * order-dependent "attach to a neighbour day if one exists" rule would make the result depend
 * on arrival order, which breaks exactness under replay. Same-day keys are deterministic,
 * bounded and exact; the cost is that two outlets resolving "overnight" to different dates
 * give two incidents. See the README of this module for the planned per-place clustering.
 *
 * <p><b>Region</b> = the place's GeoNames admin-1 code; {@code CC.00} when only the country is
 * known (GeoNames' own "no admin-1" code); {@value #UNLOCATED} when there is no place: those
 * incidents are tallied apart rather than dropped, so totals stay complete and separable.
 */
public final class IncidentKeys {
    /** Region code of incidents without any place. */
    public static final String UNLOCATED = "XX.00";
    /** Separator of the parts of a key. */
    public static final char SEPARATOR = '|';

    private IncidentKeys() {}

    public static String regionCode(Place place) {
        if (place == null) {
            return UNLOCATED;
        }
        String admin1 = place.getAdmin1Code();
        if (admin1 != null && !admin1.isBlank()) {
            return admin1;
        }
        return place.getCountryCode() + ".00";
    }

    public static String incidentId(ConflictEvent event) {
        return regionCode(event.getPlace()) + SEPARATOR + event.getEventDate() + SEPARATOR
                + event.getEventType() + SEPARATOR + placeKey(event);
    }

    static String placeKey(ConflictEvent event) {
        Place place = event.getPlace();
        if (place == null) {
            return "event:" + event.getEventId();
        }
        if (place.getGeonameId() != null && event.getGeoPrecision() < 3) {
            return "geonames:" + place.getGeonameId();
        }
        String admin1 = place.getAdmin1Code();
        return admin1 != null && !admin1.isBlank() ? "admin1" : "country";
    }

    /** Key of the daily tally topic and store: {@code CODE|YYYY-MM-DD}. */
    public static String dailyKey(String regionCode, LocalDate date) {
        return regionCode + SEPARATOR + date;
    }

    /** Region part of a daily key or incident id. */
    public static String regionOf(String key) {
        int bar = key.indexOf(SEPARATOR);
        return bar < 0 ? key : key.substring(0, bar);
    }

    /** Date part of a daily key or incident id. */
    public static LocalDate dateOf(String key) {
        int first = key.indexOf(SEPARATOR);
        int second = key.indexOf(SEPARATOR, first + 1);
        return LocalDate.parse(second < 0 ? key.substring(first + 1) : key.substring(first + 1, second));
    }

    /** Country of a region code: its first two letters. */
    public static String countryOf(String regionCode) {
        int dot = regionCode.indexOf('.');
        return dot < 0 ? regionCode : regionCode.substring(0, dot);
    }

    /** Display name of a region: the admin-1 name when the place carries it. */
    public static String regionName(String regionCode, Place place) {
        if (UNLOCATED.equals(regionCode)) {
            return "Unlocated";
        }
        if (place != null && place.getAdmin1Name() != null && regionCode.equals(place.getAdmin1Code())) {
            return place.getAdmin1Name();
        }
        return regionCode.endsWith(".00") ? countryOf(regionCode) + " (region not known)" : regionCode;
    }
}
