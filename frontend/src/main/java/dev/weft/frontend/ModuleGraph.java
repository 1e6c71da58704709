package dev.weft.frontend;

import dev.weft.frontend.check.ModuleUnit;
import dev.weft.frontend.check.Outline;
import dev.weft.frontend.diagnostics.Code;
import dev.weft.frontend.diagnostics.Diagnostics;
import dev.weft.frontend.diagnostics.SourceReader;
import dev.weft.frontend.diagnostics.SourceFile;
import dev.weft.frontend.parser.WeftParserFacade;
import dev.weft.frontend.syntax.CompilationUnit;
import dev.weft.frontend.syntax.Name;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Finds the modules a program is made of, from its root: every import is
 * loaded once (by its path, {@code import a.b} is {@code a/b.weft} next to the
 * root file), parsed, and followed in turn, depth first, so that an import that
 * leads back to a module still being read is found as a cycle. {@code std.*}
 * names the standard library, which is given whole and never loaded.
 */
final class ModuleGraph {
    private enum State { READING, DONE }

    private final ModuleLoader loader;
    private final Set<String> library;
    private final Diagnostics diagnostics;
    private final Map<String, State> states = new HashMap<>();
    private final Map<String, ModuleUnit> modules = new LinkedHashMap<>();
    private final List<String> reading = new ArrayList<>();

    private ModuleGraph(ModuleLoader loader, Set<String> library, Diagnostics diagnostics) {
        this.loader = loader;
        this.library = library;
        this.diagnostics = diagnostics;
    }

    /** The program's modules, the root first; problems are in diagnostics. */
    static List<ModuleUnit> of(CompilationUnit root, ModuleLoader loader, Set<String> library, Diagnostics diagnostics) {
        ModuleGraph g = new ModuleGraph(loader, library, diagnostics);
        // The root can be named by an import of its file name (a cycle back to it), whatever it declares itself.
        String file = fileName(root.file());
        g.visit(file, Outline.rootName(root), root);
        List<ModuleUnit> out = new ArrayList<>();
        ModuleUnit first = g.modules.remove(file);
        out.add(first);
        out.addAll(g.modules.values());
        return out;
    }

    private static String fileName(SourceFile file) {
        String name = file.name().replace('\\', '/');
        name = name.substring(name.lastIndexOf('/') + 1);
        return name.endsWith(".weft") ? name.substring(0, name.length() - 5) : name;
    }

    /** The display name each module key stands for (the root may declare another name). */
    private final Map<String, String> names = new HashMap<>();

    private void visit(String key, String name, CompilationUnit unit) {
        states.put(key, State.READING);
        names.put(key, name);
        reading.add(key);
        List<ModuleUnit.Import> imports = new ArrayList<>();
        for (CompilationUnit.ImportDecl i : unit.imports()) {
            List<String> path = i.path().stream().map(Name::text).toList();
            String target = String.join(".", path);
            if (path.get(0).equals("std")) {
                if (library.contains(target)) {
                    imports.add(new ModuleUnit.Import(i, target));
                } else {
                    diagnostics.error(Code.E0107, unit.file(), i.span(), "module " + target + " not found: the standard "
                            + "library's modules are " + String.join(", ", new java.util.TreeSet<>(library))
                            + ", and their names are in scope without an import");
                }
                continue;
            }
            State state = states.get(target);
            if (state == State.READING) {
                List<String> cycle = new ArrayList<>();
                for (String k : reading.subList(reading.indexOf(target), reading.size())) cycle.add(names.get(k));
                cycle.add(names.get(target));
                diagnostics.error(Code.E0109, unit.file(), i.span(), "import cycle: " + String.join(" -> ", cycle)
                        + "; modules may not import each other in a circle, so move what they share into a module of its own");
                continue;
            }
            if (state == null) {
                var bytes = loader.load(path);
                if (bytes.isEmpty()) {
                    diagnostics.error(Code.E0107, unit.file(), i.span(), "module " + target + " not found: there is no "
                            + loader.describe(path));
                    states.put(target, State.DONE);
                    continue;
                }
                var parsed = SourceReader.decode(loader.describe(path), bytes.get(), diagnostics)
                        .flatMap(source -> WeftParserFacade.parse(source, diagnostics));
                if (parsed.isEmpty()) {
                    states.put(target, State.DONE);
                    continue;
                }
                checkDeclaration(parsed.get(), path, target);
                visit(target, target, parsed.get());
            }
            if (modules.containsKey(target)) imports.add(new ModuleUnit.Import(i, target));
        }
        reading.remove(reading.size() - 1);
        states.put(key, State.DONE);
        modules.put(key, new ModuleUnit(name, unit, imports));
    }

    /** An imported module may declare its name: the path it is imported by, or that path's last part. */
    private void checkDeclaration(CompilationUnit unit, List<String> path, String target) {
        if (unit.module().isEmpty()) return;
        List<String> declared = unit.module().get().path().stream().map(Name::text).toList();
        if (declared.equals(path) || declared.equals(List.of(path.get(path.size() - 1)))) return;
        diagnostics.error(Code.E0112, unit.file(), unit.module().get().span(), "this file declares module "
                + String.join(".", declared) + ", but it is imported as " + target + " from " + loader.describe(path)
                + "; a module's name is its path from the root file's folder");
    }
}
