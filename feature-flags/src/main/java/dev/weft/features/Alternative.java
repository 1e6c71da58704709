package dev.weft.features;

import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.OptionalLong;
import java.util.Set;
import java.util.function.LongFunction;

/**
 * One implementation of a feature, as {@code fixed:<MiB>} for {@code memory}:
 * what it brings to a build (RTS units, template parameters for those units,
 * wasm-opt passes) and what it asks of the engine (host capabilities).
 *
 * @param name the name used in vectors, without the parameter ({@code fixed})
 * @param parameter the parameter after the colon, if it takes one
 * @param description one line on what it does
 * @param status whether the toolchain can build it yet
 * @param units RTS unit paths relative to the RTS units folder, in link order
 * @param templateParameters the template parameters this alternative gives its
 *     units, from the parameter value (ignored when there is no parameter)
 * @param capabilities host capabilities the engine must have, as {@code tail-call}
 * @param wasmOptPasses Binaryen passes the alternative needs, in order
 * @param imports the imports beyond WASI preview1 that its units add to a
 *     module, which a host must provide (as {@code weft.memory_request}); a
 *     module built with only alternatives that declare none imports only
 *     {@code wasi_snapshot_preview1}, which tests check against real modules
 */
public record Alternative(
        String name,
        Optional<Parameter> parameter,
        String description,
        Status status,
        List<String> units,
        TemplateParameters templateParameters,
        Set<String> capabilities,
        List<String> wasmOptPasses,
        List<Import> imports) {

    /** The module WASI preview1's functions come from; every host provides it. */
    public static final String WASI_MODULE = "wasi_snapshot_preview1";

    /** A function a module imports from a host: {@code module.name}, as {@code weft.memory_request}. */
    public record Import(String module, String name) {
        public Import {
            Objects.requireNonNull(module, "module");
            Objects.requireNonNull(name, "name");
            if (module.equals(WASI_MODULE)) {
                throw new IllegalArgumentException("a WASI import is no import of an alternative's own: " + name);
            }
        }

        /** Reads {@code module.name}, split at the first dot. */
        public static Import parse(String text) {
            int dot = text.indexOf('.');
            if (dot <= 0 || dot == text.length() - 1) {
                throw new IllegalArgumentException("an import is written module.name: " + text);
            }
            return new Import(text.substring(0, dot), text.substring(dot + 1));
        }

        @Override
        public String toString() {
            return module + "." + name;
        }
    }

    /** Whether the toolchain can build an alternative yet. */
    public enum Status {
        BUILT,
        /**
         * An alternative whose mechanism does not exist yet because nothing needs
         * it (interrupt=poll, the default; interrupt=flag, which switch=flag
         * requires): accepted, and has no effect until built.
         */
        NO_EFFECT_YET,
        NOT_YET_BUILT;

        /** Lower-case words, as tables print them. */
        public String text() {
            return switch (this) {
                case BUILT -> "built";
                case NO_EFFECT_YET -> "no effect yet";
                case NOT_YET_BUILT -> "not yet built";
            };
        }
    }

    /** Template parameters an alternative gives its units, from its parameter value. */
    @FunctionalInterface
    public interface TemplateParameters {
        /** Parameters for the value; {@code value} is empty when the alternative takes none. */
        Map<String, String> forValue(OptionalLong value);

        /** No template parameters. */
        static TemplateParameters none() {
            return value -> Map.of();
        }

        /** Parameters computed from the (present) parameter value. */
        static TemplateParameters fromValue(LongFunction<Map<String, String>> f) {
            return value -> f.apply(value.orElseThrow());
        }
    }

    public Alternative {
        Objects.requireNonNull(name, "name");
        Objects.requireNonNull(parameter, "parameter");
        Objects.requireNonNull(description, "description");
        Objects.requireNonNull(status, "status");
        Objects.requireNonNull(templateParameters, "templateParameters");
        if (!name.matches("[a-z0-9][a-z0-9-]*")) {
            throw new IllegalArgumentException("alternative name must be lower-case words: " + name);
        }
        units = List.copyOf(units);
        capabilities = Set.copyOf(capabilities);
        wasmOptPasses = List.copyOf(wasmOptPasses);
        imports = List.copyOf(imports);
    }

    /** A built alternative with no parameter, units or needs: a starting point for the withers. */
    public static Alternative of(String name, String description) {
        return new Alternative(name, Optional.empty(), description, Status.BUILT, List.of(),
                TemplateParameters.none(), Set.of(), List.of(), List.of());
    }

    public Alternative withParameter(Parameter p) {
        return new Alternative(name, Optional.of(p), description, status, units, templateParameters,
                capabilities, wasmOptPasses, imports);
    }

    public Alternative withStatus(Status s) {
        return new Alternative(name, parameter, description, s, units, templateParameters,
                capabilities, wasmOptPasses, imports);
    }

    public Alternative withUnits(String... paths) {
        return new Alternative(name, parameter, description, status, List.of(paths), templateParameters,
                capabilities, wasmOptPasses, imports);
    }

    public Alternative withTemplateParameters(TemplateParameters t) {
        return new Alternative(name, parameter, description, status, units, t, capabilities, wasmOptPasses, imports);
    }

    public Alternative withCapabilities(String... caps) {
        return new Alternative(name, parameter, description, status, units, templateParameters,
                Set.of(caps), wasmOptPasses, imports);
    }

    public Alternative withWasmOptPasses(String... passes) {
        return new Alternative(name, parameter, description, status, units, templateParameters,
                capabilities, List.of(passes), imports);
    }

    /** The imports beyond WASI that its units add, each written {@code module.name}. */
    public Alternative withImports(String... moduleDotName) {
        return new Alternative(name, parameter, description, status, units, templateParameters,
                capabilities, wasmOptPasses, java.util.Arrays.stream(moduleDotName).map(Import::parse).toList());
    }

    /** The syntax users write: {@code grow}, or {@code fixed:<MiB>} for one with a parameter. */
    public String syntax() {
        return parameter.map(p -> name + ":<" + p.placeholder() + ">").orElse(name);
    }

    /** Whether a vector may choose it: built, or accepted with no effect yet. */
    public boolean isBuilt() {
        return status != Status.NOT_YET_BUILT;
    }
}
