package dev.conflictstream.enrich.geo;

import java.text.Normalizer;
import java.util.function.LongConsumer;

/**
 * The one normalisation shared by the gazetteer index and the tokenizer: a name is a sequence of
 * letter/digit runs, case- and accent-folded; everything else (space, hyphen, period, apostrophe) only
 * separates runs. A name's key is a 64-bit hash over its folded runs, so "Ivano-Frankivsk",
 * "Ivano Frankivsk" and "IVANO FRANKIVSK" share a key, and the extractor can build n-gram keys from
 * per-token hashes without allocating strings.
 */
public final class NameKey {
    private static final long FNV_OFFSET = 0xcbf29ce484222325L;
    private static final long FNV_PRIME = 0x100000001b3L;
    private static final long JOIN = 0x9E3779B97F4A7C15L;
    private static final char[] FOLD = new char[0x2000];

    static {
        for (int c = 0; c < FOLD.length; c++) {
            char ch = (char) c;
            if (!Character.isLetterOrDigit(ch)) { FOLD[c] = 0; continue; }
            String d = Normalizer.normalize(String.valueOf(ch), Normalizer.Form.NFD);
            char base = Character.toLowerCase(d.charAt(0));
            FOLD[c] = base;
        }
        FOLD['ı'] = 'i'; FOLD['ø'] = 'o'; FOLD['Ø'] = 'o'; FOLD['ł'] = 'l'; FOLD['Ł'] = 'l';
        FOLD['đ'] = 'd'; FOLD['Đ'] = 'd'; FOLD['ß'] = 's'; FOLD['æ'] = 'a'; FOLD['Æ'] = 'a';
        FOLD['œ'] = 'o'; FOLD['Œ'] = 'o'; FOLD['þ'] = 't'; FOLD['ð'] = 'd';
    }

    private NameKey() {}

    private static final LongConsumer NO_PREFIXES = key -> { };

    /** Folded lower-case form of a letter or digit, or 0 for a separator. */
    public static char fold(char c) {
        if (c < 128) {
            if (c >= 'a' && c <= 'z' || c >= '0' && c <= '9') return c;
            if (c >= 'A' && c <= 'Z') return (char) (c + 32);
            return 0;
        }
        if (c < FOLD.length) return FOLD[c];
        return Character.isLetterOrDigit(c) ? Character.toLowerCase(c) : 0;
    }

    public static boolean isWordChar(char c) {
        return fold(c) != 0;
    }

    /** Hash of one token: the folded chars of text[start, end). */
    public static long token(CharSequence text, int start, int end) {
        long h = FNV_OFFSET;
        for (int i = start; i < end; i++) {
            char f = fold(text.charAt(i));
            if (f != 0) {
                h ^= f;
                h *= FNV_PRIME;
            }
        }
        return h;
    }

    /** Key of a token sequence: first = token hash, then combine(key, next token hash). */
    public static long combine(long key, long tokenHash) {
        long h = key * JOIN + tokenHash;
        return h ^ (h >>> 29);
    }

    /** Key of a whole name string, splitting it into runs as the tokenizer does. 0 if no runs. */
    public static long of(CharSequence name) {
        return of(name, NO_PREFIXES);
    }

    /** {@link #of}, telling {@code prefixes} the key of each proper prefix of the name (its first k runs, shortest first). */
    public static long of(CharSequence name, LongConsumer prefixes) {
        long key = 0;
        boolean any = false;
        int n = name.length();
        int i = 0;
        while (i < n) {
            while (i < n && !isWordChar(name.charAt(i))) i++;
            if (i >= n) break;
            int s = i;
            while (i < n && isWordChar(name.charAt(i))) i++;
            long t = token(name, s, i);
            if (any) prefixes.accept(key);
            key = any ? combine(key, t) : t;
            any = true;
        }
        return any ? key : 0;
    }

    // ---- transliteration variants ----

    /** Arabic definite articles as transliterated ("al-", "el-", and the assimilated "ad-", "ar-", "as-", "ash-"...). */
    private static final long[] ARTICLES;
    private static final long AL, EL;

    static {
        String[] a = {"al", "el", "ad", "ar", "as", "az", "ash", "at", "an", "ed", "er", "es", "et", "ez", "en"};
        ARTICLES = new long[a.length];
        for (int i = 0; i < a.length; i++) ARTICLES[i] = token(a[i], 0, a[i].length());
        AL = ARTICLES[0];
        EL = ARTICLES[1];
    }

    /** Whether a token hash is an Arabic article ("al", "ash", "ez"...). */
    public static boolean isArticle(long tokenHash) {
        for (long a : ARTICLES) if (a == tokenHash) return true;
        return false;
    }

    /** "al"/"el" is an article before any name; the other forms only when hyphenated ("as-Suwayda", not "As Suwayda"). */
    public static boolean isLooseArticle(long tokenHash) {
        return tokenHash == AL || tokenHash == EL;
    }

    private static boolean vowel(char c) {
        return c == 'a' || c == 'e' || c == 'i' || c == 'o' || c == 'u';
    }

    /**
     * Transliteration-folded hash of one token, so that the spellings wire copy uses for one name meet:
     * vowels fold to three classes, a, i (e, i, y before a consonant) and u (o, u), and a repeated class or
     * the diphthong ai/ay/ei counts once ("Zour"/"Zor", "Idleb"/"Idlib", "Kismaayo"/"Kismayo",
     * "Hudaydah"/"Hodeidah"), doubled consonants count once ("Raqqa"/"Raqa"), q is k,
     * dj is j, dh/th/ph are d/t/f, ch is sh (gh stays: English "Rough" would meet "Rouge"); a final h after a vowel ("Raqqah") and a final e after a
     * consonant ("Beledweyne") are dropped. {@code inner}: a later word of a name that fuses the article with
     * a doubled sun letter ("Ezzor" as in "Deir ez-Zor") loses it. Never the exact key: look it up in the
     * gazetteer's variant index only.
     */
    public static long variantToken(CharSequence text, int start, int end, boolean inner) {
        int from = start, to = end;
        if (inner && fusedArticle(text, start, end)) from += 2;
        if (to - from >= 5 && fold(text.charAt(to - 1)) == 'e' && !vowel(fold(text.charAt(to - 2)))) to--;
        if (to - from >= 4 && fold(text.charAt(to - 1)) == 'h' && vowel(fold(text.charAt(to - 2)))) to--;
        long h = FNV_OFFSET ^ 0x5bd1e995L; // never equal to an exact token hash of the same letters
        char pending = 0; // the last folded letter, hashed once the next one shows it is not doubled
        char nx = foldedAt(text, from, to); // each letter folded once: as the next one, then as the current
        for (int i = from; i < to; i++) {
            char ch = nx, out;
            nx = foldedAt(text, i + 1, to);
            if (vowel(ch) || ch == 'y' && !vowel(nx)) {
                // vowel classes a, i (e, i, y), u (o, u); "ai", "ay", "ei" are one diphthong i
                out = ch == 'a' ? 'a' : ch == 'o' || ch == 'u' ? 'u' : 'i';
                if (out == 'i' && pending == 'a') { pending = 'i'; continue; }
            } else if (ch == 'd' && nx == 'j') {
                out = 'j';
                nx = foldedAt(text, ++i + 1, to);
            } else if (nx == 'h' && (ch == 'd' || ch == 't' || ch == 'p')) {
                out = ch == 'p' ? 'f' : ch;
                nx = foldedAt(text, ++i + 1, to);
            } else if (ch == 'c' && nx == 'h') {
                out = 's'; // "ch" continues as "sh": the h is emitted next
            } else {
                out = ch == 'q' ? 'k' : ch;
            }
            if (out == pending) continue;
            if (pending != 0) { h ^= pending; h *= FNV_PRIME; }
            pending = out;
        }
        if (pending != 0) { h ^= pending; h *= FNV_PRIME; }
        return h;
    }

    /**
     * The word text[start, end) begins with an Arabic article fused to a doubled sun letter ("Ezzor" as in "Deir
     * ez-Zor"), which {@link #variantToken} drops from a later word of a name; every other word folds alike as a
     * name's first word and as a later one.
     */
    public static boolean fusedArticle(CharSequence text, int start, int end) {
        return end - start >= 5 && vowel(fold(text.charAt(start))) && fold(text.charAt(start + 1)) == fold(text.charAt(start + 2))
                && "tdrzsn".indexOf(fold(text.charAt(start + 1))) >= 0;
    }

    /** {@link #fold} of text[i], 0 at or past {@code to}. */
    private static char foldedAt(CharSequence text, int i, int to) {
        return i < to ? fold(text.charAt(i)) : 0;
    }

    /**
     * Variant key of a whole name, as {@link #variantToken} folds each word: Arabic articles before another word
     * are dropped ("Ar Raqqah", "Deir ez-Zor") and an apostrophe inside a word joins it ("Ma'rib" is "Marib",
     * "Şa‘dah" is "Sadah"). 0 if no runs.
     */
    public static long variant(CharSequence name) {
        return variant(name, NO_PREFIXES);
    }

    /** {@link #variant}, telling {@code prefixes} the key of each proper prefix of the name's kept runs (as {@link #of}). */
    public static long variant(CharSequence name, LongConsumer prefixes) {
        return articleFreeKey(name, prefixes, false);
    }

    /** {@link #variant} ({@code arabic} false) or {@link #arabic} key of a whole name: apostrophes inside a word join
     *  it, articles before another word are dropped, each kept word folded by its rule. */
    private static long articleFreeKey(CharSequence name, LongConsumer prefixes, boolean arabic) {
        StringBuilder joined = new StringBuilder(name.length());
        for (int i = 0; i < name.length(); i++) {
            char ch = name.charAt(i);
            boolean apos = ch == '\'' || ch == '\u2019' || ch == '\u2018' || ch == '\u02BC' || ch == '\u02BB' || ch == '`';
            if (!(apos && i > 0 && i + 1 < name.length() && isWordChar(name.charAt(i - 1)) && isWordChar(name.charAt(i + 1)))) {
                joined.append(ch);
            }
        }
        long key = 0;
        boolean any = false;
        int n = joined.length(), i = 0, index = 0;
        while (i < n) {
            while (i < n && !isWordChar(joined.charAt(i))) i++;
            if (i >= n) break;
            int s = i;
            while (i < n && isWordChar(joined.charAt(i))) i++;
            int next = i;
            while (next < n && !isWordChar(joined.charAt(next))) next++;
            boolean article = next < n && isArticle(token(joined, s, i));
            if (!article) {
                long t = arabic ? arabicToken(joined, s, i, index > 0) : variantToken(joined, s, i, index > 0);
                if (any) prefixes.accept(key);
                key = any ? combine(key, t) : t;
                any = true;
            }
            index++;
        }
        return any ? key : 0;
    }

    /** Keeps Slavic keys apart from the other variant keys in the one variant index. */
    private static final long SLAVIC_SALT = 0x2545F4914F6CDD1DL;

    /**
     * The Russian and the Ukrainian romanisation of one Ukrainian name folded to one key, derived by rule, not listed:
     * Russian g is Ukrainian h ("Gorlovka"/"Horlivka"), -ovka/-evka is -ivka ("Krasnogorovka"/"Krasnohorivka"), a y
     * between vowels is dropped ("Avdeyevka"/"Avdiivka"), the adjective endings -aya, -oye, -iy/-yy are -a, -e, -i
     * ("Luganskaya"/"Luhanska", "Zolotoye"/"Zolote"), -tsia is -tsa ("Stanytsia"/"Stanitsa"), a final -ia/-ye is -e
     * ("Shchastia"/"Shchastye"), Russian o is Ukrainian i or u, so every vowel but a is one ("Dobropolye"/"Dobropillia",
     * "Belozerka"/"Bilozerka", "Yasinovataya"/"Yasynuvata"), then the word folds as {@link #variantToken} folds it. The
     * gazetteer indexes these keys for Ukrainian names only, so a Russian spelling finds the Ukrainian town.
     */
    public static long slavicToken(CharSequence text, int start, int end, boolean inner) {
        return slavicToken(text, start, end, inner, variantToken(text, start, end, inner));
    }

    /** {@link #slavicToken} when the word's {@link #variantToken} is known already: most words need no rewriting. */
    public static long slavicToken(CharSequence text, int start, int end, boolean inner, long variant) {
        if (!slavicRewrites(text, start, end)) return variant ^ SLAVIC_SALT;
        // rewritten in place, in an array of its own: each step keeps or shortens the word
        char[] w = new char[end - start];
        int n = 0;
        for (int i = start; i < end; i++) {
            char c = fold(text.charAt(i));
            if (c != 0) w[n++] = c == 'g' ? 'h' : c == 'o' || c == 'u' ? 'i' : c;
        }
        n = replaceAll(w, n, "shch", "sch");
        n = replaceAll(w, n, "tsia", "tsa");
        n = replaceAll(w, n, "tsya", "tsa");
        for (int i = n - 2; i >= 1; i--) {
            if (w[i] == 'y' && vowel(w[i - 1]) && vowel(w[i + 1])) {
                System.arraycopy(w, i + 1, w, i, n - i - 1);
                n--;
            }
        }
        n = replaceAll(w, n, "ovk", "ivk");
        n = replaceAll(w, n, "evk", "ivk");
        if (n >= 5) {
            char a = w[n - 2], b = w[n - 1];
            if (a == 'a' && b == 'a') {                                                          // -aya
                n--;
            } else if (b == 'e' && (a == 'o' || a == 'y' || a == 'i') || a == 'i' && b == 'a') { // -oye, -ia, -ye
                w[n - 2] = 'e';
                n--;
            } else if ((a == 'i' || a == 'y') && (b == 'y' || b == 'j') || a == 'y' && b == 'i') { // -iy, -yy, -yi, -ij, -yj
                w[n - 2] = 'i';
                n--;
            }
        }
        return variantToken(new String(w, 0, n), 0, n, inner) ^ SLAVIC_SALT;
    }

    /**
     * Whether {@link #slavicToken} rewrites the word at all (a g, a y, an o or u, or one of its endings), checked without
     * building it: most words of an English text are left as {@link #variantToken} folds them.
     */
    private static boolean slavicRewrites(CharSequence text, int start, int end) {
        int n = end - start;
        for (int i = start; i < end; i++) {
            char c = fold(text.charAt(i));
            if (c == 'g' || c == 'y' || c == 'o' || c == 'u') return true;
            if (c == 'k' && i >= start + 2 && fold(text.charAt(i - 1)) == 'v') return true; // -ovk-, -evk-
            if (c == 's' && i + 3 < end && fold(text.charAt(i + 1)) == 'h' && fold(text.charAt(i + 2)) == 'c') return true;
        }
        if (n >= 5) {
            char a = fold(text.charAt(end - 2)), b = fold(text.charAt(end - 1));
            return a == 'o' && b == 'e' || a == 'i' && (b == 'a' || b == 'e' || b == 'j');
        }
        return false;
    }

    /** Replaces each {@code from} in w[0, n) by {@code to}, no longer, left to right; the new length. */
    private static int replaceAll(char[] w, int n, String from, String to) {
        for (int i = indexOf(w, n, from, 0); i >= 0; i = indexOf(w, n, from, i + to.length())) {
            to.getChars(0, to.length(), w, i);
            System.arraycopy(w, i + from.length(), w, i + to.length(), n - i - from.length());
            n -= from.length() - to.length();
        }
        return n;
    }

    /** The first index of {@code s} in w[0, n) at or after {@code from}, or -1. */
    private static int indexOf(char[] w, int n, String s, int from) {
        next:
        for (int i = from; i + s.length() <= n; i++) {
            for (int c = 0; c < s.length(); c++) if (w[i + c] != s.charAt(c)) continue next;
            return i;
        }
        return -1;
    }

    /** {@link #slavicToken} of each word of a whole name, combined as {@link #of} combines tokens. 0 if no runs. */
    public static long slavic(CharSequence name) {
        return slavic(name, NO_PREFIXES);
    }

    /** {@link #slavic}, telling {@code prefixes} the key of each proper prefix of the name (as {@link #of}). */
    public static long slavic(CharSequence name, LongConsumer prefixes) {
        long key = 0;
        boolean any = false;
        int n = name.length(), i = 0, index = 0;
        while (i < n) {
            while (i < n && !isWordChar(name.charAt(i))) i++;
            if (i >= n) break;
            int s = i;
            while (i < n && isWordChar(name.charAt(i))) i++;
            long t = slavicToken(name, s, i, index > 0);
            if (any) prefixes.accept(key);
            key = any ? combine(key, t) : t;
            any = true;
            index++;
        }
        return any ? key : 0;
    }

    /** Keeps Arabic keys apart from the other variant keys in the one variant index. */
    private static final long ARABIC_SALT = 0x6A09E667F3BCC909L;

    /**
     * The romanisations of one Arabic name folded to one key, by rule: on top of {@link #variantToken} (marks and
     * diacritics gone, vowels in three classes, doubled letters once, q is k, dh is d, a final h after a vowel dropped),
     * an e is the fatha a as the French and Levantine spellings write it ("Deraa"/"Daraa", "Derna"/"Darnah",
     * "Tel"/"Tall", "Benghazi"/"Banghazi"), "ee" is a long i, "ei"/"ey" stay the diphthong ("Deir" meets "Dayr") and
     * "aw" before a consonant is the diphthong o ("Zor"/"Zawr", "Hadramout"/"Hadramawt"). The gazetteer indexes these keys for the places of Arabic-speaking countries, small ones too, so
     * that a news spelling meets GeoNames' ("Qaim" for "Al Qa'im", "Jaar" for "Ja'ar"); they are asked in articles about
     * the Arab world and in short notes.
     */
    public static long arabicToken(CharSequence text, int start, int end, boolean inner) {
        return arabicToken(text, start, end, inner, variantToken(text, start, end, inner));
    }

    /** {@link #arabicToken} when the word's {@link #variantToken} is known already: a word with no e needs no rewriting. */
    public static long arabicToken(CharSequence text, int start, int end, boolean inner, long variant) {
        boolean rewrites = false;
        for (int i = start; i < end && !rewrites; i++) {
            char c = fold(text.charAt(i));
            rewrites = c == 'e' || c == 'w' && i > start && fold(text.charAt(i - 1)) == 'a'
                    && (i + 1 == end || !vowel(fold(text.charAt(i + 1))));
        }
        if (!rewrites) return variant ^ ARABIC_SALT;
        char[] w = new char[end - start];
        int n = 0;
        for (int i = start; i < end; i++) {
            char c = fold(text.charAt(i));
            if (c == 0) continue;
            if (c == 'e') {
                char nx = i + 1 < end ? fold(text.charAt(i + 1)) : 0;
                if (nx == 'e') { w[n++] = 'i'; i++; continue; } // "ee": a long i
                c = 'a';                                            // "ei"/"ey" go on as "ai"/"ay", the diphthong
            } else if (c == 'w' && n > 0 && w[n - 1] == 'a') {
                char nx = i + 1 < end ? fold(text.charAt(i + 1)) : 0;
                if (!vowel(nx)) { w[n - 1] = 'o'; continue; }      // "aw" before a consonant: the diphthong o
            }
            w[n++] = c;
        }
        return variantToken(new String(w, 0, n), 0, n, inner) ^ ARABIC_SALT;
    }

    /** {@link #arabicToken} of each word of a whole name, as {@link #variant} keeps and joins them. 0 if no runs. */
    public static long arabic(CharSequence name) {
        return arabic(name, NO_PREFIXES);
    }

    /** {@link #arabic}, telling {@code prefixes} the key of each proper prefix of the name's kept runs (as {@link #of}). */
    public static long arabic(CharSequence name, LongConsumer prefixes) {
        return articleFreeKey(name, prefixes, true);
    }

    /** Number of runs in a name. */
    public static int tokenCount(CharSequence name) {
        int n = name.length(), count = 0, i = 0;
        while (i < n) {
            while (i < n && !isWordChar(name.charAt(i))) i++;
            if (i >= n) break;
            count++;
            while (i < n && isWordChar(name.charAt(i))) i++;
        }
        return count;
    }
}
