package dev.weft.frontend.check;

import dev.weft.frontend.diagnostics.SourceFile;
import dev.weft.frontend.diagnostics.Span;
import dev.weft.frontend.syntax.Decl;
import java.util.Optional;

/** What a name refers to. Symbols are dumb tokens; their meanings live in side tables. */
public sealed interface Symbol permits Symbol.TopLevel, Symbol.Local, Builtin {
    /** The name as the source spells it. */
    String displayName();

    /** A top-level function: its (single) clause and its signature, if it has one. */
    final class TopLevel implements Symbol {
        private final Decl.FuncDef def;
        private final Optional<Decl.Signature> signature;
        private final SourceFile file;
        private final boolean library;

        public TopLevel(Decl.FuncDef def, Optional<Decl.Signature> signature, SourceFile file, boolean library) {
            this.def = def;
            this.signature = signature;
            this.file = file;
            this.library = library;
        }

        /** The file it is defined in: the program's, or a standard library file. */
        public SourceFile file() { return file; }

        /** Whether it comes from the standard library (whose names a program may shadow). */
        public boolean library() { return library; }

        @Override
        public String displayName() { return def.name().text(); }

        public Decl.FuncDef def() { return def; }

        public Optional<Decl.Signature> signature() { return signature; }

        @Override
        public String toString() { return displayName(); }
    }

    /** A parameter or a block-local binding. Each binding occurrence is its own symbol. */
    final class Local implements Symbol {
        private final String name;
        private final Span span;

        public Local(String name, Span span) {
            this.name = name;
            this.span = span;
        }

        @Override
        public String displayName() { return name; }

        public Span span() { return span; }

        @Override
        public String toString() { return name + "@" + span; }
    }
}
