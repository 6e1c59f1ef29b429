package dev.conflictstream.ingest.read;

import java.time.LocalDate;

/**
 * An article as read from a file, before it gets its id and ingest time.
 *
 * @param url        canonical URL, when the input gives one
 * @param externalId the input's own id (JSON Lines {@code id}, feed {@code guid}), when it gives one
 * @param origin     file path, and line or item number, for tracing and error messages
 */
public record ArticleDraft(String url, String externalId, String title, LocalDate published, String source,
                           String text, String origin) {}
