package dev.weft.frontend.diagnostics;

/** The compiler phase a diagnostic comes from; it is part of the code's meaning. */
public enum Phase {
    SYNTAX, NAME, TYPE, BACKEND
}
