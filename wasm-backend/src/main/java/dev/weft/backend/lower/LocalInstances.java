package dev.weft.backend.lower;

import dev.weft.backend.core.CoreExpr;
import dev.weft.backend.core.CoreVar;
import dev.weft.frontend.check.Symbol;
import dev.weft.frontend.check.TypedProgram;
import dev.weft.frontend.syntax.Expr;
import dev.weft.frontend.syntax.Pattern;
import dev.weft.frontend.syntax.Stmt;
import dev.weft.frontend.types.Scheme;
import dev.weft.frontend.types.Type;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Supplier;

/**
 * Monomorphization of generalized locals (docs/language.md, "Local
 * polymorphism"): the value of {@code id = x -> x} is lowered once per
 * concrete instantiation its uses need, each copy bound to its own core
 * variable, and each use reads its instantiation's copy. Generalized values
 * are syntactic values (a lambda, a literal, a constructor...), so making
 * several copies, or evaluating them in another order, cannot be observed.
 *
 * <p>The instances are found by demand: a use names its instantiation, made
 * concrete in the copy being lowered around it. To keep the order of lowering
 * that a monomorphic binding has (value, then scope), the uses whose types are
 * already known at the binding (all but those inside the values of later
 * generalized locals, whose types wait for those locals' own copies) are
 * collected first and their copies lowered before the scope; a copy first
 * asked for while lowering the scope is lowered after it. So a local used at
 * one type compiles exactly as a monomorphic one does.
 */
final class LocalInstances {
    private final BodyLowering host;
    private final Lowering lowering;
    private final TypedProgram program;

    LocalInstances(BodyLowering host, Lowering lowering) {
        this.host = host;
        this.lowering = lowering;
        this.program = lowering.program();
    }

    /** A use of a generalized local: the types it instantiates the scheme with, concrete where it is lowered. */
    List<Type> instantiation(Expr.Var use) {
        List<Type> out = new ArrayList<>();
        for (Type t : program.instantiations().get(use)) out.add(host.concreteTypes().of(t));
        return out;
    }

    /** One copy: its concrete instantiation, its variable, and its lowered value once lowered. */
    private static final class Copy {
        final List<Type> concrete;
        final CoreVar var;
        CoreExpr value;

        Copy(List<Type> concrete, CoreVar var) {
            this.concrete = concrete;
            this.var = var;
        }
    }

    /**
     * Where a scope finds the copies of one generalized local: copies by
     * instantiation, in the order first asked for. A lambda in the scope reads
     * them as any other variable (pass/ClosureConversion captures them).
     */
    final class Binding {
        private final Symbol.Local local;
        private final Scheme scheme;
        private final Expr value;
        private final ConcreteTypes outer;
        private final Map<String, Copy> copies = new LinkedHashMap<>();

        Binding(Symbol.Local local, Scheme scheme, Expr value, ConcreteTypes outer) {
            this.local = local;
            this.scheme = scheme;
            this.value = value;
            this.outer = outer;
        }

        /** The variable holding the copy for one concrete instantiation (in the scheme's order), made on first demand. */
        CoreVar instance(List<Type> concrete) {
            return copies.computeIfAbsent(key(concrete), k -> {
                Type type = outer.with(scheme.quantified(), concrete).of(scheme.type());
                return new Copy(concrete, new CoreVar(local.displayName(), lowering.rep(type, value.span())));
            }).var;
        }

        /** Lowers the copies asked for and not lowered yet. */
        void lowerPending() {
            // A copy's value never asks for a copy of its own binding (locals are not recursive).
            for (Copy c : new ArrayList<>(copies.values())) {
                if (c.value == null) c.value = host.lowerWith(outer.with(scheme.quantified(), c.concrete), value);
            }
        }
    }

    /** Types are concrete, so their printed form is canonical (as for {@link Instance#key()}). */
    private static String key(List<Type> concrete) {
        return concrete.toString();
    }

    /**
     * {@code local = value} followed by its scope: one let per copy around the
     * lowered scope. A local no use asks for is lowered once with its
     * variables made Unit, as a monomorphic one with open variables is.
     */
    CoreExpr let(Symbol.Local local, Scheme scheme, Expr value, List<Stmt> scope, Map<Symbol.Local, Binding> sources,
            Supplier<CoreExpr> lowerScope) {
        Binding binding = new Binding(local, scheme, value, host.concreteTypes());
        boolean[] skipped = {false};
        List<Expr.Var> uses = new ArrayList<>();
        FreeLocals.uses(scope, let -> {
            boolean generalized = let.pattern() instanceof Pattern.Binder b
                    && program.localSchemes().containsKey(program.names().local(b));
            if (generalized && FreeLocals.of(let.value(), program.names()).contains(local)) skipped[0] = true;
            return generalized;
        }, v -> {
            if (program.names().symbol(v) == local) uses.add(v);
        });
        for (Expr.Var use : uses) binding.instance(instantiation(use));
        if (uses.isEmpty() && !skipped[0]) binding.instance(unitInstance(scheme));
        binding.lowerPending();
        sources.put(local, binding);
        CoreExpr rest = lowerScope.get();
        if (binding.copies.isEmpty()) binding.instance(unitInstance(scheme));
        binding.lowerPending();
        List<Copy> copies = new ArrayList<>(binding.copies.values());
        for (int i = copies.size() - 1; i >= 0; i--) rest = new CoreExpr.Let(copies.get(i).var, copies.get(i).value, rest);
        return rest;
    }

    private static List<Type> unitInstance(Scheme scheme) {
        return scheme.quantified().stream().map(v -> ConcreteTypes.defaulted(v)).toList();
    }
}
