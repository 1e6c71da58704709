/**
 * Host adapters: what runs a Weft module on an engine from Java (Chicory's
 * interpreter and compiler, Wasmtime through JNI, Node as a subprocess), and
 * the JS loader for Node.
 */
module dev.weft.shims {
    requires com.dylibso.chicory.runtime;
    requires com.dylibso.chicory.wasi;
    requires com.dylibso.chicory.log;
    requires com.dylibso.chicory.compiler;
    // wasmtime-java's jar names no module; this is the name derived from its file name.
    requires wasmtime.java;

    exports dev.weft.shims;
}
