package dev.weft.matrix;

import dev.weft.features.Choice;
import dev.weft.features.FeatureVector;
import java.util.ArrayList;
import java.util.List;

/** The one-line command that reproduces a cell: {@code ./weft run PROGRAM --engine E --features V}. */
public final class Reproduce {
    /**
     * The profile {@code weft run} applies before --features (RunCommand.PROFILE
     * in the cli module, checked equal by a cli test): every feature it sets
     * must be spelled out in the command, or run would change the vector.
     */
    public static final String RUN_PROFILE = "opt=0";

    private Reproduce() {}

    public static String command(String program, String engine, FeatureVector vector) {
        List<String> choices = new ArrayList<>();
        for (Choice c : vector.nonDefaultChoices()) choices.add(c.toString());
        FeatureVector profile = vector.model().defaults().overriddenBy(RUN_PROFILE);
        for (Choice c : profile.nonDefaultChoices()) {
            Choice wanted = vector.choice(c.feature());
            if (wanted.isDefault()) choices.add(wanted.toString());
        }
        // Model order, as canonical vectors are written.
        List<String> ordered = new ArrayList<>();
        for (Choice c : vector.choices()) if (choices.contains(c.toString())) ordered.add(c.toString());
        return "./weft run " + program + " --engine " + engine
                + (ordered.isEmpty() ? "" : " --features " + String.join(",", ordered));
    }
}
