package dev.weft.backend.lower;

import dev.weft.backend.core.CoreExpr;
import dev.weft.backend.core.CoreFunction;
import dev.weft.backend.core.CoreVar;
import dev.weft.backend.core.PrimOp;
import dev.weft.backend.core.Rep;
import dev.weft.frontend.check.Builtin;
import dev.weft.frontend.check.TypeDefs;
import dev.weft.frontend.types.Type;
import dev.weft.frontend.types.Types;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * What the process built-ins become (rts/units/proc, docs/decisions/0023),
 * and what a program that uses them needs besides: the entry that runs main
 * as process 1, and the function the RTS builds its Down messages with.
 *
 * <p>A message is a pointer: a value whose representation is one (a string,
 * a list, a variant...) is sent as it is, any other (Int, Float, Bool, Char,
 * Unit, Pid) boxed in an object of one field, which a receive reads back.
 * It goes with its type's message tag, a number per concrete type the
 * program sends or receives; tag 1 is the standard {@code Down}'s, which the
 * RTS sends.
 */
final class Processes {
    /** The message tag of the standard Down type, the one rts/units/proc sends monitors. */
    static final int DOWN_TAG = 1;

    private final Lowering lowering;
    private final Map<String, Integer> tags = new HashMap<>();
    private boolean used;

    Processes(Lowering lowering) {
        this.lowering = lowering;
    }

    /** Whether the program uses processes: some function spawns, sends, receives, asks its Pid or monitors. */
    boolean used() { return used; }

    void use() { used = true; }

    /** The tag messages of this concrete type carry. */
    int tag(Type t) {
        if (isStandardDown(t)) return DOWN_TAG;
        return tags.computeIfAbsent(t.toString(), k -> DOWN_TAG + 1 + tags.size());
    }

    /** The value a message of this representation carries: the value, or a box holding it. */
    static CoreExpr message(CoreExpr value) {
        return value.rep() == Rep.REF ? value : new CoreExpr.Alloc(0, List.of(value));
    }

    /** Where a message's value of this representation is, from the pointer the message carries. */
    static CoreExpr.Path root(Rep rep) {
        return rep == Rep.REF ? CoreExpr.Path.ROOT : CoreExpr.Path.ROOT.then(0, rep);
    }

    /** A process built-in applied to lowered arguments of the given concrete types. */
    CoreExpr builtin(Builtin b, List<Type> args, List<CoreExpr> lowered) {
        use();
        return switch (b) {
            case SPAWN -> spawn(PrimOp.SPAWN, args.get(0), lowered.get(0));
            case SPAWN_LINK -> spawn(PrimOp.SPAWN_LINK, args.get(0), lowered.get(0));
            case SEND -> new CoreExpr.Prim(PrimOp.SEND, List.of(lowered.get(0), message(lowered.get(1)),
                    i32(tag(args.get(1)))), null, Rep.UNIT);
            case SELF -> new CoreExpr.Prim(PrimOp.SELF, List.of(), null, Rep.I32);
            case MONITOR -> new CoreExpr.Prim(PrimOp.MONITOR, lowered, null, Rep.UNIT);
            default -> throw new IllegalArgumentException(b + " is not a process built-in");
        };
    }

    /**
     * A process runs a closure of no arguments and no result: the function
     * itself when its result is Unit, else a closure that calls it and drops
     * what it gives.
     */
    private CoreExpr spawn(PrimOp op, Type fn, CoreExpr closure) {
        Rep result = lowering.rep(((Type.Fun) fn.resolve()).result(), dev.weft.frontend.diagnostics.Span.NONE);
        if (result == Rep.UNIT) return new CoreExpr.Prim(op, List.of(closure), null, Rep.I32);
        CoreVar f = new CoreVar("f", Rep.REF);
        CoreExpr run = new CoreExpr.Lambda(lowering.qualified("spawned"), List.of(), Rep.UNIT,
                new CoreExpr.Seq(List.of(new CoreExpr.CallClosure(new CoreExpr.Get(f), List.of(), result)),
                        new CoreExpr.UnitConst()));
        return new CoreExpr.Let(f, closure, new CoreExpr.Prim(op, List.of(run), null, Rep.I32));
    }

    /**
     * The program's entry when it uses processes: main, through a closure
     * that calls it, run as process 1 by the scheduler.
     */
    CoreFunction entry(CoreFunction main) {
        CoreFunction code = lowering.wrapper(main.name() + "$process", List.of(), Rep.UNIT,
                args -> main.result() == Rep.UNIT ? new CoreExpr.Call(main, List.of())
                        : new CoreExpr.Seq(List.of(new CoreExpr.Call(main, List.of())), new CoreExpr.UnitConst()));
        CoreFunction entry = lowering.lifted("main$processes", List.of(), Rep.UNIT);
        entry.body(new CoreExpr.Prim(PrimOp.RUN, List.of(new CoreExpr.MakeClosure(code, List.of())), null, Rep.UNIT));
        return entry;
    }

    /**
     * {@code rts_down_value(pid, kind, message)}, which the RTS calls to make
     * the Down message of a process that ended: kind 0 Normal, 1
     * Crashed(message), 2 Killed. A program whose own types shadow the
     * standard Down cannot receive one; its function gives a placeholder
     * object that no arm of its types matches (their tags are never 1).
     */
    CoreFunction downValue() {
        CoreVar pid = new CoreVar("pid", Rep.I32);
        CoreVar kind = new CoreVar("kind", Rep.I32);
        CoreVar message = new CoreVar("message", Rep.REF);
        CoreFunction fn = new CoreFunction("rts_down_value", List.of(pid, kind, message), Rep.REF);
        TypeDefs defs = lowering.program().outline().types();
        if (!standardDownInScope(defs)) {
            fn.body(new CoreExpr.StaticObject(0));
            return fn;
        }
        int normal = defs.ctor("Normal").orElseThrow().tag();
        int crashed = defs.ctor("Crashed").orElseThrow().tag();
        int killed = defs.ctor("Killed").orElseThrow().tag();
        CoreExpr reason = new CoreExpr.If(prim(PrimOp.U32_EQ, new CoreExpr.Get(kind), i32(0)),
                new CoreExpr.StaticObject(normal),
                new CoreExpr.If(prim(PrimOp.U32_EQ, new CoreExpr.Get(kind), i32(1)),
                        new CoreExpr.Alloc(crashed, List.of(new CoreExpr.Get(message))),
                        new CoreExpr.StaticObject(killed), Rep.REF), Rep.REF);
        CoreVar r = new CoreVar("reason", Rep.REF);
        fn.body(new CoreExpr.Let(r, reason,
                new CoreExpr.Alloc(defs.ctor("Down").orElseThrow().tag(), List.of(new CoreExpr.Get(pid), new CoreExpr.Get(r)))));
        return fn;
    }

    /** Whether t is the standard Down: Down(Pid, Reason), Reason = Normal | Crashed(String) | Killed. */
    private boolean isStandardDown(Type t) {
        return t.resolve() instanceof Type.Con c && c.name().equals("Down") && c.args().isEmpty()
                && standardDownInScope(lowering.program().outline().types());
    }

    private static boolean standardDownInScope(TypeDefs defs) {
        if (!(defs.type("Down").orElse(null) instanceof TypeDefs.VariantDef down) || down.ctors().size() != 1) return false;
        TypeDefs.CtorDef ctor = down.ctors().get(0);
        if (!ctor.name().equals("Down") || ctor.fields().size() != 2 || !Types.is(ctor.fields().get(0), Types.PID)
                || !(ctor.fields().get(1).resolve() instanceof Type.Con reasonType) || !reasonType.name().equals("Reason")) {
            return false;
        }
        if (!(defs.type("Reason").orElse(null) instanceof TypeDefs.VariantDef reason)) return false;
        List<TypeDefs.CtorDef> ks = reason.ctors();
        return ks.size() == 3 && ks.get(0).name().equals("Normal") && ks.get(0).fields().isEmpty()
                && ks.get(1).name().equals("Crashed") && ks.get(1).fields().size() == 1
                && Types.is(ks.get(1).fields().get(0), Types.STRING)
                && ks.get(2).name().equals("Killed") && ks.get(2).fields().isEmpty();
    }

    private static CoreExpr prim(PrimOp op, CoreExpr... args) {
        return new CoreExpr.Prim(op, List.of(args), null, Rep.I32);
    }

    /** An i32 constant: CharConst is the core IR's i32 literal. */
    static CoreExpr i32(int value) {
        return new CoreExpr.CharConst(value);
    }
}
