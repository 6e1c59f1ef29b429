package dev.conflictstream.enrich.extract;

/**
 * Where the extractor says why it codes a text as it does: sentences, place candidates and winners,
 * triggers, numbers. Production runs pass {@link #NONE}, which keeps nothing; {@link Extractor#explain}
 * passes a {@link #recording()} and prints what it kept.
 *
 * <p>Callers test {@link #on()} before composing a line, so a run that does not trace builds no
 * strings and allocates nothing for the trace: {@code if (trace.on()) trace.add("...").add(n).end();}
 */
interface Trace {
    /** Keeps nothing; {@link #on()} is false. */
    Trace NONE = new Trace() {
        @Override
        public boolean on() {
            return false;
        }

        @Override
        public Trace add(CharSequence s) {
            return this;
        }

        @Override
        public Trace add(CharSequence s, int start, int end) {
            return this;
        }

        @Override
        public Trace add(char c) {
            return this;
        }

        @Override
        public Trace add(long n) {
            return this;
        }

        @Override
        public Trace add(Object o) {
            return this;
        }

        @Override
        public String toString() {
            return "";
        }
    };

    /** A new trace that keeps every line; {@link #toString()} is the transcript. */
    static Trace recording() {
        return new Recording();
    }

    /** Whether lines are kept: compose a line only when this is true. */
    boolean on();

    Trace add(CharSequence s);

    /** The characters [start, end) of {@code s}. */
    Trace add(CharSequence s, int start, int end);

    Trace add(char c);

    Trace add(long n);

    /** {@code String.valueOf(o)}. */
    Trace add(Object o);

    /** Ends the current line. */
    default Trace end() {
        return add('\n');
    }

    /** The transcript of a {@link #recording()}. */
    final class Recording implements Trace {
        private final StringBuilder sb = new StringBuilder();

        @Override
        public boolean on() {
            return true;
        }

        @Override
        public Trace add(CharSequence s) {
            sb.append(s);
            return this;
        }

        @Override
        public Trace add(CharSequence s, int start, int end) {
            sb.append(s, start, end);
            return this;
        }

        @Override
        public Trace add(char c) {
            sb.append(c);
            return this;
        }

        @Override
        public Trace add(long n) {
            sb.append(n);
            return this;
        }

        @Override
        public Trace add(Object o) {
            sb.append(o);
            return this;
        }

        @Override
        public String toString() {
            return sb.toString();
        }
    }
}
