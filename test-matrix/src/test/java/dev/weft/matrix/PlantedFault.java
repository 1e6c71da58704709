package dev.weft.matrix;

import dev.weft.features.Alternative;
import dev.weft.features.Feature;
import dev.weft.features.FeatureModel;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/**
 * A miscompile planted for tests, at one optimisation level: the feature
 * {@code plant=off|faulty}, whose faulty alternative links
 * test-only/plant-opt-s.wat (test resources), in a model whose opt
 * alternatives tell units whether they are s (template parameter
 * {@code test_opt_s}). With opt=s and plant=faulty every false Bool shows as
 * true; at opt=0, 2 and 3 the plant does nothing. Never in the standard
 * model: users cannot reach it.
 */
public final class PlantedFault {
    private PlantedFault() {}

    static final Feature PLANT = new Feature("plant", "a planted miscompile (test only)", List.of(
            Alternative.of("off", "no plant"),
            Alternative.of("faulty", "shows false as true under opt=s").withUnits("test-only/plant-opt-s.wat")));

    public static FeatureModel model() {
        FeatureModel standard = FeatureModel.standard();
        List<Feature> features = new ArrayList<>();
        for (Feature f : standard.features()) {
            if (!f.name().equals("opt")) {
                features.add(f);
                continue;
            }
            features.add(new Feature(f.name(), f.description(), f.alternatives().stream()
                    .map(a -> a.withTemplateParameters(v -> Map.of("test_opt_s", a.name().equals("s") ? "1" : "0")))
                    .toList()));
        }
        features.add(PLANT);
        return new FeatureModel(standard.coreUnits(), features, standard.constraints());
    }
}
