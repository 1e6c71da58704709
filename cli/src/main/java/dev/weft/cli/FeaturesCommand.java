package dev.weft.cli;

import dev.weft.features.FeatureJson;
import dev.weft.features.FeatureModel;
import dev.weft.features.FeatureTable;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

@Command(name = "features", mixinStandardHelpOptions = true,
        description = {"Lists the features of a vector, their alternatives (the first is the default), which are built,",
                "and the constraints between them. A vector is written feature=alternative[:value],... (e.g. memory=fixed:16,opt=0)."})
final class FeaturesCommand implements Callable<Integer> {
    @Option(names = "--json", description = "Print the model as JSON (alternatives with units, capabilities, passes; constraints).")
    boolean json;

    @Override
    public Integer call() {
        FeatureModel model = FeatureModel.standard();
        if (json) {
            System.out.print(FeatureJson.render(model));
            return ExitCodes.OK;
        }
        System.out.print(FeatureTable.render(model));
        if (!model.constraints().isEmpty()) {
            System.out.println();
            System.out.println("CONSTRAINTS");
            model.constraints().forEach(c -> System.out.println(c + ": " + c.reason()));
        }
        return ExitCodes.OK;
    }
}
