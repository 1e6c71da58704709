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
import java.util.TreeSet;

/**
 * Gives written types their meaning. Type variables are scoped to one top-level
 * definition: {@code a} means the same variable in its signature and in its
 * parameter annotations. In a type declaration only its parameters may be used.
 */
final class TypeResolver {
    static final List<String> BUILT_IN = List.of("Int", "Float", "Bool", "Char", "String", "Unit", "Pid", "List");

    private final SourceFile file;
    private final Diagnostics diagnostics;
    private final Map<String, TVar> variables;
    private final int level;
    private final Map<String, Integer> userTypes;
    private final boolean newVariables;

    TypeResolver(SourceFile file, Diagnostics diagnostics, Map<String, TVar> variables, int level,
            Map<String, Integer> userTypes) {
        this(file, diagnostics, variables, level, userTypes, true);
    }

    TypeResolver(SourceFile file, Diagnostics diagnostics, Map<String, TVar> variables, int level,
            Map<String, Integer> userTypes, boolean newVariables) {
        this.file = file;
        this.diagnostics = diagnostics;
        this.variables = variables;
        this.level = level;
        this.userTypes = userTypes;
        this.newVariables = newVariables;
    }

    Type resolve(TypeExpr t) {
        return switch (t) {
            case TypeExpr.Variable v -> variable(v);
            case TypeExpr.Parens p -> p.elements().size() == 1 ? resolve(p.elements().get(0))
                    : p.elements().isEmpty() ? Types.UNIT : Types.tuple(resolveAll(p.elements()));
            case TypeExpr.Function f -> new Type.Fun(resolveAll(f.params()), resolve(f.result()));
            case TypeExpr.Named n -> named(n);
        };
    }

    private Type variable(TypeExpr.Variable v) {
        TVar known = variables.get(v.name().text());
        if (known != null) return known;
        if (!newVariables) {
            diagnostics.error(Code.E0106, file, v.span(), "type variable '" + v.name().text()
                    + "' is not a parameter of this type; declare it, as in type T[" + v.name().text() + "] = ...");
            return Types.ERROR;
        }
        TVar fresh = new TVar(level);
        variables.put(v.name().text(), fresh);
        return fresh;
    }

    private Type named(TypeExpr.Named n) {
        String name = n.name().text();
        Integer arity = name.equals("List") ? Integer.valueOf(1) : BUILT_IN.contains(name) ? Integer.valueOf(0) : userTypes.get(name);
        if (arity == null) {
            TreeSet<String> known = new TreeSet<>(BUILT_IN);
            known.addAll(userTypes.keySet());
            String hint = known.stream().filter(b -> EditDistance.between(b, name) <= 2).findFirst()
                    .map(b -> "; did you mean '" + b + "'?").orElse("; the types are " + String.join(", ", known));
            diagnostics.error(Code.E0106, file, n.name().span(), "unknown type '" + name + "'" + hint);
            return Types.ERROR;
        }
        if (n.args().size() != arity) {
            diagnostics.error(Code.E0106, file, n.span(), arity == 0
                    ? "type '" + name + "' takes no type arguments"
                    : "type '" + name + "' takes " + arity + " type argument" + (arity == 1 ? "" : "s")
                            + (name.equals("List") ? ", as in List[Int]" : ""));
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
