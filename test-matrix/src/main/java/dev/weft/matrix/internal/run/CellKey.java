package dev.weft.matrix.internal.run;

import dev.weft.features.FeatureVector;

/** A cell's coordinates: program (its index in the run), vector, engine name. */
public record CellKey(int program, FeatureVector vector, String engine) {}
