package dev.weft.cli;

import dev.weft.features.FeatureModel;
import dev.weft.features.FeatureTable;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;

@Command(name = "features", mixinStandardHelpOptions = true,
        description = "Lists the RTS features, their alternatives (the first is the default) and which are built.")
final class FeaturesCommand implements Callable<Integer> {
    @Override
    public Integer call() {
        System.out.print(FeatureTable.render(FeatureModel.standard()));
        return ExitCodes.OK;
    }
}
