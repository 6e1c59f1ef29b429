package dev.conflictstream.enrich.geo;

import java.util.Arrays;

/**
 * The proper prefixes of an index's name keys ("Deir", "Deir ez" of "Deir ez-Zor"), as {@link NameKey#combine} builds
 * them token by token, kept as a {@link KeyFilter} only. The extractor extends a name one token at a time and looks
 * each longer key up; most runs of capitalised words ("President Joe Biden", "The Associated Press") start no
 * longer name, and one test here tells it so before it probes (and folds) the 2-5 token keys that cannot match.
 * Never "no" for a prefix of a name added; "yes" for about 1.5% of other keys.
 *
 * <p>Consumes the prefix keys while the gazetteer loads ({@link #add}, duplicates welcome), then {@link #freeze}.
 */
final class NamePrefixes {
    static final int BITS_PER_KEY = 16;

    private long[] added = new long[1024];
    private int n;
    private KeyFilter filter;

    /** One proper prefix of a name key: the key of the name's first k tokens, k at least 1 and short of the whole. */
    void add(long prefixKey) {
        if (n == added.length) added = Arrays.copyOf(added, n * 2);
        added[n++] = prefixKey;
    }

    /** Builds the filter over the distinct prefixes added. */
    void freeze() {
        Arrays.sort(added, 0, n);
        int distinct = 0;
        for (int k = 0; k < n; k++) if (k == 0 || added[k] != added[k - 1]) distinct++;
        filter = new KeyFilter(distinct, BITS_PER_KEY);
        for (int k = 0; k < n; k++) filter.add(added[k]);
        added = null;
    }

    /** False only when no name key added starts with {@code key} and goes on: no name is longer by a token. */
    boolean mayContinue(long key) {
        return filter.mayContain(key);
    }

    /** The filter's size in bytes. */
    long bytes() {
        return filter.bytes();
    }
}
