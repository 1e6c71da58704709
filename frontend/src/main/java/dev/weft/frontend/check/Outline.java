package dev.weft.frontend.check;

import dev.weft.frontend.diagnostics.Code;
import dev.weft.frontend.diagnostics.Diagnostics;
import dev.weft.frontend.diagnostics.SourceFile;
import dev.weft.frontend.diagnostics.Span;
import dev.weft.frontend.syntax.CompilationUnit;
import dev.weft.frontend.syntax.Decl;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.Optional;

/**
 * Every top-level definition and its declared signature, collected before any
 * body is looked at (Kentucky Mule / Rsc), so that definitions may refer to each
 * other in any order. A program is one or more modules; each has a
 * {@link ModuleScope}: its own definitions, then the names it imports, then the
 * standard library's. {@code functions} is the root module's own definitions
 * and the library's (where {@code main} is looked up); library code sees only the library.
 * {@code withdrawn} names the library functions that a program's own type
 * took out of scope (they use the standard type it shadows), each with the
 * program's type's name, for the unknown-name error.
 */
public record Outline(SourceFile file, Map<String, Symbol.TopLevel> functions, Map<String, Symbol.TopLevel> library,
        List<Symbol.TopLevel> all, TypeDefs types, Map<String, ModuleScope> modules, Map<String, String> withdrawn) {

    /** A program without a standard library (tests of the checker alone). */
    public static Outline of(CompilationUnit unit, Diagnostics diagnostics) {
        return of(unit, List.of(), diagnostics);
    }

    /** A program of one module (its imports are not looked at) and the standard library. */
    public static Outline of(CompilationUnit unit, List<CompilationUnit> libraryUnits, Diagnostics diagnostics) {
        return of(List.of(new ModuleUnit(rootName(unit), unit, List.of())), libraryUnits, diagnostics);
    }

    /** The root module's name: its {@code module} declaration, else its file's base name. */
    public static String rootName(CompilationUnit unit) {
        if (unit.module().isPresent()) return dotted(unit.module().get().path());
        String name = unit.file().name().replace('\\', '/');
        name = name.substring(name.lastIndexOf('/') + 1);
        return name.endsWith(".weft") ? name.substring(0, name.length() - 5) : name;
    }

    /** The name a standard library file's module has: {@code std/list.weft} is {@code std.list}. */
    public static String libraryName(SourceFile file) {
        String name = file.name().replace('\\', '/');
        int std = name.lastIndexOf("std/");
        if (std >= 0) name = name.substring(std);
        if (name.endsWith(".weft")) name = name.substring(0, name.length() - 5);
        return name.replace('/', '.');
    }

    static String dotted(List<dev.weft.frontend.syntax.Name> path) {
        return String.join(".", path.stream().map(dev.weft.frontend.syntax.Name::text).toList());
    }

    /**
     * The program's modules (the root first, each module after none in
     * particular: imports are already resolved to module names) and the
     * standard library's files. The program sees its own names first, then
     * what it imports, then the library's (docs/language.md); library code sees
     * only the library.
     */
    public static Outline of(List<ModuleUnit> modules, List<CompilationUnit> libraryUnits, Diagnostics diagnostics) {
        ModuleUnit root = modules.get(0);
        SourceFile file = root.unit().file();
        Map<String, Map<String, Symbol.TopLevel>> own = new LinkedHashMap<>();
        Map<String, List<Decl.TypeDecl>> typesOf = new LinkedHashMap<>();
        List<Decl.TypeDecl> programTypes = new ArrayList<>();
        for (ModuleUnit m : modules) {
            List<Decl.TypeDecl> decls = new ArrayList<>();
            own.put(m.name(), functionsOf(m.unit(), false, m.name(), diagnostics, decls));
            typesOf.put(m.name(), decls);
            programTypes.addAll(decls);
        }
        Map<String, Symbol.TopLevel> library = new LinkedHashMap<>();
        Map<String, Map<String, Symbol.TopLevel>> libraryModules = new LinkedHashMap<>();
        List<Decl.TypeDecl> libraryTypes = new ArrayList<>();
        for (CompilationUnit u : libraryUnits) {
            String name = libraryName(u.file());
            Map<String, Symbol.TopLevel> fs = functionsOf(u, true, name, diagnostics, libraryTypes);
            libraryModules.computeIfAbsent(name, k -> new LinkedHashMap<>()).putAll(fs);
            library.putAll(fs);
        }
        Map<String, String> withdrawn = Withdrawn.of(library, Prelude.shadowed(programTypes));
        withdrawn.keySet().forEach(library::remove);
        libraryModules.values().forEach(fs -> fs.keySet().removeAll(withdrawn.keySet()));
        Map<String, ModuleScope> scopes = new LinkedHashMap<>();
        for (ModuleUnit m : modules) {
            scopes.put(m.name(), scope(m, own, libraryModules, typesOf, diagnostics));
        }
        Map<String, Symbol.TopLevel> rootOwn = own.get(root.name());
        Map<String, Symbol.TopLevel> functions = new LinkedHashMap<>(rootOwn);
        library.forEach(functions::putIfAbsent);
        List<Symbol.TopLevel> all = new ArrayList<>();
        own.values().forEach(fs -> all.addAll(fs.values()));
        all.addAll(library.values());
        checkMain(rootOwn, file, diagnostics);
        return new Outline(file, functions, library, all, types(modules, typesOf, libraryTypes, diagnostics), scopes,
                withdrawn);
    }

    /** What a module's code sees: its own functions, then those its imports bring; checks the imported names. */
    private static ModuleScope scope(ModuleUnit m, Map<String, Map<String, Symbol.TopLevel>> own,
            Map<String, Map<String, Symbol.TopLevel>> libraryModules, Map<String, List<Decl.TypeDecl>> typesOf,
            Diagnostics diagnostics) {
        SourceFile file = m.unit().file();
        Map<String, List<Symbol.TopLevel>> imported = new LinkedHashMap<>();
        for (ModuleUnit.Import i : m.imports()) {
            boolean fromLibrary = libraryModules.containsKey(i.module());
            Map<String, Symbol.TopLevel> target = fromLibrary ? libraryModules.get(i.module()) : own.get(i.module());
            if (target == null) continue; // reported when the module was looked for
            if (i.decl().names().isEmpty()) {
                // The library is in scope anyway: importing it whole changes nothing.
                if (!fromLibrary) target.values().forEach(f -> bring(imported, f));
                continue;
            }
            for (dev.weft.frontend.syntax.Name n : i.decl().names()) {
                Symbol.TopLevel f = target.get(n.text());
                if (f == null) {
                    diagnostics.error(Code.E0108, file, n.span(), "module " + i.module() + " does not define '" + n.text()
                            + "'" + importHint(n.text(), target, typesOf.getOrDefault(i.module(), List.of())));
                } else if (!fromLibrary) {
                    bring(imported, f);
                }
            }
        }
        return new ModuleScope(m.name(), file, own.get(m.name()), imported);
    }

    private static void bring(Map<String, List<Symbol.TopLevel>> imported, Symbol.TopLevel f) {
        List<Symbol.TopLevel> sources = imported.computeIfAbsent(f.displayName(), k -> new ArrayList<>());
        if (!sources.contains(f)) sources.add(f);
    }

    private static String importHint(String name, Map<String, Symbol.TopLevel> target, List<Decl.TypeDecl> types) {
        String best = null;
        int bestDistance = Integer.MAX_VALUE;
        for (String c : new java.util.TreeSet<>(target.keySet())) {
            int d = EditDistance.between(name, c);
            if (d < bestDistance) {
                best = c;
                bestDistance = d;
            }
        }
        if (best != null && bestDistance <= Math.max(1, name.length() / 3)) return "; did you mean '" + best + "'?";
        if (types.stream().anyMatch(t -> t.name().text().equals(name))) {
            return "; it is a type, and types are in scope without an import";
        }
        if (target.isEmpty()) return "; it defines no functions";
        List<String> names = new java.util.TreeSet<>(target.keySet()).stream().limit(8).toList();
        return "; it defines " + String.join(", ", names) + (target.size() > names.size() ? ", ..." : "");
    }

    /**
     * The program-wide table of data types. Type and constructor names are one
     * namespace for the whole program (TypeDefs is global): two modules that
     * declare the same one are an error naming both. Each module's declarations
     * are checked on their own, so that their errors name the module's file,
     * with the other modules' types standing by as stubs of the right arity.
     */
    private static TypeDefs types(List<ModuleUnit> modules, Map<String, List<Decl.TypeDecl>> typesOf,
            List<Decl.TypeDecl> libraryTypes, Diagnostics diagnostics) {
        Map<String, String> typeOwner = new HashMap<>();
        Map<String, String> ctorOwner = new HashMap<>();
        Map<String, List<Decl.TypeDecl>> kept = new LinkedHashMap<>();
        for (ModuleUnit m : modules) {
            List<Decl.TypeDecl> keep = new ArrayList<>();
            for (Decl.TypeDecl d : typesOf.get(m.name())) {
                String owner = typeOwner.putIfAbsent(d.name().text(), m.name());
                if (owner != null && !owner.equals(m.name())) {
                    diagnostics.error(Code.E0111, m.unit().file(), d.name().span(), "type '" + d.name().text()
                            + "' is defined by both module " + owner + " and module " + m.name()
                            + "; type names are one namespace for the whole program, so rename one");
                    continue;
                }
                boolean clash = false;
                if (d.body() instanceof Decl.VariantBody v) {
                    for (Decl.CtorDecl c : v.ctors()) {
                        String cowner = ctorOwner.putIfAbsent(c.name().text(), m.name());
                        if (cowner != null && !cowner.equals(m.name())) {
                            clash = true;
                            diagnostics.error(Code.E0111, m.unit().file(), c.name().span(), "constructor '"
                                    + c.name().text() + "' is defined by both module " + cowner + " and module "
                                    + m.name() + "; constructor names are one namespace for the whole program, so rename one");
                        }
                    }
                }
                // The first declaration stands; the program stops after the outline (Frontend).
                if (!clash) keep.add(d);
            }
            kept.put(m.name(), keep);
        }
        List<Decl.TypeDecl> program = new ArrayList<>();
        kept.values().forEach(program::addAll);
        List<Decl.TypeDecl> everything = new ArrayList<>(libraryTypes);
        everything.addAll(program);
        List<Decl.TypeDecl> withPrelude = Prelude.withTypes(everything);
        for (ModuleUnit m : modules) {
            List<Decl.TypeDecl> mine = kept.get(m.name());
            List<Decl.TypeDecl> seen = new ArrayList<>();
            // Another module's types stand by once per name: one it declares twice or that is built
            // in is its own error, reported against its own file (not again, at line 0, against this one).
            Set<String> stubbed = new HashSet<>();
            for (Decl.TypeDecl d : withPrelude) {
                String name = d.name().text();
                if (!mine.contains(d) && !TypeResolver.BUILT_IN.contains(name) && stubbed.add(name)) seen.add(stub(d));
            }
            seen.addAll(mine);
            TypeDefs.of(seen, m.unit().file(), diagnostics);
        }
        // Every problem is reported above, against the right file.
        return TypeDefs.of(withPrelude, modules.get(0).unit().file(), new Diagnostics());
    }

    /** A declaration's name and arity only, for checking another module's declarations that refer to it. */
    private static Decl.TypeDecl stub(Decl.TypeDecl d) {
        return new Decl.TypeDecl(d.name(), d.params(), new Decl.RecordBody(List.of(), Span.NONE), Span.NONE);
    }

    private static Map<String, Symbol.TopLevel> functionsOf(CompilationUnit unit, boolean isLibrary, String module,
            Diagnostics diagnostics, List<Decl.TypeDecl> typeDecls) {
        SourceFile file = unit.file();
        Map<String, List<Decl.FuncDef>> defs = new LinkedHashMap<>();
        java.util.Set<String> rejected = new java.util.HashSet<>();
        Map<String, Decl.Signature> signatures = new LinkedHashMap<>();
        for (Decl decl : unit.decls()) {
            switch (decl) {
                case Decl.FuncDef f -> {
                    // Clauses of one function: len([]) = 0, then len([_, ...t]) = 1 + len(t).
                    List<Decl.FuncDef> clauses = defs.computeIfAbsent(f.name().text(), k -> new ArrayList<>());
                    if (!clauses.isEmpty() && clauses.get(0).params().size() != f.params().size()) {
                        rejected.add(f.name().text());
                        diagnostics.error(Code.E0202, file, f.name().span(), "this clause of '" + f.name().text() + "' has "
                                + f.params().size() + " parameters, but the clause at line " + clauses.get(0).span().line()
                                + " has " + clauses.get(0).params().size());
                    } else {
                        clauses.add(f);
                    }
                }
                case Decl.Signature s -> {
                    Decl.Signature earlier = signatures.putIfAbsent(s.name().text(), s);
                    if (earlier != null) {
                        diagnostics.error(Code.E0102, file, s.name().span(), "'" + s.name().text()
                                + "' already has a signature at line " + earlier.span().line());
                    }
                }
                case Decl.TypeDecl t -> typeDecls.add(t);
                case Decl.ForeignDecl f -> diagnostics.error(Code.E0901, file, f.span(),
                        "foreign functions are not supported yet");
            }
        }
        for (Decl.Signature s : signatures.values()) {
            if (!defs.containsKey(s.name().text())) {
                diagnostics.error(Code.E0105, file, s.name().span(), "signature for '" + s.name().text()
                        + "' has no definition; define it below, as in " + s.name().text() + "(...) = ...");
            }
        }
        Map<String, Symbol.TopLevel> functions = new LinkedHashMap<>();
        for (List<Decl.FuncDef> clauses : defs.values()) {
            String name = clauses.get(0).name().text();
            functions.put(name, new Symbol.TopLevel(clauses, Optional.ofNullable(signatures.get(name)), file, isLibrary,
                    clauses.size() > 1 || rejected.contains(name), module));
        }
        return functions;
    }

    private static void checkMain(Map<String, Symbol.TopLevel> functions, SourceFile file, Diagnostics diagnostics) {
        Symbol.TopLevel main = functions.get("main");
        if (main == null) {
            Symbol.TopLevel near = functions.values().stream()
                    .filter(f -> EditDistance.between(f.displayName(), "main") <= 2).findFirst().orElse(null);
            if (near != null) {
                diagnostics.error(Code.E0103, file, near.def().name().span(), "no main function; did you mean to name '"
                        + near.displayName() + "' main?");
            } else {
                Span start = new Span(0, 0, 1, 1);
                diagnostics.error(Code.E0103, file, start, "no main function; add one, as in main() = println(\"hello\")");
            }
        } else if (!main.def().params().isEmpty()) {
            diagnostics.error(Code.E0206, file, main.def().name().span(), "main must take no parameters");
        }
    }

    /** The function a name means in code of the root module (library false) or of the standard library. */
    public Symbol.TopLevel lookup(String name, boolean fromLibrary) {
        return fromLibrary ? library.get(name) : functions.get(name);
    }

    /** What a program module's code sees. */
    public ModuleScope scope(String module) { return modules.get(module); }
}
