package dev.weft.backend.lower;

import dev.weft.backend.core.CoreExpr;
import dev.weft.backend.core.CoreVar;
import dev.weft.backend.core.PrimOp;
import dev.weft.backend.core.Rep;
import dev.weft.frontend.syntax.Expr;
import dev.weft.frontend.types.Type;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * A receive to core, in two parts. The selector, a closure the RTS calls on
 * each message of the mailbox in order (rts/units/proc/receive.wat), matches
 * the message where it lies, outside every heap: its type tag picks the arms
 * of that type, and their patterns and guards, as one decision tree, give the
 * index of the arm that takes it, or -1. The RTS takes the first message
 * accepted (copied into the process's heap), waiting for one, or for the
 * after arm's time; then the arm's pattern binds its names again on the copy
 * (no test: it matched) and its body runs.
 */
final class ReceiveLowering {
    private final BodyLowering body;
    private final PatternLowering patterns;
    private final Processes processes;

    ReceiveLowering(BodyLowering body, PatternLowering patterns, Processes processes) {
        this.body = body;
        this.patterns = patterns;
        this.processes = processes;
    }

    CoreExpr receive(Expr.Receive r) {
        processes.use();
        Rep rep = body.repOf(r);
        if (r.arms().isEmpty()) {
            // A plain wait: no message is looked at.
            Expr.After after = r.after().orElseThrow();
            return new CoreExpr.Seq(List.of(new CoreExpr.Prim(PrimOp.SLEEP, List.of(body.expr(after.timeout())), null,
                    Rep.UNIT)), body.expr(after.body()));
        }
        CoreExpr selector = selector(r.arms());
        CoreExpr take = r.after().isPresent()
                ? new CoreExpr.Prim(PrimOp.RECEIVE_AFTER, List.of(selector, body.expr(r.after().get().timeout())), null, Rep.REF)
                : new CoreExpr.Prim(PrimOp.RECEIVE, List.of(selector), null, Rep.REF);
        CoreVar got = body.temp(Rep.REF);
        CoreVar arm = body.temp(Rep.I32);
        // The arms' bodies in order; the after arm's, or the last arm's, needs no test of the index.
        List<CoreExpr> bodies = new ArrayList<>();
        for (Expr.Arm a : r.arms()) bodies.add(armBody(a, got, rep));
        CoreExpr dispatch = r.after().isPresent() ? body.expr(r.after().get().body()) : bodies.remove(bodies.size() - 1);
        for (int i = bodies.size() - 1; i >= 0; i--) {
            CoreExpr chosen = new CoreExpr.Prim(PrimOp.U32_EQ, List.of(new CoreExpr.Get(arm), Processes.i32(i)), null, Rep.I32);
            dispatch = new CoreExpr.If(chosen, bodies.get(i), dispatch, rep);
        }
        return new CoreExpr.Let(got, take, new CoreExpr.Let(arm,
                new CoreExpr.Prim(PrimOp.RECEIVED_ARM, List.of(), null, Rep.I32), dispatch));
    }

    /** message -> the index of the first arm that takes it, or -1. */
    private CoreExpr selector(List<Expr.Arm> arms) {
        CoreVar message = new CoreVar("message", Rep.I32);
        CoreVar tag = body.temp(Rep.I32);
        CoreVar value = body.temp(Rep.REF);
        Map<Integer, List<DecisionTrees.Arm>> byTag = new LinkedHashMap<>();
        for (int i = 0; i < arms.size(); i++) {
            Expr.Arm a = arms.get(i);
            Type t = body.concreteTypes().of(body.program().messageType(a));
            List<CoreExpr.Test> tests = new ArrayList<>();
            List<CoreExpr.Bind> binds = new ArrayList<>();
            patterns.lower(a.pattern(), Processes.root(body.rep(t, a.pattern())), tests, binds);
            CoreExpr guard = a.guard().map(body::expr).orElse(null);
            byTag.computeIfAbsent(processes.tag(t), k -> new ArrayList<>())
                    .add(new DecisionTrees.Arm(tests, binds, guard, Processes.i32(i)));
        }
        CoreExpr chosen = Processes.i32(-1);
        List<Map.Entry<Integer, List<DecisionTrees.Arm>>> groups = new ArrayList<>(byTag.entrySet());
        for (int g = groups.size() - 1; g >= 0; g--) {
            List<DecisionTrees.Arm> ofType = new ArrayList<>(groups.get(g).getValue());
            // A message of this type that no arm takes stays in the mailbox.
            ofType.add(new DecisionTrees.Arm(List.of(), List.of(), null, Processes.i32(-1)));
            CoreExpr isType = new CoreExpr.Prim(PrimOp.U32_EQ, List.of(new CoreExpr.Get(tag),
                    Processes.i32(groups.get(g).getKey())), null, Rep.I32);
            chosen = new CoreExpr.If(isType, DecisionTrees.match(value, ofType, Rep.I32), chosen, Rep.I32);
        }
        CoreExpr select = new CoreExpr.Let(tag, new CoreExpr.Prim(PrimOp.MESSAGE_TAG, List.of(new CoreExpr.Get(message)),
                null, Rep.I32), new CoreExpr.Let(value, new CoreExpr.Prim(PrimOp.MESSAGE_VALUE,
                List.of(new CoreExpr.Get(message)), null, Rep.REF), chosen));
        return new CoreExpr.Lambda(body.liftedName("receive"), List.of(message), Rep.I32, select);
    }

    /** The arm's names bound again on the message taken, then its body. */
    private CoreExpr armBody(Expr.Arm a, CoreVar got, Rep rep) {
        Type t = body.concreteTypes().of(body.program().messageType(a));
        List<CoreExpr.Test> tests = new ArrayList<>();
        List<CoreExpr.Bind> binds = new ArrayList<>();
        patterns.lower(a.pattern(), Processes.root(body.rep(t, a.pattern())), tests, binds);
        CoreExpr armBody = body.expr(a.body());
        if (binds.isEmpty()) return armBody;
        return DecisionTrees.match(got, List.of(new DecisionTrees.Arm(List.of(), binds, null, armBody)), rep);
    }
}
