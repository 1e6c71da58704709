package dev.weft.frontend.check;

import dev.weft.frontend.diagnostics.Code;
import dev.weft.frontend.diagnostics.Diagnostics;
import dev.weft.frontend.diagnostics.SourceFile;
import dev.weft.frontend.syntax.TypeExpr;
import dev.weft.frontend.types.TVar;
import dev.weft.frontend.types.Type;
import dev.weft.frontend.types.Types;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/**
 * Gives written types their meaning. Type variables are scoped to one top-level
 * definition: {@code a} means the same variable in its signature and in its
 * parameter annotations.
 */
final class TypeResolver {
    private static final List<String> BUILT_IN = List.of("Int", "Float", "Bool", "Char", "String", "Unit", "Pid", "List");

    private final SourceFile file;
    private final Diagnostics diagnostics;
    private final Map<String, TVar> variables;
    private final int level;

    TypeResolver(SourceFile file, Diagnostics diagnostics, Map<String, TVar> variables, int level) {
        this.file = file;
        this.diagnostics = diagnostics;
        this.variables = variables;
        this.level = level;
    }

    Type resolve(TypeExpr t) {
        return switch (t) {
            case TypeExpr.Variable v -> variables.computeIfAbsent(v.name().text(), k -> new TVar(level));
            case TypeExpr.Parens p -> p.elements().size() == 1 ? resolve(p.elements().get(0))
                    : p.elements().isEmpty() ? Types.UNIT : Types.tuple(resolveAll(p.elements()));
            case TypeExpr.Function f -> new Type.Fun(resolveAll(f.params()), resolve(f.result()));
            case TypeExpr.Named n -> named(n);
        };
    }

    private Type named(TypeExpr.Named n) {
        String name = n.name().text();
        int arity = name.equals("List") ? 1 : 0;
        if (!BUILT_IN.contains(name)) {
            String hint = BUILT_IN.stream().filter(b -> EditDistance.between(b, name) <= 2).findFirst()
                    .map(b -> "; did you mean '" + b + "'?").orElse("; the types are Int, Float, Bool, Char, String, Unit and List[a]");
            diagnostics.error(Code.E0106, file, n.name().span(), "unknown type '" + name + "'" + hint);
            return Types.ERROR;
        }
        if (n.args().size() != arity) {
            diagnostics.error(Code.E0106, file, n.span(), arity == 0
                    ? "type '" + name + "' takes no type arguments"
                    : "type '" + name + "' takes " + arity + " type argument, as in List[Int]");
            return Types.ERROR;
        }
        return new Type.Con(name, resolveAll(n.args()));
    }

    private List<Type> resolveAll(List<TypeExpr> ts) {
        List<Type> out = new ArrayList<>();
        for (TypeExpr t : ts) out.add(resolve(t));
        return out;
    }
}
