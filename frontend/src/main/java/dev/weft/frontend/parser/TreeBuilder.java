package dev.weft.frontend.parser;

import dev.weft.frontend.Limits;
import dev.weft.frontend.diagnostics.Code;
import dev.weft.frontend.diagnostics.Diagnostics;
import dev.weft.frontend.diagnostics.SourceFile;
import dev.weft.frontend.diagnostics.Span;
import dev.weft.frontend.parser.WeftParser.*;
import dev.weft.frontend.syntax.CompilationUnit;
import dev.weft.frontend.syntax.Decl;
import dev.weft.frontend.syntax.Expr;
import dev.weft.frontend.syntax.Name;
import dev.weft.frontend.syntax.Pattern;
import dev.weft.frontend.syntax.Stmt;
import dev.weft.frontend.syntax.TypeExpr;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.OptionalLong;
import org.antlr.v4.runtime.ParserRuleContext;
import org.antlr.v4.runtime.Token;
import org.antlr.v4.runtime.tree.TerminalNode;

/**
 * Turns ANTLR's parse contexts into syntax-close records. Only called on a
 * parse without syntax errors. Decodes literals (reporting bad escapes and
 * out-of-range numbers) but desugars nothing. It is the first phase that
 * recurses over expressions, so it is where their depth is held to
 * {@link Limits#MAX_DEPTH}: every later phase may then recurse freely.
 */
final class TreeBuilder {
    private final SourceFile file;
    private final Diagnostics diagnostics;
    /** Levels of the expression being built, as {@link Limits#MAX_DEPTH} counts them. */
    private int depth;

    /** Ends the build once an expression is deeper than {@link Limits#MAX_DEPTH}; reported where it happened. */
    static final class TooDeep extends RuntimeException {
        TooDeep() {
            super(null, null, false, false);
        }
    }

    TreeBuilder(SourceFile file, Diagnostics diagnostics) {
        this.file = file;
        this.diagnostics = diagnostics;
    }

    CompilationUnit program(ProgramContext ctx) {
        Optional<CompilationUnit.ModuleDecl> module = Optional.ofNullable(ctx.moduleDecl())
                .map(m -> new CompilationUnit.ModuleDecl(qualified(m.qualifiedName()), span(m)));
        List<CompilationUnit.ImportDecl> imports = new ArrayList<>();
        for (ImportDeclContext i : ctx.importDecl()) {
            List<Name> names = i.importNames() == null ? List.of() : names(i.importNames().LOWER_ID());
            imports.add(new CompilationUnit.ImportDecl(qualified(i.qualifiedName()), names, span(i)));
        }
        List<Decl> decls = new ArrayList<>();
        for (TopDeclContext d : ctx.topDecl()) decls.add(decl(d));
        return new CompilationUnit(file, module, imports, decls, span(ctx));
    }

    private Decl decl(TopDeclContext ctx) {
        if (ctx.funcDef() != null) return funcDef(ctx.funcDef());
        if (ctx.signature() != null) {
            SignatureContext s = ctx.signature();
            return new Decl.Signature(name(s.LOWER_ID()), type(s.typeExpr()), span(s));
        }
        if (ctx.typeDecl() != null) return typeDecl(ctx.typeDecl());
        ForeignDeclContext f = ctx.foreignDecl();
        Expr.StringLit module = stringLit(f.stringLit());
        List<TypeExpr> params = f.typeList() == null ? List.of() : types(f.typeList());
        Optional<Name> annotation = f.AT() == null ? Optional.empty() : Optional.of(name(f.LOWER_ID(1)));
        return new Decl.ForeignDecl(module, name(f.LOWER_ID(0)), params, type(f.typeExpr()), annotation, span(f));
    }

    private Decl.FuncDef funcDef(FuncDefContext ctx) {
        List<Decl.Param> params = new ArrayList<>();
        if (ctx.params() != null) {
            for (ParamContext p : ctx.params().param()) {
                params.add(new Decl.Param(pattern(p.pattern()), optionalType(p.typeExpr()), span(p)));
            }
        }
        return new Decl.FuncDef(name(ctx.LOWER_ID()), params, optionalType(ctx.typeExpr()), expr(ctx.expr()), span(ctx));
    }

    private Decl.TypeDecl typeDecl(TypeDeclContext ctx) {
        List<Name> params = ctx.typeParams() == null ? List.of() : names(ctx.typeParams().LOWER_ID());
        Decl.TypeBody body = switch (ctx.typeBody()) {
            case RecordBodyContext r -> {
                List<Decl.FieldDecl> fields = new ArrayList<>();
                for (FieldDeclContext f : r.recordFields().fieldDecl()) {
                    fields.add(new Decl.FieldDecl(name(f.LOWER_ID()), type(f.typeExpr()), span(f)));
                }
                yield new Decl.RecordBody(fields, span(r));
            }
            case VariantBodyContext v -> {
                List<Decl.CtorDecl> ctors = new ArrayList<>();
                for (CtorDeclContext c : v.ctorDecl()) {
                    List<TypeExpr> fields = c.typeList() == null ? List.of() : types(c.typeList());
                    ctors.add(new Decl.CtorDecl(name(c.UPPER_ID()), fields, span(c)));
                }
                yield new Decl.VariantBody(ctors, span(v));
            }
            default -> throw new IllegalStateException("unknown type body " + ctx.typeBody().getClass());
        };
        return new Decl.TypeDecl(name(ctx.UPPER_ID()), params, body, span(ctx));
    }

    // ---- types ----

    private Optional<TypeExpr> optionalType(TypeExprContext ctx) {
        return ctx == null ? Optional.empty() : Optional.of(type(ctx));
    }

    private List<TypeExpr> types(TypeListContext ctx) {
        List<TypeExpr> out = new ArrayList<>();
        for (TypeExprContext t : ctx.typeExpr()) out.add(type(t));
        return out;
    }

    private TypeExpr type(TypeExprContext ctx) {
        return switch (ctx) {
            case PlainTypeContext p -> typeAtom(p.typeAtom());
            case FunctionTypeContext f -> {
                List<TypeExpr> params = f.typeAtom() instanceof ParenTypeContext p
                        ? (p.typeList() == null ? List.of() : types(p.typeList()))
                        : List.of(typeAtom(f.typeAtom()));
                yield new TypeExpr.Function(params, type(f.typeExpr()), span(f));
            }
            default -> throw new IllegalStateException("unknown type " + ctx.getClass());
        };
    }

    private TypeExpr typeAtom(TypeAtomContext ctx) {
        return switch (ctx) {
            case NamedTypeContext n -> new TypeExpr.Named(name(n.UPPER_ID()),
                    n.typeList() == null ? List.of() : types(n.typeList()), span(n));
            case TypeVariableContext v -> new TypeExpr.Variable(name(v.LOWER_ID()), span(v));
            case ParenTypeContext p -> new TypeExpr.Parens(
                    p.typeList() == null ? List.of() : types(p.typeList()), span(p));
            default -> throw new IllegalStateException("unknown type atom " + ctx.getClass());
        };
    }

    // ---- expressions ----

    private List<Expr> exprs(ArgsContext ctx) {
        List<Expr> out = new ArrayList<>();
        if (ctx != null) for (ExprContext e : ctx.expr()) out.add(expr(e));
        return out;
    }

    /** A list literal's elements: each is one level deeper than the one before, as the conses they lower to. */
    private List<Expr> elements(ArgsContext ctx) {
        int outer = depth;
        List<Expr> out = new ArrayList<>();
        if (ctx != null) {
            for (ExprContext e : ctx.expr()) {
                out.add(expr(e));
                enter(e.getStop());
            }
        }
        depth = outer;
        return out;
    }

    /** One level deeper; past the limit, the error is reported at {@code at} and the build ends. */
    private void enter(Token at) {
        if (++depth > Limits.MAX_DEPTH) {
            diagnostics.error(Code.E0007, file, span(at, at), "this expression is nested more than " + String.format("%,d", Limits.MAX_DEPTH)
                    + " levels deep here (each operator, call, statement of a block and element of a list literal is a "
                    + "level), the compiler's limit; name some of the inner parts (x = ...)");
            throw new TooDeep();
        }
    }

    Expr expr(ExprContext ctx) {
        enter(ctx.getStart());
        try {
            return exprHere(ctx);
        } finally {
            depth--;
        }
    }

    private Expr exprHere(ExprContext ctx) {
        return switch (ctx) {
            case CallContext c -> new Expr.Call(expr(c.expr()), exprs(c.args()), span(c));
            case FieldContext f -> new Expr.Field(expr(f.expr()), name(f.LOWER_ID()), span(f));
            case RecordUpdateContext r -> new Expr.RecordUpdate(expr(r.expr()), fieldInits(r.fieldInits()), span(r));
            case UnaryContext u -> {
                boolean neg = u.op.getType() == WeftLexer.MINUS;
                // -9223372036854775808 is the one place 2^63 may be written.
                Expr operand = neg && u.expr() instanceof AtomContext a && a.primary() instanceof IntLitContext i
                        ? intLit(i.INT().getSymbol(), true) : expr(u.expr());
                yield new Expr.Unary(neg ? Expr.UnaryOp.NEG : Expr.UnaryOp.NOT, operand, span(u));
            }
            case BinaryContext b -> new Expr.Binary(binaryOp(b.op), expr(b.expr(0)), expr(b.expr(1)),
                    span(b.op, b.op), span(b));
            case LambdaContext l -> new Expr.Lambda(lambdaParams(l.lambdaParams()), expr(l.expr()), span(l));
            case AtomContext a -> primary(a.primary());
            default -> throw new IllegalStateException("unknown expression " + ctx.getClass());
        };
    }

    private static Expr.BinaryOp binaryOp(Token op) {
        return switch (op.getType()) {
            case WeftLexer.STAR -> Expr.BinaryOp.MUL;
            case WeftLexer.SLASH -> Expr.BinaryOp.DIV;
            case WeftLexer.PERCENT -> Expr.BinaryOp.REM;
            case WeftLexer.PLUS -> Expr.BinaryOp.ADD;
            case WeftLexer.MINUS -> Expr.BinaryOp.SUB;
            case WeftLexer.PLUSPLUS -> Expr.BinaryOp.CONCAT;
            case WeftLexer.EQEQ -> Expr.BinaryOp.EQ;
            case WeftLexer.NEQ -> Expr.BinaryOp.NE;
            case WeftLexer.LT -> Expr.BinaryOp.LT;
            case WeftLexer.LE -> Expr.BinaryOp.LE;
            case WeftLexer.GT -> Expr.BinaryOp.GT;
            case WeftLexer.GE -> Expr.BinaryOp.GE;
            case WeftLexer.ANDAND -> Expr.BinaryOp.AND;
            case WeftLexer.OROR -> Expr.BinaryOp.OR;
            case WeftLexer.PIPE_GT -> Expr.BinaryOp.PIPE;
            default -> throw new IllegalStateException("unknown operator " + op.getText());
        };
    }

    private List<Expr.LambdaParam> lambdaParams(LambdaParamsContext ctx) {
        return switch (ctx) {
            case SingleLambdaParamContext s -> List.of(
                    new Expr.LambdaParam(Optional.of(name(s.LOWER_ID())), Optional.empty(), span(s)));
            case WildLambdaParamContext w -> List.of(
                    new Expr.LambdaParam(Optional.empty(), Optional.empty(), span(w)));
            case LambdaParamListContext l -> {
                List<Expr.LambdaParam> out = new ArrayList<>();
                for (LambdaParamContext p : l.lambdaParam()) {
                    Optional<Name> n = p.LOWER_ID() == null ? Optional.empty() : Optional.of(name(p.LOWER_ID()));
                    out.add(new Expr.LambdaParam(n, optionalType(p.typeExpr()), span(p)));
                }
                yield out;
            }
            default -> throw new IllegalStateException("unknown lambda parameters " + ctx.getClass());
        };
    }

    private List<Expr.FieldInit> fieldInits(FieldInitsContext ctx) {
        List<Expr.FieldInit> out = new ArrayList<>();
        for (FieldInitContext f : ctx.fieldInit()) {
            out.add(new Expr.FieldInit(name(f.LOWER_ID()), expr(f.expr()), span(f)));
        }
        return out;
    }

    private Expr primary(PrimaryContext ctx) {
        return switch (ctx) {
            case IntLitContext i -> intLit(i.INT().getSymbol(), false);
            case FloatLitContext f -> floatLit(f.FLOAT().getSymbol());
            case CharLitContext c -> charLit(c.CHAR().getSymbol());
            case StringLiteralContext s -> stringLit(s.stringLit());
            case TrueLitContext t -> new Expr.BoolLit(true, span(t));
            case FalseLitContext f -> new Expr.BoolLit(false, span(f));
            case VarRefContext v -> new Expr.Var(name(v.LOWER_ID()), span(v));
            case RecordLitContext r -> new Expr.RecordLit(name(r.UPPER_ID()), fieldInits(r.fieldInits()), span(r));
            case CtorRefContext c -> new Expr.CtorRef(name(c.UPPER_ID()), span(c));
            case UnitLitContext u -> new Expr.UnitLit(span(u));
            case ParenContext p -> new Expr.Paren(expr(p.expr()), span(p));
            case TupleContext t -> {
                List<Expr> elements = new ArrayList<>();
                for (ExprContext e : t.expr()) elements.add(expr(e));
                yield new Expr.Tuple(elements, span(t));
            }
            case ListLitContext l -> new Expr.ListLit(elements(l.args()), span(l));
            case BlockExprContext b -> block(b.block());
            case IfExpressionContext i -> ifExpr(i.ifExpr());
            case MatchExprContext m -> {
                List<Expr.Arm> arms = new ArrayList<>();
                for (MatchArmContext a : m.matchArm()) {
                    arms.add(new Expr.Arm(pattern(a.pattern()), guard(a.expr(), 2), expr(a.expr(a.expr().size() - 1)), span(a)));
                }
                yield new Expr.Match(expr(m.expr()), arms, span(m));
            }
            case ReceiveExprContext r -> {
                List<Expr.Arm> arms = new ArrayList<>();
                for (ReceiveArmContext a : r.receiveArm()) {
                    Pattern p = switch (a.receivePattern()) {
                        case TypedBinderContext t -> new Pattern.TypedBinder(name(t.LOWER_ID()), type(t.typeExpr()), span(t));
                        case PlainReceivePatternContext p2 -> pattern(p2.pattern());
                        default -> throw new IllegalStateException("unknown receive pattern");
                    };
                    arms.add(new Expr.Arm(p, guard(a.expr(), 2), expr(a.expr(a.expr().size() - 1)), span(a)));
                }
                Optional<Expr.After> after = Optional.ofNullable(r.afterArm())
                        .map(a -> new Expr.After(expr(a.expr(0)), expr(a.expr(1)), span(a)));
                yield new Expr.Receive(arms, after, span(r));
            }
            default -> throw new IllegalStateException("unknown primary " + ctx.getClass());
        };
    }

    /** An arm's guard is its first expression when it has two. */
    private Optional<Expr> guard(List<ExprContext> exprs, int withGuard) {
        return exprs.size() == withGuard ? Optional.of(expr(exprs.get(0))) : Optional.empty();
    }

    /** A block's statements: each is one level deeper than the one before, as the lets they lower to. */
    private Expr.Block block(BlockContext ctx) {
        int outer = depth;
        List<Stmt> stmts = new ArrayList<>();
        for (StmtContext s : ctx.stmt()) {
            stmts.add(switch (s) {
                case LetStmtContext l -> new Stmt.Let(pattern(l.pattern()), optionalType(l.typeExpr()), expr(l.expr()), span(l));
                case ExprStmtContext e -> new Stmt.ExprStmt(expr(e.expr()), span(e));
                default -> throw new IllegalStateException("unknown statement " + s.getClass());
            });
            enter(s.getStop());
        }
        depth = outer;
        return new Expr.Block(stmts, span(ctx));
    }

    private Expr.If ifExpr(IfExprContext ctx) {
        Optional<Expr> orElse = Optional.empty();
        if (ctx.ELSE() != null) {
            orElse = Optional.of(ctx.ifExpr() != null ? ifExpr(ctx.ifExpr()) : block(ctx.block(1)));
        }
        return new Expr.If(expr(ctx.expr()), block(ctx.block(0)), orElse, span(ctx));
    }

    // ---- literals ----

    /** An Int literal; {@code negated} when a minus sign stands right before it, which lets 2^63 through. */
    private Expr.IntLit intLit(Token t, boolean negated) {
        OptionalLong value = Literals.parseInt(t.getText(), negated);
        if (value.isEmpty()) {
            boolean hex = t.getText().startsWith("0x") || t.getText().startsWith("0X");
            diagnostics.error(Code.E0004, file, span(t, t), "integer literal " + shown(t.getText()) + (hex
                    ? " has more than 64 bits"
                    : " does not fit in Int (64-bit, from -9223372036854775808 to 9223372036854775807)"));
        }
        return new Expr.IntLit(value.orElse(0), t.getText(), span(t, t));
    }

    /** A literal as a message quotes it: a long one by its start and its length. */
    private static String shown(String literal) {
        return literal.length() <= 40 ? literal : literal.substring(0, 20) + "... (" + literal.length() + " characters)";
    }

    private Expr.FloatLit floatLit(Token t) {
        double value = Double.parseDouble(t.getText().replace("_", ""));
        if (Double.isInfinite(value)) {
            diagnostics.error(Code.E0004, file, span(t, t), "float literal " + shown(t.getText()) + " is too large for Float");
        }
        return new Expr.FloatLit(value, t.getText(), span(t, t));
    }

    private Expr.CharLit charLit(Token t) {
        String raw = t.getText().substring(1, t.getText().length() - 1);
        String value = Literals.unescape(raw, escapeErrors(t, 1));
        if (value.codePointCount(0, value.length()) != 1) {
            diagnostics.error(Code.E0005, file, span(t, t),
                    "a character literal holds exactly one character; use \"...\" for a string");
            return new Expr.CharLit(0, t.getText(), span(t, t));
        }
        return new Expr.CharLit(value.codePointAt(0), t.getText(), span(t, t));
    }

    Expr.StringLit stringLit(StringLitContext ctx) {
        // An unclosed string (STR_NEWLINE) never gets here: WeftParserFacade reports it before parsing.
        List<Expr.StringPart> parts = new ArrayList<>();
        for (StringPartContext p : ctx.stringPart()) {
            switch (p) {
                case TextPartContext t -> {
                    Token token = t.STR_TEXT().getSymbol();
                    parts.add(new Expr.Text(Literals.unescape(token.getText(), escapeErrors(token, 0)), span(t)));
                }
                case InterpPartContext i -> parts.add(new Expr.Interpolation(expr(i.expr()), span(i)));
                default -> throw new IllegalStateException("unknown string part");
            }
        }
        return new Expr.StringLit(parts, span(ctx));
    }

    private Literals.EscapeErrors escapeErrors(Token token, int skip) {
        return (offset, length, message) -> {
            int start = token.getStartIndex() + skip + offset;
            // Literals never span lines, so the column moves with the offset.
            Span s = new Span(start, start + length, token.getLine(), token.getCharPositionInLine() + 1 + skip + offset);
            diagnostics.error(Code.E0003, file, s, message);
        };
    }

    // ---- patterns ----

    private Pattern pattern(PatternContext ctx) {
        return switch (ctx) {
            case WildcardPatContext w -> new Pattern.Wildcard(span(w));
            case BinderPatContext b -> new Pattern.Binder(name(b.LOWER_ID()), span(b));
            case NumberPatContext n -> {
                Expr lit = n.INT() != null ? intLit(n.INT().getSymbol(), n.MINUS() != null) : floatLit(n.FLOAT().getSymbol());
                yield new Pattern.Literal(lit, n.MINUS() != null, span(n));
            }
            case CharPatContext c -> new Pattern.Literal(charLit(c.CHAR().getSymbol()), false, span(c));
            case StringPatContext s -> new Pattern.Literal(stringLit(s.stringLit()), false, span(s));
            case BoolPatContext b -> new Pattern.Literal(new Expr.BoolLit(b.TRUE() != null, span(b)), false, span(b));
            case CtorPatContext c -> new Pattern.Ctor(name(c.UPPER_ID()), patterns(c.pattern()), c.LPAREN() != null, span(c));
            case RecordPatContext r -> {
                List<Pattern.FieldPat> fields = new ArrayList<>();
                for (FieldPatContext f : r.fieldPat()) {
                    fields.add(new Pattern.FieldPat(name(f.LOWER_ID()), Optional.ofNullable(f.pattern()).map(this::pattern), span(f)));
                }
                Optional<Name> type = r.UPPER_ID() == null ? Optional.empty() : Optional.of(name(r.UPPER_ID()));
                yield new Pattern.Record(type, fields, span(r));
            }
            case UnitPatContext u -> new Pattern.Unit(span(u));
            case ParenPatContext p -> new Pattern.Paren(pattern(p.pattern()), span(p));
            case TuplePatContext t -> new Pattern.Tuple(patterns(t.pattern()), span(t));
            case ListPatContext l -> {
                Optional<Pattern> rest = Optional.empty();
                if (l.SPREAD() != null) {
                    rest = Optional.of(l.LOWER_ID() != null
                            ? new Pattern.Binder(name(l.LOWER_ID()), span(l.LOWER_ID().getSymbol(), l.LOWER_ID().getSymbol()))
                            : new Pattern.Wildcard(span(l.UNDERSCORE().getSymbol(), l.UNDERSCORE().getSymbol())));
                }
                yield new Pattern.ListPat(patterns(l.pattern()), rest, span(l));
            }
            default -> throw new IllegalStateException("unknown pattern " + ctx.getClass());
        };
    }

    private List<Pattern> patterns(List<PatternContext> ctxs) {
        List<Pattern> out = new ArrayList<>();
        for (PatternContext p : ctxs) out.add(pattern(p));
        return out;
    }

    // ---- names and spans ----

    private List<Name> qualified(QualifiedNameContext ctx) {
        return names(ctx.LOWER_ID());
    }

    private List<Name> names(List<TerminalNode> nodes) {
        List<Name> out = new ArrayList<>();
        for (TerminalNode n : nodes) out.add(name(n));
        return out;
    }

    private Name name(TerminalNode node) {
        Token t = node.getSymbol();
        return new Name(t.getText(), span(t, t));
    }

    private static Span span(ParserRuleContext ctx) {
        return span(ctx.getStart(), ctx.getStop() == null ? ctx.getStart() : ctx.getStop());
    }

    static Span span(Token first, Token last) {
        int end = Math.max(first.getStartIndex(), last.getStopIndex() + 1);
        return new Span(first.getStartIndex(), end, first.getLine(), first.getCharPositionInLine() + 1);
    }
}
