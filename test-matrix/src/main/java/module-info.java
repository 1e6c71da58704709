/** Engines behind one small interface, the golden corpus runner, and the mutation fuzzer. */
module dev.weft.matrix {
    requires transitive dev.weft.backend;
    requires transitive dev.weft.shims;
    // The fuzzer loads every module it builds with Chicory's parser, which validates it.
    requires com.dylibso.chicory.wasm;
    // ... and cuts inputs into tokens with Weft's own (ANTLR) lexer.
    requires org.antlr.antlr4.runtime;

    exports dev.weft.matrix;
    exports dev.weft.matrix.engines;
    exports dev.weft.matrix.fuzz;
    exports dev.weft.matrix.generate;
}
