package dev.weft.frontend.diagnostics;

/**
 * Every diagnostic's stable code. Codes are never reused or renumbered; each has
 * an example program under tests/errors/ that a test checks (see docs/diagnostics.md).
 */
public enum Code {
    E0001(Phase.SYNTAX, "unexpected input"),
    E0002(Phase.SYNTAX, "unterminated string literal"),
    E0003(Phase.SYNTAX, "invalid escape sequence"),
    E0004(Phase.SYNTAX, "number literal out of range"),
    E0005(Phase.SYNTAX, "invalid character literal"),
    E0006(Phase.SYNTAX, "unexpected character"),
    E0007(Phase.SYNTAX, "compiler limit exceeded"),
    E0008(Phase.SYNTAX, "source is not valid UTF-8"),

    E0101(Phase.NAME, "unknown name"),
    E0102(Phase.NAME, "duplicate definition"),
    E0103(Phase.NAME, "no main function"),
    E0104(Phase.NAME, "duplicate parameter"),
    E0105(Phase.NAME, "signature without definition"),
    E0106(Phase.NAME, "unknown type"),
    E0107(Phase.NAME, "module not found"),
    E0108(Phase.NAME, "imported name not defined by the module"),
    E0109(Phase.NAME, "import cycle"),
    E0110(Phase.NAME, "name imported from two modules"),
    E0111(Phase.NAME, "type or constructor defined by two modules"),
    E0112(Phase.NAME, "module declaration does not match its path"),

    E0201(Phase.TYPE, "type mismatch"),
    E0202(Phase.TYPE, "wrong number of arguments"),
    E0203(Phase.TYPE, "not a function"),
    E0204(Phase.TYPE, "infinite type"),
    E0205(Phase.TYPE, "if without else must be Unit"),
    E0206(Phase.TYPE, "main must take no parameters"),
    E0207(Phase.TYPE, "operator does not apply to this type"),
    E0208(Phase.TYPE, "non-exhaustive match"),
    E0209(Phase.TYPE, "no such field"),
    E0210(Phase.TYPE, "record type cannot be determined"),
    E0211(Phase.TYPE, "record fields missing or given twice"),
    E0212(Phase.TYPE, "refutable pattern in a binding or parameter"),
    E0213(Phase.TYPE, "a message that is or holds a function"),
    E0214(Phase.TYPE, "receive arm whose message type is not fully known"),
    E0215(Phase.TYPE, "receive arm that names no message type"),
    W0201(Phase.TYPE, "unreachable match arm"),

    E0901(Phase.BACKEND, "not supported yet");

    private final Phase phase;
    private final String summary;

    Code(Phase phase, String summary) {
        this.phase = phase;
        this.summary = summary;
    }

    public Phase phase() { return phase; }

    public String summary() { return summary; }
}
