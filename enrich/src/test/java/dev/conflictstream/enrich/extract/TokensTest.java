package dev.conflictstream.enrich.extract;

import static org.junit.jupiter.api.Assertions.assertEquals;

import dev.conflictstream.enrich.geo.NameKey;
import java.util.Random;
import org.junit.jupiter.api.Test;

class TokensTest {

    /** The shape flags as the tokenizer computed them with Character.isLetter / isUpperCase for every character. */
    private static int referenceFlags(String t, int s, int e) {
        boolean allDigit = true, allUpper = true, anyLetter = false, lowerSeen = false, mixed = false;
        for (int i = s; i < e; i++) {
            char ch = t.charAt(i);
            if (Character.isLetter(ch)) {
                anyLetter = true;
                allDigit = false;
                if (!Character.isUpperCase(ch)) {
                    allUpper = false;
                    lowerSeen = true;
                } else if (lowerSeen) {
                    mixed = true;
                }
            } else if (!(ch >= '0' && ch <= '9')) {
                allDigit = false;
            }
        }
        int f = 0;
        if (Character.isUpperCase(t.charAt(s))) f |= Tokens.CAP;
        if (anyLetter && allUpper && e - s > 1) f |= Tokens.UPPER;
        if (allDigit) f |= Tokens.DIGIT;
        if (anyLetter) f |= Tokens.ALPHA;
        if (mixed) f |= Tokens.MIXED;
        return f;
    }

    @Test
    void asciiFastPathGivesTheFlagsOfTheUnicodeTables() {
        String alphabet = "aAzZmM09 5.,-'\u00e9\u00c9\u0130\u0131\u0660\u00aa\u02b0\u2212/%\u00a0\n";
        Random r = new Random(11);
        for (int round = 0; round < 2000; round++) {
            StringBuilder b = new StringBuilder();
            int len = 1 + r.nextInt(40);
            for (int i = 0; i < len; i++) b.append(alphabet.charAt(r.nextInt(alphabet.length())));
            String text = b.toString();
            Tokens t = new Tokens(text);
            for (int k = 0; k < t.n; k++) {
                assertEquals(referenceFlags(text, t.start[k], t.end[k]), t.flags[k], () -> "in \"" + text + "\"");
                assertEquals(NameKey.token(text, t.start[k], t.end[k]), t.hash[k]);
            }
        }
    }

    @Test
    void shapesOfCommonTokens() {
        Tokens t = new Tokens("McDonald kiA USA 123 Kyiv a");
        assertEquals(6, t.n);
        assertEquals(Tokens.CAP | Tokens.ALPHA | Tokens.MIXED, t.flags[0]);
        assertEquals(Tokens.ALPHA | Tokens.MIXED, t.flags[1]);
        assertEquals(Tokens.CAP | Tokens.UPPER | Tokens.ALPHA, t.flags[2]);
        assertEquals(Tokens.DIGIT, t.flags[3]);
        assertEquals(Tokens.CAP | Tokens.ALPHA, t.flags[4]);
        assertEquals(Tokens.ALPHA, t.flags[5]);
    }
    /** The gap bits of a separator as the tokenizer's switch gave them before its ASCII table. */
    private static int referenceGap(char c) {
        return switch (c) {
            case ' ', '\t', '\u00A0' -> Tokens.G_SPACE;
            case '\n' -> Tokens.G_NEWLINE | Tokens.G_PARA;
            case '\r' -> 0;
            case ',' -> Tokens.G_COMMA;
            case '.' -> Tokens.G_PERIOD;
            case '!', '?' -> Tokens.G_STOP;
            case '-', '\u2013', '\u2014' -> Tokens.G_HYPHEN;
            case '\'', '\u2019', '\u2018' -> Tokens.G_APOS;
            case '"', '\u201C', '\u201D' -> Tokens.G_QUOTE;
            case '(', ')', '[', ']' -> Tokens.G_PAREN;
            case ':', ';' -> Tokens.G_COLON;
            default -> Character.getType(c) == Character.CONTROL || Character.getType(c) == Character.MATH_SYMBOL
                    || Character.getType(c) == Character.MODIFIER_SYMBOL || Character.getType(c) == Character.OTHER_SYMBOL
                    || "{}\\_|@#".indexOf(c) >= 0 ? Tokens.G_OTHER | Tokens.G_JUNK : Tokens.G_OTHER;
        };
    }

    @Test
    void everyAsciiCharacterIsALetterDigitOrTheSeparatorItWas() {
        for (char c = 0; c < 128; c++) {
            Tokens t = new Tokens("ab" + c + "cd");
            if (NameKey.fold(c) != 0) {
                assertEquals(1, t.n, "one token through " + (int) c);
                assertEquals(NameKey.token("ab" + c + "cd", 0, 5), t.hash[0]);
            } else {
                assertEquals(2, t.n, "two tokens around " + (int) c);
                assertEquals(referenceGap(c), t.gap[1], "gap of " + (int) c);
            }
        }
    }

    @Test
    void sentenceBoundsHoldEachSentencesTokens() {
        Tokens t = new Tokens("Two died. Gen. Smith said so! Then\n\nnew paragraph here. A. B. Mr. X left.");
        assertEquals(t.sentence[t.n - 1] + 1, t.sentences);
        for (int s = 0; s < t.sentences; s++) {
            for (int k = t.sentStart[s]; k < t.sentEnd[s]; k++) assertEquals(s, t.sentence[k]);
            if (s > 0) assertEquals(t.sentEnd[s - 1], t.sentStart[s]);
        }
        assertEquals(0, t.sentStart[0]);
        assertEquals(t.n, t.sentEnd[t.sentences - 1]);
    }
}
