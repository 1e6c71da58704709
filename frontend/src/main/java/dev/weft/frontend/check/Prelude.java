package dev.weft.frontend.check;

import dev.weft.frontend.diagnostics.Diagnostics;
import dev.weft.frontend.diagnostics.SourceFile;
import dev.weft.frontend.parser.WeftParserFacade;
import dev.weft.frontend.syntax.Decl;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

/**
 * The standard library's types, in scope in every module: Option and Result.
 * A program's own type of the same name, or one that declares a constructor
 * of the same name, shadows the standard one (docs/language.md).
 */
final class Prelude {
    static final String SOURCE = """
            type Option[a] = Some(a) | None
            type Result[a, e] = Ok(a) | Err(e)
            """;

    private static final List<Decl.TypeDecl> TYPES = parse();

    private Prelude() {}

    private static List<Decl.TypeDecl> parse() {
        Diagnostics d = new Diagnostics();
        var unit = WeftParserFacade.parse(new SourceFile("<prelude>", SOURCE), d)
                .orElseThrow(() -> new IllegalStateException("the prelude does not parse: " + d.all()));
        return unit.decls().stream().map(Decl.TypeDecl.class::cast).toList();
    }

    /** The program's type declarations, after the standard ones it does not shadow. */
    static List<Decl.TypeDecl> withTypes(List<Decl.TypeDecl> program) {
        Set<String> taken = new HashSet<>();
        for (Decl.TypeDecl t : program) {
            taken.add(t.name().text());
            if (t.body() instanceof Decl.VariantBody v) v.ctors().forEach(c -> taken.add(c.name().text()));
        }
        List<Decl.TypeDecl> all = new ArrayList<>();
        for (Decl.TypeDecl t : TYPES) {
            boolean shadowed = taken.contains(t.name().text())
                    || t.body() instanceof Decl.VariantBody v && v.ctors().stream().anyMatch(c -> taken.contains(c.name().text()));
            if (!shadowed) all.add(t);
        }
        all.addAll(program);
        return all;
    }
}
