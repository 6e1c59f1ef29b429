package dev.conflictstream.ingest.read;

import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.ZonedDateTime;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeParseException;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Publication dates as sources write them: ISO dates and timestamps, RFC 1123 (RSS), and
 * the human forms news sites print ("Fri 7th Feb, 2025", "7 February 2025", "February 7, 2025").
 */
public final class Dates {
    private static final Map<String, Integer> MONTHS = Map.ofEntries(
            Map.entry("jan", 1), Map.entry("feb", 2), Map.entry("mar", 3), Map.entry("apr", 4),
            Map.entry("may", 5), Map.entry("jun", 6), Map.entry("jul", 7), Map.entry("aug", 8),
            Map.entry("sep", 9), Map.entry("oct", 10), Map.entry("nov", 11), Map.entry("dec", 12));
    private static final String WEEKDAY = "(?:(?:mon|tue|wed|thu|fri|sat|sun)[a-z]*\\.?,?\\s+)?";
    private static final Pattern DAY_MONTH_YEAR = Pattern.compile(
            "^" + WEEKDAY + "(\\d{1,2})(?:st|nd|rd|th)?\\s+([a-z]{3,9})\\.?,?\\s+(\\d{4})$");
    private static final Pattern MONTH_DAY_YEAR = Pattern.compile(
            "^" + WEEKDAY + "([a-z]{3,9})\\.?\\s+(\\d{1,2})(?:st|nd|rd|th)?,?\\s+(\\d{4})$");

    private Dates() {}

    /** The date {@code text} states, if it is one of the known forms and a real date. */
    public static Optional<LocalDate> parse(String text) {
        if (text == null || text.isBlank()) {
            return Optional.empty();
        }
        String value = text.trim();
        for (var parser : java.util.List.<java.util.function.Function<String, LocalDate>>of(
                LocalDate::parse,
                s -> OffsetDateTime.parse(s).toLocalDate(),
                s -> ZonedDateTime.parse(s, DateTimeFormatter.RFC_1123_DATE_TIME).toLocalDate(),
                s -> LocalDate.parse(s.substring(0, Math.min(10, s.length()))))) {
            try {
                return Optional.of(parser.apply(value));
            } catch (DateTimeParseException | StringIndexOutOfBoundsException e) {
                // try the next form
            }
        }
        return human(value.toLowerCase(Locale.ROOT));
    }

    private static Optional<LocalDate> human(String value) {
        Matcher dmy = DAY_MONTH_YEAR.matcher(value);
        if (dmy.matches()) {
            return of(dmy.group(3), dmy.group(2), dmy.group(1));
        }
        Matcher mdy = MONTH_DAY_YEAR.matcher(value);
        if (mdy.matches()) {
            return of(mdy.group(3), mdy.group(1), mdy.group(2));
        }
        return Optional.empty();
    }

    private static Optional<LocalDate> of(String year, String month, String day) {
        Integer monthNumber = MONTHS.get(month.substring(0, 3));
        if (monthNumber == null) {
            return Optional.empty();
        }
        try {
            return Optional.of(LocalDate.of(Integer.parseInt(year), monthNumber, Integer.parseInt(day)));
        } catch (java.time.DateTimeException e) {
            return Optional.empty();
        }
    }
}
