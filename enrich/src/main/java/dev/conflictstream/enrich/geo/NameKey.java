package dev.conflictstream.enrich.geo;

import java.text.Normalizer;

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
            key = any ? combine(key, t) : t;
            any = true;
        }
        return any ? key : 0;
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
