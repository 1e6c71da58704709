package dev.weft.matrix;

import dev.weft.features.Choice;
import dev.weft.features.FeatureModel;
import dev.weft.features.FeatureVector;
import dev.weft.features.Profile;
import java.util.ArrayList;
import java.util.List;

/** The one-line command that reproduces a cell: {@code ./weft run PROGRAM --engine E --features V}. */
public final class Reproduce {
    private Reproduce() {}

    public static String command(String program, String engine, FeatureVector vector) {
        List<String> choices = new ArrayList<>();
        for (Choice c : vector.nonDefaultChoices()) choices.add(c.toString());
        // weft run starts from its profile in the standard model, not from the defaults: every
        // feature the profile sets must be spelled out, or run would change the vector.
        FeatureVector profile = vector.model().defaults()
                .overriddenBy(FeatureModel.standard().profile(Profile.RUN).choices());
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
