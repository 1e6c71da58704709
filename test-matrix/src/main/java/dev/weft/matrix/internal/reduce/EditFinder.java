package dev.weft.matrix.internal.reduce;

import dev.weft.backend.Compiler;
import dev.weft.frontend.check.TypeDefs;
import dev.weft.frontend.check.TypedProgram;
import dev.weft.frontend.diagnostics.Diagnostics;
import dev.weft.frontend.diagnostics.SourceFile;
import dev.weft.frontend.parser.WeftParserFacade;
import dev.weft.frontend.syntax.CompilationUnit;
import dev.weft.frontend.syntax.Decl;
import dev.weft.frontend.syntax.Expr;
import dev.weft.frontend.syntax.Tree;
import dev.weft.frontend.types.Type;
import dev.weft.frontend.types.TypePrinter;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * The candidate edits of a program, found on its syntax trees (spans) and
 * typed side tables: the items each deletion pass may drop, and the
 * replacements of expressions by simpler ones of the same type. The edits are
 * only proposals: the reducer keeps one when the edited program still
 * compiles and still diverges.
 */
final class EditFinder {
    private final String name;
    private final SourceText source;
    private final CompilationUnit unit;
    private Optional<TypedProgram> typed;

    private EditFinder(String name, SourceText source, CompilationUnit unit) {
        this.name = name;
        this.source = source;
        this.unit = unit;
    }

    /** Empty when the text does not parse (the reducer only holds programs that compile). */
    static Optional<EditFinder> of(String name, String text) {
        SourceFile file = new SourceFile(name, text);
        Optional<CompilationUnit> unit = WeftParserFacade.parse(file, new Diagnostics());
        if (unit.isEmpty()) return Optional.empty();
        return Optional.of(new EditFinder(name, new SourceText(text), unit.get()));
    }

    boolean importsModules() {
        return !unit.imports().isEmpty();
    }

    /** Comment lines and top-level definitions (main excepted), then single clauses; each item one or more edits. */
    List<List<Edit>> definitions() {
        List<List<Edit>> items = new ArrayList<>();
        String text = source.text;
        int at = 0;
        for (String line : text.split("\n", -1)) {
            if (line.strip().startsWith("#")) items.add(List.of(new Edit(Edit.Kind.DROP_DEFINITION, at,
                    Math.min(at + line.length() + 1, text.length()), "")));
            at += line.length() + 1;
        }
        List<Decl> decls = unit.decls();
        Map<String, List<Edit>> byName = new LinkedHashMap<>();
        List<List<Edit>> clauses = new ArrayList<>();
        Map<String, Integer> clauseCount = new LinkedHashMap<>();
        for (Decl d : decls) if (d instanceof Decl.FuncDef) clauseCount.merge(d.name().text(), 1, Integer::sum);
        for (int i = 0; i < decls.size(); i++) {
            Decl d = decls.get(i);
            if (d.name().text().equals("main")) continue;
            Edit e = source.deletion(Edit.Kind.DROP_DEFINITION, d.span(), i > 0 ? decls.get(i - 1).span() : null,
                    i + 1 < decls.size() ? decls.get(i + 1).span() : null);
            String key = (d instanceof Decl.TypeDecl ? "type " : "") + d.name().text();
            byName.computeIfAbsent(key, k -> new ArrayList<>()).add(e);
            if (d instanceof Decl.FuncDef && clauseCount.get(d.name().text()) > 1) clauses.add(List.of(e));
        }
        items.addAll(byName.values());
        items.addAll(clauses);
        return items;
    }

    /** Every statement of every block, in source order. */
    List<List<Edit>> statements() {
        List<List<Edit>> items = new ArrayList<>();
        for (Expr e : walk().preorder) {
            if (e instanceof Expr.Block b) items.addAll(listItems(Edit.Kind.DROP_STATEMENT, b.stmts()));
        }
        return sorted(items);
    }

    List<List<Edit>> arms() {
        List<List<Edit>> items = new ArrayList<>();
        for (Expr e : walk().preorder) {
            if (e instanceof Expr.Match m) items.addAll(listItems(Edit.Kind.DROP_ARM, m.arms()));
        }
        return sorted(items);
    }

    /** Constructors and record fields of type declarations, list elements, and the pieces of strings. */
    List<List<Edit>> elements() {
        List<List<Edit>> items = new ArrayList<>();
        for (Decl d : unit.decls()) {
            if (!(d instanceof Decl.TypeDecl t)) continue;
            switch (t.body()) {
                case Decl.VariantBody v -> { if (v.ctors().size() > 1) items.addAll(listItems(Edit.Kind.DROP_ELEMENT, v.ctors())); }
                case Decl.RecordBody r -> { if (r.fields().size() > 1) items.addAll(listItems(Edit.Kind.DROP_ELEMENT, r.fields())); }
            }
        }
        for (Expr e : walk().preorder) {
            if (e instanceof Expr.ListLit l) items.addAll(listItems(Edit.Kind.DROP_ELEMENT, l.elements()));
            if (e instanceof Expr.StringLit s && s.parts().size() > 1) {
                for (Expr.StringPart p : s.parts()) {
                    items.add(List.of(new Edit(Edit.Kind.DROP_ELEMENT, source.start(p.span()), source.end(p.span()), "")));
                }
            }
        }
        return sorted(items);
    }

    private List<List<Edit>> listItems(Edit.Kind kind, List<? extends Tree> list) {
        List<List<Edit>> items = new ArrayList<>();
        for (int i = 0; i < list.size(); i++) {
            items.add(List.of(source.deletion(kind, list.get(i).span(), i > 0 ? list.get(i - 1).span() : null,
                    i + 1 < list.size() ? list.get(i + 1).span() : null)));
        }
        return items;
    }

    private static List<List<Edit>> sorted(List<List<Edit>> items) {
        items.sort(java.util.Comparator.comparingInt(i -> i.get(0).start()));
        return items;
    }

    /**
     * For every expression, outermost first: literals of its type, then its
     * parts of the same type (parenthesised unless they are atoms). Without
     * types (the program does not check), there are none.
     */
    List<Edit> replacements() {
        // Checked only here: the deletion passes need no types, and a check costs 20 to 100 ms.
        if (typed == null) typed = Compiler.check(new SourceFile(name, source.text), new Diagnostics());
        if (typed.isEmpty()) return List.of();
        TypedProgram t = typed.get();
        // The side tables are keyed by the checker's own tree objects (identity), so walk those.
        List<Decl.FuncDef> defs = t.outline().all().stream()
                .filter(f -> !f.library() && f.file().name().equals(name))
                .flatMap(f -> f.clauses().stream())
                .sorted(java.util.Comparator.comparingInt(d -> d.span().start())).toList();
        List<Edit> out = new ArrayList<>();
        for (Expr e : SyntaxWalk.of(defs).preorder) {
            Type type = t.exprTypes().get(e);
            if (type == null) continue;
            String now = source.of(e.span());
            String printed = TypePrinter.print(type);
            Set<String> seen = new LinkedHashSet<>();
            for (String lit : literals(type, t.outline().types())) {
                if (!lit.equals(now) && seen.add(lit)) out.add(replace(Edit.Kind.REPLACE_BY_LITERAL, e, lit));
            }
            for (Expr part : SyntaxWalk.parts(e)) {
                Type pt = t.exprTypes().get(part);
                if (pt == null || !TypePrinter.print(pt).equals(printed)) continue;
                String text = source.of(part.span());
                if (!isAtom(part)) text = "(" + text + ")";
                if (seen.add(text)) out.add(replace(Edit.Kind.REPLACE_BY_PART, e, text));
            }
            if (e instanceof Expr.Paren p && isAtom(p.inner())) {
                out.add(replace(Edit.Kind.REPLACE_BY_PART, e, source.of(p.inner().span())));
            }
        }
        return out;
    }

    private Edit replace(Edit.Kind kind, Expr e, String text) {
        return new Edit(kind, source.start(e.span()), source.end(e.span()), text);
    }

    private static boolean isAtom(Expr e) {
        return switch (e) {
            case Expr.Binary b -> false;
            case Expr.Unary u -> false;
            case Expr.Lambda l -> false;
            case Expr.If i -> false;
            case Expr.Match m -> false;
            case Expr.Block b -> false;
            default -> true;
        };
    }

    /** The simplest values of a type, as source text; none for functions and open types. */
    static List<String> literals(Type type, TypeDefs defs) {
        if (!(type.resolve() instanceof Type.Con c)) return List.of();
        return switch (c.name()) {
            case "Int" -> List.of("0", "1");
            case "Float" -> List.of("0.0");
            case "Bool" -> List.of("false", "true");
            case "Char" -> List.of("'a'");
            case "String" -> List.of("\"\"");
            case "Unit" -> List.of("()");
            case "List" -> List.of("[]");
            case "Option" -> List.of("None");
            case "Tuple" -> {
                List<String> parts = new ArrayList<>();
                for (Type a : c.args()) {
                    List<String> l = literals(a, defs);
                    if (l.isEmpty()) yield List.of();
                    parts.add(l.get(0));
                }
                yield List.of("(" + String.join(", ", parts) + ")");
            }
            default -> defs.type(c.name()).filter(d -> d instanceof TypeDefs.VariantDef).map(d ->
                    ((TypeDefs.VariantDef) d).ctors().stream().filter(k -> k.fields().isEmpty())
                            .map(TypeDefs.CtorDef::name).toList()).orElse(List.of());
        };
    }

    private SyntaxWalk walk;

    private SyntaxWalk walk() {
        if (walk == null) walk = SyntaxWalk.of(unit);
        return walk;
    }
}
