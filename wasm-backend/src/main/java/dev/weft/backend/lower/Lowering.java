package dev.weft.backend.lower;

import dev.weft.backend.core.CoreExpr;
import dev.weft.backend.core.CoreFunction;
import dev.weft.backend.core.CoreProgram;
import dev.weft.backend.core.CoreVar;
import dev.weft.backend.core.Rep;
import dev.weft.frontend.check.Symbol;
import dev.weft.frontend.check.TypedProgram;
import dev.weft.frontend.diagnostics.Code;
import dev.weft.frontend.diagnostics.Diagnostics;
import dev.weft.frontend.diagnostics.Span;
import dev.weft.frontend.types.Type;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * Typed trees to core IR by whole-program monomorphization: starting from
 * main, each function is lowered once per concrete type it is used at, and
 * only the instances reachable from main are kept.
 */
public final class Lowering {
    private final TypedProgram program;
    private final Diagnostics diagnostics;
    private final String moduleName;
    private final Map<String, CoreFunction> instances = new HashMap<>();
    private final Map<String, Integer> namesTaken = new HashMap<>();
    private final Deque<Pending> worklist = new ArrayDeque<>();
    private final List<CoreFunction> functions = new ArrayList<>();
    private final Derived derived;
    private final Processes processes = new Processes(this);
    /** The file of the function being lowered: positions and reports refer to it. */
    private dev.weft.frontend.diagnostics.SourceFile currentFile;

    private record Pending(Instance instance, CoreFunction function) {}

    /** Raised to abandon one function after its problem has been reported. */
    static final class Abandon extends RuntimeException {
        Abandon() { super(null, null, false, false); }
    }

    private Lowering(TypedProgram program, Diagnostics diagnostics, String moduleName) {
        this.program = program;
        this.diagnostics = diagnostics;
        this.moduleName = moduleName;
        this.derived = new Derived(program.outline().types(), moduleName, functions);
    }

    Derived derived() { return derived; }

    Processes processes() { return processes; }

    private final Map<String, CoreFunction> wrappers = new HashMap<>();

    /** A name for code lowering makes, in the program's module: a wrapper's or a lambda's. */
    String qualified(String baseName) { return moduleName + "." + baseName; }

    /** A function made by lowering (a wrapper): named uniquely, kept with the program. */
    CoreFunction lifted(String baseName, List<CoreVar> params, Rep result) {
        String name = qualified(baseName);
        int n = namesTaken.merge(name, 1, Integer::sum);
        CoreFunction fn = new CoreFunction(n == 1 ? name : name + "." + n, params, result);
        functions.add(fn);
        return fn;
    }

    /**
     * The closure code that calls a function with its own arguments, so that the
     * function can be passed as a value: (env, args...) -> target(args...).
     */
    CoreFunction wrapper(String key, List<Rep> params, Rep result,
            java.util.function.Function<List<CoreExpr>, CoreExpr> call) {
        CoreFunction known = wrappers.get(key);
        if (known != null) return known;
        List<CoreVar> vars = new ArrayList<>();
        vars.add(new CoreVar("env", Rep.REF));
        for (int i = 0; i < params.size(); i++) vars.add(new CoreVar("p" + i, params.get(i)));
        CoreFunction fn = lifted(key.replaceAll("[^A-Za-z0-9_<>.]", "_") + "$value", vars, result);
        wrappers.put(key, fn);
        List<CoreExpr> args = new ArrayList<>();
        for (CoreVar v : vars.subList(1, vars.size())) args.add(new CoreExpr.Get(v));
        fn.body(call.apply(args));
        return fn;
    }

    /** The core program, or empty if something could not be lowered (reported in diagnostics). */
    public static Optional<CoreProgram> lower(TypedProgram program, Diagnostics diagnostics, String moduleName) {
        Lowering l = new Lowering(program, diagnostics, moduleName);
        Symbol.TopLevel main = program.main();
        Type.Fun mainType = program.bodyTypes().get(main);
        CoreFunction mainFn = l.instance(main, mainType, main.def().name().span());
        while (!l.worklist.isEmpty()) {
            Pending p = l.worklist.pop();
            l.currentFile = p.instance().function().file();
            try {
                new BodyLowering(l, p.instance(), p.function()).run();
                l.functions.add(p.function());
            } catch (Abandon reported) {
                // The problem is in diagnostics; go on to report problems in other functions too.
            }
        }
        if (diagnostics.hasErrors()) return Optional.empty();
        if (!l.processes.used()) return Optional.of(new CoreProgram(moduleName, l.functions, mainFn));
        l.functions.add(l.processes.downValue());
        return Optional.of(new CoreProgram(moduleName, l.functions, l.processes.entry(mainFn), true));
    }

    TypedProgram program() { return program; }

    /** The core function for f at a type as seen at a use site; queued for lowering when new. */
    CoreFunction instance(Symbol.TopLevel f, Type.Fun useType, Span useSite) {
        Type.Fun concrete = (Type.Fun) ConcreteTypes.defaulted(useType);
        if (depth(concrete) > MAX_TYPE_DEPTH) {
            // depth(Nest(inner)) calling itself at Nested[List[a]]: every instance needs a bigger one.
            String shown = concrete.toString();
            if (shown.length() > 60) shown = shown.substring(0, 57) + "...";
            unsupported(useSite, "'" + f.displayName() + "' calls itself at ever larger types (polymorphic recursion, "
                    + "here " + shown + "); whole-program monomorphization cannot compile that: give the recursive "
                    + "call the same type as the function's own parameters");
            throw new Abandon();
        }
        Instance instance = new Instance(f, concrete);
        CoreFunction existing = instances.get(instance.key());
        if (existing != null) return existing;
        List<CoreVar> params = new ArrayList<>();
        List<Symbol.Local> locals = program.names().params(f.def());
        for (int i = 0; i < concrete.params().size(); i++) {
            Symbol.Local local = locals.get(i);
            String name = local == null ? "_" + i : local.displayName();
            params.add(new CoreVar(name, rep(concrete.params().get(i), f.def().params().get(i).span())));
        }
        Rep result = rep(concrete.result(), f.def().name().span());
        boolean polymorphic = !program.schemes().get(f).quantified().isEmpty();
        // Qualified by module: two modules (or a program and the library) may both define helper().
        String name = f.qualifiedName() + (polymorphic ? typeSuffix(concrete) : "");
        int n = namesTaken.merge(name, 1, Integer::sum);
        CoreFunction fn = new CoreFunction(n == 1 ? name : name + "." + n, params, result);
        instances.put(instance.key(), fn);
        worklist.add(new Pending(instance, fn));
        return fn;
    }

    /** Deeper types than this mean polymorphic recursion, which would make instances forever. */
    private static final int MAX_TYPE_DEPTH = 40;

    private static int depth(Type t) {
        return switch (t.resolve()) {
            case Type.Con c -> 1 + c.args().stream().mapToInt(Lowering::depth).max().orElse(0);
            case Type.Fun f -> 1 + Math.max(depth(f.result()), f.params().stream().mapToInt(Lowering::depth).max().orElse(0));
            default -> 1;
        };
    }

    /** {@code <Int.Bool>}: the instance's parameter types, in characters a WAT name allows. */
    private static String typeSuffix(Type.Fun t) {
        List<String> parts = new ArrayList<>();
        for (Type p : t.params()) parts.add(p.toString().replaceAll("[^A-Za-z0-9_]", "_"));
        return "<" + String.join(".", parts) + ">";
    }

    /**
     * The representation of a concrete type (decisions/0006). Every type has
     * one but the checker's error type, and a program with errors never
     * reaches lowering (Frontend.check gives none), so a type without one here
     * is a bug in weft, reported as such rather than as the user's problem.
     */
    Rep rep(Type t, Span span) {
        return ConcreteTypes.rep(t).orElseThrow(() -> new IllegalStateException(
                "lowering met the type " + t + ", which has no representation, at " + span.line() + ":" + span.column()));
    }

    void unsupported(Span span, String message) {
        diagnostics.error(Code.E0901, currentFile != null ? currentFile : program.outline().file(), span, message);
    }

    /** "file:line:col" for runtime errors. */
    String position(Span span) {
        return currentFile.name() + ":" + span.line() + ":" + span.column();
    }
}
