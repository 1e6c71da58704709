package dev.weft.backend.pass;

import dev.weft.backend.core.CoreExpr;
import dev.weft.backend.core.CoreFunction;
import dev.weft.backend.core.CoreProgram;
import dev.weft.backend.core.CoreVar;
import dev.weft.backend.core.CoreWalk;
import dev.weft.backend.core.Rep;
import java.util.ArrayList;
import java.util.Collections;
import java.util.HashSet;
import java.util.IdentityHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Closure conversion (decisions/0006): each {@link CoreExpr.Lambda} becomes a
 * function of its own, taking the closure as a hidden first parameter
 * ({@code env}) before the lambda's, and is replaced by a
 * {@link CoreExpr.MakeClosure} of that function and the lambda's free
 * variables, by value, in order of first use. The lifted body starts by
 * loading every captured value from the closure into a variable of its own
 * (slot i into the i-th), then reads those as the lambda read the enclosing
 * ones, so a captured value costs one load per call however often it is
 * used. A lambda inside a lambda captures from the one around it. Lifted
 * functions go just before the function they were written in, outer before
 * inner; after the pass no lambda is left.
 */
public final class ClosureConversion implements CorePass {
    @Override
    public String name() { return "closure-conversion"; }

    @Override
    public CoreProgram run(CoreProgram program) {
        Set<String> taken = new HashSet<>();
        for (CoreFunction f : program.functions()) taken.add(f.name());
        List<CoreFunction> functions = new ArrayList<>();
        for (CoreFunction f : program.functions()) {
            if (hasLambda(f.body())) f.replaceBody(new Lifter(taken, functions).expr(f.body(), Map.of()));
            functions.add(f);
        }
        return functions.size() == program.functions().size() ? program
                : program.withFunctions(functions);
    }

    private static boolean hasLambda(CoreExpr e) {
        boolean[] found = {false};
        CoreWalk.forEach(e, x -> found[0] |= x instanceof CoreExpr.Lambda);
        return found[0];
    }

    /**
     * The variables a lambda's body reads and does not bind, in order of first
     * use: its parameters, lets and match bindings are bound, nested lambdas'
     * included, and a nested lambda's free variables are the outer one's too.
     */
    static List<CoreVar> free(CoreExpr.Lambda l) {
        Set<CoreVar> bound = Collections.newSetFromMap(new IdentityHashMap<>());
        Set<CoreVar> used = new LinkedHashSet<>(); // CoreVar compares by identity
        bound.addAll(l.params());
        CoreWalk.forEach(l.body(), e -> {
            switch (e) {
                case CoreExpr.Get g -> used.add(g.var());
                case CoreExpr.Let x -> bound.add(x.var());
                case CoreExpr.Lambda n -> bound.addAll(n.params());
                case CoreExpr.Match m -> {
                    used.addAll(m.scrutinees());
                    CoreWalk.leaves(m.tree(), leaf -> leaf.binds().forEach(b -> bound.add(b.var())));
                }
                default -> {}
            }
        });
        List<CoreVar> out = new ArrayList<>();
        for (CoreVar v : used) if (!bound.contains(v)) out.add(v);
        return out;
    }

    /** Lifts the lambdas of one function, adding their code to {@code functions} as each is made. */
    private static final class Lifter {
        private final Set<String> taken;
        private final List<CoreFunction> functions;
        /**
         * Each lambda's closure: a match's guard is one tree shared by the leaves
         * that reach its arm, and a lambda in it gets one function, not one per leaf.
         */
        private final Map<CoreExpr.Lambda, CoreExpr.MakeClosure> done = new IdentityHashMap<>();

        Lifter(Set<String> taken, List<CoreFunction> functions) {
            this.taken = taken;
            this.functions = functions;
        }

        /** e with its lambdas lifted, and the variables in {@code captured} read as the lifted code's copies of them. */
        CoreExpr expr(CoreExpr e, Map<CoreVar, CoreVar> captured) {
            return switch (e) {
                case CoreExpr.Lambda l -> {
                    CoreExpr.MakeClosure known = done.get(l);
                    if (known != null) yield known;
                    CoreExpr.MakeClosure closure = lift(l, captured);
                    done.put(l, closure);
                    yield closure;
                }
                case CoreExpr.Get g -> captured.containsKey(g.var()) ? new CoreExpr.Get(captured.get(g.var())) : g;
                case CoreExpr.Match m -> CoreWalk.map(new CoreExpr.Match(
                        m.scrutinees().stream().map(v -> captured.getOrDefault(v, v)).toList(), m.tree(), m.bodies(), m.rep()),
                        x -> expr(x, captured));
                default -> CoreWalk.map(e, x -> expr(x, captured));
            };
        }

        /** The lambda's function, made before its body is converted (so outer lambdas come first), and its closure. */
        private CoreExpr.MakeClosure lift(CoreExpr.Lambda l, Map<CoreVar, CoreVar> outer) {
            CoreVar env = new CoreVar("env", Rep.REF);
            List<CoreVar> params = new ArrayList<>(List.of(env));
            params.addAll(l.params());
            CoreFunction code = new CoreFunction(unique(l.name()), params, l.result());
            functions.add(code);
            List<CoreExpr> values = new ArrayList<>();
            List<CoreVar> inside = new ArrayList<>();
            Map<CoreVar, CoreVar> rename = new IdentityHashMap<>();
            for (CoreVar v : free(l)) {
                values.add(new CoreExpr.Get(outer.getOrDefault(v, v)));
                CoreVar copy = new CoreVar(v.name(), v.rep());
                inside.add(copy);
                rename.put(v, copy);
            }
            CoreExpr body = expr(l.body(), rename);
            for (int i = inside.size() - 1; i >= 0; i--) {
                body = new CoreExpr.Let(inside.get(i), new CoreExpr.Load(new CoreExpr.Get(env), i, inside.get(i).rep()), body);
            }
            code.body(body);
            return new CoreExpr.MakeClosure(code, values);
        }

        /** The name, or the first of name.2, name.3... no function has, as lowering names instances. */
        private String unique(String name) {
            String out = name;
            for (int n = 2; !taken.add(out); n++) out = name + "." + n;
            return out;
        }
    }
}
