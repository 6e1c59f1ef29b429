package dev.conflictstream.enrich.extract;

import java.util.HashMap;
import java.util.Map;

/**
 * Vote sums by code (a country or an admin-1 code) for {@link PlaceResolver}: one mutable sum per code, so adding a
 * vote boxes no Double. Iterates in the order of a {@code HashMap} given the same codes in the same order.
 */
final class Votes {
    private static final class Sum {
        double value;
    }

    private final Map<String, Sum> sums = new HashMap<>();

    void add(String code, double weight) {
        Sum s = sums.get(code);
        if (s == null) {
            s = new Sum();
            sums.put(code, s);
        }
        s.value += weight;
    }

    /** How many codes have votes. */
    int size() {
        return sums.size();
    }

    /** The sum of the votes for {@code code}, 0 if none. */
    double get(String code) {
        Sum s = sums.get(code);
        return s == null ? 0 : s.value;
    }

    /** The code with the most votes (more than none); a tie goes to the smaller code. Null if none. */
    String leader() {
        String leader = null;
        double most = 0;
        for (Map.Entry<String, Sum> e : sums.entrySet()) {
            double v = e.getValue().value;
            if (v > most || v == most && leader != null && e.getKey().compareTo(leader) < 0) {
                most = v;
                leader = e.getKey();
            }
        }
        return leader;
    }
}
