package dev.weft.backend.lower;

import dev.weft.backend.core.PrimOp;
import dev.weft.backend.core.Rep;
import dev.weft.frontend.syntax.Expr;

/** Which primitive implements a binary operator on operands of a representation. */
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
            case I32 -> switch (op) {
                case EQ -> PrimOp.BOOL_EQ;
                case NE -> PrimOp.BOOL_NE;
                case LT -> PrimOp.BOOL_LT;
                case LE -> PrimOp.BOOL_LE;
                case GT -> PrimOp.BOOL_GT;
                case GE -> PrimOp.BOOL_GE;
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
}
