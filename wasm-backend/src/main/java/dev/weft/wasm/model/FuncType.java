package dev.weft.wasm.model;

import java.util.List;

/** A function signature; structural equality, so the writer can share one type-section entry. */
public record FuncType(List<ValType> params, List<ValType> results) {
    public FuncType {
        params = List.copyOf(params);
        results = List.copyOf(results);
    }

    public static FuncType of(List<ValType> params, List<ValType> results) {
        return new FuncType(params, results);
    }

    /** A signature with no parameters. */
    public static FuncType returning(ValType... results) {
        return new FuncType(List.of(), List.of(results));
    }
}
