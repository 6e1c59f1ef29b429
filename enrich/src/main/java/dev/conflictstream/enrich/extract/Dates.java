package dev.conflictstream.enrich.extract;

import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.temporal.TemporalAdjusters;

/**
 * Event dates from a sentence, resolved against the publication date, with ACLED's time precision.
 * Day (1): "yesterday", "last night", "overnight", "on Thursday" (the latest such day not after
 * publication), "6 February", "Feb. 6, 2025", "February 6" (year of publication, or the year before when
 * that would be in the future). Week (2), dated at the midpoint of the span: "last week", "this week",
 * "earlier this week", "over the weekend", "in recent days", "in the past few days". Month (3), dated at
 * the midpoint of the month or of its part that has passed: "last month", "this month", "earlier this
 * month", "in February", "in early / mid / late February".
 * Also tells when a sentence is background: it dates itself (the end of its span) more than 30 days
 * before publication, or recounts "since August 2024" / "two years ago".
 */
final class Dates {
    /**
     * {@code recapClause}: where the clause of a past month or year starts when the sentence states its own recent
     * day before it ("On 28 April 2023, ..., an issue that killed 3 people in June"), else -1.
     */
    record Found(LocalDate date, int precision, boolean background, String text, int recapClause) {}

    private static final long H_YESTERDAY = LongIntMap.h("yesterday"), H_TODAY = LongIntMap.h("today"),
            H_TONIGHT = LongIntMap.h("tonight"), H_OVERNIGHT = LongIntMap.h("overnight"), H_LAST = LongIntMap.h("last"),
            H_NIGHT = LongIntMap.h("night"), H_SINCE = LongIntMap.h("since"), H_AGO = LongIntMap.h("ago"),
            H_YEARS = LongIntMap.h("years"), H_YEAR = LongIntMap.h("year"), H_MONTHS = LongIntMap.h("months"),
            H_DECADES = LongIntMap.h("decades"), H_IN = LongIntMap.h("in"), H_THIS = LongIntMap.h("this"),
            H_MORNING = LongIntMap.h("morning"), H_EARLIER = LongIntMap.h("earlier"), H_TH = LongIntMap.h("th"),
            H_ST = LongIntMap.h("st"), H_ND = LongIntMap.h("nd"), H_RD = LongIntMap.h("rd"),
            H_WEEK = LongIntMap.h("week"), H_WEEKEND = LongIntMap.h("weekend"), H_MONTH = LongIntMap.h("month"),
            H_RECENT = LongIntMap.h("recent"), H_DAYS = LongIntMap.h("days"), H_PAST = LongIntMap.h("past"),
            H_FEW = LongIntMap.h("few"), H_EARLY = LongIntMap.h("early"), H_MID = LongIntMap.h("mid"),
            H_LATE = LongIntMap.h("late"), H_OF = LongIntMap.h("of"), H_THE = LongIntMap.h("the");

    /**
     * The words {@link #find} acts on besides month and weekday names and numbers ({@link TokenWords#DATE_WORD}), so
     * each other word of a sentence, most of them, is passed by one test of its bits.
     */
    static final LongIntMap CUE = LongIntMap.words("ago", "yesterday", "today", "tonight", "this", "overnight", "last",
            "week", "weekend", "month", "days", "since");

    /** ACLED time precision. */
    static final int DAY = 1, WEEK = 2, MONTH = 3;

    private Dates() {}

    static Found find(Tokens t, int s, int e, LocalDate published) {
        LocalDate best = null;
        int precision = 1;
        String text = null;
        boolean background = false;
        int recapClause = -1;
        for (int i = s; i < e; i++) {
            if (!t.in(i, TokenWords.DATE_CUE) && !t.is(i, Tokens.DIGIT)) continue;
            long h = t.hash[i];
            if (h == H_AGO && i - 1 >= s && (t.hash[i - 1] == H_YEARS || t.hash[i - 1] == H_MONTHS
                    || t.hash[i - 1] == H_DECADES || t.hash[i - 1] == H_YEAR)) background = true;
            if (published == null) {
                if (h == H_SINCE) background |= sinceDate(t, i, e) && !Casualties.ranksAgainstThePast(t, s, i);
                else if (best == null && t.in(i, TokenWords.MONTH_NAME) && t.is(i, Tokens.CAP)) {
                    // no publication date: a full date ("On 16 February 2024,") still dates the sentence
                    best = fullDate(t, i, s, e, t.month(i));
                    if (best != null) text = Casualties.span(t, i, Math.min(e, i + 2));
                }
                continue;
            }
            LocalDate d = null;
            int span = 1;
            if (h == H_YESTERDAY) d = published.minusDays(1);
            else if (h == H_TODAY || h == H_TONIGHT || (h == H_THIS && i + 1 < e && t.hash[i + 1] == H_MORNING)) d = published;
            else if (h == H_OVERNIGHT || h == H_LAST && i + 1 < e && t.hash[i + 1] == H_NIGHT) { d = published.minusDays(1); span = 2; }
            else if (t.is(i, Tokens.CAP) && t.in(i, TokenWords.WEEKDAY_NAME)) {
                DayOfWeek dow = DayOfWeek.of(t.weekday(i));
                d = published.with(TemporalAdjusters.previousOrSame(dow));
            } else if (t.is(i, Tokens.CAP) && t.in(i, TokenWords.MONTH_NAME)) {
                int m = t.month(i);
                int day = dayAfter(t, i, e);
                int dayBefore = day == 0 ? dayBefore(t, i, s) : 0;
                int d0 = day != 0 ? day : dayBefore;
                int year = yearNear(t, i, e);
                if (d0 == 0) {
                    // month only: "in August 2024", "in early February"
                    if (i - 1 >= s && t.hash[i - 1] == H_SINCE) {
                        background |= !Casualties.ranksAgainstThePast(t, s, i - 1); // "the deadliest day since May"
                        continue;
                    }
                    LocalDate first = LocalDate.of(year != 0 ? year : published.getYear(), m, 1);
                    if (year == 0 && first.isAfter(published)) first = first.minusYears(1);
                    if (first.isAfter(published)) continue; // "in March 2026", said before then: a plan, no date
                    if (first.plusMonths(1).isBefore(published.minusDays(30))) {
                        // after a recent stated day the month recaps in a clause of its own; else the sentence is old
                        if (statedRecentDay(best, precision, background) && recapClause < 0) recapClause = clauseStart(t, s, i);
                        else background = true;
                        continue;
                    }
                    if (best == null && (year != 0 || i - 1 >= s && isMonthLead(t.hash[i - 1]))) {
                        best = partOfMonth(first, i - 1 >= s ? t.hash[i - 1] : 0, published);
                        precision = MONTH;
                        text = Casualties.span(t, Math.max(s, i - 1), i + 1);
                    }
                    continue;
                }
                if (year == 0) {
                    year = published.getYear();
                    LocalDate cand = safeDate(year, m, d0);
                    // well in the future: last year's date; a few weeks ahead: the given date is an event date
                    if (cand != null && cand.isAfter(published.plusDays(45))) year--;
                }
                d = safeDate(year, m, d0);
                span = 2;
            } else if (best == null && (h == H_WEEK || h == H_WEEKEND || h == H_MONTH) && i - 1 >= s) {
                LocalDate spanDate = relativeSpan(t.hash[i - 1], h, published);
                if (spanDate != null) {
                    best = spanDate;
                    precision = h == H_MONTH ? MONTH : WEEK;
                    text = Casualties.span(t, Math.max(s, i - 2), i + 1);
                }
                continue;
            } else if (best == null && h == H_DAYS && recentDays(t, i, s)) {
                best = published.minusDays(3);
                precision = WEEK;
                text = Casualties.span(t, Math.max(s, i - 3), i + 1);
                continue;
            } else if (h == H_SINCE) {
                // "the bloodiest day since August", "the first death since May": today's incident, ranked
                background |= sinceDate(t, i, e) && !Casualties.ranksAgainstThePast(t, s, i);
            } else if (t.is(i, Tokens.DIGIT) && t.end[i] - t.start[i] == 4 && i - 1 >= s && t.hash[i - 1] == H_IN) {
                int y = Integer.parseInt(t.word(i));
                if (y >= 1900 && y < published.getYear()) background = true;
            }
            if (d == null) continue;
            if (d.isBefore(published.minusDays(30))) background = true;
            if (best == null || precision > DAY) {
                // a stated day beats a week or month span of the same sentence
                best = d;
                precision = DAY;
                text = Casualties.span(t, i, Math.min(e, i + span));
            }
        }
        return new Found(best, precision, background, text, recapClause);
    }

    /** The sentence has stated a day of its own so far and is not background. */
    private static boolean statedRecentDay(LocalDate best, int precision, boolean background) {
        return best != null && precision == DAY && !background;
    }

    /** The start of the clause holding token i: after the nearest comma, semicolon or colon before it. */
    private static int clauseStart(Tokens t, int s, int i) {
        for (int j = i; j > s; j--) if ((t.gap[j] & (Tokens.G_COMMA | Tokens.G_COLON)) != 0) return j;
        return s;
    }

    /** "last week", "this week", "earlier this week", "over the weekend", "last month", "this month": the
     *  midpoint of the span (of its passed part when it includes publication), else null. */
    private static LocalDate relativeSpan(long before, long unit, LocalDate published) {
        boolean last = before == H_LAST || before == H_PAST, current = before == H_THIS
                || before == H_THE && unit == H_WEEKEND;
        if (!last && !current) return null;
        if (unit == H_WEEKEND) {
            LocalDate saturday = published.with(TemporalAdjusters.previousOrSame(DayOfWeek.SATURDAY));
            return last && published.getDayOfWeek().getValue() >= DayOfWeek.SATURDAY.getValue() ? saturday.minusWeeks(1) : saturday;
        }
        if (unit == H_WEEK) {
            LocalDate monday = published.with(TemporalAdjusters.previousOrSame(DayOfWeek.MONDAY));
            if (last) return monday.minusDays(4); // Thursday, the middle of last week
            return monday.plusDays((published.toEpochDay() - monday.toEpochDay()) / 2);
        }
        LocalDate first = published.withDayOfMonth(1);
        if (last) return first.minusMonths(1).withDayOfMonth(15);
        return first.plusDays((published.toEpochDay() - first.toEpochDay()) / 2);
    }

    /** "in recent days", "in the past few days", "over the last few days". */
    private static boolean recentDays(Tokens t, int i, int s) {
        long b1 = i - 1 >= s ? t.hash[i - 1] : 0, b2 = i - 2 >= s ? t.hash[i - 2] : 0;
        return b1 == H_RECENT || b1 == H_FEW && (b2 == H_PAST || b2 == H_LAST);
    }

    private static boolean isMonthLead(long h) {
        return h == H_IN || h == H_EARLY || h == H_MID || h == H_LATE;
    }

    /** A month, or its early (5th) / mid (15th) / late (25th) part; never after publication. */
    private static LocalDate partOfMonth(LocalDate first, long lead, LocalDate published) {
        LocalDate d = first.withDayOfMonth(lead == H_EARLY ? 5 : lead == H_LATE ? 25 : 15);
        if (d.isAfter(published)) d = first.plusDays((published.toEpochDay() - first.toEpochDay()) / 2);
        return d;
    }

    /** Day, month and year all stated ("16 February 2024", "February 16, 2024"), else null. */
    private static LocalDate fullDate(Tokens t, int i, int s, int e, int month) {
        int day = dayAfter(t, i, e);
        if (day == 0) day = dayBefore(t, i, s);
        int year = yearNear(t, i, e);
        return day == 0 || year == 0 ? null : safeDate(year, month, day);
    }

    private static boolean sinceDate(Tokens t, int i, int e) {
        return i + 1 < e && (t.in(i + 1, TokenWords.MONTH_NAME) && t.is(i + 1, Tokens.CAP)
                || t.is(i + 1, Tokens.DIGIT) && t.end[i + 1] - t.start[i + 1] == 4);
    }

    private static int dayAfter(Tokens t, int i, int e) {
        int j = i + 1;
        if (j < e && t.is(j, Tokens.DIGIT) && t.end[j] - t.start[j] <= 2) return day(t, j);
        // "6th" is one token "6th": digits then letters
        if (j < e && t.end[j] - t.start[j] <= 4 && Character.isDigit(t.text.charAt(t.start[j]))) return day(t, j);
        return 0;
    }

    private static int dayBefore(Tokens t, int i, int s) {
        int j = i - 1;
        if (j >= s && t.hash[j] == H_OF) j--;
        if (j >= s && t.end[j] - t.start[j] <= 4 && Character.isDigit(t.text.charAt(t.start[j]))) return day(t, j);
        return 0;
    }

    private static int day(Tokens t, int j) {
        int v = 0;
        for (int c = t.start[j]; c < t.end[j] && Character.isDigit(t.text.charAt(c)); c++) v = v * 10 + t.text.charAt(c) - '0';
        return v >= 1 && v <= 31 ? v : 0;
    }

    private static int yearNear(Tokens t, int i, int e) {
        for (int j = i + 1; j < Math.min(e, i + 4); j++) {
            if (t.is(j, Tokens.DIGIT) && t.end[j] - t.start[j] == 4) {
                int y = Integer.parseInt(t.word(j));
                if (y >= 1900 && y <= 2100) return y;
            }
        }
        return 0;
    }

    private static LocalDate safeDate(int y, int m, int d) {
        try {
            return LocalDate.of(y, m, d);
        } catch (java.time.DateTimeException ex) {
            return null;
        }
    }
}
