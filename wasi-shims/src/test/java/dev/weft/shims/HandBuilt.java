package dev.weft.shims;

/** Modules encoded by hand, so that some host tests run without WABT. */
final class HandBuilt {
    private HandBuilt() {}

    /** {@code (module (import "wasi_snapshot_preview1" "proc_exit" ...) (func (export "_start") (call 0 (i32.const 3))))}. */
    static final byte[] PROC_EXIT_3 = bytes(
            0x00, 0x61, 0x73, 0x6d, 0x01, 0x00, 0x00, 0x00, // magic, version 1
            0x01, 0x08, 0x02, 0x60, 0x01, 0x7f, 0x00, 0x60, 0x00, 0x00, // types: (i32)->(), ()->()
            0x02, 0x24, 0x01, // imports: one
            0x16, 'w', 'a', 's', 'i', '_', 's', 'n', 'a', 'p', 's', 'h', 'o', 't', '_',
            'p', 'r', 'e', 'v', 'i', 'e', 'w', '1',
            0x09, 'p', 'r', 'o', 'c', '_', 'e', 'x', 'i', 't', 0x00, 0x00, // func of type 0
            0x03, 0x02, 0x01, 0x01, // functions: one, of type 1
            0x07, 0x0a, 0x01, 0x06, '_', 's', 't', 'a', 'r', 't', 0x00, 0x01, // export _start = func 1
            0x0a, 0x08, 0x01, 0x06, 0x00, 0x41, 0x03, 0x10, 0x00, 0x0b); // code: i32.const 3; call 0; end

    private static byte[] bytes(int... values) {
        byte[] b = new byte[values.length];
        for (int i = 0; i < values.length; i++) {
            b[i] = (byte) values[i];
        }
        return b;
    }
}
