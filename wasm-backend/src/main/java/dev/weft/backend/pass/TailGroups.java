package dev.weft.backend.pass;

import dev.weft.backend.core.CoreExpr;
import dev.weft.backend.core.CoreFunction;
import dev.weft.backend.core.CoreProgram;
import dev.weft.backend.core.CoreVar;
import dev.weft.backend.core.CoreWalk;
import dev.weft.backend.core.PrimOp;
import dev.weft.backend.core.Rep;
import java.util.ArrayList;
import java.util.IdentityHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Mutual tail calls in constant stack (tailcall=loop, docs/language.md): each
 * group of functions that call one another in tail position (a strongly
 * connected component of the tail-call graph, is_even and is_odd, a state
 * machine of functions) becomes one function that takes a selector and every
 * member's parameters and loops, a tail call within the group rebinding the
 * parameters and the selector. Each member keeps its name and signature and
 * calls the group with its selector, so calls from outside and closures over
 * it are unchanged. Calls of function values stay ordinary calls.
 */
public final class TailGroups implements CorePass {
    @Override
    public String name() { return "tail-groups"; }

    @Override
    public CoreProgram run(CoreProgram program) {
        Map<CoreFunction, Set<CoreFunction>> calls = new IdentityHashMap<>();
        for (CoreFunction f : program.functions()) {
            Set<CoreFunction> targets = new LinkedHashSet<>();
            tailCalls(f.body(), targets);
            targets.remove(f);
            calls.put(f, targets);
        }
        List<CoreFunction> functions = new ArrayList<>(program.functions());
        for (List<CoreFunction> group : Components.of(program.functions(), calls)) {
            if (group.size() < 2 || !sameResult(group)) continue;
            functions.add(merge(group));
        }
        return functions.size() == program.functions().size() ? program
                : program.withFunctions(functions);
    }

    /** The known functions called in tail position in e (self tail calls are already marked as such). */
    private static void tailCalls(CoreExpr e, Set<CoreFunction> out) {
        CoreWalk.tails(e, t -> {
            if (t instanceof CoreExpr.Call c) out.add(c.function());
        });
    }

    private static boolean sameResult(List<CoreFunction> group) {
        return group.stream().allMatch(f -> f.result() == group.get(0).result());
    }

    /** The group's function; each member's body becomes a call of it. */
    private static CoreFunction merge(List<CoreFunction> group) {
        CoreVar selector = new CoreVar("member", Rep.I64);
        List<CoreVar> params = new ArrayList<>(List.of(selector));
        List<Map<CoreVar, CoreVar>> renames = new ArrayList<>();
        for (CoreFunction f : group) {
            Map<CoreVar, CoreVar> rename = new IdentityHashMap<>();
            for (CoreVar p : f.params()) {
                CoreVar copy = new CoreVar(p.name(), p.rep());
                rename.put(p, copy);
                params.add(copy);
            }
            renames.add(rename);
        }
        Rep result = group.get(0).result();
        CoreFunction merged = new CoreFunction(group.get(0).name() + "$tail_group", params, result);
        Group g = new Group(group, renames, result);
        CoreExpr body = null;
        for (int i = group.size() - 1; i >= 0; i--) {
            CoreExpr member = g.rewrite(i, new Rename(renames.get(i)).expr(group.get(i).body()));
            body = body == null ? member
                    : new CoreExpr.If(new CoreExpr.Prim(PrimOp.INT_EQ,
                            List.of(new CoreExpr.Get(selector), new CoreExpr.IntConst(i)), null, Rep.I32),
                            member, body, result);
        }
        merged.body(body);
        for (int i = 0; i < group.size(); i++) {
            CoreFunction f = group.get(i);
            List<CoreExpr> args = new ArrayList<>();
            for (CoreVar p : f.params()) args.add(get(p));
            f.replaceBody(new CoreExpr.Call(merged, g.arguments(i, args)));
        }
        return merged;
    }

    private static CoreExpr get(CoreVar v) {
        return v.rep() == Rep.UNIT ? new CoreExpr.UnitConst() : new CoreExpr.Get(v);
    }

    private record Group(List<CoreFunction> members, List<Map<CoreVar, CoreVar>> renames, Rep result) {
        /** The group function's arguments for a call of member i: its selector, i's arguments, zeros for the rest. */
        List<CoreExpr> arguments(int i, List<CoreExpr> args) {
            List<CoreExpr> out = new ArrayList<>(List.of(new CoreExpr.IntConst(i)));
            for (int k = 0; k < members.size(); k++) {
                if (k == i) out.addAll(args);
                else for (CoreVar p : members.get(k).params()) out.add(zero(p.rep()));
            }
            return out;
        }

        /** Member i's body with its tail calls into the group (itself included) as jumps. */
        CoreExpr rewrite(int i, CoreExpr e) {
            return CoreWalk.mapTails(e, t -> switch (t) {
                case CoreExpr.Call c when members.contains(c.function()) ->
                        new CoreExpr.SelfTailCall(arguments(members.indexOf(c.function()), c.args()), result);
                case CoreExpr.SelfTailCall s -> new CoreExpr.SelfTailCall(arguments(i, s.args()), result);
                default -> t;
            });
        }
    }

    /** A value of the representation that no one reads: a parameter of another member. */
    private static CoreExpr zero(Rep rep) {
        return switch (rep) {
            case I64 -> new CoreExpr.IntConst(0);
            case F64 -> new CoreExpr.FloatConst(0);
            case I32 -> new CoreExpr.BoolConst(false);
            case REF -> new CoreExpr.Null();
            case UNIT -> new CoreExpr.UnitConst();
        };
    }

    /** A member's body over the group function's copies of its parameters. */
    private record Rename(Map<CoreVar, CoreVar> to) {
        CoreExpr expr(CoreExpr e) {
            CoreExpr node = CoreWalk.map(e, this::expr);
            return switch (node) {
                case CoreExpr.Get g when to.containsKey(g.var()) -> new CoreExpr.Get(to.get(g.var()));
                case CoreExpr.Match m -> new CoreExpr.Match(
                        m.scrutinees().stream().map(v -> to.getOrDefault(v, v)).toList(), m.tree(), m.bodies(), m.rep());
                default -> node;
            };
        }
    }

    /** Strongly connected components (Tarjan 1972), iteratively, so that a long chain of calls cannot overflow. */
    private static final class Components {
        private final Map<CoreFunction, Set<CoreFunction>> edges;
        private final Map<CoreFunction, Integer> index = new IdentityHashMap<>();
        private final Map<CoreFunction, Integer> low = new IdentityHashMap<>();
        private final Set<CoreFunction> onStack = java.util.Collections.newSetFromMap(new IdentityHashMap<>());
        private final List<CoreFunction> stack = new ArrayList<>();
        private final List<List<CoreFunction>> out = new ArrayList<>();

        private Components(Map<CoreFunction, Set<CoreFunction>> edges) { this.edges = edges; }

        static List<List<CoreFunction>> of(List<CoreFunction> nodes, Map<CoreFunction, Set<CoreFunction>> edges) {
            Components c = new Components(edges);
            for (CoreFunction f : nodes) if (!c.index.containsKey(f)) c.visit(f);
            return c.out;
        }

        private record Frame(CoreFunction node, java.util.Iterator<CoreFunction> next) {}

        private void visit(CoreFunction root) {
            List<Frame> work = new ArrayList<>();
            enter(root, work);
            while (!work.isEmpty()) {
                Frame top = work.get(work.size() - 1);
                if (top.next().hasNext()) {
                    CoreFunction w = top.next().next();
                    if (!edges.containsKey(w)) continue; // not a function of this program
                    if (!index.containsKey(w)) enter(w, work);
                    else if (onStack.contains(w)) low.put(top.node(), Math.min(low.get(top.node()), index.get(w)));
                    continue;
                }
                work.remove(work.size() - 1);
                CoreFunction v = top.node();
                if (!work.isEmpty()) {
                    CoreFunction parent = work.get(work.size() - 1).node();
                    low.put(parent, Math.min(low.get(parent), low.get(v)));
                }
                if (low.get(v).equals(index.get(v))) {
                    List<CoreFunction> component = new ArrayList<>();
                    CoreFunction w;
                    do {
                        w = stack.remove(stack.size() - 1);
                        onStack.remove(w);
                        component.add(w);
                    } while (w != v);
                    out.add(component.reversed());
                }
            }
        }

        private void enter(CoreFunction v, List<Frame> work) {
            index.put(v, index.size());
            low.put(v, index.get(v));
            stack.add(v);
            onStack.add(v);
            work.add(new Frame(v, edges.get(v).iterator()));
        }
    }
}
