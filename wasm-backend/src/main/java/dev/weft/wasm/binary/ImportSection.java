package dev.weft.wasm.binary;

import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;

/**
 * Reads what a binary module imports, from its import section (id 2), and
 * nothing else: the other sections are skipped by their sizes. This is what a
 * host must provide to instantiate the module, whatever wrote it (our writer,
 * then wasm-opt and asyncify, which add and remove imports of their own).
 */
public final class ImportSection {
    private static final byte[] MAGIC = {0x00, 0x61, 0x73, 0x6D};
    private static final int IMPORT_SECTION = 2;

    private ImportSection() {}

    /** What an import brings in: the import descriptor's kind (spec 5.5.5). */
    public enum Kind { FUNCTION, TABLE, MEMORY, GLOBAL, TAG }

    /** One import: {@code (import "module" "name" (kind ...))}. */
    public record Import(String module, String name, Kind kind) {
        /** {@code module.name}, as {@code wasi_snapshot_preview1.fd_write}. */
        @Override
        public String toString() {
            return module + "." + name;
        }
    }

    /** The module is not a binary Wasm module, or its sections do not add up. */
    public static final class MalformedModuleException extends RuntimeException {
        private static final long serialVersionUID = 1L;

        MalformedModuleException(String message) {
            super(message);
        }
    }

    /**
     * The module's imports, in the order of its import section; empty when it
     * has none.
     *
     * @throws MalformedModuleException when the bytes are not a module version 1
     *     or end inside a section
     */
    public static List<Import> read(byte[] module) {
        var in = new Reader(module);
        for (byte b : MAGIC) {
            if (in.u8() != (b & 0xFF)) throw new MalformedModuleException("not a Wasm module: no \\0asm at its start");
        }
        int version = in.u8() | in.u8() << 8 | in.u8() << 16 | in.u8() << 24;
        if (version != 1) throw new MalformedModuleException("Wasm binary version " + version + ", not 1");
        while (!in.atEnd()) {
            int id = in.u8();
            int size = in.u32();
            int end = in.position() + size;
            if (end > module.length || end < in.position()) {
                throw new MalformedModuleException("section " + id + " of " + size + " bytes runs past the module's end");
            }
            if (id == IMPORT_SECTION) return imports(new Reader(module, in.position(), end));
            in.skipTo(end);
        }
        return List.of();
    }

    private static List<Import> imports(Reader in) {
        int count = in.u32();
        var imports = new ArrayList<Import>(Math.min(count, 1024));
        for (int i = 0; i < count; i++) {
            String module = in.name();
            String name = in.name();
            int kind = in.u8();
            imports.add(new Import(module, name, switch (kind) {
                case 0x00 -> {
                    in.u32(); // type index
                    yield Kind.FUNCTION;
                }
                case 0x01 -> {
                    in.u8(); // reference type
                    in.limits();
                    yield Kind.TABLE;
                }
                case 0x02 -> {
                    in.limits();
                    yield Kind.MEMORY;
                }
                case 0x03 -> {
                    in.u8(); // value type
                    in.u8(); // mutability
                    yield Kind.GLOBAL;
                }
                case 0x04 -> {
                    in.u8(); // attribute (exception handling's tags)
                    in.u32(); // type index
                    yield Kind.TAG;
                }
                default -> throw new MalformedModuleException("import " + module + "." + name + " has unknown kind " + kind);
            }));
        }
        return List.copyOf(imports);
    }

    /** Bytes from {@code position} up to {@code end}, read as the binary format's primitives. */
    private static final class Reader {
        private final byte[] bytes;
        private final int end;
        private int position;

        Reader(byte[] bytes) {
            this(bytes, 0, bytes.length);
        }

        Reader(byte[] bytes, int position, int end) {
            this.bytes = bytes;
            this.position = position;
            this.end = end;
        }

        boolean atEnd() {
            return position >= end;
        }

        int position() {
            return position;
        }

        void skipTo(int to) {
            position = to;
        }

        int u8() {
            if (position >= end) throw new MalformedModuleException("the module ends inside a section, at byte " + position);
            return bytes[position++] & 0xFF;
        }

        /** Unsigned LEB128, at most 64 bits. */
        long u64() {
            long value = 0;
            for (int shift = 0; shift < 64; shift += 7) {
                int b = u8();
                value |= (long) (b & 0x7F) << shift;
                if ((b & 0x80) == 0) return value;
            }
            throw new MalformedModuleException("an integer of more than 64 bits at byte " + position);
        }

        int u32() {
            long value = u64();
            if (value > 0xFFFF_FFFFL) throw new MalformedModuleException("an integer past u32 at byte " + position);
            return (int) value;
        }

        /** Limits: a flags byte (bit 0: a maximum follows), the minimum, the maximum. */
        void limits() {
            int flags = u8();
            u64();
            if ((flags & 1) != 0) u64();
        }

        String name() {
            int length = u32();
            if (length > end - position) throw new MalformedModuleException("a name runs past its section at byte " + position);
            try {
                String s = StandardCharsets.UTF_8.newDecoder()
                        .onMalformedInput(CodingErrorAction.REPORT)
                        .onUnmappableCharacter(CodingErrorAction.REPORT)
                        .decode(ByteBuffer.wrap(bytes, position, length)).toString();
                position += length;
                return s;
            } catch (CharacterCodingException e) {
                throw new MalformedModuleException("a name that is not UTF-8 at byte " + position);
            }
        }
    }
}
