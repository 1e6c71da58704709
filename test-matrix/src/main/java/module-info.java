/** Engines behind one small interface, and the golden corpus runner. */
module dev.weft.matrix {
    requires transitive dev.weft.backend;
    requires transitive dev.weft.shims;

    exports dev.weft.matrix;
    exports dev.weft.matrix.engines;
    exports dev.weft.matrix.generate;
}
