package dev.weft.features;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.Map;
import java.util.Set;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;
import org.junit.jupiter.api.Test;

class FeatureVectorTest {
    private static final List<String> CORE =
            List.of("core/wasi.wat", "core/io.wat", "core/errors.wat", "core/strings.wat", "core/floats.wat",
            "core/float_powers.wat", "core/float_show.wat", "core/float_decimal.wat", "core/float_fixed.wat", "core/float_parse.wat",
            "core/float_rem.wat", "core/text.wat", "core/time.wat", "core/shadow_stack.wat", "core/objects.wat");

    @ParameterizedTest(name = "''{0}'' -> ''{1}''")
    @CsvSource(delimiter = '|', value = {
        "''|''",
        "memory=grow|''",
        "memory=fixed:64|memory=fixed:64",
        "memory=fixed:0016|memory=fixed:16",
        "' memory = fixed:16 '|memory=fixed:16",
        "switch=every-n:4000|''",
        "switch=every-n:100|switch=every-n:100",
        "switch=every-n:100,memory=fixed:1|memory=fixed:1,switch=every-n:100",
        "interrupt=poll,interp=off,gc=copying,tailcall=loop|''",
    })
    void parsesToCanonicalText(String text, String canonical) {
        FeatureVector v = FeatureVector.parse(text);
        assertEquals(canonical, v.toString());
        assertEquals(v, FeatureVector.parse(v.toString()), "round trip");
        assertEquals(canonical, FeatureVector.parse(v.toString()).toString());
    }

    @Test
    void explicitDefaultIsTheDefaultVector() {
        FeatureVector v = FeatureVector.parse("memory=grow");
        assertEquals(FeatureVector.defaults(), v);
        assertEquals("", v.toString());
        assertTrue(v.isDefault());
        assertEquals(FeatureVector.defaults().hashCode(), v.hashCode());
    }

    @Test
    void everyBuildableSingleChoiceRoundTrips() {
        FeatureModel model = FeatureModel.standard();
        for (Feature f : model.features()) {
            for (Alternative a : f.builtAlternatives()) {
                String text = f.name() + "=" + a.name()
                        + a.parameter().map(p -> ":" + p.example()).orElse("");
                // With what the choice requires (switch=flag, interrupt=flag).
                for (Constraint c : model.constraints()) {
                    if (c.kind() == Constraint.Kind.REQUIRES && c.feature().equals(f.name()) && c.alternative().equals(a.name())) {
                        text += "," + c.other() + "=" + c.otherAlternative();
                    }
                }
                FeatureVector v = model.parse(text);
                assertEquals(v, model.parse(v.toString()), text);
            }
        }
    }

    @Test
    void defaultsChooseTheFirstAlternativeOfEveryFeature() {
        FeatureVector v = FeatureVector.defaults();
        List<String> chosen = v.choices().stream().map(Choice::toString).toList();
        assertEquals(List.of("memory=grow", "switch=every-n:4000", "interrupt=poll", "interp=off",
                "gc=copying", "gcstress=off", "tailcall=loop", "opt=3"), chosen);
        assertTrue(v.nonDefaultChoices().isEmpty());
        assertEquals("grow", v.choice("memory").alternative().name());
    }

    @Test
    void defaultUnitsAreCoreThenGrow() {
        var expected = new java.util.ArrayList<>(CORE);
        expected.add("memory/pages.wat");
        expected.add("memory/grow.wat");
        expected.add("gc/common.wat");
        expected.add("gc/copying.wat");
        assertEquals(expected, FeatureVector.defaults().units());
    }

    @Test
    void markSweepBringsTheSharedCollectorUnitAndItsOwn() {
        FeatureVector v = FeatureVector.parse("gc=mark-sweep,gcstress=every:7");
        var expected = new java.util.ArrayList<>(CORE);
        expected.add("memory/pages.wat");
        expected.add("memory/grow.wat");
        expected.add("gc/common.wat");
        expected.add("gc/mark-sweep.wat");
        assertEquals(expected, v.units());
        assertEquals("7", v.templateParameters().get("stress_every"));
    }

    @Test
    void fixedMemoryBringsItsUnitAndPages() {
        FeatureVector v = FeatureVector.parse("memory=fixed:16");
        var expected = new java.util.ArrayList<>(CORE);
        expected.add("memory/pages.wat");
        expected.add("memory/fixed.wat");
        expected.add("gc/common.wat");
        expected.add("gc/copying.wat");
        assertEquals(expected, v.units());
        Map<String, String> params = v.templateParameters();
        assertEquals("256", params.get("pages"), "16 MiB is 256 pages of 64 KiB");
        assertEquals("16", params.get("mib"));
        assertEquals("65536", FeatureVector.parse("memory=fixed:4096").templateParameters().get("pages"));
        assertEquals("16", FeatureVector.parse("memory=fixed:1").templateParameters().get("pages"));
    }

    @Test
    void defaultsNeedNoCapabilitiesAndOptimiseWithO3() {
        assertEquals(Set.of(), FeatureVector.defaults().requiredCapabilities());
        List<String> o3 = FeatureVector.defaults().wasmOptPasses();
        assertEquals(List.of("--optimize-level", "3", "--shrink-level", "0"), o3.subList(0, 4));
        assertEquals(List.of("--one-caller-inline-max-function-size", "0", "--flexible-inline-max-function-size", "30"),
                o3.subList(o3.size() - 4, o3.size()));
        List<String> o2 = FeatureVector.parse("opt=2").wasmOptPasses();
        assertEquals(List.of("--optimize-level", "2", "--shrink-level", "0"), o2.subList(0, 4));
        assertEquals(List.of("--one-caller-inline-max-function-size", "0"), o2.subList(o2.size() - 2, o2.size()));
        assertEquals(List.of(), FeatureVector.parse("opt=0").wasmOptPasses());
        assertEquals(Set.of("host-memory"), FeatureVector.parse("memory=host").requiredCapabilities());
    }

    @Test
    void canonicalTextListsOptLast() {
        assertEquals("memory=fixed:64,opt=0", FeatureVector.parse("opt=0,memory=fixed:64").toString());
        assertEquals("", FeatureVector.parse("opt=3").toString());
        assertEquals("opt=2", FeatureVector.parse("opt=2").toString());
    }

    @Test
    void constraintsAreCheckedWithTheirReason() {
        var a = new Feature("alpha", "x", List.of(Alternative.of("off", "x"), Alternative.of("on", "x")));
        var b = new Feature("beta", "x", List.of(Alternative.of("off", "x"), Alternative.of("on", "x")));
        var model = new FeatureModel(List.of(), List.of(a, b), List.of(
                Constraint.requires("alpha", "on", "beta", "on", "alpha needs beta's hook"),
                Constraint.excludes("beta", "on", "alpha", "off", "beta alone is pointless")));
        assertEquals("alpha=on,beta=on", model.parse("alpha=on,beta=on").toString());
        var e = assertThrows(FeatureVectorException.class, () -> model.parse("alpha=on"));
        assertEquals(FeatureVectorException.Problem.CONSTRAINT, e.problem());
        assertEquals("alpha=on requires beta=on (not beta=off): alpha needs beta's hook", e.getMessage());
        e = assertThrows(FeatureVectorException.class, () -> model.parse("beta=on"));
        assertEquals("beta=on cannot be combined with alpha=off: beta alone is pointless", e.getMessage());
    }

    @Test
    void nativeTailCallsDeclareTheirCapability() {
        Alternative nativeTc = FeatureModel.standard().feature("tailcall").orElseThrow().alternative("native")
                .orElseThrow();
        assertEquals(Set.of("tail-call"), nativeTc.capabilities());
    }

    @Test
    void overriddenByLetsLaterTextWinEvenWithDefaults() {
        FeatureVector profile = FeatureVector.parse("memory=fixed:64,switch=every-n:100");
        assertEquals("switch=every-n:100", profile.overriddenBy("memory=grow").toString());
        assertEquals("memory=fixed:8,switch=every-n:100", profile.overriddenBy("memory=fixed:8").toString());
        assertEquals(profile, profile.overriddenBy(""));
        var e = assertThrows(FeatureVectorException.class, () -> profile.overriddenBy("tailcall=native"));
        assertEquals(FeatureVectorException.Problem.NOT_BUILT, e.problem());
    }

    @Test
    void overriddenByVerifiesTheTextsChoicesTogether() {
        // One at a time, switch=flag would meet the profile's interrupt=poll and be refused.
        FeatureVector profile = FeatureVector.parse("opt=0");
        FeatureVector flag = profile.overriddenBy("switch=flag,interrupt=flag");
        assertEquals("switch=flag,interrupt=flag,opt=0", flag.toString());
        assertEquals("switch=every,interrupt=flag,opt=0", flag.overriddenBy("switch=every").toString());
        var e = assertThrows(FeatureVectorException.class, () -> flag.overriddenBy("interrupt=poll"));
        assertEquals(FeatureVectorException.Problem.CONSTRAINT, e.problem());
    }

    @Test
    void switchByFlagNeedsAHostThatWritesMemoryWhileTheModuleRuns() {
        assertEquals(Set.of("async-memory-write"), FeatureVector.parse("switch=flag,interrupt=flag").requiredCapabilities());
        assertEquals(Set.of(), FeatureVector.parse("interrupt=flag").requiredCapabilities());
    }

    @Test
    void withReplacesOneChoice() {
        FeatureVector v = FeatureVector.parse("memory=fixed:64");
        Feature memory = v.model().feature("memory").orElseThrow();
        FeatureVector back = v.with(Choice.defaultOf(memory));
        assertEquals(FeatureVector.defaults(), back);
        assertFalse(v.isDefault());
    }

    @Test
    void standardModelIsOneInstance() {
        assertSame(FeatureModel.standard(), FeatureModel.standard());
    }

    @ParameterizedTest
    @ValueSource(strings = {"", " ", "\t"})
    void blankTextIsAllDefaults(String text) {
        assertEquals(FeatureVector.defaults(), FeatureVector.parse(text));
    }
}
