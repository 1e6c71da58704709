package dev.weft.features;

import static dev.weft.features.FeatureVectorException.Problem.BAD_PARAMETER;
import static dev.weft.features.FeatureVectorException.Problem.CONSTRAINT;
import static dev.weft.features.FeatureVectorException.Problem.DUPLICATE_FEATURE;
import static dev.weft.features.FeatureVectorException.Problem.MALFORMED;
import static dev.weft.features.FeatureVectorException.Problem.NOT_BUILT;
import static dev.weft.features.FeatureVectorException.Problem.UNKNOWN_ALTERNATIVE;
import static dev.weft.features.FeatureVectorException.Problem.UNKNOWN_FEATURE;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import dev.weft.features.FeatureVectorException.Problem;
import java.util.List;
import java.util.OptionalLong;
import org.junit.jupiter.api.Test;

/** Every message a user can get from a vector, word for word. */
class FeatureVectorErrorsTest {
    private static final String SHAPE =
            "expected feature=alternative[:parameter], comma-separated, as in memory=fixed:16";
    private static final String FEATURES = "features: memory, switch, interrupt, interp, gc, gcstress, tailcall, opt";
    private static final String FIXED_TAKES = "fixed takes a size in MiB from 1 to 4096, as in memory=fixed:16";

    private static void rejects(String text, Problem problem, String message) {
        var e = assertThrows(FeatureVectorException.class, () -> FeatureVector.parse(text), text);
        assertEquals(message, e.getMessage(), text);
        assertEquals(problem, e.problem(), text);
    }

    @Test
    void unknownFeatureSuggestsTheNearestAndListsAll() {
        rejects("memroy=grow", UNKNOWN_FEATURE,
                "unknown feature 'memroy' in 'memroy=grow'; did you mean 'memory'? " + FEATURES);
        rejects("mem=grow", UNKNOWN_FEATURE,
                "unknown feature 'mem' in 'mem=grow'; did you mean 'memory'? " + FEATURES);
        rejects("Memory=grow", UNKNOWN_FEATURE,
                "unknown feature 'Memory' in 'Memory=grow'; did you mean 'memory'? " + FEATURES);
        rejects("tailcalls=loop", UNKNOWN_FEATURE,
                "unknown feature 'tailcalls' in 'tailcalls=loop'; did you mean 'tailcall'? " + FEATURES);
        rejects("foo=bar", UNKNOWN_FEATURE, "unknown feature 'foo' in 'foo=bar'; " + FEATURES);
    }

    @Test
    void unknownAlternativeListsTheValidOnes() {
        rejects("memory=big", UNKNOWN_ALTERNATIVE,
                "unknown alternative 'big' for memory in 'memory=big'; valid: grow, fixed:<MiB>, host");
        rejects("memory=fixd:16", UNKNOWN_ALTERNATIVE,
                "unknown alternative 'fixd' for memory in 'memory=fixd:16'; did you mean 'fixed'? "
                        + "valid: grow, fixed:<MiB>, host");
        rejects("switch=every-m:5", UNKNOWN_ALTERNATIVE,
                "unknown alternative 'every-m' for switch in 'switch=every-m:5'; did you mean 'every-n'? "
                        + "valid: every-n:<N>, every, clock:<us>, flag");
    }

    @Test
    void missingParameterSaysWhatItTakes() {
        rejects("memory=fixed", BAD_PARAMETER, "memory=fixed needs a parameter: " + FIXED_TAKES);
        rejects("memory=fixed:", BAD_PARAMETER, "memory=fixed needs a parameter: " + FIXED_TAKES);
        rejects("switch=every-n", BAD_PARAMETER, "switch=every-n needs a parameter: "
                + "every-n takes a number of reductions from 1 to 100000000, as in switch=every-n:4000");
    }

    @Test
    void badParameterSaysWhatItTakes() {
        rejects("memory=fixed:lots", BAD_PARAMETER,
                "bad parameter 'lots' in 'memory=fixed:lots': " + FIXED_TAKES);
        rejects("memory=fixed:-1", BAD_PARAMETER, "bad parameter '-1' in 'memory=fixed:-1': " + FIXED_TAKES);
        rejects("memory=fixed:1.5", BAD_PARAMETER, "bad parameter '1.5' in 'memory=fixed:1.5': " + FIXED_TAKES);
        rejects("memory=fixed:99999999999999999999", BAD_PARAMETER,
                "bad parameter '99999999999999999999' in 'memory=fixed:99999999999999999999': " + FIXED_TAKES);
    }

    @Test
    void parameterOutOfRangeSaysTheRange() {
        rejects("memory=fixed:0", BAD_PARAMETER, "parameter 0 is out of range in memory=fixed:0: " + FIXED_TAKES);
        rejects("memory=fixed:4097", BAD_PARAMETER,
                "parameter 4097 is out of range in memory=fixed:4097: " + FIXED_TAKES);
    }

    @Test
    void parameterWhereNoneIsTaken() {
        rejects("memory=grow:3", BAD_PARAMETER,
                "memory=grow takes no parameter (got 'grow:3'); valid: grow, fixed:<MiB>, host");
        rejects("memory=grow:", BAD_PARAMETER,
                "memory=grow takes no parameter (got 'grow:'); valid: grow, fixed:<MiB>, host");
    }

    @Test
    void featureGivenTwice() {
        rejects("memory=grow,memory=fixed:16", DUPLICATE_FEATURE,
                "feature memory is given twice (memory=grow and memory=fixed:16); give each feature at most once");
        rejects("memory=fixed:16,switch=every-n:9,memory=fixed:16", DUPLICATE_FEATURE,
                "feature memory is given twice (memory=fixed:16 and memory=fixed:16); "
                        + "give each feature at most once");
    }

    @Test
    void notYetBuiltIsRefusedWithTheBuiltOnes() {
        rejects("interrupt=none", NOT_BUILT, "interrupt=none is not built yet; built alternatives: poll, flag");
        rejects("interp=on", NOT_BUILT, "interp=on is not built yet; built alternatives: off");
        rejects("tailcall=native", NOT_BUILT, "tailcall=native is not built yet; built alternatives: loop");
        rejects("memory=fixed:8,tailcall=native", NOT_BUILT,
                "tailcall=native is not built yet; built alternatives: loop");
    }

    private static final String ONE_FLAG_WORD = "the host raises both through one flag word in linear memory, "
            + "so a host that can preempt by flag delivers interrupts by flag too";

    @Test
    void switchByFlagNeedsInterruptByFlag() {
        rejects("switch=flag", CONSTRAINT, "switch=flag requires interrupt=flag (not interrupt=poll): " + ONE_FLAG_WORD);
        rejects("interrupt=poll,switch=flag", CONSTRAINT,
                "switch=flag requires interrupt=flag (not interrupt=poll): " + ONE_FLAG_WORD);
        // The other way round is no rule: interrupt=flag goes with every switch alternative.
        assertEquals("switch=every,interrupt=flag", FeatureVector.parse("interrupt=flag,switch=every").toString());
        assertEquals("switch=flag,interrupt=flag", FeatureVector.parse("interrupt=flag,switch=flag").toString());
    }

    /**
     * tailcall=native is not built, so the standard model refuses it for that
     * first; with it built, as here, each switch alternative excludes it.
     */
    @Test
    void asyncifySwitchingExcludesNativeTailCalls() {
        var model = withNativeTailCallsBuilt();
        String reason = ": Binaryen 108's asyncify refuses return_call: tail calls not yet supported in asyncify";
        for (String[] c : new String[][] {
                {"tailcall=native", "switch=every-n:4000"},
                {"switch=every-n:100,tailcall=native", "switch=every-n:100"},
                {"switch=every,tailcall=native", "switch=every"},
                {"switch=clock:1000,tailcall=native", "switch=clock:1000"},
                {"switch=flag,interrupt=flag,tailcall=native", "switch=flag"}}) {
            var e = assertThrows(FeatureVectorException.class, () -> model.parse(c[0]), c[0]);
            assertEquals(CONSTRAINT, e.problem(), c[0]);
            assertEquals(c[1] + " cannot be combined with tailcall=native" + reason, e.getMessage(), c[0]);
        }
        assertEquals("", model.parse("tailcall=loop").toString());
    }

    /** The standard model with tailcall=native built, its constraints unchanged. */
    private static FeatureModel withNativeTailCallsBuilt() {
        FeatureModel standard = FeatureModel.standard();
        var features = standard.features().stream().map(f -> !f.name().equals("tailcall") ? f
                : new Feature(f.name(), f.description(), f.alternatives().stream()
                        .map(a -> a.withStatus(Alternative.Status.BUILT)).toList())).toList();
        return new FeatureModel(standard.coreUnits(), features, standard.constraints());
    }

    @Test
    void notBuiltParameterIsStillCheckedFirst() {
        rejects("switch=clock:0", BAD_PARAMETER, "parameter 0 is out of range in switch=clock:0: "
                + "clock takes a slice in microseconds from 1 to 10000000, as in switch=clock:1000");
    }

    @Test
    void malformedText() {
        rejects("memory=grow,,", MALFORMED, "empty choice in 'memory=grow,,': " + SHAPE);
        rejects(",memory=grow", MALFORMED, "empty choice in ',memory=grow': " + SHAPE);
        rejects("=grow", MALFORMED, "malformed choice '=grow': " + SHAPE);
        rejects("memory=", MALFORMED, "malformed choice 'memory=': " + SHAPE);
        rejects("a=b=c", MALFORMED, "malformed choice 'a=b=c': " + SHAPE);
        rejects("memory fixed", MALFORMED, "malformed choice 'memory fixed': " + SHAPE);
    }

    @Test
    void loneWordsGetAHint() {
        rejects("memory", MALFORMED,
                "malformed choice 'memory': " + SHAPE + "; memory takes one of: grow, fixed:<MiB>, host");
        rejects("fixed:16", MALFORMED, "malformed choice 'fixed:16': " + SHAPE + "; did you mean memory=fixed:16?");
        rejects("flag", MALFORMED,
                "malformed choice 'flag': " + SHAPE + "; did you mean switch=flag or interrupt=flag?");
    }

    @Test
    void choicesMadeInCodeAreCheckedToo() {
        Feature memory = FeatureModel.standard().feature("memory").orElseThrow();
        Alternative fixed = memory.alternative("fixed").orElseThrow();
        Alternative grow = memory.alternative("grow").orElseThrow();
        var e = assertThrows(FeatureVectorException.class, () -> new Choice(memory, fixed, OptionalLong.empty()));
        assertEquals("memory=fixed needs a parameter: " + FIXED_TAKES, e.getMessage());
        e = assertThrows(FeatureVectorException.class, () -> new Choice(memory, grow, OptionalLong.of(3)));
        assertEquals("memory=grow takes no parameter (got 'grow:3'); valid: grow, fixed:<MiB>, host",
                e.getMessage());
        Feature interp = FeatureModel.standard().feature("interp").orElseThrow();
        Choice on = new Choice(interp, interp.alternative("on").orElseThrow(), OptionalLong.empty());
        e = assertThrows(FeatureVectorException.class,
                () -> FeatureVector.of(FeatureModel.standard(), List.of(on)));
        assertEquals(NOT_BUILT, e.problem());
    }
}
