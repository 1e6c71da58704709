package dev.weft.frontend.check;

import dev.weft.frontend.diagnostics.SourceFile;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;

/**
 * The top-level names one module's code sees, in lookup order: its own
 * definitions, then the functions its imports bring (a name may come from
 * several modules: that is an error only where it is used), then the standard
 * library's (not held here: {@link Outline#library()}).
 */
public record ModuleScope(String name, SourceFile file, Map<String, Symbol.TopLevel> own,
        Map<String, List<Symbol.TopLevel>> imported) {

    /** The imported functions of this name: none, one, or several (ambiguous). */
    public List<Symbol.TopLevel> importedAs(String name) { return imported.getOrDefault(name, List.of()); }

    /** Every name defined or imported here, for suggestions. */
    public Set<String> names() {
        Set<String> out = new TreeSet<>(own.keySet());
        out.addAll(imported.keySet());
        return out;
    }
}
