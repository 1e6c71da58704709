package dev.weft.wasm.binary;

import java.nio.charset.StandardCharsets;
import java.util.Arrays;

/** A growable byte buffer with the primitive encodings of the binary format: LEB128, floats, names. */
public final class ByteWriter {
    private byte[] buf = new byte[64];
    private int size;

    public ByteWriter writeByte(int b) {
        ensure(1);
        buf[size++] = (byte) b;
        return this;
    }

    public ByteWriter writeBytes(byte[] bytes) {
        ensure(bytes.length);
        System.arraycopy(bytes, 0, buf, size, bytes.length);
        size += bytes.length;
        return this;
    }

    /** Unsigned LEB128 of a u32 given as an int (its bits read unsigned). */
    public ByteWriter writeU32(int value) {
        return writeU64(Integer.toUnsignedLong(value));
    }

    /** Unsigned LEB128 of a u64 given as a long (its bits read unsigned). */
    public ByteWriter writeU64(long value) {
        do {
            int b = (int) (value & 0x7F);
            value >>>= 7;
            writeByte(value != 0 ? b | 0x80 : b);
        } while (value != 0);
        return this;
    }

    /** Signed LEB128 of an s32. */
    public ByteWriter writeS32(int value) {
        return writeS64(value);
    }

    /** Signed LEB128 of an s64: stop once the rest is all sign bits and bit 6 agrees. */
    public ByteWriter writeS64(long value) {
        while (true) {
            int b = (int) (value & 0x7F);
            value >>= 7;
            boolean done = (value == 0 && (b & 0x40) == 0) || (value == -1 && (b & 0x40) != 0);
            writeByte(done ? b : b | 0x80);
            if (done) return this;
        }
    }

    /** IEEE 754 bits, little-endian, NaN payload kept. */
    public ByteWriter writeF32(float value) {
        int bits = Float.floatToRawIntBits(value);
        for (int i = 0; i < 4; i++) writeByte(bits >>> (8 * i));
        return this;
    }

    public ByteWriter writeF64(double value) {
        long bits = Double.doubleToRawLongBits(value);
        for (int i = 0; i < 8; i++) writeByte((int) (bits >>> (8 * i)));
        return this;
    }

    /** A name: u32 byte length, then UTF-8. */
    public ByteWriter writeName(String name) {
        byte[] utf8 = name.getBytes(StandardCharsets.UTF_8);
        writeU32(utf8.length);
        return writeBytes(utf8);
    }

    /** Another buffer's contents prefixed by their u32 length (sections, function bodies). */
    public ByteWriter writeSized(ByteWriter content) {
        writeU32(content.size);
        ensure(content.size);
        System.arraycopy(content.buf, 0, buf, size, content.size);
        size += content.size;
        return this;
    }

    public int size() {
        return size;
    }

    public byte[] toByteArray() {
        return Arrays.copyOf(buf, size);
    }

    private void ensure(int extra) {
        if (size + extra > buf.length) {
            buf = Arrays.copyOf(buf, Math.max(buf.length * 2, size + extra));
        }
    }
}
