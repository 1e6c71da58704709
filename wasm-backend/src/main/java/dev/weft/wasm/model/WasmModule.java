package dev.weft.wasm.model;

import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.OptionalInt;

/**
 * A module under construction and its link namespace. Functions and globals are looked up by
 * name and created as undefined declarations on first reference, so code and runtime units
 * can refer to each other in any order; linking is plain concatenation into one module.
 *
 * <p>Index order, which the writer follows: imported functions in order of import, then defined
 * functions in order of definition; globals in order of definition. Same input, same bytes.
 */
public final class WasmModule {
    private String name;
    private final Map<String, WasmFunction> functionsByName = new LinkedHashMap<>();
    private final List<WasmFunction> imports = new ArrayList<>();
    private final List<WasmFunction> definedFunctions = new ArrayList<>();
    private final Map<String, WasmGlobal> globalsByName = new LinkedHashMap<>();
    private final List<WasmGlobal> definedGlobals = new ArrayList<>();
    private final Map<String, Export> exports = new LinkedHashMap<>();
    private final List<DataSegment> data = new ArrayList<>();
    private final List<ElementSegment> elements = new ArrayList<>();
    private Table table;
    private Memory memory;
    private WasmFunction start;

    /** Module name for the name section; may be null. */
    public String name() {
        return name;
    }

    public WasmModule name(String name) {
        this.name = name;
        return this;
    }

    /** The function with this name, created undefined on first reference. */
    public WasmFunction function(String name) {
        checkName(name);
        return functionsByName.computeIfAbsent(name, n -> new WasmFunction(this, n));
    }

    /** The function with this name if it has been referenced or defined. */
    public Optional<WasmFunction> findFunction(String name) {
        return Optional.ofNullable(functionsByName.get(name));
    }

    /** Functions in index order: imports, then defined functions. */
    public List<WasmFunction> functions() {
        List<WasmFunction> all = new ArrayList<>(imports.size() + definedFunctions.size());
        all.addAll(imports);
        all.addAll(definedFunctions);
        return Collections.unmodifiableList(all);
    }

    public List<WasmFunction> imports() {
        return Collections.unmodifiableList(imports);
    }

    public List<WasmFunction> definedFunctions() {
        return Collections.unmodifiableList(definedFunctions);
    }

    /** The global with this name, created undefined on first reference. */
    public WasmGlobal global(String name) {
        checkName(name);
        return globalsByName.computeIfAbsent(name, n -> new WasmGlobal(this, n));
    }

    public Optional<WasmGlobal> findGlobal(String name) {
        return Optional.ofNullable(globalsByName.get(name));
    }

    /** Defined globals in index order. */
    public List<WasmGlobal> globals() {
        return Collections.unmodifiableList(definedGlobals);
    }

    /** Declares the table; a second declaration must agree with the first. */
    public WasmModule table(Table table) {
        Objects.requireNonNull(table, "table");
        if (this.table != null && !this.table.equals(table)) {
            throw new LinkException("table declared twice, as " + this.table + " and " + table);
        }
        this.table = table;
        return this;
    }

    public WasmModule table(int minSize) {
        return table(new Table(minSize, OptionalInt.empty()));
    }

    public WasmModule table(int minSize, int maxSize) {
        return table(new Table(minSize, OptionalInt.of(maxSize)));
    }

    public Optional<Table> table() {
        return Optional.ofNullable(table);
    }

    /** Declares the memory; a second declaration must agree with the first. */
    public WasmModule memory(Memory memory) {
        Objects.requireNonNull(memory, "memory");
        if (this.memory != null && !this.memory.equals(memory)) {
            throw new LinkException("memory declared twice, as " + this.memory + " and " + memory);
        }
        this.memory = memory;
        return this;
    }

    public WasmModule memory(int minPages) {
        return memory(new Memory(minPages, OptionalInt.empty()));
    }

    public WasmModule memory(int minPages, int maxPages) {
        return memory(new Memory(minPages, OptionalInt.of(maxPages)));
    }

    public Optional<Memory> memory() {
        return Optional.ofNullable(memory);
    }

    public WasmModule export(String exportName, WasmFunction function) {
        return addExport(new Export.Func(exportName, function));
    }

    public WasmModule export(String exportName, WasmGlobal global) {
        return addExport(new Export.Global(exportName, global));
    }

    public WasmModule exportMemory(String exportName) {
        return addExport(new Export.Mem(exportName));
    }

    public WasmModule exportTable(String exportName) {
        return addExport(new Export.Tab(exportName));
    }

    public WasmModule addExport(Export export) {
        if (exports.containsKey(export.name())) {
            throw new LinkException("export \"" + export.name() + "\" is defined twice");
        }
        exports.put(export.name(), export);
        return this;
    }

    /** Exports in order of definition. */
    public List<Export> exports() {
        return List.copyOf(exports.values());
    }

    /** Adds an active data segment at a constant address in memory 0. */
    public WasmModule data(int offset, byte[] bytes) {
        data.add(new DataSegment(offset, bytes));
        return this;
    }

    public List<DataSegment> data() {
        return Collections.unmodifiableList(data);
    }

    /**
     * Adds an active element segment: {@code functions} go to table 0 from slot {@code offset}
     * on. Each must be a function of this module, possibly still undefined.
     */
    public WasmModule elements(int offset, List<WasmFunction> functions) {
        ElementSegment segment = new ElementSegment(offset, functions);
        for (WasmFunction f : segment.functions()) {
            if (f.module() != this) {
                throw new IllegalArgumentException("element segment at " + offset + ": " + f + " is a function of another module");
            }
        }
        elements.add(segment);
        return this;
    }

    public WasmModule elements(int offset, WasmFunction... functions) {
        return elements(offset, List.of(functions));
    }

    /** Element segments in order of definition. */
    public List<ElementSegment> elements() {
        return Collections.unmodifiableList(elements);
    }

    public WasmModule start(WasmFunction function) {
        Objects.requireNonNull(function, "function");
        if (start != null && start != function) {
            throw new LinkException("start function set twice, to $" + start.name() + " and $" + function.name());
        }
        start = function;
        return this;
    }

    public Optional<WasmFunction> start() {
        return Optional.ofNullable(start);
    }

    /**
     * Fails, listing every problem at once, if a referenced function or global was never
     * defined, or an export or segment needs a memory or table that was never declared.
     */
    public void checkLinked() {
        List<String> problems = new ArrayList<>();
        for (WasmFunction f : functionsByName.values()) {
            if (!f.isDefined()) problems.add("function $" + f.name());
        }
        for (WasmGlobal g : globalsByName.values()) {
            if (!g.isDefined()) problems.add("global $" + g.name());
        }
        if (memory == null && exports.values().stream().anyMatch(e -> e instanceof Export.Mem)) {
            problems.add("memory (exported but not declared)");
        }
        if (table == null && exports.values().stream().anyMatch(e -> e instanceof Export.Tab)) {
            problems.add("table (exported but not declared)");
        }
        if (table == null && !elements.isEmpty()) {
            problems.add("table (element segments but not declared)");
        }
        if (!problems.isEmpty()) {
            throw new LinkException("undefined: " + String.join(", ", problems));
        }
    }

    void defined(WasmFunction f) {
        (f.isImport() ? imports : definedFunctions).add(f);
    }

    void defined(WasmGlobal g) {
        definedGlobals.add(g);
    }

    private static void checkName(String name) {
        if (name == null || name.isEmpty()) {
            throw new IllegalArgumentException("a function or global needs a non-empty name");
        }
    }
}
