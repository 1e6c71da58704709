package dev.weft.matrix.fuzz;

/** What one input did: how far it went through the toolchain, or how the toolchain failed on it. */
public sealed interface Outcome {
    /** No internal error; {@code stage} says where the input stopped. */
    record Passed(Stage stage) implements Outcome {}

    record Failed(Failure failure) implements Outcome {}

    /** Where a passing input stopped, counted in the campaign's summary. */
    enum Stage {
        /** Check reported errors: most mutants. */
        DIAGNOSED,
        /** Check passed; the build reported errors (E0901) or refused with a message the user can act on. */
        BUILD_DIAGNOSED,
        /** Built, and Chicory's parser and validator accept the module (the run was not asked for). */
        BUILT,
        /** Built and ran to its end on Chicory's interpreter (any exit code: traps and runtime errors included). */
        RAN,
        /** Built and still running at the run's bound, then stopped: a mutant may well loop for ever. */
        RAN_LONG
    }
}
