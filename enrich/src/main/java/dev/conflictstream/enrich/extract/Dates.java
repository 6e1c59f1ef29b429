package dev.conflictstream.enrich.extract;

import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.temporal.TemporalAdjusters;

/**
 * Event dates from a sentence, resolved against the publication date: "yesterday", "last night",
 * "overnight", "on Thursday" (the latest such day not after publication), "6 February", "Feb. 6, 2025",
 * "February 6" (year of publication, or the year before when that would be in the future).
 * Also tells when a sentence is background: it dates itself more than 30 days before publication, or
 * recounts "since August 2024" / "two years ago".
 */
final class Dates {
    record Found(LocalDate date, int precision, boolean background, String text) {}

    private static final long H_YESTERDAY = LongIntMap.h("yesterday"), H_TODAY = LongIntMap.h("today"),
            H_TONIGHT = LongIntMap.h("tonight"), H_OVERNIGHT = LongIntMap.h("overnight"), H_LAST = LongIntMap.h("last"),
            H_NIGHT = LongIntMap.h("night"), H_SINCE = LongIntMap.h("since"), H_AGO = LongIntMap.h("ago"),
            H_YEARS = LongIntMap.h("years"), H_YEAR = LongIntMap.h("year"), H_MONTHS = LongIntMap.h("months"),
            H_DECADES = LongIntMap.h("decades"), H_IN = LongIntMap.h("in"), H_THIS = LongIntMap.h("this"),
            H_MORNING = LongIntMap.h("morning"), H_EARLIER = LongIntMap.h("earlier"), H_TH = LongIntMap.h("th"),
            H_ST = LongIntMap.h("st"), H_ND = LongIntMap.h("nd"), H_RD = LongIntMap.h("rd");

    private Dates() {}

    static Found find(Tokens t, int s, int e, LocalDate published) {
        LocalDate best = null;
        int precision = 1;
        String text = null;
        boolean background = false;
        for (int i = s; i < e; i++) {
            long h = t.hash[i];
            if (h == H_AGO && i - 1 >= s && (t.hash[i - 1] == H_YEARS || t.hash[i - 1] == H_MONTHS
                    || t.hash[i - 1] == H_DECADES || t.hash[i - 1] == H_YEAR)) background = true;
            if (published == null) {
                if (h == H_SINCE) background |= sinceDate(t, i, e);
                else if (best == null && Lexicon.month(h) != 0 && t.is(i, Tokens.CAP)) {
                    // no publication date: a full date ("On 16 February 2024,") still dates the sentence
                    best = fullDate(t, i, s, e, Lexicon.month(h));
                    if (best != null) text = Casualties.span(t, i, Math.min(e, i + 2));
                }
                continue;
            }
            LocalDate d = null;
            int span = 1;
            if (h == H_YESTERDAY) d = published.minusDays(1);
            else if (h == H_TODAY || h == H_TONIGHT || (h == H_THIS && i + 1 < e && t.hash[i + 1] == H_MORNING)) d = published;
            else if (h == H_OVERNIGHT || h == H_LAST && i + 1 < e && t.hash[i + 1] == H_NIGHT) { d = published.minusDays(1); span = 2; }
            else if (Lexicon.weekday(h) != 0 && t.is(i, Tokens.CAP)) {
                DayOfWeek dow = DayOfWeek.of(Lexicon.weekday(h));
                d = published.with(TemporalAdjusters.previousOrSame(dow));
            } else if (Lexicon.month(h) != 0 && t.is(i, Tokens.CAP)) {
                int m = Lexicon.month(h);
                int day = dayAfter(t, i, e);
                int dayBefore = day == 0 ? dayBefore(t, i, s) : 0;
                int d0 = day != 0 ? day : dayBefore;
                int year = yearNear(t, i, e);
                if (d0 == 0) {
                    // month only: "in August 2024"
                    if (year != 0) {
                        LocalDate md = LocalDate.of(year, m, 1);
                        if (md.plusMonths(1).isBefore(published.minusDays(30))) background = true;
                    } else if (i - 1 >= s && t.hash[i - 1] == H_SINCE) {
                        background = true;
                    }
                    if (i - 1 >= s && t.hash[i - 1] == H_SINCE) background = true;
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
            } else if (h == H_SINCE) {
                background |= sinceDate(t, i, e);
            } else if (t.is(i, Tokens.DIGIT) && t.end[i] - t.start[i] == 4 && i - 1 >= s && t.hash[i - 1] == H_IN) {
                int y = Integer.parseInt(t.word(i));
                if (y >= 1900 && y < published.getYear()) background = true;
            }
            if (d == null) continue;
            if (d.isBefore(published.minusDays(30))) background = true;
            if (best == null) {
                best = d;
                text = Casualties.span(t, i, Math.min(e, i + span));
            }
        }
        return new Found(best, precision, background, text);
    }

    /** Day, month and year all stated ("16 February 2024", "February 16, 2024"), else null. */
    private static LocalDate fullDate(Tokens t, int i, int s, int e, int month) {
        int day = dayAfter(t, i, e);
        if (day == 0) day = dayBefore(t, i, s);
        int year = yearNear(t, i, e);
        return day == 0 || year == 0 ? null : safeDate(year, month, day);
    }

    private static boolean sinceDate(Tokens t, int i, int e) {
        return i + 1 < e && (Lexicon.month(t.hash[i + 1]) != 0 && t.is(i + 1, Tokens.CAP)
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
        if (j >= s && (t.hash[j] == LongIntMap.h("of"))) j--;
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
