package dev.weft.frontend.check;

import dev.weft.frontend.diagnostics.Diagnostics;
import dev.weft.frontend.syntax.Decl;
import dev.weft.frontend.syntax.Expr;
import dev.weft.frontend.types.Scheme;
import dev.weft.frontend.types.Substitution;
import dev.weft.frontend.types.TVar;
import dev.weft.frontend.types.Type;
import dev.weft.frontend.types.Types;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;

/**
 * Types a program. First the declared types of fully annotated functions are
 * read from the outline; then bodies are typed by strongly connected components
 * of the reference graph, dependencies first. The components of one wave do not
 * depend on each other and are typed in parallel when there are enough of them.
 */
public final class Typer {
    /** Below this many components a wave is typed on the calling thread: forking costs more. */
    private static final int PARALLEL_THRESHOLD = 64;

    private Typer() {}

    public static TypedProgram check(Outline outline, Names names, Diagnostics diagnostics) {
        Map<Symbol.TopLevel, Scheme> schemes = new ConcurrentHashMap<>();
        for (Symbol.TopLevel f : outline.all()) {
            declaredScheme(f, outline, diagnostics).ifPresent(s -> schemes.put(f, s));
        }
        // Only references to functions without a declared type order the typing.
        List<Symbol.TopLevel> all = outline.all();
        // Computed once: Tarjan and the wave grouping both walk every edge.
        Map<Symbol.TopLevel, List<Symbol.TopLevel>> edgeLists = new IdentityHashMap<>();
        for (Symbol.TopLevel f : all) {
            edgeLists.put(f, names.references(f).stream().filter(g -> !schemes.containsKey(g)).toList());
        }
        java.util.function.Function<Symbol.TopLevel, Iterable<Symbol.TopLevel>> edges = edgeLists::get;
        List<List<Symbol.TopLevel>> components = Components.of(all, edges);

        List<BodyTyper> done = new ArrayList<>();
        for (List<List<Symbol.TopLevel>> wave : Components.waves(components, edges)) {
            List<BodyTyper> typers = new ArrayList<>();
            for (List<Symbol.TopLevel> component : wave) {
                // A component lies in one file: library code never refers to the program's.
                typers.add(new BodyTyper(component.get(0).file(), names, diagnostics, schemes, component, outline.types()));
            }
            if (typers.size() >= PARALLEL_THRESHOLD) {
                // Deep-stack threads: a body nests as deep as its source (DeepStack).
                dev.weft.frontend.DeepStack.forEachParallel(typers, BodyTyper::run);
            } else {
                typers.forEach(BodyTyper::run);
            }
            done.addAll(typers);
        }
        // One merge into tables sized up front: growing identity maps was the frontend's top cost
        // (JFR on the 20,000-line benchmark). Types are not rewritten here: bound variables are
        // followed wherever a type is read (Type.resolve, Substitution.apply).
        Map<Expr, Type> exprTypes = new IdentityHashMap<>(done.stream().mapToInt(t -> t.exprTypes().size()).sum());
        Map<Symbol.Local, Type> localTypes = new IdentityHashMap<>(done.stream().mapToInt(t -> t.localTypes().size()).sum());
        Map<dev.weft.frontend.syntax.Pattern, Type> patternTypes =
                new IdentityHashMap<>(done.stream().mapToInt(t -> t.patternTypes().size()).sum());
        Map<Symbol.TopLevel, Type.Fun> bodyTypes = new IdentityHashMap<>();
        Map<Symbol.Local, Scheme> localSchemes = new IdentityHashMap<>();
        Map<Expr.Var, List<Type>> instantiations = new IdentityHashMap<>();
        Map<Expr.Arm, Type> messageTypes = new IdentityHashMap<>();
        for (BodyTyper t : done) {
            messageTypes.putAll(t.messageTypes());
            if (t.localSchemes() != null) {
                localSchemes.putAll(t.localSchemes().schemes());
                instantiations.putAll(t.localSchemes().instantiations());
            }
            exprTypes.putAll(t.exprTypes());
            localTypes.putAll(t.localTypes());
            patternTypes.putAll(t.patternTypes());
            bodyTypes.putAll(t.bodyTypes());
        }
        PolymorphicNeeds.check(done, bodyTypes, localSchemes, outline.types(), diagnostics);
        Map<Symbol.TopLevel, Scheme> zonked = new IdentityHashMap<>();
        schemes.forEach((f, s) -> zonked.put(f, new Scheme(s.quantified(), Substitution.zonk(s.type()))));
        bodyTypes.replaceAll((f, t) -> (Type.Fun) Substitution.zonk(t));
        return new TypedProgram(outline, names, exprTypes, localTypes, patternTypes, zonked, bodyTypes, localSchemes,
                instantiations, messageTypes, components);
    }

    /**
     * A function's type from its annotations, when they give all of it: a
     * signature, or every parameter and the result annotated.
     */
    private static Optional<Scheme> declaredScheme(Symbol.TopLevel f, Outline outline, Diagnostics diagnostics) {
        Decl.FuncDef def = f.def();
        Map<String, TVar> variables = new HashMap<>();
        TypeResolver resolver = new TypeResolver(f.file(), diagnostics, variables, 1, outline.types().arities());
        Type type;
        if (f.signature().isPresent()) {
            type = resolver.resolve(f.signature().get().type());
        } else if (def.result().isPresent() && def.params().stream().allMatch(p -> p.type().isPresent())) {
            List<Type> params = new ArrayList<>();
            for (Decl.Param p : def.params()) params.add(resolver.resolve(p.type().get()));
            type = new Type.Fun(params, resolver.resolve(def.result().get()));
        } else {
            return Optional.empty();
        }
        if (!(type instanceof Type.Fun) && type != Types.ERROR) {
            // A signature such as `f : Int` for f() = ...: a function of no parameters.
            type = new Type.Fun(List.of(), type);
        }
        if (type == Types.ERROR) return Optional.empty();
        return Optional.of(new Scheme(List.copyOf(variables.values()), type));
    }
}
