package dev.weft.frontend;

import dev.weft.frontend.check.Names;
import dev.weft.frontend.check.Outline;
import dev.weft.frontend.check.Resolver;
import dev.weft.frontend.check.TypedProgram;
import dev.weft.frontend.check.Typer;
import dev.weft.frontend.diagnostics.Diagnostics;
import dev.weft.frontend.diagnostics.SourceFile;
import dev.weft.frontend.parser.WeftParserFacade;
import dev.weft.frontend.syntax.CompilationUnit;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/** The frontend's pipeline: parse, outline, resolve names, type. */
public final class Frontend {
    private Frontend() {}

    /**
     * Checks a program. Returns its typed form when there are no errors;
     * diagnostics (errors and warnings) are in {@code diagnostics} either way.
     */
    public static Optional<TypedProgram> check(SourceFile file, Diagnostics diagnostics) {
        return check(file, List.of(), diagnostics);
    }

    /** Checks a program together with the standard library's files, whose names it may use and shadow. */
    public static Optional<TypedProgram> check(SourceFile file, List<SourceFile> library, Diagnostics diagnostics) {
        Optional<CompilationUnit> unit = WeftParserFacade.parse(file, diagnostics);
        List<CompilationUnit> libraryUnits = new ArrayList<>();
        for (SourceFile f : library) WeftParserFacade.parse(f, diagnostics).ifPresent(libraryUnits::add);
        if (unit.isEmpty() || diagnostics.hasErrors()) return Optional.empty();
        Outline outline = Outline.of(unit.get(), libraryUnits, diagnostics);
        Names names = Resolver.resolve(outline, diagnostics);
        // Types are still inferred after name errors, so one run reports both;
        // unknown names have the error type, which keeps them from cascading.
        TypedProgram typed = Typer.check(outline, names, diagnostics);
        return diagnostics.hasErrors() ? Optional.empty() : Optional.of(typed);
    }
}
