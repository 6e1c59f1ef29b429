package dev.conflictstream.enrich.extract;

/** How a figure was stated; mirrors the Avro enum FigureQualifier (same symbols, same order). */
public enum Qualifier { EXACT, AT_LEAST, MORE_THAN, UP_TO, ABOUT, RANGE, VAGUE, DEFAULT }
