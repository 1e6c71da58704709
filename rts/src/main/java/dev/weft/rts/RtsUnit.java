package dev.weft.rts;

/** One runtime unit's text, with its template parameters filled in. */
public record RtsUnit(String path, String text) {}
