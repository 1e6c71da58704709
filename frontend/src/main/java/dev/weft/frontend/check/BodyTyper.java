package dev.weft.frontend.check;

import dev.weft.frontend.diagnostics.Code;
import dev.weft.frontend.diagnostics.Diagnostics;
import dev.weft.frontend.diagnostics.SourceFile;
import dev.weft.frontend.diagnostics.Span;
import dev.weft.frontend.syntax.Decl;
import dev.weft.frontend.syntax.Expr;
import dev.weft.frontend.syntax.Pattern;
import dev.weft.frontend.syntax.Stmt;
import dev.weft.frontend.types.Scheme;
import dev.weft.frontend.types.Substitution;
import dev.weft.frontend.types.TVar;
import dev.weft.frontend.types.Type;
import dev.weft.frontend.types.TypePrinter;
import dev.weft.frontend.types.Types;
import dev.weft.frontend.types.Unifier;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Map;

/**
 * Hindley-Milner inference for the bodies of one strongly connected component.
 * Writes only to its own tables and, at the end, the component's schemes, so
 * that independent components can run on different threads.
 */
final class BodyTyper {
    /** Variables created while typing a component live at this level; generalization quantifies them. */
    static final int LEVEL = 1;

    /** The current let-depth: LEVEL, one more inside the value of each generalized local binding. */
    private int level = LEVEL;
    /** Made by the first generalized local binding (most components have none). */
    private LocalSchemes localSchemes;
    /**
     * Plain locals bound to a computation whose type still had variables: the
     * value restriction kept them monomorphic, which a mismatch at their use
     * says (rare: made on the first one).
     */
    private Map<Symbol.Local, Expr> computedLocals;
    /** The uses of those locals, by span: where a mismatch gets the hint. */
    private Map<Span, Symbol.Local> computedLocalUses;

    private final SourceFile file;
    private final Names names;
    private final Diagnostics diagnostics;
    private final Map<Symbol.TopLevel, Scheme> schemes;
    private final List<Symbol.TopLevel> component;
    private final Map<Expr, Type> exprTypes = new IdentityHashMap<>();
    private final Map<Symbol.Local, Type> localTypes = new IdentityHashMap<>();
    private final Map<Symbol.TopLevel, Type.Fun> bodyTypes = new IdentityHashMap<>();
    /** Monomorphic types of the component's own undeclared functions while they are being typed. */
    private final Map<Symbol.TopLevel, Type.Fun> inProgress = new IdentityHashMap<>();
    private final List<Operators.Deferred> deferred = new ArrayList<>();
    private final Operators operators;
    private final TypeDefs types;
    private final DataTyper data;
    private final ReceiveTyper receives;
    private final Map<Pattern, Type> patternTypes = new IdentityHashMap<>();
    private final List<Expr.Match> matches = new ArrayList<>();
    private final Map<Expr.Match, Type> scrutinees = new IdentityHashMap<>();
    /** Let and parameter patterns, which must match every value of their type. */
    private final List<Map.Entry<Pattern, Type>> irrefutable = new ArrayList<>();
    /** Uses of polymorphic functions and locals, and the needs left open: for {@link PolymorphicNeeds}. */
    private final List<PolymorphicNeeds.Use> uses = new ArrayList<>();
    private List<PolymorphicNeeds.Need> openNeeds = List.of();
    private Type.Fun currentFunctionType;

    BodyTyper(SourceFile file, Names names, Diagnostics diagnostics, Map<Symbol.TopLevel, Scheme> schemes,
            List<Symbol.TopLevel> component, TypeDefs types) {
        this.file = file;
        this.names = names;
        this.diagnostics = diagnostics;
        this.schemes = schemes;
        this.component = component;
        this.operators = new Operators(this);
        this.types = types;
        this.data = new DataTyper(this, types, names);
        this.receives = new ReceiveTyper(this, types, data.patterns());
    }

    Map<Pattern, Type> patternTypes() { return patternTypes; }

    void recordPattern(Pattern p, Type t) { patternTypes.put(p, t); }

    void deferMatch(Expr.Match m, Type scrutinee) {
        matches.add(m);
        scrutinees.put(m, scrutinee);
    }

    Map<Expr, Type> exprTypes() { return exprTypes; }

    Map<Symbol.Local, Type> localTypes() { return localTypes; }

    /** The concrete message type of each receive arm (once the component is typed). */
    Map<Expr.Arm, Type> messageTypes() { return receives.messageTypes(); }

    /** The let-depth new type variables are created at. */
    int level() { return level; }

    /** The generalized locals' tables, or null when the component generalized none. */
    LocalSchemes localSchemes() { return localSchemes; }

    /** The type each function's body was checked against, in terms of the variables its expressions' types use. */
    Map<Symbol.TopLevel, Type.Fun> bodyTypes() { return bodyTypes; }

    SourceFile file() { return file; }

    TypeDefs types() { return types; }

    List<PolymorphicNeeds.Use> uses() { return uses; }

    List<PolymorphicNeeds.Need> openNeeds() { return openNeeds; }

    /** The type the top-level function being typed is checked against (its variables are the ones it generalizes). */
    Type.Fun currentFunctionType() { return currentFunctionType; }

    /**
     * A need found after the component's operators were settled (a receive
     * arm's message type of the function's variables), checked at the
     * function's uses as theirs are.
     */
    void keepOpen(Operators.Deferred d) {
        openNeeds.addAll(PolymorphicNeeds.open(List.of(d), file, types));
    }

    void recordUse(Symbol owner, Span span, Type instance) {
        uses.add(new PolymorphicNeeds.Use(owner, span, file, instance));
    }

    Diagnostics diagnostics() { return diagnostics; }

    void run() {
        Map<Symbol.TopLevel, Type.Fun> declared = new IdentityHashMap<>();
        for (Symbol.TopLevel f : component) {
            Scheme s = schemes.get(f);
            if (s != null) {
                declared.put(f, (Type.Fun) s.instantiate(LEVEL));
            } else {
                List<Type> params = new ArrayList<>();
                for (int i = 0; i < f.def().params().size(); i++) params.add(new TVar(LEVEL));
                inProgress.put(f, new Type.Fun(params, new TVar(LEVEL)));
            }
        }
        for (Symbol.TopLevel f : component) {
            Type.Fun type = declared.containsKey(f) ? declared.get(f) : inProgress.get(f);
            bodyTypes.put(f, type);
            body(f, type);
        }
        if (localSchemes != null) localSchemes.settleUnused(deferred);
        for (Operators.Deferred d : deferred) operators.settle(d);
        openNeeds = new ArrayList<>(PolymorphicNeeds.open(deferred, file, types));
        checkCoverage();
        for (Symbol.TopLevel f : component) {
            if (declared.containsKey(f)) {
                checkNotLessGeneral(f, schemes.get(f), declared.get(f));
            } else {
                Type t = inProgress.get(f);
                List<TVar> free = new ArrayList<>();
                Substitution.freeVariables(t, free);
                schemes.put(f, new Scheme(free.stream().filter(v -> v.level() >= LEVEL).toList(), t));
            }
        }
    }

    /**
     * Non-exhaustive matches are errors naming a missing case; arms that can never match are warnings.
     * A match with an arm that does not fit its scrutinee's type is left unchecked: that error is reported.
     * Receive arms are checked too (ReceiveTyper), but never for exhaustiveness.
     */
    private void checkCoverage() {
        Exhaustiveness coverage = new Exhaustiveness(types);
        receives.checkArms(coverage);
        for (Expr.Match m : matches) {
            Type scrutinee = scrutinees.get(m);
            unlessIllTyped(() -> {
                List<Pattern> earlier = new ArrayList<>();
                for (Expr.Arm arm : m.arms()) {
                    if (!coverage.reachable(earlier, arm.pattern(), scrutinee)) {
                        diagnostics.warning(Code.W0201, file, arm.pattern().span(),
                                "unreachable arm: the arms before it already match every value it matches");
                    }
                    if (arm.guard().isEmpty()) earlier.add(arm.pattern());
                }
                coverage.missing(earlier, scrutinee).ifPresent(missing -> diagnostics.error(Code.E0208, file, m.span(),
                        "this match does not cover every value: " + missing + " is missing; add an arm for it, or _"));
            });
        }
        for (ClauseGroup g : clauseGroups) {
            unlessIllTyped(() -> {
                List<List<Pattern>> earlier = new ArrayList<>();
                for (int i = 0; i < g.rows().size(); i++) {
                    if (!coverage.reachable(earlier, g.rows().get(i), g.params())) {
                        diagnostics.warning(Code.W0201, file, g.function().clauses().get(i).name().span(),
                                "unreachable clause: the clauses before it already match every argument it matches");
                    }
                    earlier.add(g.rows().get(i));
                }
                coverage.missing(g.rows(), g.params()).ifPresent(missing -> diagnostics.error(Code.E0208, file,
                        g.function().def().name().span(), "the clauses of '" + g.function().displayName()
                                + "' do not cover every argument: " + g.function().displayName() + missing + " is missing"));
            });
        }
        for (Map.Entry<Pattern, Type> e : irrefutable) {
            unlessIllTyped(() -> coverage.missing(List.of(e.getKey()), e.getValue()).ifPresent(missing -> diagnostics.error(
                    Code.E0212, file, e.getKey().span(), "this pattern does not match every value (not " + missing
                            + "); use a match instead")));
        }
    }

    void unlessIllTyped(Runnable check) {
        try {
            check.run();
        } catch (Exhaustiveness.IllTyped e) {
            // The typer reported why the pattern does not fit; a check that cannot tell is a bug in the typer.
            if (!diagnostics.hasErrors()) throw new IllegalStateException("a pattern does not fit its type, yet no error was reported");
        }
    }

    private void body(Symbol.TopLevel f, Type.Fun type) {
        currentFunctionType = type;
        Decl.FuncDef def = f.def();
        if (def.params().size() != type.params().size()) {
            diagnostics.error(Code.E0202, file, def.name().span(), "'" + f.displayName() + "' has "
                    + def.params().size() + " parameters, but its signature says " + type.params().size());
            return;
        }
        boolean clauses = f.clauseStyle();
        List<List<Pattern>> rows = new ArrayList<>();
        for (Decl.FuncDef clause : f.clauses()) {
            Map<String, TVar> variables = new HashMap<>();
            TypeResolver resolver = new TypeResolver(file, diagnostics, variables, LEVEL, types.arities());
            List<Symbol.Local> locals = names.params(clause);
            List<Pattern> row = new ArrayList<>();
            for (int i = 0; i < clause.params().size(); i++) {
                Decl.Param p = clause.params().get(i);
                Type paramType = type.params().get(i);
                if (p.type().isPresent()) {
                    expect(paramType, resolver.resolve(p.type().get()), p.span(), "parameter annotation");
                }
                Symbol.Local local = locals.get(i);
                if (local != null) localTypes.put(local, paramType);
                row.add(p.pattern());
                if (!(p.pattern() instanceof Pattern.Binder)) {
                    data.patterns().check(p.pattern(), paramType);
                    // A single clause must accept every argument; several are checked together below.
                    if (!clauses) irrefutable.add(Map.entry(p.pattern(), paramType));
                } else {
                    recordPattern(p.pattern(), paramType);
                }
            }
            rows.add(row);
            if (clause.result().isPresent()) {
                expect(type.result(), resolver.resolve(clause.result().get()), clause.result().get().span(), "result annotation");
            }
            check(clause.body(), type.result(), "the body of '" + f.displayName() + "'");
        }
        if (clauses) clauseGroups.add(new ClauseGroup(f, rows, type.params()));
    }

    /** The clauses of one function, checked together for coverage once the component is typed. */
    private record ClauseGroup(Symbol.TopLevel function, List<List<Pattern>> rows, List<Type> params) {}

    private final List<ClauseGroup> clauseGroups = new ArrayList<>();

    /** A declared type's variables must stay variables: the body may not need them to be something specific. */
    private void checkNotLessGeneral(Symbol.TopLevel f, Scheme scheme, Type.Fun instance) {
        List<TVar> free = new ArrayList<>();
        Substitution.freeVariables(instance, free);
        List<TVar> original = new ArrayList<>();
        Substitution.freeVariables(scheme.type(), original);
        if (free.size() < original.size()) {
            String[] shown = TypePrinter.printTogether(scheme.type(), instance);
            diagnostics.error(Code.E0201, file, f.def().name().span(), "'" + f.displayName()
                    + "' is declared as " + shown[0] + " but its body only works for " + shown[1]);
        }
    }

    // ---- expressions ----

    Type infer(Expr e) {
        Type t = inferUncached(e);
        exprTypes.put(e, t);
        return t;
    }

    /** Infers e and unifies it with the type the context expects. */
    void check(Expr e, Type expected, String context) {
        Type found = infer(e);
        expect(expected, found, e.span(), context);
    }

    /** Why a local used at span has one type, when the value restriction is the reason; else "". */
    private String computedLocalHint(Span span) {
        Symbol.Local local = computedLocalUses == null ? null : computedLocalUses.get(span);
        if (local == null) return "";
        Expr value = computedLocals.get(local);
        return " ('" + local.displayName() + "' is not polymorphic: its value at line " + value.span().line()
                + " is computed, and only a local bound to a value (a lambda, a literal, a constructor) is;"
                + " compute it once per type)";
    }

    /** Reports a mismatch at span; returns whether the types unified. */
    boolean expect(Type expected, Type found, Span span, String context) {
        Unifier.Failure failure = Unifier.unify(expected, found);
        if (failure == null) return true;
        String[] shown = TypePrinter.printTogether(expected, found);
        if (failure == Unifier.Failure.INFINITE) {
            diagnostics.error(Code.E0204, file, span, "infinite type: " + shown[0] + " would have to contain itself");
        } else {
            diagnostics.error(Code.E0201, file, span, "type mismatch in " + context + ": expected "
                    + shown[0] + ", found " + shown[1] + computedLocalHint(span));
        }
        return false;
    }

    void defer(Operators.Deferred d) { deferred.add(d); }

    private Type inferUncached(Expr e) {
        return switch (e) {
            case Expr.IntLit i -> Types.INT;
            case Expr.FloatLit f -> Types.FLOAT;
            case Expr.CharLit c -> Types.CHAR;
            case Expr.BoolLit b -> Types.BOOL;
            case Expr.UnitLit u -> Types.UNIT;
            case Expr.StringLit s -> {
                for (Expr.StringPart part : s.parts()) {
                    if (part instanceof Expr.Interpolation i) {
                        defer(new Operators.Deferred(Operators.Need.SHOWABLE, infer(i.expr()), i.span(), "${...}"));
                    }
                }
                yield Types.STRING;
            }
            case Expr.Var v -> var(v);
            case Expr.Paren p -> infer(p.inner());
            case Expr.Call c -> call(c.callee(), c.args(), List.of(), c.span());
            case Expr.Unary u -> operators.unary(u);
            case Expr.Binary b -> b.op() == Expr.BinaryOp.PIPE ? pipe(b) : operators.binary(b);
            case Expr.Block b -> block(b);
            case Expr.If i -> ifExpr(i);
            case Expr.Tuple t -> data.tuple(t);
            case Expr.ListLit l -> data.list(l);
            case Expr.CtorRef c -> data.ctor(c);
            case Expr.RecordLit r -> data.recordLit(r);
            case Expr.Field f -> data.field(f);
            case Expr.RecordUpdate u -> data.recordUpdate(u);
            case Expr.Lambda l -> data.lambda(l);
            case Expr.Match m -> data.match(m);
            case Expr.Receive r -> receives.receive(r);
        };
    }

    private Type var(Expr.Var v) {
        Symbol s = names.symbol(v);
        if (computedLocals != null && s instanceof Symbol.Local l && computedLocals.containsKey(l)) {
            if (computedLocalUses == null) computedLocalUses = new HashMap<>();
            computedLocalUses.put(v.span(), l);
        }
        return switch (s) {
            case null -> Types.ERROR;
            case Symbol.Local l -> localSchemes == null ? localTypes.getOrDefault(l, Types.ERROR) : localSchemes.use(v, l, this);
            case Symbol.TopLevel f -> {
                Type.Fun own = inProgress.get(f);
                if (own != null) yield own;
                Scheme scheme = schemes.get(f);
                if (scheme == null) yield Types.ERROR;
                Type t = scheme.instantiate(level);
                if (!scheme.quantified().isEmpty()) recordUse(f, v.span(), t);
                yield t;
            }
            case Builtin b -> {
                Type t = b.scheme().instantiate(level);
                // show is derived for every type but functions, whether it is called or passed as a value.
                if (b == Builtin.SHOW) {
                    defer(new Operators.Deferred(Operators.Need.SHOWABLE, ((Type.Fun) t).params().get(0), v.span(), "show"));
                }
                // A message is copied to another process's heap, tagged with its type: no closures (E0213).
                if (b == Builtin.SEND) {
                    defer(new Operators.Deferred(Operators.Need.SENDABLE, ((Type.Fun) t).params().get(1), v.span(), "send"));
                }
                yield t;
            }
        };
    }

    /** {@code callee(piped..., args...)}: {@code piped} is the left side of a {@code |>}. */
    private Type call(Expr callee, List<Expr> args, List<Expr> piped, Span span) {
        Type calleeType = infer(callee).resolve();
        List<Expr> all = new ArrayList<>(piped);
        all.addAll(args);
        String what = callee instanceof Expr.Var v ? "'" + v.name().text() + "'" : "this function";
        if (calleeType == Types.ERROR) {
            for (Expr a : args) infer(a);
            return Types.ERROR;
        }
        Type.Fun fun;
        if (calleeType instanceof Type.Fun f) {
            fun = f;
        } else if (calleeType instanceof TVar) {
            List<Type> params = new ArrayList<>();
            for (int i = 0; i < all.size(); i++) params.add(new TVar(level));
            fun = new Type.Fun(params, new TVar(level));
            expect(calleeType, fun, callee.span(), "a call");
        } else {
            diagnostics.error(Code.E0203, file, callee.span(), what + " is not a function; it has type "
                    + TypePrinter.print(calleeType));
            for (Expr a : args) infer(a);
            return Types.ERROR;
        }
        if (fun.params().size() != all.size()) {
            diagnostics.error(Code.E0202, file, span, what + " takes " + count(fun.params().size())
                    + ", but " + (all.size() == 1 ? "1 was" : all.size() + " were") + " given");
            for (Expr a : args) infer(a);
            return fun.result();
        }
        for (int i = 0; i < all.size(); i++) {
            Expr a = all.get(i);
            Type found = i < piped.size() ? exprTypes.get(a) : infer(a);
            expect(fun.params().get(i), found, a.span(), "argument " + (i + 1) + " of " + what);
        }
        if (callee instanceof Expr.Var v && names.symbol(v) == Builtin.LENGTH && all.size() == 1) {
            defer(new Operators.Deferred(Operators.Need.CONCATENABLE, fun.params().get(0), all.get(0).span(), "length"));
        }
        return fun.result();
    }

    private static String count(int n) {
        return n == 1 ? "1 argument" : n + " arguments";
    }

    /** {@code x |> f} is {@code f(x)}; {@code x |> f(a)} is {@code f(x, a)}. */
    private Type pipe(Expr.Binary b) {
        infer(b.left());
        Expr right = b.right();
        while (right instanceof Expr.Paren p) right = p.inner();
        if (right instanceof Expr.Call c) {
            Type t = call(c.callee(), c.args(), List.of(b.left()), b.span());
            exprTypes.put(c, t);
            return t;
        }
        return call(right, List.of(), List.of(b.left()), b.span());
    }

    private Type block(Expr.Block b) {
        Type last = Types.UNIT;
        for (int i = 0; i < b.stmts().size(); i++) {
            Stmt s = b.stmts().get(i);
            boolean isLast = i == b.stmts().size() - 1;
            switch (s) {
                case Stmt.ExprStmt es -> {
                    Type t = infer(es.expr());
                    last = isLast ? t : Types.UNIT;
                }
                case Stmt.Let let -> {
                    Type t = LocalSchemes.generalizable(let) ? generalizedLet(let) : letValue(let);
                    if (let.pattern() instanceof Pattern.Binder binder && !LocalSchemes.isValue(let.value())
                            && LocalSchemes.hasVariableDeeperThan(t, 0)) {
                        if (computedLocals == null) computedLocals = new IdentityHashMap<>();
                        computedLocals.put(names.local(binder), let.value());
                    }
                    data.patterns().check(let.pattern(), t);
                    if (!(let.pattern() instanceof Pattern.Binder)) irrefutable.add(Map.entry(let.pattern(), t));
                    last = Types.UNIT;
                }
            }
        }
        return last;
    }

    /** The type of a binding's value, checked against its annotation if it has one. */
    private Type letValue(Stmt.Let let) {
        Type t = infer(let.value());
        if (let.type().isPresent()) {
            Type declared = new TypeResolver(file, diagnostics, new HashMap<>(), level, types.arities())
                    .resolve(let.type().get());
            expect(declared, t, let.value().span(), "binding");
        }
        return t;
    }

    /**
     * {@code x = v} with v a value: typed one level deeper, then generalized
     * over the variables nothing outside reached (docs/language.md, "Local
     * polymorphism"). A value whose type has no such variable stays monomorphic.
     */
    private Type generalizedLet(Stmt.Let let) {
        int mark = deferred.size();
        Symbol.Local local = names.local((Pattern.Binder) let.pattern());
        level++;
        Type t = infer(let.value());
        if (let.type().isPresent()) {
            Map<String, TVar> variables = new HashMap<>();
            Type declared = new TypeResolver(file, diagnostics, variables, level, types.arities()).resolve(let.type().get());
            // As for top-level signatures: a declared variable must stay a variable of its own.
            String shown = variables.isEmpty() ? null : TypePrinter.print(declared);
            if (expect(declared, t, let.value().span(), "binding") && shown != null
                    && variables.values().stream().map(Type::resolve).filter(v -> v instanceof TVar).distinct().count()
                            < variables.size()) {
                diagnostics.error(Code.E0201, file, let.value().span(), "'" + (local == null ? "_" : local.displayName())
                        + "' is declared as " + shown + " but its value only works for " + TypePrinter.print(t));
            }
        }
        level--;
        if (local != null && LocalSchemes.hasVariableDeeperThan(t, level)) {
            if (localSchemes == null) localSchemes = new LocalSchemes();
            localSchemes.generalize(local, t, level, deferred, mark);
        }
        return t;
    }

    private Type ifExpr(Expr.If i) {
        check(i.cond(), Types.BOOL, "the condition of if");
        Type then = infer(i.then());
        if (i.orElse().isEmpty()) {
            if (then.resolve() instanceof TVar) {
                expect(Types.UNIT, then, i.then().span(), "an if without else");
            } else if (!Types.is(then, Types.UNIT) && then.resolve() != Types.ERROR) {
                diagnostics.error(Code.E0205, file, i.then().span(), "an if without else has type Unit, but this branch has type "
                        + TypePrinter.print(then) + "; add an else branch");
            }
            return Types.UNIT;
        }
        Expr orElse = i.orElse().get();
        Type other = infer(orElse);
        expect(then, other, orElse.span(), "the else branch (the if branch has the type expected)");
        return then;
    }
}
