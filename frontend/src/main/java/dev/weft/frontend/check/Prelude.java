package dev.weft.frontend.check;

import dev.weft.frontend.diagnostics.Diagnostics;
import dev.weft.frontend.diagnostics.SourceFile;
import dev.weft.frontend.parser.WeftParserFacade;
import dev.weft.frontend.syntax.Decl;
import dev.weft.frontend.syntax.TypeExpr;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * The standard library's types, in scope in every module: Option and Result,
 * the processes' Reason and Down (the message monitor sends), and the tasks'
 * Task and TaskDone (std/process.weft). A program's
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
            type Task[a] = Task(Pid)
            type TaskDone[a] = TaskDone(Pid, a)
            """;

    private static final List<Decl.TypeDecl> TYPES = parse();

    private Prelude() {}

    private static List<Decl.TypeDecl> parse() {
        Diagnostics d = new Diagnostics();
        var unit = WeftParserFacade.parse(new SourceFile("<prelude>", SOURCE), d)
                .orElseThrow(() -> new IllegalStateException("the prelude does not parse: " + d.all()));
        return unit.decls().stream().map(Decl.TypeDecl.class::cast).toList();
    }

    /**
     * The standard types the program's declarations shadow, by name, each with
     * the program's type that shadows it (directly or through a standard type
     * it refers to), and their constructors' names likewise.
     */
    static Map<String, String> shadowed(List<Decl.TypeDecl> program) {
        Map<String, String> taken = new HashMap<>();
        for (Decl.TypeDecl t : program) {
            taken.putIfAbsent(t.name().text(), t.name().text());
            if (t.body() instanceof Decl.VariantBody v) v.ctors().forEach(c -> taken.putIfAbsent(c.name().text(), t.name().text()));
        }
        Map<String, String> out = new LinkedHashMap<>();
        for (Decl.TypeDecl t : TYPES) {
            String by = taken.get(t.name().text());
            if (by == null && t.body() instanceof Decl.VariantBody v) {
                for (Decl.CtorDecl c : v.ctors()) {
                    if (by == null) by = taken.get(c.name().text());
                    for (TypeExpr f : c.fields()) if (by == null) by = mentioned(f, out);
                }
            }
            if (by == null) continue;
            out.put(t.name().text(), by);
            if (t.body() instanceof Decl.VariantBody v) for (Decl.CtorDecl c : v.ctors()) out.put(c.name().text(), by);
        }
        return out;
    }

    private static String mentioned(TypeExpr t, Map<String, String> names) {
        return switch (t) {
            case TypeExpr.Named n -> names.containsKey(n.name().text()) ? names.get(n.name().text())
                    : n.args().stream().map(a -> mentioned(a, names)).filter(java.util.Objects::nonNull).findFirst().orElse(null);
            case TypeExpr.Variable v -> null;
            case TypeExpr.Parens p -> p.elements().stream().map(e -> mentioned(e, names)).filter(java.util.Objects::nonNull)
                    .findFirst().orElse(null);
            case TypeExpr.Function f -> {
                String r = mentioned(f.result(), names);
                yield r != null ? r : f.params().stream().map(e -> mentioned(e, names)).filter(java.util.Objects::nonNull)
                        .findFirst().orElse(null);
            }
        };
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
