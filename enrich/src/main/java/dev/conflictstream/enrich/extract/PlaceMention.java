package dev.conflictstream.enrich.extract;

import dev.conflictstream.enrich.geo.ResolvedPlace;

/** A place named in the text at [start, end) and where it resolved. */
public record PlaceMention(int start, int end, String mention, ResolvedPlace place) {}
