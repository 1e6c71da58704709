package dev.weft.matrix.fuzz;

/**
 * What the fuzzer feeds: the whole toolchain ({@link Pipeline}) or, in tests
 * of the fuzzer itself, a target with a planted bug that the campaign must find.
 */
@FunctionalInterface
public interface Target {
    /**
     * @param name the name the input is reported under (its seed's path, so imports resolve)
     * @return the outcome; a throw counts as a failure too, but a target should catch and say where
     */
    Outcome run(String name, byte[] input);
}
