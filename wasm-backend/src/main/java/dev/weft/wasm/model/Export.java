package dev.weft.wasm.model;

import java.util.Objects;

/** An export, by kind. */
public sealed interface Export {
    String name();

    record Func(String name, WasmFunction function) implements Export {
        public Func {
            Objects.requireNonNull(name, "name");
            Objects.requireNonNull(function, "function");
        }
    }

    record Global(String name, WasmGlobal global) implements Export {
        public Global {
            Objects.requireNonNull(name, "name");
            Objects.requireNonNull(global, "global");
        }
    }

    /** Table 0. */
    record Tab(String name) implements Export {
        public Tab {
            Objects.requireNonNull(name, "name");
        }
    }

    /** Memory 0. */
    record Mem(String name) implements Export {
        public Mem {
            Objects.requireNonNull(name, "name");
        }
    }
}
