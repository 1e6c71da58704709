package dev.weft.frontend.types;

import java.util.List;

/**
 * A type's meaning (the syntax is {@code syntax.TypeExpr}). Type variables are
 * mutable union-find cells ({@link TVar}); everything else is an immutable record.
 */
public sealed interface Type permits Type.Con, Type.Fun, TVar {

    /** A constructor applied to arguments: {@code Int}, {@code List[a]}, {@code Tuple[a, b]}. */
    record Con(String name, List<Type> args) implements Type {
        public Con {
            args = List.copyOf(args);
        }

        @Override
        public String toString() { return TypePrinter.print(this); }
    }

    /** A function type {@code (params) -> result}. */
    record Fun(List<Type> params, Type result) implements Type {
        public Fun {
            params = List.copyOf(params);
        }

        @Override
        public String toString() { return TypePrinter.print(this); }
    }

    /** Follows bound variables to the representative type. */
    default Type resolve() {
        Type t = this;
        while (t instanceof TVar v && v.binding() != null) t = v.binding();
        return t;
    }
}
