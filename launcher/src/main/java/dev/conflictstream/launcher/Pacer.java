package dev.conflictstream.launcher;

/**
 * Paces publishing at a fixed rate without drift: record {@code i} is due {@code i / rate}
 * seconds after the first one, however long the sends before it took (a slow send is caught up,
 * not added to every later gap). A rate of 0 or less means unlimited.
 */
record Pacer(double perSecond) {

    /** Nanoseconds to wait before sending record {@code index} when {@code elapsedNanos} have passed since the first. */
    long nanosUntilDue(long index, long elapsedNanos) {
        if (perSecond <= 0) {
            return 0;
        }
        long due = (long) (index * 1e9 / perSecond);
        return Math.max(0, due - elapsedNanos);
    }

    boolean unlimited() {
        return perSecond <= 0;
    }
}
