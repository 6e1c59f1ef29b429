package dev.conflictstream.enrich.geo;

/**
 * A blocked Bloom filter over 64-bit keys: two bits per key in one 64-bit word, so a test reads one word. It answers
 * "surely absent" for most keys never added and "maybe present" for every key added; sized once, for a known number of
 * keys and bits per key. Used where most questions are about absent keys and the exact answer costs a cache miss in a
 * large table ({@link LongIntMultiMap}) or is not kept at all ({@link NamePrefixes}).
 */
final class KeyFilter {
    private static final long MIX = 0xC2B2AE3D27D4EB4FL;

    private final long[] words;
    /** a key's word is its mixed hash's top bits */
    private final int shift;

    /** A filter of at least {@code bitsPerKey} bits for each of {@code keys} keys (a power of two words, two at least). */
    KeyFilter(int keys, int bitsPerKey) {
        int n = 2; // at least two words, so the shift stays under 64
        while ((long) n * 64 < (long) keys * bitsPerKey) n <<= 1;
        words = new long[n];
        shift = 64 - Integer.numberOfTrailingZeros(n);
    }

    void add(long key) {
        long h = key * MIX;
        words[word(h)] |= mask(h);
    }

    /** False only for a key never added. */
    boolean mayContain(long key) {
        long h = key * MIX;
        long m = mask(h);
        return (words[word(h)] & m) == m;
    }

    /** The filter's size in bytes. */
    long bytes() {
        return words.length * 8L;
    }

    private int word(long h) {
        return (int) (h >>> shift);
    }

    private static long mask(long h) {
        return 1L << (h >>> 20) | 1L << (h >>> 26); // shift counts use their low 6 bits: bits 20-25 and 26-31
    }
}
