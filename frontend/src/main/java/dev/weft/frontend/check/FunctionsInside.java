package dev.weft.frontend.check;

import dev.weft.frontend.types.TVar;
import dev.weft.frontend.types.Type;
import dev.weft.frontend.types.Types;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

/**
 * Whether a type holds a function anywhere: as itself, as an argument
 * ({@code List[(Int) -> Int]}, a tuple's element) or in a field of a data type
 * ({@code type H = H((Int) -> Int)}). {@code show}, {@code ==} and the
 * orderings are derived for every type but functions, and a value with a
 * function inside has none either: its derived {@code show} would have to show
 * the function. Checking only the outermost type let {@code "${(1, f)}"}
 * through to the backend, which has no show for a function.
 */
final class FunctionsInside {
    private FunctionsInside() {}

    static boolean any(Type t, TypeDefs types) {
        return any(t, types, false, new HashSet<>());
    }

    /** Whether a type holds a function or a Pid: what the orderings do not apply to (a Pid has no order). */
    static boolean anyOrPid(Type t, TypeDefs types) {
        return any(t, types, true, new HashSet<>());
    }

    /**
     * A data type's own fields are looked at once ({@code seen}), which ends the
     * walk on recursive types; its arguments at every occurrence, since they are
     * what its parameters stand for there.
     */
    private static boolean any(Type t, TypeDefs types, boolean pids, Set<String> seen) {
        return switch (t.resolve()) {
            case TVar v -> false;
            case Type.Fun f -> true;
            case Type.Con c -> {
                if (pids && c.name().equals(Types.PID.name())) yield true;
                for (Type a : c.args()) if (any(a, types, pids, seen)) yield true;
                if (!seen.add(c.name())) yield false;
                var def = types.type(c.name());
                if (def.isEmpty()) yield false;
                for (Type field : fields(def.get())) if (any(field, types, pids, seen)) yield true;
                yield false;
            }
        };
    }

    private static List<Type> fields(TypeDefs.TypeDef def) {
        return switch (def) {
            case TypeDefs.RecordDef r -> r.fields().stream().map(TypeDefs.FieldDef::type).toList();
            case TypeDefs.VariantDef v -> v.ctors().stream().flatMap(k -> k.fields().stream()).toList();
        };
    }
}
