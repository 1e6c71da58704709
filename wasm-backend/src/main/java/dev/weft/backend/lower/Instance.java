package dev.weft.backend.lower;

import dev.weft.frontend.check.Symbol;
import dev.weft.frontend.types.Type;

/** A top-level function at one concrete type: the unit of monomorphization. */
record Instance(Symbol.TopLevel function, Type.Fun type) {
    /** A key that is equal for equal instances: types are concrete, so their printed form is canonical. */
    String key() { return function.qualifiedName() + " : " + type; }
}
