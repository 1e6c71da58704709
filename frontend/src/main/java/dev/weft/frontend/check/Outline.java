package dev.weft.frontend.check;

import dev.weft.frontend.diagnostics.Code;
import dev.weft.frontend.diagnostics.Diagnostics;
import dev.weft.frontend.diagnostics.SourceFile;
import dev.weft.frontend.diagnostics.Span;
import dev.weft.frontend.syntax.CompilationUnit;
import dev.weft.frontend.syntax.Decl;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * Every top-level definition and its declared signature, collected before any
 * body is looked at (Kentucky Mule / Rsc), so that definitions may refer to each
 * other in any order.
 */
public record Outline(SourceFile file, Map<String, Symbol.TopLevel> functions, Map<String, Symbol.TopLevel> library,
        List<Symbol.TopLevel> all, TypeDefs types) {

    /** A program without a standard library (tests of the checker alone). */
    public static Outline of(CompilationUnit unit, Diagnostics diagnostics) {
        return of(unit, List.of(), diagnostics);
    }

    /**
     * The program's definitions and the standard library's. The program sees
     * its own names first, then the library's (its definitions shadow the
     * library's, LANGUAGE.md); library code sees only the library.
     */
    public static Outline of(CompilationUnit unit, List<CompilationUnit> libraryUnits, Diagnostics diagnostics) {
        Map<String, Symbol.TopLevel> library = new LinkedHashMap<>();
        List<Decl.TypeDecl> libraryTypes = new ArrayList<>();
        for (CompilationUnit u : libraryUnits) {
            library.putAll(functionsOf(u, true, diagnostics, libraryTypes));
        }
        List<Decl.TypeDecl> typeDecls = new ArrayList<>();
        Map<String, Symbol.TopLevel> own = functionsOf(unit, false, diagnostics, typeDecls);
        SourceFile file = unit.file();
        for (CompilationUnit.ImportDecl i : unit.imports()) {
            diagnostics.error(Code.E0901, file, i.span(), "imports are not supported yet (programs are one file for now)");
        }
        Map<String, Symbol.TopLevel> functions = new LinkedHashMap<>(own);
        library.forEach(functions::putIfAbsent);
        List<Symbol.TopLevel> all = new ArrayList<>(own.values());
        all.addAll(library.values());
        checkMain(own, file, diagnostics);
        List<Decl.TypeDecl> types = new ArrayList<>(libraryTypes);
        types.addAll(typeDecls);
        return new Outline(file, functions, library, all, TypeDefs.of(Prelude.withTypes(types), file, diagnostics));
    }

    private static Map<String, Symbol.TopLevel> functionsOf(CompilationUnit unit, boolean isLibrary, Diagnostics diagnostics,
            List<Decl.TypeDecl> typeDecls) {
        SourceFile file = unit.file();
        Map<String, List<Decl.FuncDef>> defs = new LinkedHashMap<>();
        java.util.Set<String> rejected = new java.util.HashSet<>();
        Map<String, Decl.Signature> signatures = new LinkedHashMap<>();
        for (Decl decl : unit.decls()) {
            switch (decl) {
                case Decl.FuncDef f -> {
                    // Clauses of one function: len([]) = 0, then len([_, ...t]) = 1 + len(t).
                    List<Decl.FuncDef> clauses = defs.computeIfAbsent(f.name().text(), k -> new ArrayList<>());
                    if (!clauses.isEmpty() && clauses.get(0).params().size() != f.params().size()) {
                        rejected.add(f.name().text());
                        diagnostics.error(Code.E0202, file, f.name().span(), "this clause of '" + f.name().text() + "' has "
                                + f.params().size() + " parameters, but the clause at line " + clauses.get(0).span().line()
                                + " has " + clauses.get(0).params().size());
                    } else {
                        clauses.add(f);
                    }
                }
                case Decl.Signature s -> {
                    Decl.Signature earlier = signatures.putIfAbsent(s.name().text(), s);
                    if (earlier != null) {
                        diagnostics.error(Code.E0102, file, s.name().span(), "'" + s.name().text()
                                + "' already has a signature at line " + earlier.span().line());
                    }
                }
                case Decl.TypeDecl t -> typeDecls.add(t);
                case Decl.ForeignDecl f -> diagnostics.error(Code.E0901, file, f.span(),
                        "foreign functions are not supported yet");
            }
        }
        for (Decl.Signature s : signatures.values()) {
            if (!defs.containsKey(s.name().text())) {
                diagnostics.error(Code.E0105, file, s.name().span(), "signature for '" + s.name().text()
                        + "' has no definition; define it below, as in " + s.name().text() + "(...) = ...");
            }
        }
        Map<String, Symbol.TopLevel> functions = new LinkedHashMap<>();
        for (List<Decl.FuncDef> clauses : defs.values()) {
            String name = clauses.get(0).name().text();
            functions.put(name, new Symbol.TopLevel(clauses, Optional.ofNullable(signatures.get(name)), file, isLibrary,
                    clauses.size() > 1 || rejected.contains(name)));
        }
        return functions;
    }

    private static void checkMain(Map<String, Symbol.TopLevel> functions, SourceFile file, Diagnostics diagnostics) {
        Symbol.TopLevel main = functions.get("main");
        if (main == null) {
            Symbol.TopLevel near = functions.values().stream()
                    .filter(f -> EditDistance.between(f.displayName(), "main") <= 2).findFirst().orElse(null);
            if (near != null) {
                diagnostics.error(Code.E0103, file, near.def().name().span(), "no main function; did you mean to name '"
                        + near.displayName() + "' main?");
            } else {
                Span start = new Span(0, 0, 1, 1);
                diagnostics.error(Code.E0103, file, start, "no main function; add one, as in main() = println(\"hello\")");
            }
        } else if (!main.def().params().isEmpty()) {
            diagnostics.error(Code.E0206, file, main.def().name().span(), "main must take no parameters");
        }
    }

    /** The function a name means in code of the program (library false) or of the standard library. */
    public Symbol.TopLevel lookup(String name, boolean fromLibrary) {
        return fromLibrary ? library.get(name) : functions.get(name);
    }
}
