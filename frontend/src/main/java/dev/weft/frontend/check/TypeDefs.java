package dev.weft.frontend.check;

import dev.weft.frontend.diagnostics.Code;
import dev.weft.frontend.diagnostics.Diagnostics;
import dev.weft.frontend.diagnostics.SourceFile;
import dev.weft.frontend.syntax.Decl;
import dev.weft.frontend.types.Substitution;
import dev.weft.frontend.types.TVar;
import dev.weft.frontend.types.Type;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * The program's data types: variants with their constructors and records with
 * their fields, resolved from type declarations in two steps (names and
 * arities first, so that declarations may refer to each other in any order).
 * Field and constructor types mention the declaration's parameters, which
 * {@link #instantiate} replaces with fresh variables at each use.
 */
public final class TypeDefs {

    public sealed interface TypeDef permits VariantDef, RecordDef {
        String name();

        List<TVar> params();
    }

    public record VariantDef(String name, List<TVar> params, List<CtorDef> ctors) implements TypeDef {}

    public record RecordDef(String name, List<TVar> params, List<FieldDef> fields) implements TypeDef {
        public Optional<FieldDef> field(String field) {
            return fields.stream().filter(f -> f.name().equals(field)).findFirst();
        }
    }

    /** A constructor: its owner type's name, its index (the runtime tag) and its field types. */
    public record CtorDef(String name, String owner, int tag, List<Type> fields) {}

    public record FieldDef(String name, int index, Type type) {}

    private final Map<String, TypeDef> types = new LinkedHashMap<>();
    private final Map<String, CtorDef> ctors = new LinkedHashMap<>();

    /** Reads the declarations; reports duplicates and unknown types. */
    static TypeDefs of(List<Decl.TypeDecl> decls, SourceFile file, Diagnostics diagnostics) {
        TypeDefs defs = new TypeDefs();
        Map<String, Integer> arities = new HashMap<>();
        Map<String, Decl.TypeDecl> byName = new LinkedHashMap<>();
        for (Decl.TypeDecl d : decls) {
            String name = d.name().text();
            if (TypeResolver.BUILT_IN.contains(name) || byName.containsKey(name)) {
                diagnostics.error(Code.E0102, file, d.name().span(), "type '" + name + "' is already defined"
                        + (byName.containsKey(name) ? " at line " + byName.get(name).span().line() : " (it is built in)"));
                continue;
            }
            byName.put(name, d);
            arities.put(name, d.params().size());
        }
        for (Decl.TypeDecl d : byName.values()) {
            Map<String, TVar> vars = new LinkedHashMap<>();
            for (var p : d.params()) vars.put(p.text(), new TVar(Integer.MAX_VALUE));
            TypeResolver resolver = new TypeResolver(file, diagnostics, vars, Integer.MAX_VALUE, arities, false);
            List<TVar> params = List.copyOf(vars.values());
            TypeDef def = switch (d.body()) {
                case Decl.VariantBody v -> {
                    List<CtorDef> cs = new ArrayList<>();
                    for (Decl.CtorDecl c : v.ctors()) {
                        List<Type> fields = c.fields().stream().map(resolver::resolve).toList();
                        CtorDef ctor = new CtorDef(c.name().text(), d.name().text(), cs.size(), fields);
                        if (defs.ctors.putIfAbsent(ctor.name(), ctor) != null) {
                            diagnostics.error(Code.E0102, file, c.name().span(), "constructor '" + ctor.name()
                                    + "' is already defined by type " + defs.ctors.get(ctor.name()).owner());
                        }
                        cs.add(ctor);
                    }
                    yield new VariantDef(d.name().text(), params, cs);
                }
                case Decl.RecordBody r -> {
                    List<FieldDef> fs = new ArrayList<>();
                    for (Decl.FieldDecl f : r.fields()) {
                        if (fs.stream().anyMatch(x -> x.name().equals(f.name().text()))) {
                            diagnostics.error(Code.E0102, file, f.name().span(), "field '" + f.name().text() + "' is declared twice");
                            continue;
                        }
                        fs.add(new FieldDef(f.name().text(), fs.size(), resolver.resolve(f.type())));
                    }
                    yield new RecordDef(d.name().text(), params, fs);
                }
            };
            defs.types.put(def.name(), def);
        }
        return defs;
    }

    public Optional<TypeDef> type(String name) { return Optional.ofNullable(types.get(name)); }

    public Optional<CtorDef> ctor(String name) { return Optional.ofNullable(ctors.get(name)); }

    public Map<String, TypeDef> all() { return types; }

    /** Names with their arities, for resolving written types. */
    Map<String, Integer> arities() {
        Map<String, Integer> out = new HashMap<>();
        types.forEach((n, d) -> out.put(n, d.params().size()));
        return out;
    }

    /** Record types that have a field of this name. */
    public List<RecordDef> recordsWithField(String field) {
        List<RecordDef> out = new ArrayList<>();
        for (TypeDef d : types.values()) {
            if (d instanceof RecordDef r && r.field(field).isPresent()) out.add(r);
        }
        return out;
    }

    /** Fresh variables for a declaration's parameters, to instantiate its field and constructor types. */
    public static Map<TVar, Type> instantiate(TypeDef def, int level) {
        Map<TVar, Type> map = new HashMap<>();
        for (TVar p : def.params()) map.put(p, new TVar(level));
        return map;
    }

    /** The declared type applied to the instantiated parameters: {@code Option[t1]}. */
    public static Type.Con applied(TypeDef def, Map<TVar, Type> instance) {
        return new Type.Con(def.name(), def.params().stream().map(p -> Substitution.apply(p, instance)).toList());
    }
}
