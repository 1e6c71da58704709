package dev.weft.features;

import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;

/**
 * The model as JSON, for {@code weft features --json} and for tools: every
 * feature with its alternatives (syntax, default, status, description,
 * parameter range, units, capabilities, wasm-opt passes, imports beyond WASI),
 * the constraints, and each command's profile.
 */
public final class FeatureJson {
    private FeatureJson() {}

    public static String render(FeatureModel model) {
        StringBuilder out = new StringBuilder("{\n  \"coreUnits\": ").append(strings(model.coreUnits()))
                .append(",\n  \"features\": [");
        List<Feature> features = model.features();
        for (int i = 0; i < features.size(); i++) {
            Feature f = features.get(i);
            out.append(i == 0 ? "\n" : ",\n").append("    {\"name\": ").append(string(f.name()))
                    .append(", \"description\": ").append(string(f.description())).append(", \"alternatives\": [");
            for (int j = 0; j < f.alternatives().size(); j++) {
                out.append(j == 0 ? "\n" : ",\n").append("      ").append(alternative(f, f.alternatives().get(j)));
            }
            out.append("\n    ]}");
        }
        out.append("\n  ],\n  \"constraints\": [");
        for (int i = 0; i < model.constraints().size(); i++) {
            Constraint c = model.constraints().get(i);
            out.append(i == 0 ? "\n" : ",\n").append("    ").append(object(Map.of(
                    "when", string(c.feature() + "=" + c.alternative()),
                    "kind", string(c.kind().name().toLowerCase()),
                    "other", string(c.other() + "=" + c.otherAlternative()),
                    "reason", string(c.reason()))));
        }
        out.append(model.constraints().isEmpty() ? "],\n" : "\n  ],\n").append("  \"profiles\": [");
        for (int i = 0; i < model.profiles().size(); i++) {
            Profile p = model.profiles().get(i);
            out.append(i == 0 ? "\n" : ",\n").append("    ").append(object(Map.of(
                    "name", string(p.name()),
                    "choices", string(p.choices()),
                    "vector", string(model.vector(p).toString()),
                    "reason", string(p.reason()))));
        }
        return out.append(model.profiles().isEmpty() ? "]\n}\n" : "\n  ]\n}\n").toString();
    }

    private static String alternative(Feature f, Alternative a) {
        var fields = new java.util.LinkedHashMap<String, String>();
        fields.put("name", string(a.name()));
        fields.put("syntax", string(a.syntax()));
        fields.put("default", Boolean.toString(f.isDefault(a)));
        fields.put("status", string(a.status().name().toLowerCase().replace('_', '-')));
        fields.put("description", string(a.description()));
        a.parameter().ifPresent(p -> fields.put("parameter", object(Map.of(
                "name", string(p.placeholder()), "min", Long.toString(p.min()), "max", Long.toString(p.max())))));
        fields.put("units", strings(a.units()));
        fields.put("capabilities", strings(a.capabilities().stream().sorted().toList()));
        fields.put("wasmOptPasses", strings(a.wasmOptPasses()));
        fields.put("imports", strings(a.imports().stream().map(Alternative.Import::toString).toList()));
        return object(fields);
    }

    private static String object(Map<String, String> fields) {
        var keys = fields instanceof java.util.LinkedHashMap ? fields.keySet() : new java.util.TreeSet<>(fields.keySet());
        return keys.stream().map(k -> string(k) + ": " + fields.get(k)).collect(Collectors.joining(", ", "{", "}"));
    }

    private static String strings(Collection<String> values) {
        return values.stream().map(FeatureJson::string).collect(Collectors.joining(", ", "[", "]"));
    }

    static String string(String s) {
        StringBuilder out = new StringBuilder("\"");
        for (char c : s.toCharArray()) {
            switch (c) {
                case '"' -> out.append("\\\"");
                case '\\' -> out.append("\\\\");
                case '\n' -> out.append("\\n");
                case '\t' -> out.append("\\t");
                case '\r' -> out.append("\\r");
                default -> {
                    if (c < 0x20) out.append(String.format("\\u%04x", (int) c));
                    else out.append(c);
                }
            }
        }
        return out.append('"').toString();
    }
}
