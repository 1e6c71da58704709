package dev.weft.matrix.internal.reduce;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;

/**
 * One change to a program's text: the characters {@code [start, end)}
 * (char indexes into the Java string) replaced by {@code replacement}; a
 * deletion replaces them by nothing.
 */
record Edit(Kind kind, int start, int end, String replacement) {
    /** The reducer's edit kinds, in the order its passes try them. */
    enum Kind {
        /** A top-level definition: a type, a function with its clauses and signature, or one clause. */
        DROP_DEFINITION,
        /** A statement of a block. */
        DROP_STATEMENT,
        /** A match arm (a candidate that is no longer exhaustive does not compile, and is rejected). */
        DROP_ARM,
        /**
         * A constructor or record field of a type declaration, an element of a
         * list literal, or a piece (text or interpolation) of a string.
         */
        DROP_ELEMENT,
        /** An expression replaced by a literal of its type: 0, 0.0, "", true, false, [], None, (). */
        REPLACE_BY_LITERAL,
        /** An expression replaced by one of its own subexpressions of the same type. */
        REPLACE_BY_PART
    }

    Edit {
        if (start < 0 || end < start) throw new IllegalArgumentException("bad edit range " + start + ".." + end);
    }

    boolean isDeletion() {
        return replacement.isEmpty();
    }

    /**
     * The text with all the edits made. Overlapping deletions are joined into
     * one (deleting two neighbouring list elements deletes the comma between
     * them once); an edit inside another that is not a deletion is dropped.
     */
    static String apply(String text, List<Edit> edits) {
        List<Edit> sorted = new ArrayList<>(edits);
        sorted.sort(Comparator.comparingInt(Edit::start).thenComparing(Comparator.comparingInt(Edit::end).reversed()));
        List<Edit> merged = new ArrayList<>();
        for (Edit e : sorted) {
            Edit last = merged.isEmpty() ? null : merged.get(merged.size() - 1);
            if (last != null && e.start() < last.end()) {
                if (last.isDeletion() && e.isDeletion()) {
                    merged.set(merged.size() - 1, new Edit(last.kind(), last.start(), Math.max(last.end(), e.end()), ""));
                }
                continue;
            }
            merged.add(e);
        }
        StringBuilder b = new StringBuilder(text);
        for (int i = merged.size() - 1; i >= 0; i--) {
            Edit e = merged.get(i);
            b.replace(e.start(), e.end(), e.replacement());
        }
        return b.toString();
    }
}
