package dev.weft.bench;

import dev.weft.frontend.Frontend;
import dev.weft.frontend.check.TypedProgram;
import dev.weft.frontend.diagnostics.DiagnosticPrinter;
import dev.weft.frontend.diagnostics.Diagnostics;
import dev.weft.frontend.diagnostics.SourceFile;
import dev.weft.frontend.parser.WeftParserFacade;
import dev.weft.frontend.syntax.CompilationUnit;
import java.util.Optional;
import java.util.concurrent.TimeUnit;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Fork;
import org.openjdk.jmh.annotations.Measurement;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OperationsPerInvocation;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.Warmup;

/**
 * Frontend throughput on a generated program of {@value #LINES} lines
 * ({@link ProgramGenerator}, default seed). One invocation handles the whole
 * file and counts as {@value #LINES} operations, so JMH's ops/s are lines per
 * second. {@code parse} is source text to syntax tree; {@code check} is the
 * whole frontend (parse, outline, names, types), as {@code weft} runs it.
 * The {@link SourceFile} (the text and its line index) is built once in setup.
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.Throughput)
@OutputTimeUnit(TimeUnit.SECONDS)
@OperationsPerInvocation(FrontendBenchmark.LINES)
// One check of 20,000 lines takes 0.15 to 1 s, and warm speed comes only after
// several seconds of JIT work (on 2 cores: 17k lines/s in the first 2 s, 100k+ after 10 s).
@Warmup(iterations = 6, time = 3)
@Measurement(iterations = 5, time = 3)
// A fixed, pre-touched heap: otherwise the first collections pay for page faults, not the frontend.
// ParallelGC, as the weft launcher runs the toolchain (see docs/performance.md for G1's figures).
@Fork(value = 1, jvmArgsAppend = {"-Xms2g", "-Xmx2g", "-XX:+AlwaysPreTouch", "-XX:+UseParallelGC"})
public class FrontendBenchmark {
    /** Lines in the benchmarked program. */
    public static final int LINES = 20_000;

    private SourceFile source;

    @Setup
    public void generate() {
        source = new SourceFile("bench-" + LINES + ".weft", ProgramGenerator.generate(LINES));
        // Measure only programs the frontend accepts: an error path would be a different benchmark.
        Diagnostics diagnostics = new Diagnostics();
        if (Frontend.check(source, diagnostics).isEmpty() || !diagnostics.all().isEmpty()) {
            throw new IllegalStateException("the generated program does not check cleanly:\n"
                    + diagnostics.all().stream().limit(5).map(DiagnosticPrinter::render).reduce("", String::concat));
        }
    }

    @Benchmark
    public Optional<CompilationUnit> parse() {
        return WeftParserFacade.parse(source, new Diagnostics());
    }

    @Benchmark
    public Optional<TypedProgram> check() {
        return Frontend.check(source, new Diagnostics());
    }
}
