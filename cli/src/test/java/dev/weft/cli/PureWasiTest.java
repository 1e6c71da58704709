package dev.weft.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.weft.cli.WeftInProcess.Result;
import dev.weft.features.Alternative;
import dev.weft.wasm.binary.ImportSection;
import dev.weft.wasm.binary.WasmWriter;
import dev.weft.wasm.model.FuncType;
import dev.weft.wasm.model.ValType;
import dev.weft.wasm.model.WasmModule;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import picocli.CommandLine;

/**
 * A module that weft build writes with its defaults imports only WASI preview1
 * functions, whether or not the program spawns (asyncify's imports are gone),
 * so that node's own node:wasi runs it without Weft's loader; a module that
 * imports more is named by weft build as it writes it, and by weft features.
 */
class PureWasiTest {
    @TempDir
    Path dir;

    /** Prints, computes, exits with 3: no processes, so no scheduler and no asyncify. */
    private static final String PLAIN = """
            fib(n: Int) -> Int = if n < 2 { n } else { fib(n - 1) + fib(n - 2) }
            main() = {
                println("fib 20 = ${fib(20)}")
                exit(3)
            }
            """;
    private static final String PLAIN_OUT = "fib 20 = 6765\n";

    /** Spawns, sends, receives with a timeout and sleeps: the scheduler, asyncify, timers. */
    private static final String SPAWNS = """
            type Msg = Ping(Pid) | Stop

            echo() -> Unit = receive {
                Ping(from) -> { send(from, "pong"); echo() }
                Stop -> println("echo stops")
                after 5000 -> println("echo gave up")
            }

            main() = {
                e = spawn(echo)
                send(e, Ping(self()))
                receive {
                    reply: String -> println("main got ${reply}")
                    after 5000 -> println("no reply")
                }
                send(e, Stop)
                sleep(20)
                println("main done")
            }
            """;
    private static final String SPAWNS_OUT = "main got pong\necho stops\nmain done\n";

    /** A module weft build wrote, and what the build printed on stderr. */
    private record Built(Path module, String err) {}

    private Built build(String name, String text, String... more) throws IOException {
        Path source = Files.writeString(dir.resolve(name + ".weft"), text);
        Path out = dir.resolve(name + ".wasm");
        var args = new ArrayList<>(List.of("build", source.toString(), "-o", out.toString()));
        args.addAll(List.of(more));
        Result r = WeftInProcess.run(args.toArray(String[]::new));
        assertEquals(new Result(0, "", r.err()), r);
        return new Built(out, r.err());
    }

    private static List<ImportSection.Import> imports(Path module) throws IOException {
        return ImportSection.read(Files.readAllBytes(module));
    }

    @Test
    void aDefaultModuleImportsOnlyWasiAndRunsUnderNodesOwnWasi() throws Exception {
        for (String[] program : new String[][] {{"plain", PLAIN, PLAIN_OUT, "3"}, {"spawns", SPAWNS, SPAWNS_OUT, "0"}}) {
            Built built = build(program[0], program[1]);
            Path module = built.module();
            assertEquals("", built.err(), "no note for a module any WASI host runs");
            List<ImportSection.Import> imports = imports(module);
            assertTrue(imports.stream().anyMatch(i -> i.name().equals("fd_write")), imports.toString());
            for (ImportSection.Import i : imports) {
                assertEquals(Alternative.WASI_MODULE, i.module(), program[0] + " imports " + i);
            }
            Assumptions.assumeTrue(Files.isExecutable(Path.of("/usr/bin/node")), "node is not installed");
            Result node = nodeWasi(module, program[0]);
            assertEquals(new Result(Integer.parseInt(program[3]), program[2], ""), node, program[0]);
        }
    }

    /** The spawning program's module, had asyncify left its imports: node:wasi cannot instantiate it. */
    @Test
    void asyncifysImportsWouldStopNodesWasi() throws Exception {
        Assumptions.assumeTrue(Files.isExecutable(Path.of("/usr/bin/node")), "node is not installed");
        WasmModule m = new WasmModule();
        m.function("unwind").defineImport("asyncify", "start_unwind", FuncType.of(List.of(ValType.I32), List.of()));
        m.memory(1).exportMemory("memory");
        m.export("_start", m.function("start").define(FuncType.of(List.of(), List.of()), List.of(), List.of(), List.of()));
        Path module = Files.write(dir.resolve("asyncify.wasm"), WasmWriter.write(m));
        Result node = nodeWasi(module, "asyncify");
        assertTrue(node.exit() != 0 && node.err().contains("asyncify"), node.toString());
    }

    @Test
    void buildNamesTheImportsBeyondWasiOfTheModuleItWrites() throws IOException {
        Built built = build("host", PLAIN, "--features", "memory=host");
        Path module = built.module();
        assertEquals("note: " + module + " imports weft.memory_request (memory=host): it needs a host that provides it, "
                + "such as weft run\n", built.err());
        assertTrue(imports(module).contains(new ImportSection.Import("weft", "memory_request", ImportSection.Kind.FUNCTION)));
        Result features = WeftInProcess.run("features");
        assertTrue(features.out().lines().anyMatch(l -> l.equals("memory=host  weft.memory_request")), features.out());
        Result run = WeftInProcess.run("run", dir.resolve("host.weft").toString(), "--features", "memory=host");
        assertEquals(new Result(3, PLAIN_OUT, ""), run, "weft run provides it");
    }

    /** The note reads the module, not the vector: an import no choice declares is named too, without a choice. */
    @Test
    void theNoteComesFromTheModulesImportSection() {
        BuildCommand build = CommandLine.populateCommand(new BuildCommand(), "p.weft", "-o", "p.wasm", "--features", "memory=host");
        WasmModule m = new WasmModule();
        FuncType type = FuncType.of(List.of(ValType.I32), List.of(ValType.I32));
        m.function("a").defineImport("wasi_snapshot_preview1", "fd_close", type);
        m.function("b").defineImport("weft", "memory_request", type);
        m.function("c").defineImport("env", "mystery", type);
        assertEquals("note: p.wasm imports weft.memory_request (memory=host) and env.mystery: it needs a host that provides "
                + "them, such as weft run", build.importsNote(WasmWriter.write(m)).orElseThrow());
        WasmModule wasiOnly = new WasmModule();
        wasiOnly.function("a").defineImport("wasi_snapshot_preview1", "fd_close", type);
        assertEquals(Optional.empty(), build.importsNote(WasmWriter.write(wasiOnly)));
    }

    /** Runs a module with node's own node:wasi (WASI preview1), from a loader this test writes. */
    private Result nodeWasi(Path module, String name) throws IOException, InterruptedException {
        Path loader = dir.resolve("wasi.mjs");
        Files.writeString(loader, """
                import { WASI } from 'node:wasi';
                import { readFileSync } from 'node:fs';
                const wasi = new WASI({ version: 'preview1', args: [process.argv[3]], env: {}, returnOnExit: true });
                const module = await WebAssembly.compile(readFileSync(process.argv[2]));
                const instance = await WebAssembly.instantiate(module, wasi.getImportObject());
                process.exitCode = wasi.start(instance);
                """);
        Process p = new ProcessBuilder("node", "--no-warnings", "--no-turbo-fast-api-calls", loader.toString(),
                module.toString(), name).start();
        p.getOutputStream().close();
        String out = new String(p.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
        String err = new String(p.getErrorStream().readAllBytes(), StandardCharsets.UTF_8);
        assertTrue(p.waitFor(60, TimeUnit.SECONDS), "node did not end");
        return new Result(p.exitValue(), out, err);
    }
}
