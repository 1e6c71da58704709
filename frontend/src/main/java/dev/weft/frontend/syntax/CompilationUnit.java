package dev.weft.frontend.syntax;

import dev.weft.frontend.diagnostics.SourceFile;
import dev.weft.frontend.diagnostics.Span;
import java.util.List;
import java.util.Optional;

/** One source file, as written. */
public record CompilationUnit(
        SourceFile file,
        Optional<ModuleDecl> module,
        List<ImportDecl> imports,
        List<Decl> decls,
        Span span) implements Tree {

    public record ModuleDecl(List<Name> path, Span span) implements Tree {}

    /** {@code import std.list (map, foldl)}; {@code names} is empty for a whole-module import. */
    public record ImportDecl(List<Name> path, List<Name> names, Span span) implements Tree {}
}
