import dev.weft.matrix.engines.Engine;
import dev.weft.matrix.engines.Engines;
import dev.weft.matrix.engines.RunInput;
import dev.weft.matrix.engines.RunOutcome;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * bench/run's runner: runs WASI command modules on the toolchain's engines
 * (dev.weft.matrix.engines), one JVM for all of them. Reads jobs from the file
 * named by its argument, one a line, fields separated by tabs:
 *
 *   ENGINE  MODULE.wasm  OUTPUT-FILE  REPEAT  [ARG...]
 *
 * runs each REPEAT times, writes the last run's stdout to OUTPUT-FILE, and
 * prints one line per job: ENGINE, MODULE, exit code, the best run's seconds,
 * every run's seconds, the peak linear memory in bytes, the longest GC
 * pause in ms and the peak heap in bytes (Weft's --stats: the bytes its
 * regions held at most, bench/run-processes' measure of a process's memory;
 * "-" when the module does not say). The memory, pause and heap
 * come from the module's stderr: the peers print "linear memory: N bytes",
 * Weft built with --stats its statistics (core/stats.wat); other stderr
 * lines are passed through. The time is the engine's own (RunOutcome.time):
 * Wasmtime's covers Cranelift's compilation, instantiation and the run; Node's
 * is the node subprocess's wall-clock time.
 */
public final class BenchRunner {
    private static final Pattern MEMORY = Pattern.compile("(?:linear memory:|  memory) +([0-9,]+) bytes");
    private static final Pattern HEAP = Pattern.compile("  peak heap +([0-9,]+) bytes");
    private static final Pattern PAUSE = Pattern.compile("  pauses +[0-9,.]+ ms in total, ([0-9,.]+) ms the longest");

    public static void main(String[] args) throws Exception {
        List<String> jobs = Files.readAllLines(Path.of(args[0]), StandardCharsets.UTF_8);
        for (String job : jobs) {
            if (job.isBlank()) continue;
            String[] f = job.split("\t");
            Engine engine = Engines.named(f[0]);
            var missing = engine.unavailable();
            if (missing.isPresent()) {
                System.out.println(f[0] + "\t" + f[1] + "\tunavailable\t" + missing.get());
                continue;
            }
            byte[] module = Files.readAllBytes(Path.of(f[1]));
            int repeat = Integer.parseInt(f[3]);
            List<String> arguments = Arrays.asList(f).subList(4, f.length);
            double best = Double.MAX_VALUE;
            List<String> all = new ArrayList<>();
            RunOutcome last = null;
            for (int i = 0; i < repeat; i++) {
                last = engine.run(module, new RunInput(Path.of(f[1]).getFileName().toString(), arguments, new byte[0]));
                double s = last.time().toNanos() / 1e9;
                best = Math.min(best, s);
                all.add(String.format("%.3f", s));
            }
            Files.writeString(Path.of(f[2]), last.stdout(), StandardCharsets.UTF_8);
            String memory = "-";
            String pause = "-";
            String heap = "-";
            boolean stats = false;
            for (String line : last.stderr().lines().toList()) {
                Matcher m = MEMORY.matcher(line);
                Matcher p = PAUSE.matcher(line);
                Matcher h = HEAP.matcher(line);
                if (m.matches()) memory = m.group(1).replace(",", "");
                else if (h.matches()) heap = h.group(1).replace(",", "");
                else if (p.matches()) pause = p.group(1).replace(",", "");
                else if (line.equals("weft stats")) stats = true;
                else if (!(stats && line.startsWith("  "))) System.err.println(line);
            }
            System.out.println(f[0] + "\t" + f[1] + "\t" + last.exitCode() + "\t" + String.format("%.3f", best) + "\t"
                    + String.join(",", all) + "\t" + memory + "\t" + pause + "\t" + heap);
            System.out.flush();
        }
    }
}
