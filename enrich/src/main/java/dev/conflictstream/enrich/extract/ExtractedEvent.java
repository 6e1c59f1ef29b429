package dev.conflictstream.enrich.extract;

import dev.conflictstream.enrich.geo.ResolvedPlace;
import java.time.LocalDate;
import java.util.List;

/**
 * One event in ACLED's taxonomy. {@code place} is null and {@code geoPrecision} 0 when no place is
 * known; {@code killed}/{@code injured} are null when the text states no figure. {@code date} is null
 * only when the text gives none and the article has no publication date. Evidence offsets are UTF-16
 * offsets into {@link ArticleText#text()}, end exclusive.
 */
public record ExtractedEvent(String type, String subtype, ResolvedPlace place, int geoPrecision,
        LocalDate date, int datePrecision, List<String> actors, Figure killed, Figure injured, String claimedBy,
        double confidence, int evidenceStart, int evidenceEnd) {}
