package dev.weft.features.internal;

import java.util.ArrayList;
import java.util.List;

/**
 * wasm-opt's -O2, -O3 and -Os written out pass by pass, with the two passes
 * whose time grows with the square of a call chain's length replaced by their
 * plain forms, each followed by one more round of the function passes (decision
 * 0018).
 *
 * <p>Binaryen 108's presets run {@code dae-optimizing} and
 * {@code inlining-optimizing}, which optimise the functions they changed and
 * then look again, until nothing changes. On a program of N functions each
 * calling the next with a constant, each look finds one more function: 1,000
 * such functions took 4.7 s under -O2 and 10,000 took 1,146 s under -O3. With
 * {@code dae} and {@code inlining}, each once, then the function passes once,
 * 10,000 take 1.9 s, and the benchmark programs come out within 0.3% of the
 * presets' sizes with the same outputs and, on Node, the same times within
 * the noise.
 *
 * <p>The lists are the presets' own, read from {@code wasm-opt -ON --debug} of
 * Binaryen 108 (Debian's package); {@code --optimize-level} and
 * {@code --shrink-level} set what the passes read of the level (inlining's
 * size limits, say), as the presets do.
 */
final class BinaryenPipeline {
    private BinaryenPipeline() {}

    private static final String SHARED_HEAD = "dce remove-unused-names remove-unused-brs remove-unused-names "
            + "optimize-instructions pick-load-signs";

    /** The presets' function passes at -O3: SSA first, and merge-locals, local-cse and code-folding. */
    private static final String FUNCTION_3 = "ssa-nomerge " + SHARED_HEAD + " precompute-propagate code-pushing "
            + "simplify-locals-nostructure vacuum reorder-locals remove-unused-brs merge-locals coalesce-locals local-cse "
            + "simplify-locals vacuum reorder-locals coalesce-locals reorder-locals vacuum code-folding merge-blocks "
            + "remove-unused-brs remove-unused-names merge-blocks precompute-propagate optimize-instructions rse vacuum";

    private static final String FUNCTION_2 = SHARED_HEAD + " precompute code-pushing simplify-locals-nostructure "
            + "vacuum reorder-locals remove-unused-brs coalesce-locals simplify-locals vacuum reorder-locals coalesce-locals "
            + "reorder-locals vacuum merge-blocks remove-unused-brs remove-unused-names merge-blocks precompute "
            + "optimize-instructions rse vacuum";

    private static final String FUNCTION_S = "ssa-nomerge " + SHARED_HEAD + " precompute code-pushing "
            + "simplify-locals-nostructure vacuum reorder-locals remove-unused-brs coalesce-locals local-cse simplify-locals "
            + "vacuum reorder-locals coalesce-locals reorder-locals vacuum code-folding merge-blocks remove-unused-brs "
            + "remove-unused-names merge-blocks precompute optimize-instructions rse vacuum";

    private static final String GLOBAL_PRE = "duplicate-function-elimination memory-packing once-reduction";

    private static final String GLOBAL_POST = "duplicate-function-elimination duplicate-import-elimination "
            + "simplify-globals-optimizing remove-unused-module-elements directize generate-stack-ir optimize-stack-ir";

    /** -O3's passes. */
    static List<String> o3() {
        return pipeline("3", "0", FUNCTION_3);
    }

    /** -O2's passes. */
    static List<String> o2() {
        return pipeline("2", "0", FUNCTION_2);
    }

    /** -Os's passes. */
    static List<String> os() {
        return pipeline("2", "1", FUNCTION_S);
    }

    private static List<String> pipeline(String optimizeLevel, String shrinkLevel, String functionPasses) {
        List<String> out = new ArrayList<>(List.of("--optimize-level", optimizeLevel, "--shrink-level", shrinkLevel));
        passes(out, GLOBAL_PRE);
        passes(out, functionPasses);
        out.add("--dae");
        passes(out, functionPasses);
        out.add("--inlining");
        passes(out, functionPasses);
        passes(out, GLOBAL_POST);
        return out;
    }

    private static void passes(List<String> out, String names) {
        for (String name : names.split(" ")) out.add("--" + name);
    }
}
