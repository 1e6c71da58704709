package dev.weft.frontend;

import dev.weft.frontend.check.ModuleUnit;
import dev.weft.frontend.check.Names;
import dev.weft.frontend.check.Outline;
import dev.weft.frontend.check.Resolver;
import dev.weft.frontend.check.TypedProgram;
import dev.weft.frontend.check.Typer;
import dev.weft.frontend.diagnostics.Code;
import dev.weft.frontend.diagnostics.Diagnostics;
import dev.weft.frontend.diagnostics.SourceFile;
import dev.weft.frontend.parser.WeftParserFacade;
import dev.weft.frontend.syntax.CompilationUnit;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import java.util.Optional;

/** The frontend's pipeline: parse, find the imported modules, outline, resolve names, type. */
public final class Frontend {
    private Frontend() {}

    /**
     * Checks a program. Returns its typed form when there are no errors;
     * diagnostics (errors and warnings) are in {@code diagnostics} either way.
     */
    public static Optional<TypedProgram> check(SourceFile file, Diagnostics diagnostics) {
        return check(file, List.of(), diagnostics);
    }

    /**
     * Checks a program of one file together with the standard library's files,
     * whose names it may use and shadow. Its imports (other than {@code std.*})
     * are not found.
     */
    public static Optional<TypedProgram> check(SourceFile file, List<SourceFile> library, Diagnostics diagnostics) {
        return check(file, library, ModuleLoader.NONE, diagnostics);
    }

    /**
     * Checks a program whose root module is {@code file}: the modules it imports,
     * and theirs in turn, come from {@code loader}; the standard library's files
     * are in scope in every module. Runs on a deep stack ({@link DeepStack}).
     */
    public static Optional<TypedProgram> check(SourceFile file, List<SourceFile> library, ModuleLoader loader,
            Diagnostics diagnostics) {
        return DeepStack.call(() -> checkHere(file, library, loader, diagnostics));
    }

    private static Optional<TypedProgram> checkHere(SourceFile file, List<SourceFile> library, ModuleLoader loader,
            Diagnostics diagnostics) {
        Optional<CompilationUnit> unit = WeftParserFacade.parse(file, diagnostics);
        List<CompilationUnit> libraryUnits = new ArrayList<>();
        for (SourceFile f : library) WeftParserFacade.parse(f, diagnostics).ifPresent(libraryUnits::add);
        if (unit.isEmpty() || diagnostics.hasErrors()) return Optional.empty();
        Set<String> libraryModules = new LinkedHashSet<>();
        for (SourceFile f : library) libraryModules.add(Outline.libraryName(f));
        List<ModuleUnit> modules = ModuleGraph.of(unit.get(), loader, libraryModules, diagnostics);
        // Syntax errors in imported modules, and modules not found or importing each other in a
        // circle, stop here: names from them would only be reported unknown.
        if (diagnostics.hasErrors()) return Optional.empty();
        Outline outline = Outline.of(modules, libraryUnits, diagnostics);
        // Two modules declaring one type or constructor leave no single meaning for its uses.
        if (diagnostics.all().stream().anyMatch(d -> d.code() == Code.E0111)) return Optional.empty();
        Names names = Resolver.resolve(outline, diagnostics);
        // Types are still inferred after name errors, so one run reports both;
        // unknown names have the error type, which keeps them from cascading.
        TypedProgram typed = Typer.check(outline, names, diagnostics);
        return diagnostics.hasErrors() ? Optional.empty() : Optional.of(typed);
    }
}
