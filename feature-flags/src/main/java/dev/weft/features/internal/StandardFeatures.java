package dev.weft.features.internal;

import static dev.weft.features.Alternative.Status.NOT_YET_BUILT;
import static dev.weft.features.Alternative.Status.NO_EFFECT_YET;

import dev.weft.features.Alternative;
import dev.weft.features.Alternative.TemplateParameters;
import dev.weft.features.Constraint;
import dev.weft.features.Feature;
import dev.weft.features.FeatureModel;
import dev.weft.features.Parameter;
import dev.weft.features.Profile;
import java.util.List;
import java.util.Map;

/**
 * The feature table as data: every feature and alternative in
 * the table's order. An alternative becomes BUILT here, and only here, when
 * its RTS units exist; defaults are built by definition (they are what the
 * skeleton RTS does).
 */
public final class StandardFeatures {
    private StandardFeatures() {}

    /** RTS units every build links, before the units of any alternative. */
    static final List<String> CORE_UNITS =
            List.of("core/wasi.wat", "core/io.wat", "core/errors.wat", "core/strings.wat", "core/floats.wat",
            "core/float_powers.wat", "core/float_show.wat", "core/float_decimal.wat", "core/float_fixed.wat", "core/float_parse.wat",
            "core/float_rem.wat", "core/text.wat", "core/time.wat", "core/shadow_stack.wat", "core/objects.wat");

    /** A Wasm page is 64 KiB, so one MiB is 16 pages. */
    static final int PAGES_PER_MIB = 16;

    static final Feature MEMORY = new Feature("memory", "how address space is obtained", List.of(
            Alternative.of("grow", "memory.grow on demand, as far as the engine allows")
                    .withUnits("memory/pages.wat", "memory/grow.wat"),
            Alternative.of("fixed", "one fixed reservation of <MiB>; a clean out-of-memory error when it is full")
                    // 4096 MiB is 65536 pages, the whole 32-bit address space.
                    .withParameter(Parameter.integer("MiB", 1, 4096, "a size in MiB", 16))
                    .withUnits("memory/pages.wat", "memory/fixed.wat")
                    .withTemplateParameters(TemplateParameters.fromValue(mib -> Map.of(
                            "pages", Long.toString(mib * PAGES_PER_MIB),
                            "mib", Long.toString(mib)))),
            Alternative.of("host", "pages requested from the host through an import")
                    .withUnits("memory/pages.wat", "memory/host.wat")
                    // The engine must provide weft.memory_request (every engine adapter does).
                    .withCapabilities("host-memory")
                    .withImports("weft.memory_request")));

    static final Feature SWITCH = new Feature("switch", "when a running process yields", List.of(
            Alternative.of("every-n", "yield after <N> reductions")
                    // 4000 reductions is BEAM's slice (CONTEXT_REDS in erl_vm.h).
                    .withParameter(Parameter.integer("N", 1, 100_000_000, "a number of reductions", 4000)
                            .withDefault(4000))
                    .withTemplateParameters(TemplateParameters.fromValue(n -> Map.of(
                            "reductions", Long.toString(n)))),
            Alternative.of("every", "yield at every safepoint (stresses the scheduler)"),
            Alternative.of("clock", "yield when a clock says the slice of <us> microseconds is over")
                    .withParameter(Parameter.integer("us", 1, 10_000_000, "a slice in microseconds", 1000))
                    .withTemplateParameters(TemplateParameters.fromValue(us -> Map.of(
                            "slice_ns", Long.toString(us * 1000)))),
            Alternative.of("flag", "yield when the host sets a flag in linear memory (a timer signal's analogue)")
                    // A host thread sets the word every slice while the module runs (rts/units/switch/flag.wat).
                    .withCapabilities("async-memory-write")));

    static final Feature INTERRUPT = new Feature("interrupt", "how Ctrl-C reaches the program", List.of(
            Alternative.of("poll", "polled through a host import").withStatus(NO_EFFECT_YET),
            // The flag word switch=flag reads; no interrupt reaches the program through it yet.
            Alternative.of("flag", "a flag the host sets asynchronously in linear memory")
                    .withStatus(NO_EFFECT_YET),
            Alternative.of("none", "ignored")
                    .withStatus(NOT_YET_BUILT)));

    static final Feature INTERP = new Feature("interp",
            "whether the module carries a bytecode interpreter", List.of(
            Alternative.of("off", "no interpreter; all code compiled to Wasm"),
            Alternative.of("on", "a bytecode interpreter whose foreign calls go through generated stubs (no libffi)")
                    .withStatus(NOT_YET_BUILT)));

    static final Feature GC = new Feature("gc", "how a process heap is collected", List.of(
            Alternative.of("copying", "generational copying collection (Cheney): a reused nursery, an old space that grows with live data")
                    .withUnits("gc/common.wat", "gc/copying.wat"),
            Alternative.of("mark-sweep", "mark and sweep in place: non-moving, free lists by size, a heap that grows in place")
                    .withUnits("gc/common.wat", "gc/mark-sweep.wat"),
            Alternative.of("none", "a bump allocator that never collects: the fastest for short runs, the baseline")
                    .withUnits("gc/none.wat")));

    /**
     * Collection forced at every Nth allocation, to flush out a pointer that is
     * not a root (decisions/0019): a program must print the same with and
     * without it. gc=none never collects and ignores it.
     */
    static final Feature GCSTRESS = new Feature("gcstress", "whether collections are forced to find missing roots", List.of(
            Alternative.of("off", "collect only when the heap is full")
                    .withTemplateParameters(value -> Map.of("stress_every", "0")),
            Alternative.of("every", "collect before every <N>th allocation")
                    .withParameter(Parameter.integer("N", 1, 1_000_000, "a number of allocations", 101))
                    .withTemplateParameters(TemplateParameters.fromValue(n -> Map.of("stress_every", Long.toString(n))))));

    static final Feature TAILCALL = new Feature("tailcall", "how tail calls are compiled", List.of(
            // backend/pass/TailGroups merges mutually tail-recursive functions; docs/language.md says which calls.
            Alternative.of("loop", "tail calls among known functions (self and mutual) as loops; "
                    + "a function value called in tail position is an ordinary call"),
            Alternative.of("native", "Wasm return_call")
                    .withCapabilities("tail-call")
                    .withStatus(NOT_YET_BUILT)));

    /**
     * The optimisation level is a dimension of the vector too, as GHC's optasm
     * way is: the same program must behave the same whether Binaryen optimised
     * it or not. The default is what a shipped build uses: -O3, because only
     * at level 3 does Binaryen inline small functions called from several
     * places (up to 20 instructions, without loops); -O2 inlines only
     * functions of 2 instructions or with one caller. spectral-norm's eval_a
     * is such a function: wasm-opt -O3 ran it 1.5x (Wasmtime) to 2.8x (Node)
     * faster than -O2, in modules of the same size (docs/performance.md).
     *
     * <p>At 2 and 3 no function with a loop is inlined (decision 0012):
     * Binaryen inlines every function with one caller, loops and all, by
     * default, and a hot loop inside a bigger function runs slower on two of
     * our engines. Wasmtime 7's register allocator kept spectral-norm's
     * running sum in a stack slot once the loop shared a function with a
     * call; the JVM cannot compile a loop inside a huge once-called Chicory
     * method. Binaryen's other inlining stays: functions of at most 2
     * instructions always, and at -O3 those without loops of up to 30
     * (Binaryen's default is 20; Int division by a power of two, which the
     * backend shifts, grew spectral-norm's eval_a from 18 to 22).
     */
    static final Feature OPT = new Feature("opt", "how much Binaryen's wasm-opt optimises the module", List.of(
            Alternative.of("3", "wasm-opt's -O3 passes, loops never inlined")
                    .withWasmOptPasses(with(BinaryenPipeline.o3(), "--one-caller-inline-max-function-size", "0",
                            "--flexible-inline-max-function-size", "30")),
            Alternative.of("2", "wasm-opt's -O2 passes, loops never inlined")
                    .withWasmOptPasses(with(BinaryenPipeline.o2(), "--one-caller-inline-max-function-size", "0")),
            Alternative.of("0", "no wasm-opt run: no Binaryen start-up"),
            Alternative.of("s", "wasm-opt's -Os passes, for size").withWasmOptPasses(BinaryenPipeline.os().toArray(String[]::new))));

    private static String[] with(List<String> passes, String... more) {
        List<String> all = new java.util.ArrayList<>(passes);
        all.addAll(List.of(more));
        return all.toArray(String[]::new);
    }

    /** Rules between choices; the verify step (FeatureVector.of) enforces them with their reasons. */
    static final List<Constraint> CONSTRAINTS = constraints();

    /** Why no switch alternative goes with tailcall=native (decisions/0023). */
    static final String ASYNCIFY_REFUSES_RETURN_CALL =
            "Binaryen 108's asyncify refuses return_call: tail calls not yet supported in asyncify";

    private static List<Constraint> constraints() {
        var rules = new java.util.ArrayList<Constraint>();
        rules.add(Constraint.requires("switch", "flag", "interrupt", "flag",
                "the host raises both through one flag word in linear memory, so a host that can preempt "
                        + "by flag delivers interrupts by flag too"));
        // Every switch alternative switches by asyncify, which a program that spawns runs through; the
        // model cannot tell whether the program spawns, so the rule holds for every program.
        for (Alternative a : SWITCH.alternatives()) {
            rules.add(Constraint.excludes("switch", a.name(), "tailcall", "native", ASYNCIFY_REFUSES_RETURN_CALL));
        }
        return List.copyOf(rules);
    }

    /**
     * Each command's defaults (decided here, read by the CLI's commands, shown by
     * weft features). build's are the model's: a module to ship, optimised, and
     * importing only WASI preview1 (FeatureModelTest checks that no default
     * declares an import of Weft's own), so any WASI host runs it. run's trade
     * that for what only a host of Weft's gives and what a run at once wants:
     * no wasm-opt (Binaryen's start-up and passes cost more than they save on a
     * program run once), and interrupts polled through a host import
     * (weft.interrupt_count, once interrupt=poll is built), which weft run's
     * hosts provide.
     */
    static final List<Profile> PROFILES = List.of(
            new Profile(Profile.BUILD, "", "a module to ship: optimised, and importing only WASI preview1, so that any WASI host runs it"),
            new Profile(Profile.RUN, "opt=0,interrupt=poll",
                    "a module run at once on a host of weft's: no Binaryen start-up, and Ctrl-C polled through the host"));

    public static final FeatureModel MODEL = new FeatureModel(CORE_UNITS,
            List.of(MEMORY, SWITCH, INTERRUPT, INTERP, GC, GCSTRESS, TAILCALL, OPT), CONSTRAINTS, PROFILES);
}
