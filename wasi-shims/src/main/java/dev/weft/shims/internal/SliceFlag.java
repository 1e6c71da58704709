package dev.weft.shims.internal;

import dev.weft.shims.ModuleRejectedException;
import dev.weft.shims.WeftImports;
import java.time.Duration;
import java.util.concurrent.locks.LockSupport;
import java.util.function.IntConsumer;

/**
 * The host's side of {@code switch=flag} (rts/units/switch/flag.wat): a
 * daemon thread that stores 1 in the module's flag word every slice while the
 * module runs, as a timer signal would interrupt a native program. It stops
 * when closed, which waits for it (so that no store reaches a memory the host
 * is about to free), or when the thread that runs the module has ended (a run
 * given up at its timeout).
 */
public final class SliceFlag implements AutoCloseable {
    private final Thread ticker;
    private volatile boolean closed;

    private SliceFlag(IntConsumer store, int address, Duration slice, Thread runner) {
        ticker = new Thread(() -> {
            long nanos = slice.toNanos();
            while (!closed && runner.isAlive()) {
                LockSupport.parkNanos(nanos);
                if (!closed) store.accept(address);
            }
        }, "weft-slice-flag");
        ticker.setDaemon(true);
    }

    /**
     * Starts setting the word at {@code address} every {@link WeftImports#FLAG_SLICE}
     * for the calling thread's run: {@code store} writes 1 at the address it is given.
     *
     * @param memoryBytes the memory's size now, which the word must lie within
     * @throws ModuleRejectedException when the address is not an aligned word of the memory
     */
    public static SliceFlag start(int address, long memoryBytes, IntConsumer store) {
        if (address <= 0 || address % 4 != 0 || address + 4L > memoryBytes) {
            throw new ModuleRejectedException("the module's " + WeftImports.FLAG_ADDRESS_EXPORT + " gave " + address
                    + ", which is not an aligned word of its memory of " + memoryBytes + " bytes", null);
        }
        SliceFlag flag = new SliceFlag(store, address, WeftImports.FLAG_SLICE, Thread.currentThread());
        flag.ticker.start();
        return flag;
    }

    @Override
    public void close() {
        closed = true;
        LockSupport.unpark(ticker);
        boolean interrupted = false;
        while (ticker.isAlive()) {
            try {
                ticker.join();
            } catch (InterruptedException e) {
                interrupted = true; // the store must be over before the memory goes: wait on
            }
        }
        if (interrupted) Thread.currentThread().interrupt();
    }
}
