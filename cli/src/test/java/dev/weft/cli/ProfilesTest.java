package dev.weft.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.weft.cli.WeftInProcess.Result;
import dev.weft.features.FeatureModel;
import dev.weft.features.FeatureVector;
import dev.weft.features.Profile;
import dev.weft.matrix.Reproduce;
import dev.weft.matrix.VectorSet;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import picocli.CommandLine;

/**
 * Each command's defaults come from its profile in the feature model, and
 * nowhere else: the vector run and build compile with is the profile's, with
 * --features and -O flags on top, and weft features and the help texts show
 * the same profiles.
 */
class ProfilesTest {
    private static final FeatureModel MODEL = FeatureModel.standard();
    private static final FeatureVector RUN = MODEL.vector(MODEL.profile(Profile.RUN));
    private static final FeatureVector BUILD = MODEL.vector(MODEL.profile(Profile.BUILD));

    private static FeatureVector run(String... args) {
        return CommandLine.populateCommand(new RunCommand(), args).vector();
    }

    private static FeatureVector build(String... args) {
        var all = new ArrayList<>(List.of(args));
        all.addAll(List.of("-o", "out.wasm"));
        return CommandLine.populateCommand(new BuildCommand(), all.toArray(String[]::new)).vector();
    }

    @Test
    void eachCommandCompilesWithItsProfile() {
        assertEquals(RUN, run("p.weft"));
        assertEquals(BUILD, build("p.weft"));
        assertEquals(MODEL.defaults(), BUILD, "build's profile is the model's defaults");
        assertNotEquals(BUILD, RUN);
        // The run profile's choices as written, each in run's vector (poll is today's default, so its
        // canonical text shows only opt=0).
        for (String choice : MODEL.profile(Profile.RUN).choices().split(",")) {
            String feature = choice.substring(0, choice.indexOf('='));
            assertEquals(choice, run("p.weft").choice(feature).toString());
        }
    }

    @Test
    void featuresAndOptFlagsWinOverEitherProfile() {
        assertEquals(RUN.overriddenBy("opt=2"), run("p.weft", "--features", "opt=2"));
        assertEquals("opt=2", run("p.weft", "--features", "opt=2").choice("opt").toString());
        assertEquals(BUILD.overriddenBy("opt=0"), build("p.weft", "--features", "opt=0"));
        assertEquals(RUN, build("p.weft", "--features", MODEL.profile(Profile.RUN).choices()),
                "build given run's choices builds what run runs");
        List<String> buildsChoices = new ArrayList<>();
        for (String choice : MODEL.profile(Profile.RUN).choices().split(",")) {
            buildsChoices.add(BUILD.choice(choice.substring(0, choice.indexOf('='))).toString());
        }
        assertEquals(BUILD, run("p.weft", "--features", String.join(",", buildsChoices)),
                "run given build's choices for what its profile sets runs what build builds");
        assertEquals(RUN.overriddenBy("memory=host"), run("p.weft", "--features", "memory=host"));
        assertEquals("memory=host", build("p.weft", "--features", "memory=host").toString());
        assertEquals("opt=s", run("p.weft", "--features", "opt=2", "-Os").choice("opt").toString());
        assertEquals("opt=0", build("p.weft", "-O0").choice("opt").toString());
    }

    /**
     * A matrix cell's reproducing command, given to weft run, compiles the
     * cell's own vector: the command spells out every choice that run's
     * profile would otherwise change.
     */
    @Test
    void reproduceCommandsGiveRunTheCellsVector() {
        var vectors = new ArrayList<>(new VectorSet.SinglesSet().vectors(MODEL));
        vectors.add(RUN);
        for (FeatureVector v : vectors) {
            String command = Reproduce.command("p.weft", "chicory", v);
            List<String> args = new ArrayList<>(List.of(command.split(" ")));
            assertEquals(List.of("./weft", "run"), args.subList(0, 2), command);
            assertEquals(v, run(args.subList(2, args.size()).toArray(String[]::new)), command);
        }
    }

    @Test
    void weftFeaturesShowsBothProfilesAndTheHelpTextsAgree() {
        Result r = WeftInProcess.run("features");
        assertEquals(0, r.exit(), r.err());
        List<String> lines = r.out().lines().toList();
        int heading = lines.indexOf(lines.stream().filter(l -> l.startsWith("PROFILES")).findFirst().orElseThrow());
        assertTrue(lines.get(heading + 1).matches("build +\\(the defaults\\) +a module to ship: .*"), lines.get(heading + 1));
        assertTrue(lines.get(heading + 2).matches("run +" + MODEL.profile(Profile.RUN).choices() + " +a module run at once .*"),
                lines.get(heading + 2));
        assertEquals(heading + 3, lines.size(), "the profiles end the listing");
        // picocli wraps lines where it likes (after a colon or a comma too), so compare without white space.
        String runHelp = WeftInProcess.run("run", "--help").out().replaceAll("\\s", "");
        for (String choice : MODEL.profile(Profile.RUN).choices().split(",")) {
            assertTrue(runHelp.contains(choice), "run --help names " + choice + ": " + runHelp);
        }
        String buildHelp = WeftInProcess.run("build", "--help").out().replaceAll("\\s", "");
        assertTrue(buildHelp.contains("importingonlyWASIpreview1"), buildHelp);
        String json = WeftInProcess.run("features", "--json").out();
        assertTrue(json.contains("{\"choices\": \"" + MODEL.profile(Profile.RUN).choices() + "\", \"name\": \"run\", "
                + "\"reason\": \"" + MODEL.profile(Profile.RUN).reason() + "\", \"vector\": \"" + RUN + "\"}"), json);
    }
}
