package dev.weft.frontend.check;

import dev.weft.frontend.diagnostics.Code;
import dev.weft.frontend.syntax.Expr;
import dev.weft.frontend.syntax.Pattern;
import dev.weft.frontend.types.Substitution;
import dev.weft.frontend.types.TVar;
import dev.weft.frontend.types.Type;
import dev.weft.frontend.types.TypePrinter;
import dev.weft.frontend.types.Types;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Map;

/**
 * Typing of receive. An arm takes the messages of one type: the variant type
 * its top-level constructor belongs to ({@code Token(n)}), or the type a typed
 * binder writes ({@code n: Int}); arms of different types mix, and a message
 * is tried only against the arms of its own runtime type (docs/language.md,
 * "Processes"). Once the component is typed, each arm's message type must be
 * fully known (E0214: it is the tag a message is matched by) but for the
 * type variables of the function the receive is in, which each instance of
 * the function makes concrete (so that {@code pmap} can receive its
 * {@code b}s: the need that they hold no function is then checked at the
 * function's uses, as send's is), and hold no function (E0213); an arm that the earlier unguarded arms of its type already
 * cover can never match (W0201). A receive needs no exhaustiveness: a message
 * no arm takes stays in the mailbox.
 */
final class ReceiveTyper {
    private final BodyTyper typer;
    private final TypeDefs types;
    private final PatternTyper patterns;
    private final List<Expr.Receive> receives = new ArrayList<>();
    /** The type of the top-level function each receive is in. */
    private final Map<Expr.Receive, Type.Fun> owners = new IdentityHashMap<>();
    /** Each arm's message type as inferred; checked and made concrete in {@link #checkArms}. */
    private final Map<Expr.Arm, Type> inferred = new IdentityHashMap<>();
    /** The arms that passed {@link #checkArms}, with their concrete message types: for TypedProgram. */
    private final Map<Expr.Arm, Type> messageTypes = new IdentityHashMap<>();

    ReceiveTyper(BodyTyper typer, TypeDefs types, PatternTyper patterns) {
        this.typer = typer;
        this.types = types;
        this.patterns = patterns;
    }

    Map<Expr.Arm, Type> messageTypes() { return messageTypes; }

    Type receive(Expr.Receive r) {
        Type result = new TVar(typer.level());
        for (Expr.Arm arm : r.arms()) {
            Type message = messageType(arm.pattern());
            if (message != null) inferred.put(arm, message);
            // An arm that names no type (E0215) still binds its names, with the error type.
            patterns.check(arm.pattern(), message != null ? message : Types.ERROR);
            arm.guard().ifPresent(g -> typer.check(g, Types.BOOL, "a guard"));
            typer.check(arm.body(), result, "a receive arm (the arms of a receive and its after have one type)");
        }
        r.after().ifPresent(a -> {
            typer.check(a.timeout(), Types.INT, "the timeout of after (milliseconds)");
            typer.check(a.body(), result, "the after arm (the arms of a receive and its after have one type)");
        });
        receives.add(r);
        owners.put(r, typer.currentFunctionType());
        return result;
    }

    /** The type of the messages an arm takes, with fresh variables for what inference fixes; null if it names none. */
    private Type messageType(Pattern pattern) {
        Pattern top = pattern;
        while (top instanceof Pattern.Paren p) top = p.inner();
        return switch (top) {
            case Pattern.TypedBinder t ->
                    new TypeResolver(typer.file(), typer.diagnostics(), new HashMap<>(), typer.level(), types.arities())
                            .resolve(t.type());
            case Pattern.Ctor c -> {
                var ctor = types.ctor(c.name().text());
                if (ctor.isEmpty()) yield Types.ERROR; // reported by the resolver
                TypeDefs.TypeDef owner = types.type(ctor.get().owner()).orElseThrow();
                yield TypeDefs.applied(owner, TypeDefs.instantiate(owner, typer.level()));
            }
            default -> {
                typer.diagnostics().error(Code.E0215, typer.file(), pattern.span(), "a receive arm must say which type of"
                        + " message it takes: start it with a constructor, as in Token(n), or a typed binder, as in m: "
                        + example(top));
                yield null;
            }
        };
    }

    /** A typed binder's type to suggest for a pattern that names none. */
    private static String example(Pattern p) {
        return switch (p) {
            case Pattern.Tuple t -> "(Int, String)";
            case Pattern.ListPat l -> "List[Int]";
            case Pattern.Literal l -> l.literal() instanceof Expr.StringLit ? "String" : "Int";
            case Pattern.Record r -> r.type().map(n -> n.text()).orElse("Point");
            case Pattern.Unit u -> "Unit";
            default -> "Int";
        };
    }

    /** Once the component is typed: each arm's message type concrete and without functions, and reachable. */
    void checkArms(Exhaustiveness coverage) {
        for (Expr.Receive r : receives) {
            List<TVar> generic = new ArrayList<>();
            if (owners.get(r) != null) Substitution.freeVariables(Substitution.zonk(owners.get(r)), generic);
            Map<Type, List<Pattern>> earlier = new HashMap<>();
            for (Expr.Arm arm : r.arms()) {
                Type t = inferred.get(arm);
                if (t == null) continue;
                Type message = Substitution.zonk(t);
                if (holdsError(message)) continue; // reported where the error type came from
                List<TVar> open = new ArrayList<>();
                Substitution.freeVariables(message, open);
                open.removeIf(v -> generic.stream().anyMatch(g -> g == v));
                if (!open.isEmpty()) {
                    Map<TVar, Type> ints = new HashMap<>();
                    for (TVar v : open) ints.put(v, Types.INT);
                    typer.diagnostics().error(Code.E0214, typer.file(), arm.pattern().span(), "this arm takes messages of type "
                            + TypePrinter.print(message) + ", which is not fully known; a message is matched by its exact type,"
                            + " so say which, with a typed binder, as in m: " + TypePrinter.print(Substitution.apply(message, ints))
                            + " -> match m { ... }");
                    continue;
                }
                if (FunctionsInside.any(message, types)) {
                    typer.diagnostics().error(Code.E0213, typer.file(), arm.pattern().span(), "this arm takes messages of type "
                            + TypePrinter.print(message) + ", but a message cannot be or hold a function");
                    continue;
                }
                typer.keepOpen(new Operators.Deferred(Operators.Need.SENDABLE, message, arm.pattern().span(), "receive"));
                messageTypes.put(arm, message);
                List<Pattern> before = earlier.computeIfAbsent(message, k -> new ArrayList<>());
                typer.unlessIllTyped(() -> {
                    if (!coverage.reachable(before, arm.pattern(), message)) {
                        typer.diagnostics().warning(Code.W0201, typer.file(), arm.pattern().span(), "unreachable arm: the arms"
                                + " before it already take every message of type " + TypePrinter.print(message) + " it takes");
                    }
                });
                if (arm.guard().isEmpty()) before.add(arm.pattern());
            }
        }
    }

    private static boolean holdsError(Type t) {
        return switch (t.resolve()) {
            case TVar v -> false;
            case Type.Con c -> c == Types.ERROR || c.name().equals(Types.ERROR.name())
                    || c.args().stream().anyMatch(ReceiveTyper::holdsError);
            case Type.Fun f -> holdsError(f.result()) || f.params().stream().anyMatch(ReceiveTyper::holdsError);
        };
    }
}
