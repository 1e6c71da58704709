/** Weft's Wasm backend: a language-independent Wasm IR, binary writer and WAT reader/printer. */
module dev.weft.backend {
    exports dev.weft.wasm.model;
    exports dev.weft.wasm.binary;
    exports dev.weft.wasm.text;
}
