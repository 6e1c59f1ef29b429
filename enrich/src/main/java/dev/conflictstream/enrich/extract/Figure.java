package dev.conflictstream.enrich.extract;

/** A casualty figure as stated: {@code low} is the conservative value ACLED codes ("at least two" is 2). */
public record Figure(int low, int high, Qualifier qualifier, String text) {}
