package dev.weft.frontend.check;

import dev.weft.frontend.diagnostics.Diagnostics;
import dev.weft.frontend.diagnostics.SourceFile;
import dev.weft.frontend.parser.WeftParserFacade;
import dev.weft.frontend.syntax.Decl;
import dev.weft.frontend.syntax.TypeExpr;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

/**
 * The standard library's types, in scope in every module: Option and Result,
 * and the processes' Reason and Down (the message monitor sends). A program's
 * own type of the same name, or one that declares a constructor of the same
 * name, shadows the standard one, and with it the standard types that refer
 * to it (a program's Reason shadows Down too) (docs/language.md).
 */
final class Prelude {
    static final String SOURCE = """
            type Option[a] = Some(a) | None
            type Result[a, e] = Ok(a) | Err(e)
            type Reason = Normal | Crashed(String) | Killed
            type Down = Down(Pid, Reason)
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
        Set<String> dropped = new HashSet<>();
        // In order: a standard type refers only to those before it (Down to Reason).
        for (Decl.TypeDecl t : TYPES) {
            boolean shadowed = taken.contains(t.name().text())
                    || t.body() instanceof Decl.VariantBody v && v.ctors().stream().anyMatch(c -> taken.contains(c.name().text())
                            || c.fields().stream().anyMatch(f -> mentions(f, dropped)));
            if (shadowed) dropped.add(t.name().text());
            else all.add(t);
        }
        all.addAll(program);
        return all;
    }

    private static boolean mentions(TypeExpr t, Set<String> names) {
        return switch (t) {
            case TypeExpr.Named n -> names.contains(n.name().text()) || n.args().stream().anyMatch(a -> mentions(a, names));
            case TypeExpr.Variable v -> false;
            case TypeExpr.Parens p -> p.elements().stream().anyMatch(e -> mentions(e, names));
            case TypeExpr.Function f -> mentions(f.result(), names) || f.params().stream().anyMatch(e -> mentions(e, names));
        };
    }
}
