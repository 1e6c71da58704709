package dev.weft.frontend.syntax;

import dev.weft.frontend.diagnostics.SourceFile;
import dev.weft.frontend.diagnostics.Span;
import java.lang.reflect.RecordComponent;
import java.util.List;
import java.util.Optional;

/**
 * Prints a syntax tree as one S-expression per node, {@code (Binary ADD (IntLit 1) (Var x))},
 * leaving out spans and source text. Generic over the records, so it never
 * falls behind the tree definitions; parser tests compare its output.
 */
public final class TreePrinter {
    private TreePrinter() {}

    public static String print(Object node) {
        StringBuilder out = new StringBuilder();
        print(node, out);
        return out.toString();
    }

    private static void print(Object node, StringBuilder out) {
        switch (node) {
            case null -> out.append("null");
            case Name n -> out.append(n.text());
            case Span s -> {}
            case SourceFile f -> out.append(f.name());
            case String s -> out.append('"').append(s.replace("\\", "\\\\").replace("\"", "\\\"")
                    .replace("\n", "\\n").replace("\t", "\\t")).append('"');
            case Optional<?> o -> {
                if (o.isPresent()) print(o.get(), out);
                else out.append('-');
            }
            case List<?> l -> {
                out.append('[');
                for (int i = 0; i < l.size(); i++) {
                    if (i > 0) out.append(' ');
                    print(l.get(i), out);
                }
                out.append(']');
            }
            case Record r -> record(r, out);
            default -> out.append(node);
        }
    }

    private static void record(Record r, StringBuilder out) {
        out.append('(').append(r.getClass().getSimpleName());
        for (RecordComponent c : r.getClass().getRecordComponents()) {
            if (c.getType() == Span.class || c.getName().equals("text") && r instanceof Expr) continue;
            try {
                Object value = c.getAccessor().invoke(r);
                out.append(' ');
                print(value, out);
            } catch (ReflectiveOperationException e) {
                throw new IllegalStateException("cannot read " + c.getName() + " of " + r.getClass(), e);
            }
        }
        out.append(')');
    }
}
