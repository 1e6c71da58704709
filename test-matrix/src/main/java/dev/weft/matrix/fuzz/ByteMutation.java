package dev.weft.matrix.fuzz;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.Random;

/** Mutations of bytes and lines, blind to tokens: they reach decoding, the lexer and error recovery. */
enum ByteMutation implements Mutation {
    /** Inserts one to four odd byte sequences (see {@link #ODD_BYTES}) at any offset, even inside a character. */
    INSERT_BYTES {
        @Override
        public Optional<byte[]> apply(Context c) {
            Random r = c.random();
            java.io.ByteArrayOutputStream odd = new java.io.ByteArrayOutputStream();
            for (int k = 1 + r.nextInt(4); k > 0; k--) {
                byte[] b = r.nextInt(4) == 0 ? new byte[] {(byte) r.nextInt(256)} : ODD_BYTES.get(r.nextInt(ODD_BYTES.size()));
                odd.write(b, 0, b.length);
            }
            int at = r.nextInt(c.bytes().length + 1);
            return Optional.of(Lexed.splice(c.bytes(), at, at, odd.toByteArray()));
        }
    },
    /** Replaces one byte by a random one, or flips one of its bits. */
    OVERWRITE_BYTE {
        @Override
        public Optional<byte[]> apply(Context c) {
            if (c.bytes().length == 0) return Optional.empty();
            Random r = c.random();
            byte[] out = c.bytes().clone();
            int i = r.nextInt(out.length);
            out[i] = r.nextBoolean() ? (byte) r.nextInt(256) : (byte) (out[i] ^ (1 << r.nextInt(8)));
            return Optional.of(out);
        }
    },
    /** Cuts the input at any byte, which may split a multi-byte character. */
    TRUNCATE_BYTES {
        @Override
        public Optional<byte[]> apply(Context c) {
            if (c.bytes().length == 0) return Optional.empty();
            return Optional.of(java.util.Arrays.copyOf(c.bytes(), c.random().nextInt(c.bytes().length)));
        }
    },
    /** Removes one to three consecutive lines. */
    DELETE_LINES {
        @Override
        public Optional<byte[]> apply(Context c) {
            List<byte[]> lines = new ArrayList<>(Lines.of(c.bytes()));
            if (lines.isEmpty()) return Optional.empty();
            int i = c.random().nextInt(lines.size());
            int j = Math.min(lines.size(), i + 1 + c.random().nextInt(3));
            lines.subList(i, j).clear();
            return Optional.of(Lexed.concat(lines));
        }
    },
    /** Repeats one to three consecutive lines: once usually, one time in ten up to 200 times (many definitions). */
    DUPLICATE_LINES {
        @Override
        public Optional<byte[]> apply(Context c) {
            List<byte[]> lines = new ArrayList<>(Lines.of(c.bytes()));
            if (lines.isEmpty()) return Optional.empty();
            Random r = c.random();
            int i = r.nextInt(lines.size());
            int j = Math.min(lines.size(), i + 1 + r.nextInt(3));
            List<byte[]> run = List.copyOf(lines.subList(i, j));
            int times = r.nextInt(10) == 0 ? 2 + r.nextInt(199) : 1;
            for (int k = 0; k < times; k++) lines.addAll(j, run);
            return Optional.of(Lexed.concat(lines));
        }
    };

    /**
     * Bytes a text file should not hold, or holds rarely: NUL and other controls,
     * DEL, bytes that are never UTF-8 (0xFF, 0xC0 0x80 an overlong NUL, a lone
     * continuation byte), an encoded surrogate, a code point past U+10FFFF, a
     * truncated sequence, a byte order mark, bidirectional overrides, line and
     * paragraph separators, CR alone, and letters and an emoji that are valid.
     */
    static final List<byte[]> ODD_BYTES = List.of(
            new byte[] {0}, new byte[] {1}, new byte[] {0x1B}, new byte[] {0x7F}, new byte[] {(byte) 0xFF},
            new byte[] {(byte) 0xC0, (byte) 0x80}, new byte[] {(byte) 0x80},
            new byte[] {(byte) 0xED, (byte) 0xA0, (byte) 0x80}, new byte[] {(byte) 0xF4, (byte) 0x90, (byte) 0x80, (byte) 0x80},
            new byte[] {(byte) 0xE2, (byte) 0x82}, new byte[] {(byte) 0xEF, (byte) 0xBB, (byte) 0xBF},
            new byte[] {(byte) 0xE2, (byte) 0x80, (byte) 0xAE}, new byte[] {(byte) 0xE2, (byte) 0x80, (byte) 0xA8},
            new byte[] {'\r'}, new byte[] {'\t'}, new byte[] {0x0B}, new byte[] {0x0C},
            new byte[] {(byte) 0xC3, (byte) 0xA9}, new byte[] {(byte) 0xF0, (byte) 0x9F, (byte) 0x98, (byte) 0x80});
}
