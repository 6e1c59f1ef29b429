package dev.conflictstream.ingest;

/** The outcome of one ingest run, printed as its last line. */
public record IngestSummary(long read, long published, long rejected, long failed) {

    /** Everything read was published: the exit code of an ingest command is 0 only then. */
    public boolean complete() {
        return rejected == 0 && failed == 0;
    }

    @Override
    public String toString() {
        return "ingest: read " + read + ", published " + published + ", rejected " + rejected
                + (failed > 0 ? ", FAILED to publish " + failed : "");
    }
}
