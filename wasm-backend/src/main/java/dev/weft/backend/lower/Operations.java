package dev.weft.backend.lower;

import dev.weft.backend.core.CoreExpr;
import dev.weft.backend.core.PrimOp;
import dev.weft.backend.core.Rep;
import dev.weft.frontend.check.Builtin;
import dev.weft.frontend.diagnostics.Span;
import dev.weft.frontend.syntax.Expr;
import dev.weft.frontend.types.Type;
import dev.weft.frontend.types.Types;
import java.util.List;

/** Which primitive implements a binary operator on operands of a representation, and what a built-in's call becomes. */
final class Operations {
    private Operations() {}

    /** The primitive, or null when there is none for these operands. */
    static PrimOp primitive(Expr.BinaryOp op, Rep operands) {
        return switch (operands) {
            case I64 -> switch (op) {
                case ADD -> PrimOp.INT_ADD;
                case SUB -> PrimOp.INT_SUB;
                case MUL -> PrimOp.INT_MUL;
                case DIV -> PrimOp.INT_DIV;
                case REM -> PrimOp.INT_REM;
                case EQ -> PrimOp.INT_EQ;
                case NE -> PrimOp.INT_NE;
                case LT -> PrimOp.INT_LT;
                case LE -> PrimOp.INT_LE;
                case GT -> PrimOp.INT_GT;
                case GE -> PrimOp.INT_GE;
                default -> null;
            };
            case F64 -> switch (op) {
                case ADD -> PrimOp.FLOAT_ADD;
                case SUB -> PrimOp.FLOAT_SUB;
                case MUL -> PrimOp.FLOAT_MUL;
                case DIV -> PrimOp.FLOAT_DIV;
                case REM -> PrimOp.FLOAT_REM;
                case EQ -> PrimOp.FLOAT_EQ;
                case NE -> PrimOp.FLOAT_NE;
                case LT -> PrimOp.FLOAT_LT;
                case LE -> PrimOp.FLOAT_LE;
                case GT -> PrimOp.FLOAT_GT;
                case GE -> PrimOp.FLOAT_GE;
                default -> null;
            };
            case I32 -> switch (op) {
                case EQ -> PrimOp.U32_EQ;
                case NE -> PrimOp.U32_NE;
                case LT -> PrimOp.U32_LT;
                case LE -> PrimOp.U32_LE;
                case GT -> PrimOp.U32_GT;
                case GE -> PrimOp.U32_GE;
                default -> null;
            };
            case REF -> switch (op) {
                case CONCAT -> PrimOp.STR_CONCAT;
                case EQ -> PrimOp.STR_EQ;
                case NE -> PrimOp.STR_NE;
                case LT -> PrimOp.STR_LT;
                case LE -> PrimOp.STR_LE;
                case GT -> PrimOp.STR_GT;
                case GE -> PrimOp.STR_GE;
                default -> null;
            };
            case UNIT -> null;
        };
    }

    /** A built-in applied to lowered arguments of the given (concrete) types. */
    static CoreExpr builtin(Builtin b, List<Type> args, List<CoreExpr> lowered, Rep result, Span where,
            Lowering lowering, Derived derived) {
        return switch (b) {
            case PRINT -> new CoreExpr.Prim(PrimOp.PRINT, lowered, null, Rep.UNIT);
            case PRINTLN -> new CoreExpr.Prim(PrimOp.PRINTLN, lowered, null, Rep.UNIT);
            case EXIT -> new CoreExpr.Prim(PrimOp.EXIT, lowered, null, result);
            case PANIC -> new CoreExpr.Prim(PrimOp.PANIC, lowered, lowering.position(where), result);
            case SHOW -> derived.show(lowered.get(0), args.get(0));
            case TO_FLOAT -> new CoreExpr.Prim(PrimOp.INT_TO_FLOAT, lowered, null, Rep.F64);
            case TO_INT -> new CoreExpr.Prim(PrimOp.FLOAT_TO_INT, lowered, null, Rep.I64);
            case SQRT -> new CoreExpr.Prim(PrimOp.FLOAT_SQRT, lowered, null, Rep.F64);
            case FLOOR -> new CoreExpr.Prim(PrimOp.FLOAT_FLOOR, lowered, null, Rep.F64);
            case CEIL -> new CoreExpr.Prim(PrimOp.FLOAT_CEIL, lowered, null, Rep.F64);
            case FIXED -> new CoreExpr.Prim(PrimOp.FIXED, lowered, lowering.position(where), Rep.REF);
            case PARSE_INT -> new CoreExpr.Prim(PrimOp.PARSE_INT, lowered, null, Rep.REF);
            case PARSE_FLOAT -> new CoreExpr.Prim(PrimOp.PARSE_FLOAT, lowered, null, Rep.REF);
            case SLICE -> new CoreExpr.Prim(PrimOp.SLICE, lowered, null, Rep.REF);
            case SPLIT -> new CoreExpr.Prim(PrimOp.SPLIT, lowered, null, Rep.REF);
            case SLEEP -> new CoreExpr.Prim(PrimOp.SLEEP, lowered, null, Rep.UNIT);
            case LENGTH -> new CoreExpr.Prim(Types.is(args.get(0), Types.STRING) ? PrimOp.STR_LENGTH : PrimOp.LIST_LENGTH,
                    lowered, null, Rep.I64);
            case SPAWN, SPAWN_LINK, SEND, SELF, MONITOR -> lowering.processes().builtin(b, args, lowered);
        };
    }
}
