package dev.weft.frontend.check;

import dev.weft.frontend.diagnostics.SourceFile;
import dev.weft.frontend.diagnostics.Span;
import dev.weft.frontend.syntax.Decl;
import java.util.List;
import java.util.Optional;

/** What a name refers to. Symbols are dumb tokens; their meanings live in side tables. */
public sealed interface Symbol permits Symbol.TopLevel, Symbol.Local, Builtin {
    /** The name as the source spells it. */
    String displayName();

    /** A top-level function: its (single) clause and its signature, if it has one. */
    final class TopLevel implements Symbol {
        private final List<Decl.FuncDef> clauses;
        private final Optional<Decl.Signature> signature;
        private final SourceFile file;
        private final boolean library;
        private final boolean clauseStyle;
        private final String module;

        public TopLevel(List<Decl.FuncDef> clauses, Optional<Decl.Signature> signature, SourceFile file, boolean library,
                boolean clauseStyle) {
            this(clauses, signature, file, library, clauseStyle, library ? "std" : "");
        }

        public TopLevel(List<Decl.FuncDef> clauses, Optional<Decl.Signature> signature, SourceFile file, boolean library,
                boolean clauseStyle, String module) {
            this.module = module;
            this.clauseStyle = clauseStyle;
            this.clauses = List.copyOf(clauses);
            this.signature = signature;
            this.file = file;
            this.library = library;
        }

        /** The file it is defined in: one of the program's modules, or a standard library file. */
        public SourceFile file() { return file; }

        /**
         * The module it is defined in, by its name ({@code geometry}, {@code shapes.geometry}; the root module's
         * declared or file name; {@code std.list} for the standard library).
         */
        public String module() { return module; }

        /** Its name qualified by its module ({@code geometry.area}): unique in a program, unlike the display name. */
        public String qualifiedName() { return module.isEmpty() ? displayName() : module + "." + displayName(); }

        /** Whether it was written as several clauses (even if some were refused): coverage is then checked across them. */
        public boolean clauseStyle() { return clauseStyle; }

        /** Whether it comes from the standard library (whose names a program may shadow). */
        public boolean library() { return library; }

        @Override
        public String displayName() { return clauses.get(0).name().text(); }

        /** The first (often the only) clause: its name, parameters and annotations stand for the function. */
        public Decl.FuncDef def() { return clauses.get(0); }

        /** Every clause, in source order: {@code len([]) = 0} then {@code len([_, ...t]) = 1 + len(t)}. */
        public List<Decl.FuncDef> clauses() { return clauses; }

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
