package dev.weft.shims;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

class InvocationTest {
    @Test
    void argvIsTheProgramNameThenTheArguments() {
        var inv = Invocation.of("prog", List.of("a", "b c"), new ByteArrayInputStream(new byte[0]),
                new ByteArrayOutputStream(), new ByteArrayOutputStream());
        assertEquals(List.of("prog", "a", "b c"), inv.argv());
        assertEquals(Map.of(), inv.environment());
        assertEquals(Map.of("K", "v"), inv.withEnvironment(Map.of("K", "v")).environment());
    }
}
