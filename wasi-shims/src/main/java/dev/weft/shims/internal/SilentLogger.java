package dev.weft.shims.internal;

import com.dylibso.chicory.log.Logger;

/**
 * Chicory's WASI logs through {@code System.getLogger("chicory")} unless told
 * otherwise; a program's stderr must carry only what the program wrote, so the
 * host gives it this logger, which drops everything.
 */
public final class SilentLogger implements Logger {
    @Override
    public void log(Level level, String msg, Throwable throwable) {}

    @Override
    public boolean isLoggable(Level level) {
        return false;
    }
}
