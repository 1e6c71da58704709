package dev.weft.frontend.check;

import dev.weft.frontend.syntax.CompilationUnit;
import java.util.List;

/**
 * One module of a program as the frontend found it: its name ({@code shapes.geometry},
 * or the root's declared or file name), its parsed file and its imports, each
 * resolved to the name of the module it names ({@code std.list} for the library).
 * The root module comes first in a program's list.
 */
public record ModuleUnit(String name, CompilationUnit unit, List<Import> imports) {
    public record Import(CompilationUnit.ImportDecl decl, String module) {}
}
