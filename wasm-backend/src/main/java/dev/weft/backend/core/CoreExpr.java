package dev.weft.backend.core;

import java.util.List;

/**
 * The core IR: monomorphic, every value's representation decided, control
 * flow explicit, self tail calls marked. Trees, built fresh by lowering.
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
}
