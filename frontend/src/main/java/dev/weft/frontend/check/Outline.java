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
public record Outline(SourceFile file, Map<String, Symbol.TopLevel> functions, TypeDefs types) {

    public static Outline of(CompilationUnit unit, Diagnostics diagnostics) {
        SourceFile file = unit.file();
        Map<String, Decl.FuncDef> defs = new LinkedHashMap<>();
        Map<String, Decl.Signature> signatures = new LinkedHashMap<>();
        List<Decl.TypeDecl> typeDecls = new ArrayList<>();
        for (Decl decl : unit.decls()) {
            switch (decl) {
                case Decl.FuncDef f -> {
                    Decl.FuncDef earlier = defs.putIfAbsent(f.name().text(), f);
                    if (earlier != null) {
                        diagnostics.error(Code.E0901, file, f.name().span(), "'" + f.name().text()
                                + "' is already defined at line " + earlier.span().line()
                                + "; clause-style definitions with several clauses are not supported yet");
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
        for (CompilationUnit.ImportDecl i : unit.imports()) {
            diagnostics.error(Code.E0901, file, i.span(), "imports are not supported yet (programs are one file for now)");
        }
        for (Decl.Signature s : signatures.values()) {
            if (!defs.containsKey(s.name().text())) {
                diagnostics.error(Code.E0105, file, s.name().span(), "signature for '" + s.name().text()
                        + "' has no definition; define it below, as in " + s.name().text() + "(...) = ...");
            }
        }
        Map<String, Symbol.TopLevel> functions = new LinkedHashMap<>();
        for (Decl.FuncDef f : defs.values()) {
            functions.put(f.name().text(), new Symbol.TopLevel(f, Optional.ofNullable(signatures.get(f.name().text()))));
        }
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
        TypeDefs types = TypeDefs.of(Prelude.withTypes(typeDecls), file, diagnostics);
        return new Outline(file, functions, types);
    }

    public List<Symbol.TopLevel> all() { return new ArrayList<>(functions.values()); }
}
