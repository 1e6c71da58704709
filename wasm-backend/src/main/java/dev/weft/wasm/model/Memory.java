package dev.weft.wasm.model;

import java.util.OptionalInt;

/** The module's one linear memory, in 64 KiB pages. */
public record Memory(int minPages, OptionalInt maxPages) {
    public static final int MAX_PAGES = 65536;

    public Memory {
        if (minPages < 0 || minPages > MAX_PAGES) {
            throw new IllegalArgumentException("memory: min " + minPages + " pages is out of 0.." + MAX_PAGES);
        }
        if (maxPages.isPresent() && (maxPages.getAsInt() < minPages || maxPages.getAsInt() > MAX_PAGES)) {
            throw new IllegalArgumentException("memory: max " + maxPages.getAsInt() + " pages is out of "
                    + minPages + ".." + MAX_PAGES);
        }
    }
}
