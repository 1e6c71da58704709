/** Weft's frontend: source to syntax trees to names to types. Knows nothing of Wasm. */
module dev.weft.frontend {
    requires org.antlr.antlr4.runtime;

    exports dev.weft.frontend;
    exports dev.weft.frontend.check;
    exports dev.weft.frontend.diagnostics;
    exports dev.weft.frontend.parser;
    exports dev.weft.frontend.syntax;
    exports dev.weft.frontend.types;
}
