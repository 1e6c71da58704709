package dev.weft.wasm.binary;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.HexFormat;
import org.junit.jupiter.api.Test;

class ByteWriterTest {
    private static String hex(ByteWriter w) {
        return HexFormat.ofDelimiter(" ").formatHex(w.toByteArray());
    }

    private static String u32(int v) {
        return hex(new ByteWriter().writeU32(v));
    }

    private static String s32(int v) {
        return hex(new ByteWriter().writeS32(v));
    }

    private static String s64(long v) {
        return hex(new ByteWriter().writeS64(v));
    }

    @Test
    void unsigned32() {
        assertEquals("00", u32(0));
        assertEquals("3f", u32(63));
        assertEquals("40", u32(64));
        assertEquals("7f", u32(127));
        assertEquals("80 01", u32(128));
        assertEquals("e5 8e 26", u32(624485));
        assertEquals("ff ff ff ff 07", u32(Integer.MAX_VALUE));
        assertEquals("80 80 80 80 08", u32(Integer.MIN_VALUE));
        assertEquals("ff ff ff ff 0f", u32(-1));
    }

    @Test
    void unsigned64() {
        assertEquals("ff ff ff ff ff ff ff ff ff 01", hex(new ByteWriter().writeU64(-1L)));
        assertEquals("80 80 80 80 10", hex(new ByteWriter().writeU64(1L << 32)));
    }

    @Test
    void signed32() {
        assertEquals("00", s32(0));
        assertEquals("3f", s32(63));
        assertEquals("c0 00", s32(64));
        assertEquals("40", s32(-64));
        assertEquals("bf 7f", s32(-65));
        assertEquals("ff 00", s32(127));
        assertEquals("80 01", s32(128));
        assertEquals("7f", s32(-1));
        assertEquals("c0 bb 78", s32(-123456));
        assertEquals("ff ff ff ff 07", s32(Integer.MAX_VALUE));
        assertEquals("80 80 80 80 78", s32(Integer.MIN_VALUE));
    }

    @Test
    void signed64() {
        assertEquals("00", s64(0));
        assertEquals("7f", s64(-1));
        assertEquals("c0 00", s64(64));
        assertEquals("bf 7f", s64(-65));
        assertEquals("ff ff ff ff ff ff ff ff ff 00", s64(Long.MAX_VALUE));
        assertEquals("80 80 80 80 80 80 80 80 80 7f", s64(Long.MIN_VALUE));
        assertEquals("80 80 80 80 80 01", s64(1L << 35));
    }

    @Test
    void floatsAreLittleEndianAndKeepNanPayloads() {
        assertEquals("00 00 80 3f", hex(new ByteWriter().writeF32(1.0f)));
        assertEquals("01 00 c0 7f", hex(new ByteWriter().writeF32(Float.intBitsToFloat(0x7FC00001))));
        assertEquals("00 00 00 00 00 00 f0 bf", hex(new ByteWriter().writeF64(-1.0)));
    }

    @Test
    void namesAreLengthPrefixedUtf8() {
        assertEquals("03 e2 82 ac", hex(new ByteWriter().writeName("\u20ac")));
    }
}
