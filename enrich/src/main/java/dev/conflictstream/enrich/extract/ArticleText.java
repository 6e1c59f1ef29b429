package dev.conflictstream.enrich.extract;

import java.time.LocalDate;

/** One article to extract from. {@code title} and {@code published} may be null. */
public record ArticleText(String id, String title, String text, LocalDate published) {}
