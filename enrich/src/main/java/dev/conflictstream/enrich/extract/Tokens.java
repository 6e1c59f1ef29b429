package dev.conflictstream.enrich.extract;

import dev.conflictstream.enrich.geo.NameKey;
import java.util.Set;

/**
 * One pass over the text: letter/digit runs as tokens with their offsets, a case-folded hash
 * ({@link NameKey#token}), shape flags and what separates each token from the previous one; then
 * sentence and paragraph numbers. Arrays are sized once per article; no regular expressions.
 */
final class Tokens {
    static final int CAP = 1, UPPER = 2, DIGIT = 4, ALPHA = 8;
    /** An upper-case letter after a lower-case one ("kiA", "McDonald"): a name or noise, never a lexicon word. */
    static final int MIXED = 16;
    /** Separator bits (what lies between token i-1 and token i). */
    static final int G_SPACE = 1, G_NEWLINE = 2, G_COMMA = 4, G_PERIOD = 8, G_HYPHEN = 16, G_OTHER = 32,
            G_APOS = 64, G_STOP = 128, G_PARA = 256, G_QUOTE = 512, G_PAREN = 1024, G_COLON = 2048,
            /** with G_OTHER: a control character, symbol or replacement character, rare in prose */
            G_JUNK = 4096;

    final String text;
    int n;
    int[] start, end, flags, gap, sentence, paragraph;
    /**
     * Word classes of each token ({@link #classify()}): its {@link TokenWords} bits, less the Lexicon classes of a
     * MIXED token ("kiA" is no lexicon word); null until classified.
     */
    long[] words;
    /** The Lexicon classes of all the tokens together ({@link #anyHas}), set by {@link #classify()}. */
    private int lexiconOfAll;
    long[] hash;
    int sentences;
    int[] sentStart; // first token of each sentence
    int[] sentEnd; // one past the last token
    /** Per sentence: most of its tokens are separated by symbols no prose uses (binary read as text). */
    boolean[] garbled;

    private static final LongIntMap ABBREV = new LongIntMap();

    static {
        for (String a : new String[] {"mr", "mrs", "ms", "dr", "gen", "lt", "col", "maj", "sgt", "capt", "cpl", "pvt",
                "st", "jan", "feb", "mar", "apr", "jun", "jul", "aug", "sep", "sept", "oct", "nov", "dec", "no", "vs",
                "etc", "prof", "rep", "sen", "gov", "inc", "corp", "jr", "sr", "mt", "ft", "adm", "brig", "rev", "e", "w",
                "n", "s", "u", "p", "a", "m", "c", "d", "j", "k", "l", "t", "v"}) {
            ABBREV.put(LongIntMap.h(a), 1);
        }
    }

    Tokens(String text) {
        this.text = text;
        // prose has a token per ~6 characters (the bench corpus: at most one per 5.3); grow() covers denser text
        int cap = Math.max(16, text.length() / 5);
        start = new int[cap];
        end = new int[cap];
        flags = new int[cap];
        gap = new int[cap];
        hash = new long[cap];
        tokenize();
        split();
    }

    private void tokenize() {
        // one copy of the text as chars: String.charAt checks the string's coding and bounds on every character
        // (news text with a curly quote is UTF-16, the rest Latin-1), an array index in a counted loop does not
        char[] t = text.toCharArray();
        int len = t.length;
        int i = 0;
        int g = G_NEWLINE | G_PARA;
        while (i < len) {
            char c = t[i];
            int kind = c < 128 ? ASCII[c] : NameKey.fold(c) != 0 ? WORD : separator(c);
            if ((kind & WORD) == 0) {
                g |= kind;
                i++;
                continue;
            }
            int s = i;
            // the run's character classes ORed together, and an upper-case letter after a lower-case one: no branch
            // per character on its case
            int seen = 0, mixed = 0;
            long h = 0xcbf29ce484222325L;
            while (i < len) {
                char ch = t[i];
                int k = ch < 128 ? ASCII[ch] : wordChar(ch);
                if ((k & WORD) == 0) break;
                mixed |= (seen << 1) & k & UPPER_LETTER; // LOWER << 1 is UPPER_LETTER
                seen |= k;
                h ^= k & FOLDED;
                h *= 0x100000001b3L;
                i++;
            }
            char first = t[s];
            boolean anyLetter = (seen & (LOWER | UPPER_LETTER)) != 0;
            int f = 0;
            if (first < 128 ? first >= 'A' && first <= 'Z' : Character.isUpperCase(first)) f |= CAP;
            if (anyLetter && (seen & LOWER) == 0 && i - s > 1) f |= UPPER;
            if ((seen & (LOWER | UPPER_LETTER | NOT_DIGIT)) == 0) f |= DIGIT;
            if (anyLetter) f |= ALPHA;
            if (mixed != 0) f |= MIXED;
            if (n == start.length) grow();
            start[n] = s;
            end[n] = i;
            flags[n] = f;
            gap[n] = g;
            hash[n] = h;
            n++;
            g = 0;
        }
    }

    /**
     * Per ASCII character, so the tokenizer's loop reads one table entry instead of a switch and range tests: a
     * letter or digit is its {@link #wordChar} entry; any other character is the separator bits it adds to a gap.
     */
    private static final int[] ASCII = new int[128];
    /**
     * A letter or digit's entry: {@link #WORD}, its folded form ({@link NameKey#fold}) in the low 16 bits and its class:
     * {@link #LOWER} (a letter that is not upper-case), {@link #UPPER_LETTER}, {@link #NOT_DIGIT} (neither a letter nor
     * 0-9) or none (0-9).
     */
    private static final int FOLDED = 0xFFFF, LOWER = 1 << 16, UPPER_LETTER = 1 << 17, NOT_DIGIT = 1 << 18, WORD = 1 << 19;

    static {
        for (char c = 0; c < 128; c++) ASCII[c] = NameKey.fold(c) == 0 ? separator(c) : wordChar(c);
    }

    /** The entry of a letter or digit (see {@link #FOLDED}), 0 for any other character. */
    private static int wordChar(char c) {
        char fo = NameKey.fold(c);
        if (fo == 0) return 0;
        int cls = !Character.isLetter(c) ? (c >= '0' && c <= '9' ? 0 : NOT_DIGIT)
                : Character.isUpperCase(c) ? UPPER_LETTER : LOWER;
        return WORD | cls | fo;
    }

    /** The gap bits a separator (a character that is no letter or digit) adds. A newline always ends a paragraph. */
    private static int separator(char c) {
        return switch (c) {
            case ' ', '\t', '\u00A0' -> G_SPACE;
            case '\n' -> G_NEWLINE | G_PARA;
            case '\r' -> 0;
            case ',' -> G_COMMA;
            case '.' -> G_PERIOD;
            case '!', '?' -> G_STOP;
            case '-', '\u2013', '\u2014' -> G_HYPHEN;
            case '\'', '\u2019', '\u2018' -> G_APOS;
            case '"', '\u201C', '\u201D' -> G_QUOTE;
            case '(', ')', '[', ']' -> G_PAREN;
            case ':', ';' -> G_COLON;
            default -> junkChar(c) ? G_OTHER | G_JUNK : G_OTHER;
        };
    }

    /** Characters prose rarely uses and bytes decoded as text are full of. */
    private static boolean junkChar(char c) {
        if (c == '\u2212') return false; // a minus sign typed as a dash
        return switch (Character.getType(c)) {
            case Character.CONTROL, Character.UNASSIGNED, Character.PRIVATE_USE, Character.SURROGATE,
                    Character.OTHER_SYMBOL, Character.MATH_SYMBOL, Character.MODIFIER_SYMBOL -> true;
            default -> c == '{' || c == '}' || c == '\\' || c == '_' || c == '|' || c == '@' || c == '#';
        };
    }

    private void grow() {
        int c = start.length * 2;
        start = java.util.Arrays.copyOf(start, c);
        end = java.util.Arrays.copyOf(end, c);
        flags = java.util.Arrays.copyOf(flags, c);
        gap = java.util.Arrays.copyOf(gap, c);
        hash = java.util.Arrays.copyOf(hash, c);
    }

    /**
     * Sentence and paragraph numbers. A newline always ends a sentence; a blank line or newline a paragraph. The
     * sentence bounds are filled once the sentences are counted, so they take a slot per sentence, not per token.
     */
    private void split() {
        sentence = new int[Math.max(1, n)];
        paragraph = new int[Math.max(1, n)];
        int s = -1, p = -1;
        for (int i = 0; i < n; i++) {
            boolean newPara = i == 0 || (gap[i] & G_PARA) != 0;
            if (newPara) p++;
            if (newPara || isSentenceBreak(i)) s++;
            sentence[i] = s;
            paragraph[i] = p;
        }
        sentences = s + 1;
        sentStart = new int[Math.max(2, sentences + 1)];
        sentEnd = new int[Math.max(2, sentences + 1)];
        for (int i = n - 1; i >= 0; i--) sentStart[sentence[i]] = i;
        for (int i = 0; i < n; i++) sentEnd[sentence[i]] = i + 1;
        garbled = new boolean[Math.max(1, sentences)];
        for (int q = 0; q < sentences; q++) {
            int odd = 0;
            for (int i = sentStart[q]; i < sentEnd[q]; i++) if ((gap[i] & G_JUNK) != 0 || (flags[i] & MIXED) != 0) odd++;
            // prose has the odd "Kyiv/Odesa" or "50%"; text where a quarter of the words sit between stray symbols
            // or mix their case at random is bytes read as text
            garbled[q] = odd >= 3 && odd * 4 > sentEnd[q] - sentStart[q];
        }
    }

    private boolean isSentenceBreak(int i) {
        int g = gap[i];
        if ((g & (G_STOP | G_PERIOD)) == 0 || (g & G_SPACE) == 0) return false;
        if ((g & G_STOP) == 0) {
            // period: not after an abbreviation or an initial, and the next token starts like a sentence
            int prev = i - 1;
            if (postalAbbreviationEnds(i)) return true;
            if (prev >= 0 && (flags[prev] & DIGIT) == 0 && end[prev] - start[prev] <= 4 && ABBREV.get(hash[prev]) != 0
                    && (flags[prev] & CAP) != 0) {
                return false;
            }
            if (prev >= 0 && end[prev] - start[prev] == 1 && (flags[prev] & CAP) != 0) return false;
        }
        return (flags[i] & (CAP | DIGIT)) != 0 || (g & G_QUOTE) != 0;
    }

    /**
     * Places round 15: "near Minot, N.D. Gunmen attacked ...": the dotted postal abbreviation of a US state or a Canadian
     * province ({@link #POSTAL_PAIRS}) after a town and a comma ends the sentence when a capitalised word follows that
     * a lower-case word goes on from; "Washington, D.C. Police Department", "Goma, D.R. Congo" and "N.D. Smith" stay
     * one sentence.
     */
    private boolean postalAbbreviationEnds(int i) {
        int b = i - 1, a = i - 2;
        return a >= 1 && end[a] - start[a] == 1 && end[b] - start[b] == 1 && (flags[a] & CAP) != 0
                && (flags[b] & CAP) != 0 && gap[b] == G_PERIOD && (gap[a] & G_COMMA) != 0 && (flags[a - 1] & CAP) != 0
                && (flags[a - 1] & DIGIT) == 0 && (flags[i] & CAP) != 0 && i + 1 < n && gap[i + 1] == G_SPACE
                && (flags[i + 1] & (CAP | DIGIT)) == 0
                && POSTAL_PAIRS.contains(String.valueOf(new char[] {text.charAt(start[a]), text.charAt(start[b])}));
    }

    /** The US states and Canadian provinces whose postal abbreviations are written as two dotted capitals. */
    private static final Set<String> POSTAL_PAIRS = Set.of("NC", "ND", "NH", "NJ", "NM", "NY", "RI",
            "SC", "SD", "BC");

    boolean is(int i, int f) { return (flags[i] & f) != 0; }

    /** Looks every token up in {@link TokenWords} once, so rules test classes by index. */
    Tokens classify() {
        words = new long[n];
        for (int k = 0; k < n; k++) {
            if (hash[k] == H_IS && islamicStateAbbreviation(k)) hash[k] = H_ISIS;
            long w = TokenWords.of(hash[k]);
            words[k] = (flags[k] & MIXED) != 0 ? TokenWords.withoutLexicon(w) : w;
            lexiconOfAll |= lexicon(k);
        }
        return this;
    }

    private static final long H_IS = LongIntMap.h("is"), H_ISIS = LongIntMap.h("isis");

    /**
     * "gunmen said to be IS members fired on a car", "IS militants attacked": an upper-case "IS" between words that are
     * not upper-case is the Islamic State (ACLED notes' abbreviation), not the verb; in an all-caps headline it stays "is".
     */
    private boolean islamicStateAbbreviation(int k) {
        if ((flags[k] & UPPER) == 0) return false;
        boolean capsBefore = k - 1 >= 0 && (flags[k - 1] & UPPER) != 0, capsAfter = k + 1 < n && (flags[k + 1] & UPPER) != 0;
        return !capsBefore && !capsAfter;
    }

    /** Whether token {@code k} is in one of the {@link TokenWords} sets {@code bits}, even if MIXED (after {@link #classify()}). */
    boolean in(int k, long bits) { return (words[k] & bits) != 0; }

    /** {@link Lexicon#month} of token {@code k}'s word, MIXED or not (after {@link #classify()}). */
    int month(int k) { return TokenWords.month(words[k]); }

    /** {@link Lexicon#weekday} of token {@code k}'s word, MIXED or not (after {@link #classify()}). */
    int weekday(int k) { return TokenWords.weekday(words[k]); }

    /** The Lexicon classes of token {@code k}, 0 if MIXED (after {@link #classify()}). */
    int lexicon(int k) { return TokenWords.lexicon(words[k]); }

    /**
     * {@code Lexicon.has(hash[k], cls)}: the classes of the token's word whatever its case, MIXED or not
     * (after {@link #classify()}); only a MIXED token, whose bits lack them, is looked up again.
     */
    boolean wordIs(int k, int cls) {
        return (classes(k) & cls) != 0;
    }

    /** {@code Lexicon.classes(hash[k])}: the Lexicon classes of the token's word whatever its case (after {@link #classify()}). */
    int classes(int k) {
        return (flags[k] & MIXED) != 0 ? Lexicon.classes(hash[k]) : lexicon(k);
    }

    /** Whether token {@code k} is in one of the Lexicon classes {@code cls} (after {@link #classify()}). */
    boolean has(int k, int cls) { return (lexicon(k) & cls) != 0; }

    /**
     * A word of {@code words} among the {@code span} tokens after {@code k} (and before {@code end}) with no comma
     * or colon before it: in the clause that goes on from {@code k}.
     */
    boolean wordAfter(int k, int end, int span, LongIntMap words) {
        for (int j = k + 1; j < Math.min(end, k + 1 + span); j++) {
            if ((gap[j] & (G_COMMA | G_COLON)) != 0) return false;
            if (words.get(hash[j]) != 0) return true;
        }
        return false;
    }

    /** A word of {@code words} among the tokens from {@code start} to {@code end} (exclusive), whatever separates them. */
    boolean anyWord(int start, int end, LongIntMap words) {
        for (int j = start; j < end; j++) {
            if (words.get(hash[j]) != 0) return true;
        }
        return false;
    }

    /**
     * A word of {@code words} among the {@code span} tokens before {@code k} (from {@code start} on) with no comma or
     * colon after it: in the clause that leads to {@code k}.
     */
    boolean wordBefore(int k, int start, int span, LongIntMap words) {
        for (int j = k - 1; j >= Math.max(start, k - span); j--) {
            if ((gap[j + 1] & (G_COMMA | G_COLON)) != 0) return false;
            if (words.get(hash[j]) != 0) return true;
        }
        return false;
    }

    /** The first token in [{@code from}, {@code end}) that is a word of {@code words}, or -1. */
    int first(int from, int end, LongIntMap words) {
        for (int j = Math.max(0, from); j < end; j++) if (words.get(hash[j]) != 0) return j;
        return -1;
    }

    /** Some token of the text is of lexicon class {@code cls} (after {@link #classify()}). */
    boolean anyHas(int cls) { return (lexiconOfAll & cls) != 0; }

    boolean gapHas(int i, int g) { return i < n && (gap[i] & g) != 0; }

    String word(int i) { return text.substring(start[i], end[i]); }

    /** The gap before token i opens a bracket (1), closes one (-1) or neither (0); the last bracket in it counts. */
    int bracketAt(int i) {
        if (i == 0 || (gap[i] & G_PAREN) == 0) return 0;
        int r = 0;
        for (int c = end[i - 1]; c < start[i]; c++) {
            char ch = text.charAt(c);
            if (ch == '(' || ch == '[') r = 1;
            else if (ch == ')' || ch == ']') r = -1;
        }
        return r;
    }

    /** True when token i starts its sentence. */
    boolean sentenceInitial(int i) { return i == sentStart[sentence[i]]; }
}
