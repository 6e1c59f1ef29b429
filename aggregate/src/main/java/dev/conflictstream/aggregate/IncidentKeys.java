package dev.conflictstream.aggregate;

import dev.conflictstream.schema.ConflictEvent;
import dev.conflictstream.schema.Place;
import java.time.LocalDate;
import java.time.YearMonth;
import dev.conflictstream.schema.topic.RegionPartitioning;

/**
 * The keys of the aggregate: which incident an event report belongs to, which region an
 * incident is tallied under, and the daily tally key.
 *
 * <p><b>Incident group</b> = {@code REGION|YYYY-MM|EventType|PLACE}: the reports that may be one
 * incident. PLACE is {@code geonames:<id>} for a resolved town (geo precision 1 or 2);
 * {@code admin1} when only the admin-1 region is known (geo precision 3 or no geonameid), so
 * region-level reports of the same type merge; {@code country} when only the country is known;
 * {@code event:<eventId>} when no place is known at all: such a report cannot honestly be merged
 * with anything, so it stays an incident of its own.
 *
 * <p><b>Incident id</b> = {@code REGION|YYYY-MM-DD|EventType|PLACE}: the group plus the
 * <em>first</em> event date of the incident. Which dates of a group form one incident is decided
 * by {@link IncidentDays} (a day and the next, deterministically from the set of reports).
 * The region prefix makes every incident of a region and date range one contiguous key range in
 * the store.
 *
 * <p><b>Region</b> = the place's GeoNames admin-1 code; {@code CC.00} when only the country is
 * known (GeoNames' own "no admin-1" code); {@value #UNLOCATED} when there is no place: those
 * incidents are tallied apart rather than dropped, so totals stay complete and separable.
 */
public final class IncidentKeys {
    /** Region code of incidents without any place. */
    public static final String UNLOCATED = RegionPartitioning.UNLOCATED;
    /** Separator of the parts of a key. */
    public static final char SEPARATOR = RegionPartitioning.SEPARATOR;

    private IncidentKeys() {}

    /** The tally region of a place (the region events are partitioned by). */
    public static String regionCode(Place place) {
        return RegionPartitioning.regionCode(place);
    }

    /**
     * The incident group of an event: {@code REGION|YYYY-MM|TYPE|PLACE}. Groups are bounded to
     * a calendar month so a group's value (every report of a place, type and month) stays small
     * however long a place is fought over; the price is that reports on the last day of a month
     * and the first of the next are two incidents.
     */
    public static String groupKey(ConflictEvent event) {
        return regionCode(event.getPlace()) + SEPARATOR + YearMonth.from(event.getEventDate()) + SEPARATOR
                + event.getEventType() + SEPARATOR + placeKey(event);
    }

    /** Id of the incident of {@code groupKey} whose first event date is {@code firstDate}: the month becomes the date. */
    public static String incidentId(String groupKey, LocalDate firstDate) {
        int first = groupKey.indexOf(SEPARATOR);
        int second = groupKey.indexOf(SEPARATOR, first + 1);
        return groupKey.substring(0, first) + SEPARATOR + firstDate + groupKey.substring(second);
    }

    /** Group key of an incident id (its date part back to the month). */
    public static String groupOf(String incidentId) {
        int first = incidentId.indexOf(SEPARATOR);
        int second = incidentId.indexOf(SEPARATOR, first + 1);
        return incidentId.substring(0, first) + SEPARATOR
                + YearMonth.from(LocalDate.parse(incidentId.substring(first + 1, second))) + incidentId.substring(second);
    }

    /** Id of the incident an event would form on its own day (its incident when no report of the day before exists). */
    public static String incidentId(ConflictEvent event) {
        return incidentId(groupKey(event), event.getEventDate());
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

    /** Key of one day of an incident group in the incident-days store: {@code GROUP|YYYY-MM-DD}. */
    public static String dayKey(String groupKey, LocalDate date) {
        return keyWithDate(groupKey, date);
    }

    /**
     * {@code prefix|YYYY-MM-DD}, written directly: the aggregate builds a few such keys per event
     * (a day and its neighbours), and {@code LocalDate.toString} plus concatenation was a few
     * percent of its thread. Other years (before 1 or after 9999) take {@code toString}.
     */
    private static String keyWithDate(String prefix, LocalDate date) {
        int year = date.getYear();
        if (year < 1 || year > 9999) {
            return prefix + SEPARATOR + date;
        }
        int n = prefix.length();
        char[] key = new char[n + 1 + "YYYY-MM-DD".length()];
        prefix.getChars(0, n, key, 0);
        key[n] = SEPARATOR;
        put(key, n + 1, year, 4);
        key[n + 5] = '-';
        put(key, n + 6, date.getMonthValue(), 2);
        key[n + 8] = '-';
        put(key, n + 9, date.getDayOfMonth(), 2);
        return new String(key);
    }

    /** Writes {@code value} as {@code digits} decimal digits, zero-padded, at {@code at}. */
    private static void put(char[] key, int at, int value, int digits) {
        for (int i = at + digits - 1; i >= at; i--) {
            key[i] = (char) ('0' + value % 10);
            value /= 10;
        }
    }

    /**
     * Key of one report in the reports store: {@code GROUP|YYYY-MM-DD|PUBLISHED|EVENT}. The
     * reports of a day are one key range, ordered oldest to latest publication (ties by event
     * id), so the latest reports of a day are the end of its range.
     */
    public static String reportKey(String groupKey, String reportOfDay) {
        return groupKey + SEPARATOR + reportOfDay;
    }

    /** The part of a report key after its group: {@code YYYY-MM-DD|PUBLISHED|EVENT}. */
    public static String reportOfDay(LocalDate eventDate, LocalDate published, String eventId) {
        return eventDate.toString() + SEPARATOR + published + SEPARATOR + eventId;
    }

    /** Date of a key of the incident-days store ({@code GROUP|YYYY-MM-DD}). */
    public static LocalDate dateOfDayKey(String dayKey) {
        return isoDate(dayKey, dayKey.length() - "YYYY-MM-DD".length(), dayKey.length());
    }

    /** Month of a group key. */
    public static YearMonth monthOf(String groupKey) {
        int first = groupKey.indexOf(SEPARATOR);
        int end = groupKey.indexOf(SEPARATOR, first + 1);
        if (end - first - 1 == "YYYY-MM".length() && groupKey.charAt(first + 5) == '-') {
            int year = digits(groupKey, first + 1, 4);
            int month = digits(groupKey, first + 6, 2);
            if (year >= 0 && month >= 0) {
                return YearMonth.of(year, month);
            }
        }
        return YearMonth.parse(groupKey.substring(first + 1, end));
    }

    /**
     * The ISO date {@code s[from, to)}: the keys' own {@code YYYY-MM-DD}, read without
     * {@code LocalDate.parse}'s formatter (a few percent of the aggregate thread, read per event);
     * any other form (a year beyond 9999) goes through the formatter.
     */
    static LocalDate isoDate(String s, int from, int to) {
        if (to - from == "YYYY-MM-DD".length() && s.charAt(from + 4) == '-' && s.charAt(from + 7) == '-') {
            int year = digits(s, from, 4);
            int month = digits(s, from + 5, 2);
            int day = digits(s, from + 8, 2);
            if (year >= 0 && month >= 0 && day >= 0) {
                return LocalDate.of(year, month, day);
            }
        }
        return LocalDate.parse(s.substring(from, to));
    }

    /** The decimal number of {@code n} digits at {@code from}, or -1 when one is not a digit. */
    private static int digits(String s, int from, int n) {
        int value = 0;
        for (int i = from; i < from + n; i++) {
            char c = s.charAt(i);
            if (c < '0' || c > '9') {
                return -1;
            }
            value = value * 10 + (c - '0');
        }
        return value;
    }

    /** Event type part of a group key or incident id. */
    public static String typeOf(String key) {
        int first = key.indexOf(SEPARATOR);
        int second = key.indexOf(SEPARATOR, first + 1);
        return key.substring(second + 1, key.indexOf(SEPARATOR, second + 1));
    }

    /** Key of the daily tally topic and store: {@code CODE|YYYY-MM-DD}. */
    public static String dailyKey(String regionCode, LocalDate date) {
        return keyWithDate(regionCode, date);
    }

    /** Region part of a daily key or incident id. */
    public static String regionOf(String key) {
        return RegionPartitioning.regionOf(key);
    }

    /** Date part of a daily key or incident id. */
    public static LocalDate dateOf(String key) {
        int first = key.indexOf(SEPARATOR);
        int second = key.indexOf(SEPARATOR, first + 1);
        return isoDate(key, first + 1, second < 0 ? key.length() : second);
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
