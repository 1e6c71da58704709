package dev.weft.bench;

import dev.weft.backend.Compiler;
import dev.weft.features.FeatureVector;
import dev.weft.frontend.diagnostics.Diagnostics;
import dev.weft.frontend.diagnostics.SourceFile;
import java.util.concurrent.TimeUnit;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Fork;
import org.openjdk.jmh.annotations.Measurement;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.Warmup;

/**
 * Source to unoptimised .wasm (opt=0: no wasm-opt) for a generated program of
 * {@value #LINES} lines, cold: each measurement is the first compile in a
 * fresh JVM, as a user's one-off {@code weft build} is (JIT not warmed up;
 * the JVM's own start-up is not included). The standard library is compiled
 * with it, as always.
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.SingleShotTime)
@OutputTimeUnit(TimeUnit.MILLISECONDS)
@Warmup(iterations = 0)
@Measurement(iterations = 1)
@Fork(value = 5)
public class CompileColdBenchmark {
    public static final int LINES = 10_000;

    private SourceFile source;
    private FeatureVector vector;

    @Setup
    public void generate() {
        source = new SourceFile("bench-" + LINES + ".weft", ProgramGenerator.generate(LINES));
        vector = FeatureVector.parse("opt=0");
    }

    @Benchmark
    public byte[] compile() {
        Diagnostics diagnostics = new Diagnostics();
        return Compiler.compile(source, vector, diagnostics)
                .orElseThrow(() -> new IllegalStateException("the generated program does not compile: " + diagnostics.all()));
    }
}
