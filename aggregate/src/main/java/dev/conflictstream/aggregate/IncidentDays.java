package dev.conflictstream.aggregate;

import java.time.LocalDate;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.List;

/**
 * The day rule: which days of one incident group (same region, month, type and place) are one
 * incident, from the set of days that have reports, as a bit mask (bit {@code d-1} for day
 * {@code d} of the month).
 *
 * <p>Walk the days in order. An incident starts at the earliest day {@code d} not yet taken
 * and takes {@code d} and {@code d+1}; the next incident starts at the first day after
 * {@code d+1}. So two outlets that resolve "overnight" to adjacent dates give one incident,
 * while a daily campaign on {@code d..d+3} gives two incidents ({@code d,d+1} and
 * {@code d+2,d+3}), never one endless chain: an incident spans at most two consecutive days
 * (ACLED: "one event per active day", relaxed by one day for date resolution noise).
 *
 * <p>The incidents are a function of the <em>set</em> of days only, never of arrival order, so
 * replays and corrections stay exact. The price of determinism: a report on a new earlier day
 * re-pairs the days of its run ({@code d+1..d+3} = {d+1,d+2},{d+3}; adding {@code d} gives
 * {d,d+1},{d+2,d+3}); the aggregate retracts and re-emits the incidents that change. Groups are
 * bounded to a calendar month, so that costs at most 31 days.
 */
final class IncidentDays {
    private IncidentDays() {}

    /**
     * One incident of a group: its first day and the days it takes (a mask).
     *
     * @param first day of month (1-based) the incident starts on: its id and event date
     * @param days  the days it takes: {@code first} and, when it has reports, {@code first+1}
     */
    record Span(int first, int days) {
        LocalDate firstDate(YearMonth month) {
            return month.atDay(first);
        }

        boolean hasSecondDay() {
            return Integer.bitCount(days) == 2;
        }

        boolean touches(int mask) {
            return (days & mask) != 0;
        }
    }

    static int bit(LocalDate date) {
        return 1 << (date.getDayOfMonth() - 1);
    }

    /** The span of {@code spans} that starts on day {@code first}; null: none. */
    static Span startingOn(List<Span> spans, int first) {
        for (Span span : spans) {
            if (span.first() == first) {
                return span;
            }
        }
        return null;
    }

    /** The incidents of a group whose days with reports are {@code mask}, first day first. */
    static List<Span> spans(int mask) {
        List<Span> spans = new ArrayList<>();
        int rest = mask;
        while (rest != 0) {
            int first = Integer.numberOfTrailingZeros(rest);
            int days = rest & (0b11 << first);
            spans.add(new Span(first + 1, days));
            rest &= ~days;
        }
        return spans;
    }
}
