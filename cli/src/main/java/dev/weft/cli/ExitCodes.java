package dev.weft.cli;

/** The command's exit codes, shared by every subcommand and documented in docs/cli.md. */
final class ExitCodes {
    static final int OK = 0;
    static final int PROGRAM_ERRORS = 1;
    static final int USAGE = 2;
    static final int INTERNAL = 3;

    private ExitCodes() {}

    /** A bug in the toolchain: say so in one line, with the details a report needs. */
    static int internalError(Throwable e) {
        System.err.println("weft: internal compiler error: " + e);
        System.err.println("This is a bug in weft, not in your program; set WEFT_DEBUG=1 for the stack trace.");
        if (System.getenv("WEFT_DEBUG") != null) e.printStackTrace(System.err);
        return INTERNAL;
    }
}
