package dev.weft.frontend.check;

import dev.weft.frontend.syntax.Expr;
import dev.weft.frontend.types.Scheme;
import dev.weft.frontend.types.Type;
import java.util.List;
import java.util.Map;

/**
 * The checker's answers: the outline, the resolved names, a type for every
 * expression, pattern and local (solved variables are followed when a type is read), a scheme for
 * every top-level function and the type its body was checked against (whose
 * variables are the ones its expressions' types mention), the scheme of every generalized local
 * binding and, for each use of one, the types its quantified variables were instantiated with (in
 * the scheme's order; the backend copies the local's value per concrete instantiation), the
 * concrete message type of every receive arm (the type a message must have at run time for the
 * arm to be tried; its pattern, guard and body are the arm's own, the after arm is the receive's),
 * and the strongly connected components in dependency order. The syntax trees themselves are never changed.
 */
public record TypedProgram(
        Outline outline,
        Names names,
        Map<Expr, Type> exprTypes,
        Map<Symbol.Local, Type> localTypes,
        Map<dev.weft.frontend.syntax.Pattern, Type> patternTypes,
        Map<Symbol.TopLevel, Scheme> schemes,
        Map<Symbol.TopLevel, Type.Fun> bodyTypes,
        Map<Symbol.Local, Scheme> localSchemes,
        Map<Expr.Var, List<Type>> instantiations,
        Map<Expr.Arm, Type> messageTypes,
        List<List<Symbol.TopLevel>> components) {

    public Type type(Expr e) {
        Type t = exprTypes.get(e);
        if (t == null) throw new IllegalStateException("no type recorded for expression at " + e.span());
        return t;
    }

    public Type type(Symbol.Local local) {
        Type t = localTypes.get(local);
        if (t == null) throw new IllegalStateException("no type recorded for " + local);
        return t;
    }

    /** A receive arm's message type: concrete, with no variables, the same in every instance. */
    public Type messageType(Expr.Arm receiveArm) {
        Type t = messageTypes.get(receiveArm);
        if (t == null) throw new IllegalStateException("no message type recorded for the receive arm at " + receiveArm.span());
        return t;
    }

    public Symbol.TopLevel main() { return outline.functions().get("main"); }
}
