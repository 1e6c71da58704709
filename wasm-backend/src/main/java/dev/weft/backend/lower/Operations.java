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
}
