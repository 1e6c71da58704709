package dev.weft.cli;

import dev.weft.features.FeatureJson;
import dev.weft.features.FeatureModel;
import dev.weft.features.FeatureTable;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

@Command(name = "features", mixinStandardHelpOptions = true,
        description = {"Lists the features of a vector, their alternatives (the first is the default), which are built, "
                + "the constraints between them, the alternatives whose modules import more than WASI preview1, "
                + "and each command's defaults (its profile: build's are the model's defaults, run's add opt=0 and interrupt=poll).",
                "A vector is written feature=alternative[:value],... (e.g. memory=fixed:16,opt=0)."})
final class FeaturesCommand implements Callable<Integer> {
    @Option(names = "--json", description = "Print the model as JSON (alternatives with units, capabilities, passes, imports; constraints; profiles).")
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
        for (String section : new String[] {FeatureTable.imports(model), FeatureTable.profiles(model)}) {
            if (section.isEmpty()) continue;
            System.out.println();
            System.out.print(section);
        }
        return ExitCodes.OK;
    }
}
