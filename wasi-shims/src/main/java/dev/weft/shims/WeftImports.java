package dev.weft.shims;

import java.util.function.IntUnaryOperator;

/**
 * The RTS's own import module, {@code "weft"}, as every host provides it.
 *
 * <p>{@code (import "weft" "memory_request" (func (param $pages i32) (result i32)))}
 * is imported by modules built with {@code memory=host}: the program asks the
 * host to grow its exported memory {@code "memory"} by {@code pages} 64 KiB
 * pages. The host grows it, or refuses beyond its own limit, and answers
 * exactly as {@code memory.grow} does: the previous size in pages, or -1.
 * Modules built with other vectors do not import it, and hosts then define
 * nothing.
 */
public final class WeftImports {
    private WeftImports() {}

    public static final String MODULE = "weft";
    public static final String MEMORY_REQUEST = "memory_request";
    /** The memory export the host grows. */
    public static final String MEMORY_EXPORT = "memory";

    /**
     * The export of a module built with {@code switch=flag} that spawns:
     * {@code (func (result i32))}, the address of the flag word in its memory
     * (rts/units/switch/flag.wat). While such a module runs, a host with the
     * capability {@code async-memory-write} stores 1 in the word every
     * {@link #FLAG_SLICE} from a thread of its own; the RTS clears it and
     * switches to the next process. A host that cannot refuses the module.
     */
    public static final String FLAG_ADDRESS_EXPORT = "weft_flag_address";

    /** How often the host sets the flag word: BEAM's and Linux's usual time slice, 1 ms. */
    public static final java.time.Duration FLAG_SLICE = java.time.Duration.ofMillis(1);

    /** A host's own limit unless told otherwise: 65,536 pages of 64 KiB, 4 GiB, all a 32-bit memory can address. */
    public static final long DEFAULT_MEMORY_LIMIT_PAGES = 65_536;

    /**
     * The contract of {@code memory_request}, shared by the Java hosts (the
     * Node loader implements the same lines in JavaScript).
     *
     * @param currentPages the memory's size now
     * @param requested the import's argument, read as unsigned like memory.grow's
     * @param limitPages the most pages the host lets the memory have in total
     * @param grow the engine's own grow, answering the previous size or -1
     * @return the previous size in pages, or -1 when refused
     */
    public static int memoryRequest(int currentPages, int requested, long limitPages, IntUnaryOperator grow) {
        long wanted = Integer.toUnsignedLong(requested);
        if (Integer.toUnsignedLong(currentPages) + wanted > limitPages) return -1;
        return grow.applyAsInt((int) wanted);
    }
}
