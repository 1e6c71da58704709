package dev.weft.backend.core;

import java.util.List;

/**
 * A whole monomorphic program: its functions in the order they were reached
 * from main. {@code processes} says whether it uses processes (spawns, sends,
 * receives, asks for its own Pid or monitors): the RTS then links the
 * scheduler and the module is made switchable (docs/decisions/0023), and
 * {@code main} is the entry lowering made to run the program's main as
 * process 1.
 */
public record CoreProgram(String moduleName, List<CoreFunction> functions, CoreFunction main, boolean processes) {
    /** A program without processes. */
    public CoreProgram(String moduleName, List<CoreFunction> functions, CoreFunction main) {
        this(moduleName, functions, main, false);
    }

    /** The same program with other functions (a core pass's result). */
    public CoreProgram withFunctions(List<CoreFunction> functions) {
        return new CoreProgram(moduleName, functions, main, processes);
    }
}
