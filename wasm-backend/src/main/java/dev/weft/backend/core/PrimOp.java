package dev.weft.backend.core;

/** Primitive operations; each says what its operands and result are. */
public enum PrimOp {
    INT_ADD, INT_SUB, INT_MUL,
    /** Needs a position: division by zero is a runtime error. */
    INT_DIV,
    /** Needs a position: division by zero is a runtime error. */
    INT_REM,
    INT_EQ, INT_NE, INT_LT, INT_LE, INT_GT, INT_GE,
    /** IEEE 754 binary64: division by zero gives an infinity or NaN, never an error. */
    FLOAT_ADD, FLOAT_SUB, FLOAT_MUL, FLOAT_DIV, FLOAT_NEG,
    /** C's fmod, exact, with the dividend's sign (as Int % has); NaN for a zero divisor. */
    FLOAT_REM,
    /** IEEE comparisons: NaN is unequal to everything, itself included. */
    FLOAT_EQ, FLOAT_NE, FLOAT_LT, FLOAT_LE, FLOAT_GT, FLOAT_GE,
    FLOAT_SQRT, FLOAT_FLOOR, FLOAT_CEIL,
    /** Int to Float, rounding to nearest. */
    INT_TO_FLOAT,
    /** Float to Int, truncating toward zero; NaN gives 0 and out-of-range values saturate. */
    FLOAT_TO_INT,
    BOOL_NOT,
    /** Unsigned i32 comparisons: Bools (false < true) and Chars (code point order). */
    U32_EQ, U32_NE, U32_LT, U32_LE, U32_GT, U32_GE,
    STR_CONCAT, STR_EQ, STR_NE, STR_LT, STR_LE, STR_GT, STR_GE,
    /** Strings in code point order: -1, 0 or 1 as an Int. */
    STR_CMP,
    /** A List[String] of pieces in reverse order, joined into one String with one copy. */
    CONCAT_REVERSED,
    /** An Int or Float read from a String, as Option (Some is tag 0, None tag 1, as the prelude declares them). */
    PARSE_INT, PARSE_FLOAT,
    /** Code points [from, to) of a String, clamped to it. */
    SLICE,
    /** A String's pieces between a separator, as a List[String]. */
    SPLIT,
    /** Code points in a String, as an Int. */
    STR_LENGTH,
    /** Elements in a list, as an Int. */
    LIST_LENGTH,
    /** An object's tag (i32). */
    OBJ_TAG,
    /** Whether a pointer is null, the empty list (i32 0 or 1). */
    IS_NULL,
    /** C's printf("%.*f", digits, x); needs a position: digits outside 0..100 is a runtime error. */
    FIXED,
    SHOW_INT, SHOW_FLOAT, SHOW_BOOL, SHOW_CHAR, SHOW_STRING, SHOW_UNIT,
    PRINT, PRINTLN,
    /**
     * Waits the given milliseconds (an Int; none when not positive): the calling
     * process only, in a program with processes; the whole program, output
     * flushed first, in one without (rts/units/proc/alone.wat).
     */
    SLEEP,
    /** An unsigned i32 (a Pid) as an Int. */
    U32_TO_INT,
    // ---- processes (docs/decisions/0023, rts/units/proc) ----
    /** Runs a closure of no arguments as process 1, main, until it returns. */
    RUN,
    /** A new process running a copy of a closure of no arguments; its Pid. */
    SPAWN,
    /** As SPAWN, and links the new process with the caller. */
    SPAWN_LINK,
    /** Sends a copy of a value (a pointer: see lower/Processes) with its type's message tag (an i32 constant). */
    SEND,
    SELF,
    MONITOR,
    /** A message's type tag (i32), for a receive's selector. */
    MESSAGE_TAG,
    /** A message's value where it lies, outside every heap, for a receive's selector to match in place. */
    MESSAGE_VALUE,
    /**
     * Takes the oldest message the selector closure (message -> arm index, or
     * -1) accepts, waiting for one; its value copied into the heap. The arm is
     * RECEIVED_ARM's.
     */
    RECEIVE,
    /** As RECEIVE, waiting at most the given milliseconds (an Int); RECEIVED_ARM is then -1. */
    RECEIVE_AFTER,
    /** The arm index the last RECEIVE's selector chose (i32), -1 when its after arm fired. */
    RECEIVED_ARM,
    /** Does not return. */
    EXIT,
    /** Does not return; needs a position. */
    PANIC
}
