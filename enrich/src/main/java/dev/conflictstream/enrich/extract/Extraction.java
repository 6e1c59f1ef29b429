package dev.conflictstream.enrich.extract;

import java.util.List;

/** What one article yields: its events (most salient first) and every place mention resolved. */
public record Extraction(List<ExtractedEvent> events, List<PlaceMention> places) {}
