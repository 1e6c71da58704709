package dev.weft.matrix.engines;

import dev.weft.features.FeatureVector;
import java.util.Optional;
import java.util.Set;

/**
 * A WebAssembly engine that runs WASI command modules, as Binaryen's fuzz_opt.py
 * VMs: a name, what it can do, whether it can run a vector, and a run.
 */
public interface Engine {
    String name();

    /** Host capabilities, such as "tail-call". */
    Set<String> capabilities();

    /** Empty when the engine can run modules built with the vector; otherwise why not. */
    default Optional<String> cannotRun(FeatureVector vector) {
        for (String needed : vector.requiredCapabilities()) {
            if (!capabilities().contains(needed)) {
                return Optional.of(name() + " lacks the capability " + needed + " that " + vector + " needs");
            }
        }
        return Optional.empty();
    }

    /** Runs a module to completion, capturing its output. */
    RunOutcome run(byte[] module, RunInput input);
}
