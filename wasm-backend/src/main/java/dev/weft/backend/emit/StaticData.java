package dev.weft.backend.emit;

import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * The program's static data: string constants (literals and source positions),
 * each laid out once as {@code [length: i32][UTF-8 bytes]}, and field-less
 * objects ({@code [tag][0]}, decisions/0006) and layout records (decisions/0019), from {@link #START} on (Note
 * [Memory map] in rts/units/README.md).
 */
final class StaticData {
    /**
     * Where the program's data begins; below it is the runtime's (core/floats.wat's
     * powers of ten and bignum take 16384..29183).
     */
    static final int START = 32768;

    private final Map<String, Integer> addresses = new LinkedHashMap<>();
    private final ByteArrayOutputStream bytes = new ByteArrayOutputStream();

    /** The address of a string constant, laid out on first use. */
    int string(String value) {
        Integer known = addresses.get(value);
        if (known != null) return known;
        while (bytes.size() % 4 != 0) bytes.write(0);
        int address = START + bytes.size();
        byte[] utf8 = value.getBytes(StandardCharsets.UTF_8);
        int n = utf8.length;
        bytes.write(n);
        bytes.write(n >>> 8);
        bytes.write(n >>> 16);
        bytes.write(n >>> 24);
        bytes.writeBytes(utf8);
        addresses.put(value, address);
        return address;
    }

    private final Map<Integer, Integer> objects = new LinkedHashMap<>();

    /** The address of a field-less object of this tag (None, Leaf, ...), 8-aligned: [tag][0 slots]. */
    int object(int tag) {
        Integer known = objects.get(tag);
        if (known != null) return known;
        while (bytes.size() % 8 != 0) bytes.write(0);
        int address = START + bytes.size();
        for (int v : new int[] {tag, 0}) {
            bytes.write(v);
            bytes.write(v >>> 8);
            bytes.write(v >>> 16);
            bytes.write(v >>> 24);
        }
        objects.put(tag, address);
        return address;
    }

    private final Map<java.util.List<Boolean>, Integer> layouts = new LinkedHashMap<>();

    /**
     * The address of the layout record of objects whose slots hold pointers where
     * {@code pointers} says so: {@code [slot count][bitmap words]}, bit i of the
     * bitmap set for a pointer slot (docs/decisions/0019-heap-layout-roots-and-collectors.md).
     */
    int layout(java.util.List<Boolean> pointers) {
        Integer known = layouts.get(pointers);
        if (known != null) return known;
        while (bytes.size() % 4 != 0) bytes.write(0);
        int address = START + bytes.size();
        int n = pointers.size();
        int[] words = new int[1 + (n + 31) / 32];
        words[0] = n;
        for (int i = 0; i < n; i++) if (pointers.get(i)) words[1 + i / 32] |= 1 << (i % 32);
        for (int v : words) {
            bytes.write(v);
            bytes.write(v >>> 8);
            bytes.write(v >>> 16);
            bytes.write(v >>> 24);
        }
        layouts.put(java.util.List.copyOf(pointers), address);
        return address;
    }

    byte[] bytes() { return bytes.toByteArray(); }

    /** The first heap address: after the data, 8-byte aligned. */
    int heapBase() { return (START + bytes.size() + 7) & ~7; }
}
