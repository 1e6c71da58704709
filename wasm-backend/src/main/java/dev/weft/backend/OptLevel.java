package dev.weft.backend;

/** How much Binaryen optimises the module: not at all (no wasm-opt run), -O2, or -Os. */
public enum OptLevel {
    O0(null), O2("-O2"), OS("-Os");

    private final String wasmOptFlag;

    OptLevel(String wasmOptFlag) { this.wasmOptFlag = wasmOptFlag; }

    /** The wasm-opt flag, or null when wasm-opt is not run. */
    public String wasmOptFlag() { return wasmOptFlag; }
}
