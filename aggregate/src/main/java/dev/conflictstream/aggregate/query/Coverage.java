package dev.conflictstream.aggregate.query;

import dev.conflictstream.aggregate.query.StoreAccess.UnavailableException;
import java.util.Set;
import java.util.TreeSet;
import java.util.stream.Collectors;
import java.util.stream.IntStream;

/**
 * Checks that the shares of a fan-out answer cover every partition exactly once. The instances
 * to ask come from this instance's view of the assignment, which lags a rebalance: an instance
 * may already have given a partition away, or taken one that another still answers for. Each
 * share says which partitions it answered from; a gap or an overlap makes the whole answer
 * unavailable (503, retry) instead of silently missing or double-counting a part.
 */
final class Coverage {
    /** Response header of a local share: the partitions it answered from, comma-separated. */
    static final String HEADER = "X-Conflictstream-Partitions";

    private final int partitions;
    private final Set<Integer> covered = new TreeSet<>();

    Coverage(int partitions) {
        this.partitions = partitions;
    }

    void add(Object host, Set<Integer> share) throws UnavailableException {
        for (int partition : share) {
            if (!covered.add(partition)) {
                throw new UnavailableException("partition " + partition + " answered twice (" + host + "): rebalancing");
            }
        }
    }

    void requireComplete() throws UnavailableException {
        if (!covered.equals(IntStream.range(0, partitions).boxed().collect(Collectors.toSet()))) {
            throw new UnavailableException("answers cover partitions " + covered + " of " + partitions + ": rebalancing");
        }
    }

    static String format(Set<Integer> partitions) {
        return String.join(",", partitions.stream().map(String::valueOf).toList());
    }

    static Set<Integer> parse(String header) {
        Set<Integer> partitions = new TreeSet<>();
        if (header != null && !header.isBlank()) {
            for (String p : header.split(",")) {
                partitions.add(Integer.parseInt(p.trim()));
            }
        }
        return partitions;
    }
}
