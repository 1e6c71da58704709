package dev.weft.wasm.model;

import java.util.Arrays;

/** An active data segment: bytes copied into memory 0 at a constant offset at instantiation. */
public record DataSegment(int offset, byte[] bytes) {
    public DataSegment {
        bytes = bytes.clone();
    }

    /** A copy; segments are immutable. */
    @Override
    public byte[] bytes() {
        return bytes.clone();
    }

    public int length() {
        return bytes.length;
    }

    @Override
    public boolean equals(Object o) {
        return o instanceof DataSegment d && d.offset == offset && Arrays.equals(d.bytes, bytes);
    }

    @Override
    public int hashCode() {
        return 31 * offset + Arrays.hashCode(bytes);
    }

    @Override
    public String toString() {
        return "DataSegment[offset=" + offset + ", length=" + bytes.length + "]";
    }
}
