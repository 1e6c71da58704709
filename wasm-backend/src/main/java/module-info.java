/**
 * Weft's Wasm backend: typed trees to core IR to Wasm IR to binary, linking the
 * RTS units the feature vector selects. The Wasm layer (dev.weft.wasm.*) knows
 * nothing of Weft.
 */
module dev.weft.backend {
    requires transitive dev.weft.frontend;
    requires transitive dev.weft.features;
    requires dev.weft.rts;

    exports dev.weft.backend;
    exports dev.weft.backend.core;
    exports dev.weft.backend.pass;
    exports dev.weft.wasm.model;
    exports dev.weft.wasm.binary;
    exports dev.weft.wasm.text;
}
