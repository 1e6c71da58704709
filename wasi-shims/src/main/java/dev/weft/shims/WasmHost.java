package dev.weft.shims;

/**
 * Something that runs a WASI preview1 command module from Java: Chicory's
 * interpreter or compiler in-process, Wasmtime through JNI, Node as a
 * subprocess. Every host reports the same way, so that outputs compare:
 *
 * <ul>
 *   <li>exit 0 when {@code _start} returns, {@code n} after {@code proc_exit(n)};
 *   <li>after a trap, the module's exported {@code weft_flush} is called (when it
 *       has one) so that buffered output is written, then one line
 *       {@code runtime error: wasm trap: <name>} goes to stderr, with the
 *       spec's trap names ({@code unreachable}, {@code integer divide by zero},
 *       {@code out of bounds memory access}, {@code call stack exhausted}, ...),
 *       and the exit code is {@value ChicoryHost#TRAP_EXIT_CODE};
 *   <li>{@code weft.memory_request} is provided when the module imports it
 *       (see {@link WeftImports}).
 * </ul>
 */
public interface WasmHost {
    /**
     * Runs {@code module}'s {@code _start} with the invocation's arguments and
     * streams, stopping it at the invocation's timeout if it has one.
     *
     * @throws ModuleRejectedException when the engine refuses the module before it runs
     * @throws HostUnavailableException when the engine cannot be started on this machine
     * @throws TimedOutException when the program was still running at the timeout
     * @throws EngineCrashedException when the engine died under the program (Node's process)
     */
    RunResult run(byte[] module, Invocation invocation);
}
