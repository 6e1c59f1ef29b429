package dev.conflictstream.ingest;

/** The outcome of one ingest run, printed as its last line. */
public record IngestSummary(long read, long published, long rejected, long failed) {

    @Override
    public String toString() {
        return "ingest: read " + read + ", published " + published + ", rejected " + rejected
                + (failed > 0 ? ", FAILED to publish " + failed : "");
    }
}
