package dev.conflictstream.ingest.read;

/** What reading one unit of input (a file, a line, a feed item) gave: an article or a rejection. */
public sealed interface ReadResult {
    /** The reason of a path that does not exist: rejected, but nothing was read. */
    String NOT_FOUND = "not-found";

    record Parsed(ArticleDraft article) implements ReadResult {}

    /**
     * Input that is not an article. Kept, not dropped: ingest reports it and dead-letters it.
     *
     * @param origin file and line or item
     * @param reason a short machine-friendly reason (metric tag), e.g. {@code invalid-json}
     * @param message what is wrong, for a human
     * @param raw the input as read
     */
    record Rejected(String origin, String reason, String message, String raw) implements ReadResult {}
}
