package dev.weft.shims;

import java.io.File;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.Duration;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.OptionalInt;
import java.util.TreeMap;
import java.util.concurrent.TimeUnit;

/**
 * Runs a WASI preview1 command module on Node as a subprocess:
 * {@code node --no-warnings --no-turbo-fast-api-calls run.mjs ...}, where
 * {@code run.mjs} (a resource beside this class, {@code node/run.mjs}) loads
 * the module with {@code node:wasi} and reports as every {@link WasmHost} does.
 *
 * <p>Without {@code --no-turbo-fast-api-calls}, Node 20's {@code node:wasi}
 * crashed (SIGSEGV) after long runs here. The standard streams are the
 * subprocess's: the JVM's own are inherited when the invocation uses
 * {@code System.in}, {@code System.out} or {@code System.err}, so output
 * appears as it is written; other streams are copied through pipes.
 *
 * <p>{@link RunResult#time()} is the subprocess's wall-clock time, Node's
 * start-up (about 40 ms) included.
 */
public final class NodeHost implements WasmHost {
    /** Flags Node always gets, before the loader. */
    public static final List<String> NODE_FLAGS = List.of("--no-warnings", "--no-turbo-fast-api-calls");

    /** The loader's exit code when the module was refused (not 70, Weft's runtime errors); the report file says why. */
    public static final int REJECTED_EXIT_CODE = 121;

    private static final String LOADER_RESOURCE = "node/run.mjs";

    private final String node;
    private final long memoryLimitPages;

    /** {@code node} from the PATH, with the default host memory limit. */
    public NodeHost() {
        this("node", WeftImports.DEFAULT_MEMORY_LIMIT_PAGES);
    }

    public NodeHost(String node, long memoryLimitPages) {
        this.node = node;
        this.memoryLimitPages = memoryLimitPages;
    }

    /**
     * Empty when {@code node} is on the PATH and is version 20 or later (the
     * first whose {@code node:wasi} takes {@code version: 'preview1'});
     * otherwise why the engine cannot run here.
     */
    public static Optional<String> unavailable() {
        return NodeVersion.problem();
    }

    /** The loader's source, for hosts that run it elsewhere (a container, say). */
    public static byte[] loaderScript() {
        try (InputStream in = NodeHost.class.getResourceAsStream(LOADER_RESOURCE)) {
            if (in == null) throw new IllegalStateException("the resource " + LOADER_RESOURCE + " is missing");
            return in.readAllBytes();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /**
     * The loader's arguments, after {@code node}, its flags and the loader's own path.
     *
     * @param module where the module's bytes are, as the loader sees it
     * @param report an empty file the loader may write its report to
     */
    public static List<String> loaderArguments(String module, String report, long memoryLimitPages, Invocation invocation) {
        List<String> args = new ArrayList<>();
        args.add(module);
        args.add(report);
        args.add(Long.toString(memoryLimitPages));
        args.add(json(invocation.environment()));
        args.addAll(invocation.argv());
        return args;
    }

    /**
     * What the loader's report file says (one {@code KIND TEXT} line per fact):
     * a trap's name, why the module was refused, how the loader failed, and the
     * exit code its main thread saw, which is absent when Node died first.
     */
    public record Report(Optional<String> trap, Optional<String> rejected, Optional<String> crash, OptionalInt exit) {
        public static Report parse(String text) {
            Map<String, String> facts = new java.util.HashMap<>();
            for (String line : text.lines().toList()) {
                int space = line.indexOf(' ');
                if (space > 0) facts.putIfAbsent(line.substring(0, space), line.substring(space + 1));
            }
            OptionalInt exit = OptionalInt.empty();
            try {
                if (facts.containsKey("exit")) exit = OptionalInt.of(Integer.parseInt(facts.get("exit").strip()));
            } catch (NumberFormatException e) {
                // a cut line: as if Node had died before writing it
            }
            return new Report(Optional.ofNullable(facts.get("trap")), Optional.ofNullable(facts.get("rejected")),
                    Optional.ofNullable(facts.get("crash")), exit);
        }
    }

    /**
     * @throws TimedOutException when the invocation's timeout passed first:
     *     node and any processes it started are killed (SIGKILL)
     * @throws EngineCrashedException when node died before the program ended,
     *     or its loader failed
     */
    @Override
    public RunResult run(byte[] module, Invocation invocation) {
        unavailable().ifPresent(why -> {
            throw new HostUnavailableException(why, null);
        });
        Path dir = null;
        try {
            Path loader = installedLoader();
            dir = Files.createTempDirectory(tmp(), "weft-node-run");
            Path wasm = Files.write(dir.resolve("module.wasm"), module);
            Path report = Files.createFile(dir.resolve("report"));
            List<String> command = new ArrayList<>();
            command.add(node);
            command.addAll(NODE_FLAGS);
            command.add(loader.toString());
            command.addAll(loaderArguments(wasm.toString(), report.toString(), memoryLimitPages, invocation));

            ProcessBuilder pb = new ProcessBuilder(command);
            pb.environment().clear(); // the program's environment is ENV-JSON; Node needs none of its own
            pb.redirectInput(invocation.stdin() == System.in ? ProcessBuilder.Redirect.INHERIT : ProcessBuilder.Redirect.PIPE);
            pb.redirectOutput(invocation.stdout() == System.out ? ProcessBuilder.Redirect.INHERIT : ProcessBuilder.Redirect.PIPE);
            pb.redirectError(invocation.stderr() == System.err ? ProcessBuilder.Redirect.INHERIT : ProcessBuilder.Redirect.PIPE);
            flush(invocation.stdout());
            flush(invocation.stderr());

            long start = System.nanoTime();
            Process process = pb.start();
            List<Thread> pumps = new ArrayList<>();
            if (pb.redirectInput() == ProcessBuilder.Redirect.PIPE) {
                pumps.add(pump("stdin", invocation.stdin(), process.getOutputStream(), true));
            }
            if (pb.redirectOutput() == ProcessBuilder.Redirect.PIPE) {
                pumps.add(pump("stdout", process.getInputStream(), invocation.stdout(), false));
            }
            if (pb.redirectError() == ProcessBuilder.Redirect.PIPE) {
                pumps.add(pump("stderr", process.getErrorStream(), invocation.stderr(), false));
            }
            int exit = waitFor(process, invocation.timeout());
            for (Thread t : pumps) {
                if (!t.getName().endsWith("stdin")) t.join();
            }
            if (exit < 0) throw new TimedOutException(invocation.timeout().orElseThrow(), true);
            Duration time = Duration.ofNanos(System.nanoTime() - start);
            flush(invocation.stdout());
            flush(invocation.stderr());

            Report parsed = Report.parse(Files.readString(report, StandardCharsets.UTF_8));
            if (parsed.rejected().isPresent() && exit == REJECTED_EXIT_CODE) {
                throw new ModuleRejectedException(parsed.rejected().get(), null);
            }
            if (parsed.crash().isPresent()) {
                throw new EngineCrashedException("node's loader failed: " + parsed.crash().get(), null);
            }
            if (parsed.exit().isEmpty()) throw new EngineCrashedException(died(exit), null);
            return new RunResult(exit, parsed.trap(), time);
        } catch (IOException e) {
            throw new UncheckedIOException("cannot run node", e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException("interrupted while the program ran", e);
        } finally {
            deleteRecursively(dir);
        }
    }

    /** The process's exit code, or -1 when the timeout passed first and it was killed. */
    private static int waitFor(Process process, Optional<Duration> timeout) throws InterruptedException {
        try {
            if (timeout.isEmpty()) return process.waitFor();
            if (process.waitFor(timeout.get().toNanos(), TimeUnit.NANOSECONDS)) return process.exitValue();
            kill(process);
            return -1;
        } catch (InterruptedException e) {
            kill(process);
            throw e;
        }
    }

    /**
     * Kills node and what it started, children first (once the parent is
     * gone they are no longer its descendants), then waits for it: the
     * pipes close, so the pumps end.
     */
    private static void kill(Process process) throws InterruptedException {
        process.descendants().forEach(ProcessHandle::destroyForcibly);
        process.destroyForcibly();
        process.waitFor(5, TimeUnit.SECONDS);
    }

    /** Why a node that wrote no exit line ended: Java reports death by signal N as 128 + N. */
    static String died(int exit) {
        if (exit > 128 && exit < 128 + 65) {
            int signal = exit - 128;
            String name = switch (signal) {
                case 6 -> " (SIGABRT)";
                case 9 -> " (SIGKILL)";
                case 11 -> " (SIGSEGV)";
                case 15 -> " (SIGTERM)";
                default -> "";
            };
            return "node was killed by signal " + signal + name + " before the program ended";
        }
        return "node exited with code " + exit + " before the program ended";
    }

    /** Copies in to out on a daemon thread; closes out afterwards when told to (the child's stdin). */
    private static Thread pump(String name, InputStream in, OutputStream out, boolean closeOut) {
        Thread t = new Thread(() -> {
            try {
                byte[] buf = new byte[8192];
                int n;
                while ((n = in.read(buf)) >= 0) {
                    out.write(buf, 0, n);
                    if (!closeOut) out.flush();
                }
            } catch (IOException ignored) {
                // The child exited without reading all of stdin, or its pipe closed.
            } finally {
                if (closeOut) {
                    try {
                        out.close();
                    } catch (IOException ignored) {
                        // already gone
                    }
                }
            }
        }, "weft-node-" + name);
        t.setDaemon(true);
        t.start();
        return t;
    }

    /**
     * The loader, written once per content under {@code java.io.tmpdir}: Node
     * resolves ES modules from files, and a name carrying the content's hash
     * never needs rewriting.
     */
    private static synchronized Path installedLoader() throws IOException {
        byte[] script = loaderScript();
        String hash;
        try {
            hash = HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(script)).substring(0, 16);
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
        Path dir = Files.createDirectories(tmp().resolve("weft-node"));
        Path target = dir.resolve("run-" + hash + ".mjs");
        if (!Files.isRegularFile(target)) {
            Path part = Files.createTempFile(dir, "run-", ".part");
            Files.write(part, script);
            Files.move(part, target, StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.ATOMIC_MOVE);
        }
        return target;
    }

    private static Path tmp() throws IOException {
        return Files.createDirectories(Path.of(System.getProperty("java.io.tmpdir")));
    }

    /** A JSON object of strings, for the loader's ENV-JSON argument. */
    static String json(Map<String, String> env) {
        StringBuilder sb = new StringBuilder("{");
        for (var e : new TreeMap<>(env).entrySet()) {
            if (sb.length() > 1) sb.append(',');
            quote(sb, e.getKey());
            sb.append(':');
            quote(sb, e.getValue());
        }
        return sb.append('}').toString();
    }

    private static void quote(StringBuilder sb, String s) {
        sb.append('"');
        for (int i = 0; i < s.length(); i++) {
            char c = s.charAt(i);
            switch (c) {
                case '"' -> sb.append("\\\"");
                case '\\' -> sb.append("\\\\");
                default -> {
                    if (c < 0x20) sb.append(String.format("\\u%04x", (int) c));
                    else sb.append(c);
                }
            }
        }
        sb.append('"');
    }

    private static void flush(OutputStream out) {
        try {
            out.flush();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static void deleteRecursively(Path dir) {
        if (dir == null) return;
        try (var paths = Files.walk(dir)) {
            for (Path p : paths.sorted(java.util.Comparator.reverseOrder()).toList()) Files.deleteIfExists(p);
        } catch (IOException ignored) {
            // a temporary folder left behind is harmless
        }
    }

    /** Whether {@code node} is usable, found out once per JVM. */
    private static final class NodeVersion {
        private static Optional<String> problem;

        static synchronized Optional<String> problem() {
            if (problem == null) problem = check();
            return problem;
        }

        private static Optional<String> check() {
            Optional<Path> exe = onPath("node");
            if (exe.isEmpty()) return Optional.of("node is not on the PATH (Debian package nodejs, version 20 or later)");
            try {
                Process p = new ProcessBuilder(exe.get().toString(), "--version").redirectErrorStream(true).start();
                String out = new String(p.getInputStream().readAllBytes(), StandardCharsets.UTF_8).strip();
                if (!p.waitFor(30, TimeUnit.SECONDS) || p.exitValue() != 0) {
                    return Optional.of("node --version failed: " + out);
                }
                int major = Integer.parseInt(out.replaceFirst("^v(\\d+).*$", "$1"));
                if (major < 20) return Optional.of("node " + out + " is too old: node:wasi needs version 20 or later");
                return Optional.empty();
            } catch (IOException | NumberFormatException e) {
                return Optional.of("node did not run: " + e.getMessage());
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                return Optional.of("interrupted while asking node for its version");
            }
        }

        private static Optional<Path> onPath(String tool) {
            String path = System.getenv("PATH");
            if (path == null) return Optional.empty();
            for (String dir : path.split(File.pathSeparator)) {
                Path p = Path.of(dir, tool);
                if (Files.isExecutable(p)) return Optional.of(p);
            }
            return Optional.empty();
        }
    }
}
