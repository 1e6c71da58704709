/**
 * Host adapters: what runs a Weft module on an engine from Java (Chicory now,
 * Wasmtime later), and the JS WASI shim for browsers and Node.
 */
module dev.weft.shims {
    requires com.dylibso.chicory.runtime;
    requires com.dylibso.chicory.wasi;
    requires com.dylibso.chicory.log;

    exports dev.weft.shims;
}
