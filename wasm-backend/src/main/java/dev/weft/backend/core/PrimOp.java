package dev.weft.backend.core;

/** Primitive operations; each says what its operands and result are. */
public enum PrimOp {
    INT_ADD, INT_SUB, INT_MUL,
    /** Needs a position: division by zero is a runtime error. */
    INT_DIV,
    /** Needs a position: division by zero is a runtime error. */
    INT_REM,
    INT_EQ, INT_NE, INT_LT, INT_LE, INT_GT, INT_GE,
    BOOL_NOT,
    /** Bools compare as 0 and 1, so false < true. */
    BOOL_EQ, BOOL_NE, BOOL_LT, BOOL_LE, BOOL_GT, BOOL_GE,
    STR_CONCAT, STR_EQ, STR_NE, STR_LT, STR_LE, STR_GT, STR_GE,
    SHOW_INT, SHOW_BOOL, SHOW_STRING, SHOW_UNIT,
    PRINT, PRINTLN,
    /** Does not return. */
    EXIT,
    /** Does not return; needs a position. */
    PANIC
}
