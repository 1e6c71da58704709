package dev.weft.shims;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.Test;

/** memory_request answers as memory.grow: the previous size, or -1 when the host refuses. */
class WeftImportsTest {
    private final AtomicInteger pages = new AtomicInteger(1);

    private int grow(int delta) {
        return pages.getAndAdd(delta);
    }

    @Test
    void growsAndAnswersThePreviousSize() {
        assertEquals(1, WeftImports.memoryRequest(pages.get(), 16, 65_536, this::grow));
        assertEquals(17, pages.get());
        assertEquals(17, WeftImports.memoryRequest(pages.get(), 0, 65_536, this::grow));
    }

    @Test
    void refusesBeyondTheHostLimitWithoutAskingTheEngine() {
        assertEquals(-1, WeftImports.memoryRequest(1, 16, 16, d -> { throw new AssertionError("asked"); }));
        assertEquals(1, WeftImports.memoryRequest(1, 15, 16, this::grow));
    }

    @Test
    void readsTheRequestAsUnsignedAsMemoryGrowDoes() {
        assertEquals(-1, WeftImports.memoryRequest(1, -1, WeftImports.DEFAULT_MEMORY_LIMIT_PAGES, d -> {
            throw new AssertionError("asked");
        }));
    }

    @Test
    void passesTheEnginesOwnRefusalThrough() {
        assertEquals(-1, WeftImports.memoryRequest(1, 3, 65_536, d -> -1));
    }
}
