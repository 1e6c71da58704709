package dev.weft.backend.core;

import java.util.List;

/**
 * The core IR: monomorphic, every value's representation decided, control
 * flow explicit. Trees, built fresh by lowering; the core passes
 * (backend/pass) then convert closures ({@link Lambda} to {@link MakeClosure})
 * and mark self tail calls ({@link SelfTailCall}).
 */
public sealed interface CoreExpr {
    Rep rep();

    record IntConst(long value) implements CoreExpr {
        public Rep rep() { return Rep.I64; }
    }

    record FloatConst(double value) implements CoreExpr {
        public Rep rep() { return Rep.F64; }
    }

    /** A Char: its code point. */
    record CharConst(int codePoint) implements CoreExpr {
        public Rep rep() { return Rep.I32; }
    }

    record BoolConst(boolean value) implements CoreExpr {
        public Rep rep() { return Rep.I32; }
    }

    record StrConst(String value) implements CoreExpr {
        public Rep rep() { return Rep.REF; }
    }

    record UnitConst() implements CoreExpr {
        public Rep rep() { return Rep.UNIT; }
    }

    record Get(CoreVar var) implements CoreExpr {
        public Rep rep() { return var.rep(); }
    }

    /** Evaluates value, binds it to var, then evaluates body. */
    record Let(CoreVar var, CoreExpr value, CoreExpr body) implements CoreExpr {
        public Rep rep() { return body.rep(); }
    }

    /** Evaluates effects for their effect, discarding their values, then result. */
    record Seq(List<CoreExpr> effects, CoreExpr result) implements CoreExpr {
        public Seq {
            effects = List.copyOf(effects);
        }

        public Rep rep() { return result.rep(); }
    }

    record If(CoreExpr cond, CoreExpr then, CoreExpr orElse, Rep rep) implements CoreExpr {}

    record Call(CoreFunction function, List<CoreExpr> args) implements CoreExpr {
        public Call {
            args = List.copyOf(args);
        }

        public Rep rep() { return function.result(); }
    }

    /**
     * A call of the enclosing function in tail position: rebinds the parameters
     * and jumps back to the start, so that it runs in constant stack. Its
     * representation is the function's result (it never produces a value here).
     */
    record SelfTailCall(List<CoreExpr> args, Rep rep) implements CoreExpr {
        public SelfTailCall {
            args = List.copyOf(args);
        }
    }

    /**
     * A primitive. {@code position} is "file:line:col" for operations that can
     * fail at run time (null otherwise); {@code rep} is the result's.
     */
    record Prim(PrimOp op, List<CoreExpr> args, String position, Rep rep) implements CoreExpr {
        public Prim {
            args = List.copyOf(args);
        }
    }

    // ---- data (docs/decisions/0006-data-representation.md) ----

    /** A new object: the tag, then one 8-byte slot per field. */
    record Alloc(int tag, List<CoreExpr> fields) implements CoreExpr {
        public Alloc {
            fields = List.copyOf(fields);
        }

        public Rep rep() { return Rep.REF; }
    }

    /** A field-less object of this tag, laid out once in static data (None, Leaf, ...). */
    record StaticObject(int tag) implements CoreExpr {
        public Rep rep() { return Rep.REF; }
    }

    /** The null pointer: the empty list. */
    record Null() implements CoreExpr {
        public Rep rep() { return Rep.REF; }
    }

    /** The value in slot {@code slot} of an object. */
    record Load(CoreExpr object, int slot, Rep rep) implements CoreExpr {}

    /**
     * A match over the scrutinee variables (one for a match, one per parameter
     * for a clause-style function), compiled to a decision tree
     * (lower/DecisionTrees): the tree's leaf for arm i makes i's bindings and
     * checks its guard, then {@code bodies.get(i)} gives the value. Each body
     * appears once however many leaves reach it.
     */
    record Match(List<CoreVar> scrutinees, Decision tree, List<CoreExpr> bodies, Rep rep) implements CoreExpr {
        public Match {
            scrutinees = List.copyOf(scrutinees);
            bodies = List.copyOf(bodies);
        }
    }

    /**
     * Where a sub-value sits: one of the scrutinees (root), then loads slot by
     * slot, each with the loaded value's representation.
     */
    record Path(int root, List<Step> steps) {
        public static final Path ROOT = new Path(0, List.of());

        public Path {
            steps = List.copyOf(steps);
        }

        public static Path root(int index) {
            return new Path(index, List.of());
        }

        public Path then(int slot, Rep rep) {
            var s = new java.util.ArrayList<>(steps);
            s.add(new Step(slot, rep));
            return new Path(root, s);
        }

        @Override
        public String toString() {
            StringBuilder out = new StringBuilder("$").append(root);
            for (Step step : steps) out.append('.').append(step.slot());
            return out.toString();
        }
    }

    record Step(int slot, Rep rep) {}

    record Bind(CoreVar var, Path path) {}

    /** A test on the value at a path: what a pattern asks of one sub-value. */
    sealed interface Test permits TagIs, NullIs, IntIs, FloatIs, I32Is, BoolIs, StringIs {
        Path path();
    }

    /** The object's constructor is {@code tag}, one of the {@code tags} constructors of its type. */
    record TagIs(Path path, int tag, int tags) implements Test {}

    /** Whether the pointer at the path is null (the empty list) or not. */
    record NullIs(Path path, boolean isNull) implements Test {}

    record IntIs(Path path, long value) implements Test {}

    record FloatIs(Path path, double value) implements Test {}

    /** A Char (its code point). */
    record I32Is(Path path, int value) implements Test {}

    /** A Bool: kept apart from I32Is so that true and false together are known to cover every value. */
    record BoolIs(Path path, boolean value) implements Test {}

    record StringIs(Path path, String value) implements Test {}

    // ---- closures (decisions/0006) ----

    /**
     * A function value written in the source: its body refers to the enclosing
     * function's variables directly, by {@link Get} of the same {@link CoreVar}s.
     * Only lowering makes it and pass/ClosureConversion removes every one,
     * lifting the body into a function named after {@code name} (made unique)
     * and capturing the free variables in a {@link MakeClosure}; nothing after
     * that pass accepts it.
     */
    record Lambda(String name, List<CoreVar> params, Rep result, CoreExpr body) implements CoreExpr {
        public Lambda {
            params = List.copyOf(params);
        }

        public Rep rep() { return Rep.REF; }
    }

    /**
     * A closure: an object whose tag is the table slot of {@code code} and whose
     * slots hold the captured values. {@code code} takes the closure itself as
     * its first parameter.
     */
    record MakeClosure(CoreFunction code, List<CoreExpr> captured) implements CoreExpr {
        public MakeClosure {
            captured = List.copyOf(captured);
        }

        public Rep rep() { return Rep.REF; }
    }

    /** Calls a closure: its code through the function table, with the closure as the hidden first argument. */
    record CallClosure(CoreExpr closure, List<CoreExpr> args, Rep rep) implements CoreExpr {
        public CallClosure {
            args = List.copyOf(args);
        }
    }
}
