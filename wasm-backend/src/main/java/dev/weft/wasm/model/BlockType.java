package dev.weft.wasm.model;

import java.util.List;

/**
 * The results of a block, loop or if. Empty and single results encode inline; several
 * results (multi-value) are written as an index of the type {@code [] -> results}.
 */
public record BlockType(List<ValType> results) {
    public static final BlockType EMPTY = new BlockType(List.of());

    public BlockType {
        results = List.copyOf(results);
    }

    public static BlockType of(ValType... results) {
        return results.length == 0 ? EMPTY : new BlockType(List.of(results));
    }
}
