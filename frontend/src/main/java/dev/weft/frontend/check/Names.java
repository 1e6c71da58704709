package dev.weft.frontend.check;

import dev.weft.frontend.syntax.Decl;
import dev.weft.frontend.syntax.Expr;
import dev.weft.frontend.syntax.Pattern;
import java.util.IdentityHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * The resolver's answers, in side tables keyed by tree node identity: what each
 * name use refers to, the symbol each binder introduces, the parameters of each
 * function, and which top-level functions each function refers to.
 */
public final class Names {
    private final Map<Expr.Var, Symbol> uses = new IdentityHashMap<>();
    private final Map<Pattern.Binder, Symbol.Local> binders = new IdentityHashMap<>();
    private final Map<Object, Symbol.Local> otherBinders = new IdentityHashMap<>();
    private final Map<Decl.FuncDef, List<Symbol.Local>> params = new IdentityHashMap<>();
    private final Map<Symbol.TopLevel, Set<Symbol.TopLevel>> references = new IdentityHashMap<>();

    void use(Expr.Var var, Symbol symbol) { uses.put(var, symbol); }

    void bind(Pattern.Binder binder, Symbol.Local local) { binders.put(binder, local); }

    /** A lambda parameter, a typed binder or a record field pattern without a sub-pattern ({@code {x}}). */
    void bindOther(Object node, Symbol.Local local) { otherBinders.put(node, local); }

    void params(Decl.FuncDef def, List<Symbol.Local> locals) {
        // Nulls stand for parameters that are patterns, not plain names.
        params.put(def, java.util.Collections.unmodifiableList(new java.util.ArrayList<>(locals)));
    }

    void reference(Symbol.TopLevel from, Symbol.TopLevel to) {
        references.computeIfAbsent(from, k -> new LinkedHashSet<>()).add(to);
    }

    /** What a name use refers to; null only if resolution reported an error for it. */
    public Symbol symbol(Expr.Var var) { return uses.get(var); }

    public Symbol.Local local(Pattern.Binder binder) { return binders.get(binder); }

    public Symbol.Local local(Expr.LambdaParam param) { return otherBinders.get(param); }

    public Symbol.Local local(Pattern.TypedBinder binder) { return otherBinders.get(binder); }

    public Symbol.Local local(Pattern.FieldPat field) { return otherBinders.get(field); }

    /** One local per parameter; null for a parameter that binds nothing ({@code _}). */
    public List<Symbol.Local> params(Decl.FuncDef def) { return params.get(def); }

    public Set<Symbol.TopLevel> references(Symbol.TopLevel from) {
        return references.getOrDefault(from, Set.of());
    }
}
