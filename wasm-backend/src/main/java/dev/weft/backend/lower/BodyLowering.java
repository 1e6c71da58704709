package dev.weft.backend.lower;

import dev.weft.backend.core.CoreExpr;
import dev.weft.backend.core.CoreFunction;
import dev.weft.backend.core.CoreVar;
import dev.weft.backend.core.PrimOp;
import dev.weft.backend.core.Rep;
import dev.weft.frontend.check.Builtin;
import dev.weft.frontend.check.Symbol;
import dev.weft.frontend.check.TypeDefs;
import dev.weft.frontend.check.TypedProgram;
import dev.weft.frontend.syntax.Expr;
import dev.weft.frontend.syntax.Pattern;
import dev.weft.frontend.syntax.Stmt;
import dev.weft.frontend.types.Type;
import dev.weft.frontend.types.Types;
import java.util.ArrayList;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Map;

/**
 * Lowers one instance's body: a translation of the typed tree, types chosen
 * per instance. What core IR alone can decide is left to the core passes
 * (backend/pass): lambdas stay {@link CoreExpr.Lambda}s over the enclosing
 * variables for pass/ClosureConversion, and calls of the function itself
 * stay plain calls for pass/SelfTailCalls.
 */
final class BodyLowering implements PatternLowering.Context {
    private final Lowering lowering;
    private final TypedProgram program;
    private final Instance instance;
    private final CoreFunction self;
    /** The instance's types; inside a copy of a generalized local's value, that copy's. */
    private ConcreteTypes types;
    private final Map<Symbol.Local, CoreVar> vars = new IdentityHashMap<>();
    /** Generalized locals in scope: where each use finds its copy (LocalInstances). */
    private final Map<Symbol.Local, LocalInstances.Binding> polys = new IdentityHashMap<>();
    private final LocalInstances localInstances;
    private final PatternLowering patterns = new PatternLowering(this);
    private final MatchLowering matches = new MatchLowering(this, patterns);
    private final ReceiveLowering receives;
    private final Derived derived;
    private int temps;

    BodyLowering(Lowering lowering, Instance instance, CoreFunction self) {
        this.lowering = lowering;
        this.program = lowering.program();
        this.instance = instance;
        this.self = self;
        this.types = ConcreteTypes.forInstance(program.bodyTypes().get(instance.function()), instance.type());
        this.derived = lowering.derived();
        this.localInstances = new LocalInstances(this, lowering);
        this.receives = new ReceiveLowering(this, patterns, lowering.processes());
    }

    ConcreteTypes concreteTypes() { return types; }

    /** e lowered with these types (one copy of a generalized local's value). */
    CoreExpr lowerWith(ConcreteTypes copy, Expr e) {
        ConcreteTypes saved = types;
        types = copy;
        try {
            return expr(e);
        } finally {
            types = saved;
        }
    }

    // ---- PatternLowering.Context ----

    @Override
    public Type typeOf(Pattern p) {
        Type t = program.patternTypes().get(p);
        if (t == null) throw new IllegalStateException("no type recorded for the pattern at " + p.span());
        return types.of(t);
    }

    @Override
    public Rep rep(Type t, Pattern where) { return lowering.rep(t, where.span()); }

    @Override
    public TypeDefs types() { return program.outline().types(); }

    @Override
    public CoreVar bind(Symbol.Local local, Rep rep) {
        CoreVar v = new CoreVar(local.displayName(), rep);
        vars.put(local, v);
        return v;
    }

    @Override
    public Symbol.Local local(Pattern p) {
        return switch (p) {
            case Pattern.Binder b -> program.names().local(b);
            case Pattern.TypedBinder t -> program.names().local(t);
            default -> throw new IllegalArgumentException("not a binder: " + p);
        };
    }

    @Override
    public Symbol.Local fieldLocal(Pattern.FieldPat f) { return program.names().local(f); }

    CoreVar temp(Rep rep) { return new CoreVar("t" + temps++, rep); }

    void run() {
        if (instance.function().clauses().size() > 1) {
            self.body(matches.clauses(instance.function().clauses(), self));
            return;
        }
        List<Symbol.Local> params = program.names().params(instance.function().def());
        for (int i = 0; i < params.size(); i++) {
            if (params.get(i) != null) vars.put(params.get(i), self.params().get(i));
        }
        var def = instance.function().def();
        // A parameter written as a pattern is destructured before the body (the checker proved it
        // irrefutable); its names are bound first, since the body refers to them.
        List<List<CoreExpr.Bind>> paramBinds = new ArrayList<>();
        for (var param : def.params()) {
            List<CoreExpr.Bind> binds = new ArrayList<>();
            if (!(param.pattern() instanceof Pattern.Binder)) {
                patterns.lower(param.pattern(), CoreExpr.Path.ROOT, new ArrayList<>(), binds);
            }
            paramBinds.add(binds);
        }
        CoreExpr body = expr(def.body());
        for (int i = def.params().size() - 1; i >= 0; i--) {
            if (paramBinds.get(i).isEmpty()) continue;
            body = DecisionTrees.match(self.params().get(i),
                    List.of(new DecisionTrees.Arm(List.of(), paramBinds.get(i), null, body)), body.rep());
        }
        self.body(body);
    }

    /** e's concrete type. */
    private Type typeOf(Expr e) { return types.of(program.type(e)); }

    TypedProgram program() { return program; }

    /** The base name of a function lifted out of this one (a lambda's, a receive's selector's). */
    String liftedName(String what) {
        return lowering.qualified(self.name().substring(self.name().indexOf('.') + 1) + "$" + what);
    }

    Rep repOf(Expr e) { return lowering.rep(typeOf(e), e.span()); }

    CoreExpr expr(Expr e) {
        return switch (e) {
            case Expr.IntLit i -> new CoreExpr.IntConst(i.value());
            case Expr.FloatLit f -> new CoreExpr.FloatConst(f.value());
            case Expr.CharLit c -> new CoreExpr.CharConst(c.codePoint());
            case Expr.BoolLit b -> new CoreExpr.BoolConst(b.value());
            case Expr.UnitLit u -> new CoreExpr.UnitConst();
            case Expr.StringLit s -> string(s);
            case Expr.Paren p -> expr(p.inner());
            case Expr.Var v -> var(v);
            case Expr.Call c -> call(c.callee(), List.of(), c.args(), e);
            case Expr.Unary u -> unary(u);
            case Expr.Binary b -> binary(b);
            case Expr.Block b -> block(b);
            case Expr.Tuple t -> new CoreExpr.Alloc(0, t.elements().stream().map(this::expr).toList());
            case Expr.ListLit l -> {
                CoreExpr list = new CoreExpr.Null();
                List<CoreExpr> elements = l.elements().stream().map(this::expr).toList();
                // Evaluated left to right into temporaries, then consed from the right.
                List<CoreVar> vs = new ArrayList<>();
                for (CoreExpr x : elements) vs.add(temp(x.rep()));
                for (int k = vs.size() - 1; k >= 0; k--) list = new CoreExpr.Alloc(1, List.of(new CoreExpr.Get(vs.get(k)), list));
                for (int k = vs.size() - 1; k >= 0; k--) list = new CoreExpr.Let(vs.get(k), elements.get(k), list);
                yield list;
            }
            case Expr.CtorRef c -> {
                TypeDefs.CtorDef ctor = types().ctor(c.name().text()).orElseThrow();
                if (!ctor.fields().isEmpty()) yield ctorValue(ctor, (Type.Fun) typeOf(c));
                yield new CoreExpr.StaticObject(ctor.tag());
            }
            case Expr.RecordLit r -> recordLit(r);
            case Expr.Field f -> {
                TypeDefs.RecordDef record = recordDef(typeOf(f.target()));
                yield new CoreExpr.Load(expr(f.target()), record.field(f.field().text()).orElseThrow().index(), repOf(f));
            }
            case Expr.RecordUpdate u -> recordUpdate(u);
            case Expr.Match m -> matches.match(m);
            case Expr.Lambda l -> lambda(l);
            case Expr.If i -> {
                CoreExpr cond = expr(i.cond());
                CoreExpr then = expr(i.then());
                CoreExpr orElse = i.orElse().isPresent() ? expr(i.orElse().get()) : new CoreExpr.UnitConst();
                yield new CoreExpr.If(cond, then, orElse, repOf(e));
            }
            case Expr.Receive r -> receives.receive(r);
        };
    }

    private CoreExpr var(Expr.Var v) {
        Symbol s = program.names().symbol(v);
        if (s instanceof Symbol.Local l) {
            CoreVar var = vars.get(l);
            if (var == null && polys.containsKey(l)) var = polys.get(l).instance(localInstances.instantiation(v));
            if (var == null) throw new IllegalStateException("local " + l + " used before it was lowered");
            return new CoreExpr.Get(var);
        }
        if (s instanceof Symbol.TopLevel f) {
            CoreFunction target = lowering.instance(f, (Type.Fun) typeOf(v), v.span());
            List<Rep> reps = target.params().stream().map(CoreVar::rep).toList();
            return new CoreExpr.MakeClosure(lowering.wrapper(target.name(), reps, target.result(),
                    args -> new CoreExpr.Call(target, args)), List.of());
        }
        if (s instanceof Builtin b) {
            // A built-in as a value: a wrapper closure per built-in and type, as for top-level functions.
            Type.Fun t = (Type.Fun) typeOf(v);
            List<Rep> reps = new ArrayList<>();
            for (Type p : t.params()) reps.add(lowering.rep(p, v.span()));
            Rep result = lowering.rep(t.result(), v.span());
            return new CoreExpr.MakeClosure(lowering.wrapper(b.displayName() + "<" + t + ">", reps, result,
                    args -> Operations.builtin(b, t.params(), args, result, v.span(), lowering, derived)), List.of());
        }
        throw new IllegalStateException("unexpected symbol " + s + " for " + v.name().text());
    }

    /** {@code callee(piped..., args...)}. */
    private CoreExpr call(Expr callee, List<Expr> piped, List<Expr> args, Expr whole) {
        Expr target = callee;
        while (target instanceof Expr.Paren p) target = p.inner();
        Symbol s = target instanceof Expr.Var v ? program.names().symbol(v) : null;
        List<Expr> all = new ArrayList<>(piped);
        all.addAll(args);
        List<CoreExpr> lowered = new ArrayList<>();
        for (Expr a : all) lowered.add(expr(a));
        if (target instanceof Expr.CtorRef c) {
            TypeDefs.CtorDef ctor = types().ctor(c.name().text()).orElseThrow();
            return new CoreExpr.Alloc(ctor.tag(), lowered);
        }
        return switch (s) {
            case Symbol.TopLevel f -> {
                Type.Fun useType = (Type.Fun) typeOf(target);
                CoreFunction fn = lowering.instance(f, useType, target.span());
                yield new CoreExpr.Call(fn, lowered);
            }
            case Builtin b -> Operations.builtin(b, all.stream().map(this::typeOf).toList(), lowered, repOf(whole), whole.span(),
                    lowering, derived);
            case null, default -> {
                // A local holding a closure, or any expression giving one: call through the table.
                CoreExpr closure = expr(target);
                yield new CoreExpr.CallClosure(closure, lowered, repOf(whole));
            }
        };
    }

    /** show of a value of e's type: chosen by the type, since Bool and Char share a representation. */
    private CoreExpr show(CoreExpr value, Expr e) {
        Type t = typeOf(e);
        return derived.show(value, t);
    }

    private CoreExpr string(Expr.StringLit s) {
        CoreExpr result = null;
        StringBuilder text = new StringBuilder();
        for (Expr.StringPart part : s.parts()) {
            switch (part) {
                case Expr.Text t -> text.append(t.value());
                case Expr.Interpolation i -> {
                    if (!text.isEmpty()) {
                        result = concat(result, new CoreExpr.StrConst(text.toString()));
                        text.setLength(0);
                    }
                    CoreExpr value = expr(i.expr());
                    // Interpolation inserts a String as it is and anything else as show prints it.
                    result = concat(result, Types.is(typeOf(i.expr()), Types.STRING) ? value : show(value, i.expr()));
                }
            }
        }
        if (!text.isEmpty() || result == null) result = concat(result, new CoreExpr.StrConst(text.toString()));
        return result;
    }

    private static CoreExpr concat(CoreExpr left, CoreExpr right) {
        return left == null ? right : new CoreExpr.Prim(PrimOp.STR_CONCAT, List.of(left, right), null, Rep.REF);
    }

    private CoreExpr unary(Expr.Unary u) {
        CoreExpr operand = expr(u.operand());
        if (u.op() == Expr.UnaryOp.NOT) return new CoreExpr.Prim(PrimOp.BOOL_NOT, List.of(operand), null, Rep.I32);
        if (operand.rep() == Rep.F64) return new CoreExpr.Prim(PrimOp.FLOAT_NEG, List.of(operand), null, Rep.F64);
        requireInt(operand, u);
        return new CoreExpr.Prim(PrimOp.INT_SUB, List.of(new CoreExpr.IntConst(0), operand), null, Rep.I64);
    }

    private void requireInt(CoreExpr operand, Expr where) {
        if (operand.rep() != Rep.I64) {
            lowering.unsupported(where.span(), "this operator is not supported on " + typeOf(where) + " yet");
            throw new Lowering.Abandon();
        }
    }

    private CoreExpr binary(Expr.Binary b) {
        switch (b.op()) {
            case PIPE -> {
                Expr right = b.right();
                while (right instanceof Expr.Paren p) right = p.inner();
                if (right instanceof Expr.Call c) return call(c.callee(), List.of(b.left()), c.args(), b);
                return call(right, List.of(b.left()), List.of(), b);
            }
            case AND -> {
                return new CoreExpr.If(expr(b.left()), expr(b.right()), new CoreExpr.BoolConst(false), Rep.I32);
            }
            case OR -> {
                return new CoreExpr.If(expr(b.left()), new CoreExpr.BoolConst(true), expr(b.right()), Rep.I32);
            }
            default -> {}
        }
        Expr leftSyntax = b.left();
        while (leftSyntax instanceof Expr.Paren p) leftSyntax = p.inner();
        if (b.op() == Expr.BinaryOp.CONCAT && leftSyntax instanceof Expr.ListLit l && !l.elements().isEmpty()) {
            return consOnto(l, b.right());
        }
        CoreExpr left = expr(b.left());
        CoreExpr right = expr(b.right());
        Rep operands = left.rep();
        Type operandType = typeOf(b.left());
        if (operands == Rep.REF && !Types.is(operandType, Types.STRING)) return dataOperator(b, left, right, operandType);
        String position = lowering.position(b.opSpan());
        PrimOp op = Operations.primitive(b.op(), operands);
        if (op == null) {
            if (operands == Rep.UNIT && b.op().isComparison()) {
                // Unit has one value: () == () and () <= (), but not () < ().
                boolean value = switch (b.op()) {
                    case EQ, LE, GE -> true;
                    default -> false;
                };
                return new CoreExpr.Seq(List.of(left, right), new CoreExpr.BoolConst(value));
            }
            lowering.unsupported(b.opSpan(), "operator " + b.op().symbol + " is not supported on "
                    + typeOf(b.left()) + " yet");
            throw new Lowering.Abandon();
        }
        boolean needsPosition = op == PrimOp.INT_DIV || op == PrimOp.INT_REM;
        Rep result = b.op().isComparison() ? Rep.I32 : operands;
        return new CoreExpr.Prim(op, List.of(left, right), needsPosition ? position : null, result);
    }

    private CoreExpr block(Expr.Block b) {
        return statements(b.stmts(), 0);
    }

    /** Statements from index i on: a binding scopes over the rest, an expression statement is sequenced. */
    private CoreExpr statements(List<Stmt> stmts, int i) {
        if (i >= stmts.size()) return new CoreExpr.UnitConst();
        boolean last = i == stmts.size() - 1;
        return switch (stmts.get(i)) {
            case Stmt.ExprStmt s -> {
                if (last) yield expr(s.expr());
                List<CoreExpr> effects = new ArrayList<>();
                int j = i;
                while (j < stmts.size() - 1 && stmts.get(j) instanceof Stmt.ExprStmt es) {
                    effects.add(expr(es.expr()));
                    j++;
                }
                yield new CoreExpr.Seq(effects, statements(stmts, j));
            }
            case Stmt.Let let -> {
                var scheme = let.pattern() instanceof Pattern.Binder binder
                        ? program.localSchemes().get(program.names().local(binder)) : null;
                if (scheme != null) {
                    // Generalized: a copy of the value per type it is used at.
                    yield localInstances.let(program.names().local((Pattern.Binder) let.pattern()), scheme, let.value(),
                            stmts.subList(i + 1, stmts.size()), polys, () -> statements(stmts, i + 1));
                }
                CoreExpr value = expr(let.value());
                CoreExpr rest;
                if (let.pattern() instanceof Pattern.Binder binder) {
                    Symbol.Local local = program.names().local(binder);
                    CoreVar var = new CoreVar(local.displayName(), value.rep());
                    vars.put(local, var);
                    rest = statements(stmts, i + 1);
                    yield new CoreExpr.Let(var, value, rest);
                }
                if (!(let.pattern() instanceof Pattern.Wildcard)) {
                    CoreVar whole = temp(value.rep());
                    Pattern pattern = let.pattern();
                    // Bind the pattern's names first: the rest of the block refers to them.
                    List<CoreExpr.Test> tests = new ArrayList<>();
                    List<CoreExpr.Bind> binds = new ArrayList<>();
                    patterns.lower(pattern, CoreExpr.Path.ROOT, tests, binds);
                    rest = statements(stmts, i + 1);
                    DecisionTrees.Arm arm = new DecisionTrees.Arm(List.of(), binds, null, rest);
                    yield new CoreExpr.Let(whole, value, DecisionTrees.match(whole, List.of(arm), rest.rep()));
                }
                rest = statements(stmts, i + 1);
                yield new CoreExpr.Seq(List.of(value), rest);
            }
        };
    }

    // ---- data ----

    private static TypeDefs.RecordDef recordDef(Type t, TypeDefs defs) {
        return (TypeDefs.RecordDef) defs.type(((Type.Con) t.resolve()).name()).orElseThrow();
    }

    private TypeDefs.RecordDef recordDef(Type t) { return recordDef(t, types()); }

    /** Field values are evaluated in the order written, then stored in the declared order. */
    private CoreExpr recordLit(Expr.RecordLit r) {
        TypeDefs.RecordDef record = recordDef(typeOf(r));
        CoreVar[] slots = new CoreVar[record.fields().size()];
        List<CoreVar> order = new ArrayList<>();
        List<CoreExpr> values = new ArrayList<>();
        for (Expr.FieldInit f : r.fields()) {
            CoreExpr v = expr(f.value());
            CoreVar t = temp(v.rep());
            slots[record.field(f.field().text()).orElseThrow().index()] = t;
            order.add(t);
            values.add(v);
        }
        List<CoreExpr> fields = new ArrayList<>();
        for (CoreVar v : slots) fields.add(new CoreExpr.Get(v));
        CoreExpr out = new CoreExpr.Alloc(0, fields);
        for (int k = order.size() - 1; k >= 0; k--) out = new CoreExpr.Let(order.get(k), values.get(k), out);
        return out;
    }

    private CoreExpr recordUpdate(Expr.RecordUpdate u) {
        Type t = typeOf(u);
        TypeDefs.RecordDef record = recordDef(t);
        CoreVar old = temp(Rep.REF);
        CoreVar[] given = new CoreVar[record.fields().size()];
        List<CoreVar> order = new ArrayList<>();
        List<CoreExpr> values = new ArrayList<>();
        for (Expr.FieldInit f : u.fields()) {
            CoreExpr v = expr(f.value());
            CoreVar tmp = temp(v.rep());
            given[record.field(f.field().text()).orElseThrow().index()] = tmp;
            order.add(tmp);
            values.add(v);
        }
        var args = ((Type.Con) t.resolve()).args();
        var map = new java.util.HashMap<dev.weft.frontend.types.TVar, Type>();
        for (int k = 0; k < record.params().size(); k++) map.put(record.params().get(k), args.get(k));
        List<CoreExpr> fields = new ArrayList<>();
        for (TypeDefs.FieldDef f : record.fields()) {
            Rep rep = lowering.rep(dev.weft.frontend.types.Substitution.apply(f.type(), map), u.span());
            fields.add(given[f.index()] != null ? new CoreExpr.Get(given[f.index()])
                    : new CoreExpr.Load(new CoreExpr.Get(old), f.index(), rep));
        }
        CoreExpr out = new CoreExpr.Alloc(0, fields);
        for (int k = order.size() - 1; k >= 0; k--) out = new CoreExpr.Let(order.get(k), values.get(k), out);
        return new CoreExpr.Let(old, expr(u.target()), out);
    }

    /**
     * {@code [a, b] ++ rest}: the written elements consed straight onto rest,
     * one cell each, instead of building a list and copying it with append.
     * Evaluated left to right: the elements, then rest.
     */
    private CoreExpr consOnto(Expr.ListLit l, Expr rest) {
        List<CoreVar> vs = new ArrayList<>();
        List<CoreExpr> values = new ArrayList<>();
        for (Expr e : l.elements()) {
            CoreExpr v = expr(e);
            values.add(v);
            vs.add(temp(v.rep()));
        }
        CoreVar tail = temp(Rep.REF);
        CoreExpr out = new CoreExpr.Get(tail);
        for (int k = vs.size() - 1; k >= 0; k--) out = new CoreExpr.Alloc(1, List.of(new CoreExpr.Get(vs.get(k)), out));
        out = new CoreExpr.Let(tail, expr(rest), out);
        for (int k = vs.size() - 1; k >= 0; k--) out = new CoreExpr.Let(vs.get(k), values.get(k), out);
        return out;
    }

    /** == != < <= > >= and ++ on tuples, lists, records and variants, through the derived functions. */
    private CoreExpr dataOperator(Expr.Binary b, CoreExpr left, CoreExpr right, Type t) {
        return switch (b.op()) {
            case EQ -> derived.equal(left, right, t);
            case NE -> new CoreExpr.Prim(PrimOp.BOOL_NOT, List.of(derived.equal(left, right, t)), null, Rep.I32);
            case LT, LE, GT, GE -> {
                PrimOp op = switch (b.op()) {
                    case LT -> PrimOp.INT_LT;
                    case LE -> PrimOp.INT_LE;
                    case GT -> PrimOp.INT_GT;
                    default -> PrimOp.INT_GE;
                };
                yield new CoreExpr.Prim(op, List.of(derived.compare(left, right, t), new CoreExpr.IntConst(0)), null, Rep.I32);
            }
            case CONCAT -> derived.append(left, right, t);
            default -> {
                lowering.unsupported(b.opSpan(), "operator " + b.op().symbol + " does not apply to " + t);
                throw new Lowering.Abandon();
            }
        };
    }

    // ---- closures ----

    /**
     * A lambda as it is written: its parameters bound, its body lowered over the
     * enclosing function's variables themselves. pass/ClosureConversion lifts it
     * and captures what it uses.
     */
    private CoreExpr lambda(Expr.Lambda l) {
        Type.Fun t = (Type.Fun) typeOf(l);
        List<CoreVar> params = new ArrayList<>();
        List<Symbol.Local> locals = new ArrayList<>();
        for (int i = 0; i < l.params().size(); i++) {
            Expr.LambdaParam p = l.params().get(i);
            CoreVar v = new CoreVar(p.name().map(n -> n.text()).orElse("_"), lowering.rep(t.params().get(i), p.span()));
            params.add(v);
            Symbol.Local local = program.names().local(p);
            if (local != null) {
                vars.put(local, v);
                locals.add(local);
            }
        }
        CoreExpr body = expr(l.body());
        locals.forEach(vars::remove);
        return new CoreExpr.Lambda(liftedName("lambda"), params, lowering.rep(t.result(), l.span()), body);
    }

    /** A constructor with fields used as a function value. */
    private CoreExpr ctorValue(TypeDefs.CtorDef ctor, Type.Fun t) {
        List<Rep> reps = new ArrayList<>();
        for (Type p : t.params()) reps.add(lowering.rep(p, dev.weft.frontend.diagnostics.Span.NONE));
        return new CoreExpr.MakeClosure(lowering.wrapper(ctor.name() + "<" + t + ">", reps, Rep.REF,
                args -> new CoreExpr.Alloc(ctor.tag(), args)), List.of());
    }
}
