package dev.weft.features;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;

class FeatureModelTest {
    private final FeatureModel model = FeatureModel.standard();

    private String alternatives(String feature) {
        return model.feature(feature).orElseThrow().alternativesText();
    }

    @Test
    void declaresTheArchitectureTableInOrder() {
        assertEquals(List.of("memory", "switch", "interrupt", "interp", "gc", "gcstress", "tailcall", "opt"),
                model.features().stream().map(Feature::name).toList());
        assertEquals("grow, fixed:<MiB>, host", alternatives("memory"));
        assertEquals("every-n:<N>, every, clock:<us>, flag", alternatives("switch"));
        assertEquals("poll, flag, none", alternatives("interrupt"));
        assertEquals("off, on", alternatives("interp"));
        assertEquals("copying, mark-sweep, none", alternatives("gc"));
        assertEquals("loop, native", alternatives("tailcall"));
        assertEquals("3, 2, 0, s", alternatives("opt"));
    }

    @Test
    void builtAreTheDefaultsAndFixedMemory() {
        String built = model.features().stream()
                .flatMap(f -> f.builtAlternatives().stream().map(a -> f.name() + "=" + a.syntax()))
                .collect(Collectors.joining(" "));
        assertEquals("memory=grow memory=fixed:<MiB> memory=host switch=every-n:<N> switch=every switch=clock:<us> "
                + "switch=flag interrupt=poll interrupt=flag interp=off "
                + "gc=copying gc=mark-sweep gc=none gcstress=off gcstress=every:<N> tailcall=loop opt=3 opt=2 opt=0 opt=s", built);
    }

    @Test
    void coreUnitsMemoryUnitsAndCollectorUnits() {
        assertEquals(List.of("core/wasi.wat", "core/io.wat", "core/errors.wat", "core/strings.wat", "core/floats.wat",
            "core/float_powers.wat", "core/float_show.wat", "core/float_decimal.wat", "core/float_fixed.wat", "core/float_parse.wat",
            "core/float_rem.wat", "core/text.wat", "core/time.wat", "core/shadow_stack.wat", "core/objects.wat"),
                model.coreUnits());
        Feature memory = model.feature("memory").orElseThrow();
        assertEquals(List.of("memory/pages.wat", "memory/grow.wat"), memory.alternative("grow").orElseThrow().units());
        assertEquals(List.of("memory/pages.wat", "memory/fixed.wat"), memory.alternative("fixed").orElseThrow().units());
        assertEquals(List.of("memory/pages.wat", "memory/host.wat"), memory.alternative("host").orElseThrow().units());
        Feature gc = model.feature("gc").orElseThrow();
        assertEquals(List.of("gc/common.wat", "gc/copying.wat"), gc.alternative("copying").orElseThrow().units());
        assertEquals(List.of("gc/common.wat", "gc/mark-sweep.wat"), gc.alternative("mark-sweep").orElseThrow().units());
        assertEquals(List.of("gc/none.wat"), gc.alternative("none").orElseThrow().units());
    }

    @Test
    void everyAlternativeHasAOneLineDescriptionAndOnlyOptBringsPasses() {
        for (Feature f : model.features()) {
            assertTrue(!f.description().isBlank() && !f.description().contains("\n"), f.name());
            for (Alternative a : f.alternatives()) {
                assertTrue(!a.description().isBlank() && !a.description().contains("\n"), a.name());
                if (!f.name().equals("opt")) assertEquals(List.of(), a.wasmOptPasses(), a.name());
            }
        }
        Feature opt = model.feature("opt").orElseThrow();
        for (String level : List.of("3", "2", "s")) {
            List<String> passes = opt.alternative(level).orElseThrow().wasmOptPasses();
            // The presets' passes written out, with the plain forms of the two that are quadratic in a call
            // chain (decision 0018): no -O flag, which would bring those back.
            assertTrue(passes.contains("--dae") && passes.contains("--inlining"), level + ": " + passes);
            assertTrue(passes.stream().noneMatch(p -> p.startsWith("-O") || p.equals("--dae-optimizing")
                    || p.equals("--inlining-optimizing")), level + ": " + passes);
            assertEquals("--optimize-level", passes.get(0), level);
        }
        assertEquals(List.of("1"), List.of(opt.alternative("s").orElseThrow().wasmOptPasses().get(3)), "-Os shrinks");
        assertEquals(List.of(), opt.alternative("0").orElseThrow().wasmOptPasses());
    }

    @Test
    void constraintsMustNameKnownChoices() {
        var grow = Alternative.of("grow", "x");
        var f = new Feature("memory", "x", List.of(grow));
        var g = new Feature("gc", "x", List.of(Alternative.of("copying", "x")));
        assertThrows(IllegalArgumentException.class, () -> new FeatureModel(List.of(), List.of(f, g),
                List.of(Constraint.requires("memory", "grow", "gc", "nope", "r"))));
        assertThrows(IllegalArgumentException.class, () -> Constraint.excludes("memory", "grow", "memory", "grow", "r"));
    }

    @Test
    void modelRejectsBadDeclarations() {
        var grow = Alternative.of("grow", "x");
        assertThrows(IllegalArgumentException.class, () -> new Feature("memory", "x", List.of()));
        assertThrows(IllegalArgumentException.class, () -> new Feature("memory", "x", List.of(grow, grow)));
        assertThrows(IllegalArgumentException.class, () -> new Feature("memory", "x",
                List.of(grow.withStatus(Alternative.Status.NOT_YET_BUILT))));
        assertThrows(IllegalArgumentException.class, () -> new Feature("memory", "x",
                List.of(grow.withParameter(Parameter.integer("N", 1, 9, "a number", 2)))));
        var f = new Feature("memory", "x", List.of(grow));
        assertThrows(IllegalArgumentException.class, () -> new FeatureModel(List.of(), List.of(f, f)));
        assertThrows(IllegalArgumentException.class, () -> Parameter.integer("N", 1, 9, "a number", 10));
    }

    @Test
    void tablePrintsOneRowPerAlternative() {
        String table = FeatureTable.render(model);
        List<String> lines = table.lines().toList();
        int alternatives = model.features().stream().mapToInt(f -> f.alternatives().size()).sum();
        assertEquals(1 + alternatives, lines.size());
        assertEquals("FEATURE    ALTERNATIVE  DEFAULT  STATUS         DESCRIPTION", lines.get(0));
        assertEquals("memory     grow         default  built          "
                + "memory.grow on demand, as far as the engine allows", lines.get(1));
        assertEquals("memory     host                  built          "
                + "pages requested from the host through an import", lines.get(3));
        assertTrue(lines.get(2).startsWith("memory     fixed:<MiB>           built  "), lines.get(2));
        assertEquals("tailcall   native                not yet built  Wasm return_call",
                lines.get(lines.size() - 5));
        assertEquals("opt        3            default  built          "
                + "wasm-opt's -O3 passes, loops never inlined", lines.get(lines.size() - 4));
        assertEquals("opt        2                     built          wasm-opt's -O2 passes, loops never inlined",
                lines.get(lines.size() - 3));
        assertTrue(table.endsWith("\n"));
    }

    @Test
    void importsBeyondWasiAreListedPerAlternative() {
        assertEquals(List.of(new Alternative.Import("weft", "memory_request")),
                model.feature("memory").orElseThrow().alternative("host").orElseThrow().imports());
        List<String> lines = FeatureTable.imports(model).lines().toList();
        assertTrue(lines.get(0).startsWith("IMPORTS BEYOND WASI ("), lines.get(0));
        assertTrue(lines.contains("memory=host  weft.memory_request"), lines.toString());
        long declaring = model.features().stream().flatMap(f -> f.alternatives().stream())
                .filter(a -> !a.imports().isEmpty()).count();
        assertEquals(1 + declaring, lines.size(), "one line per alternative that imports beyond WASI");
        assertEquals("", FeatureTable.imports(new FeatureModel(List.of(), List.of(new Feature("memory", "x",
                List.of(Alternative.of("grow", "x")))))));
        assertEquals("weft.memory_request", Alternative.Import.parse("weft.memory_request").toString());
        assertThrows(IllegalArgumentException.class, () -> Alternative.Import.parse("memory_request"));
        assertThrows(IllegalArgumentException.class, () -> Alternative.of("x", "x").withImports("wasi_snapshot_preview1.fd_write"));
    }

    @Test
    void profilesAreEachCommandsDefaults() {
        assertEquals(List.of(Profile.BUILD, Profile.RUN), model.profiles().stream().map(Profile::name).toList());
        assertEquals(model.defaults(), model.vector(model.profile(Profile.BUILD)));
        FeatureVector run = model.vector(model.profile(Profile.RUN));
        assertEquals("opt=0", run.choice("opt").toString());
        assertEquals("interrupt=poll", run.choice("interrupt").toString());
        assertEquals(model.defaults().overriddenBy("opt=0,interrupt=poll"), run);
        var e = assertThrows(IllegalArgumentException.class, () -> model.profile("test"));
        assertEquals("no profile test; profiles: build, run", e.getMessage());
        List<String> lines = FeatureTable.profiles(model).lines().toList();
        assertEquals(3, lines.size(), lines.toString());
        assertTrue(lines.get(1).startsWith("build  (the defaults)        a module to ship"), lines.get(1));
        assertTrue(lines.get(2).startsWith("run    opt=0,interrupt=poll  a module run at once"), lines.get(2));
    }

    @Test
    void aProfileIsVerifiedAsAVectorIs() {
        var f = new Feature("memory", "x", List.of(Alternative.of("grow", "x"), Alternative.of("fixed", "x"),
                Alternative.of("later", "x").withStatus(Alternative.Status.NOT_YET_BUILT)));
        var ok = new FeatureModel(List.of(), List.of(f), List.of(), List.of(new Profile("run", "memory=fixed", "r")));
        assertEquals("memory=fixed", ok.vector(ok.profile("run")).toString());
        assertEquals(ok.profiles(), ok.extendedWith(List.of(), List.of(), List.of()).profiles(), "extending keeps profiles");
        for (String bad : List.of("memory=huge", "memory=later", "gc=none", "memory=grow,memory=fixed")) {
            var e = assertThrows(IllegalArgumentException.class,
                    () -> new FeatureModel(List.of(), List.of(f), List.of(), List.of(new Profile("run", bad, "r"))), bad);
            assertTrue(e.getMessage().startsWith("profile run is no valid vector: "), e.getMessage());
        }
        assertThrows(IllegalArgumentException.class, () -> new FeatureModel(List.of(), List.of(f), List.of(),
                List.of(new Profile("run", "", "r"), new Profile("run", "memory=fixed", "r"))));
        assertThrows(IllegalArgumentException.class, () -> new Profile("Run", "", "r"));
        assertThrows(IllegalArgumentException.class, () -> new Profile("run", "", ""));
    }
}
