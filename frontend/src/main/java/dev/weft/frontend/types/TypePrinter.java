package dev.weft.frontend.types;

import java.util.LinkedHashMap;
import java.util.Map;

/** Prints types as source writes them: {@code List[Int]}, {@code (Int, Bool) -> String}, {@code a}. */
public final class TypePrinter {
    private final Map<TVar, String> names = new LinkedHashMap<>();

    private TypePrinter() {}

    public static String print(Type type) {
        return new TypePrinter().show(type);
    }

    /** Prints several types with one naming of their variables, so that {@code a} means the same in each. */
    public static String[] printTogether(Type... types) {
        TypePrinter p = new TypePrinter();
        String[] out = new String[types.length];
        for (int i = 0; i < types.length; i++) out[i] = p.show(types[i]);
        return out;
    }

    private String show(Type type) {
        return switch (type.resolve()) {
            case TVar v -> names.computeIfAbsent(v, k -> variableName(names.size()));
            case Type.Con c when c.name().equals("Tuple") -> {
                StringBuilder s = new StringBuilder("(");
                for (int i = 0; i < c.args().size(); i++) {
                    if (i > 0) s.append(", ");
                    s.append(show(c.args().get(i)));
                }
                yield s.append(')').toString();
            }
            case Type.Con c when c.args().isEmpty() -> c.name().equals("Unit") ? "Unit" : c.name();
            case Type.Con c -> {
                StringBuilder s = new StringBuilder(c.name()).append('[');
                for (int i = 0; i < c.args().size(); i++) {
                    if (i > 0) s.append(", ");
                    s.append(show(c.args().get(i)));
                }
                yield s.append(']').toString();
            }
            case Type.Fun f -> {
                StringBuilder s = new StringBuilder("(");
                for (int i = 0; i < f.params().size(); i++) {
                    if (i > 0) s.append(", ");
                    s.append(show(f.params().get(i)));
                }
                yield s.append(") -> ").append(show(f.result())).toString();
            }
        };
    }

    private static String variableName(int n) {
        String letter = String.valueOf((char) ('a' + n % 26));
        return n < 26 ? letter : letter + (n / 26);
    }
}
