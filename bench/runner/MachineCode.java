import io.github.kawamuray.wasmtime.Config;
import io.github.kawamuray.wasmtime.Engine;
import io.github.kawamuray.wasmtime.ProfilingStrategy;
import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.ByteOrder;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

/**
 * bench/machine-code's helper: what Cranelift (the Wasmtime the toolchain
 * embeds) makes of a module, read from Wasmtime's jitdump. Two steps, each
 * its own JVM, because Wasmtime writes {@code jit-PID.dump} into the working
 * directory and completes it only when the process ends:
 *
 *   compile MODULE.wasm                compiles the module with jitdump on
 *   print DUMP OUT-DIR [NAME...]       writes each function whose name contains
 *                                      a NAME (default: all but the RTS's and
 *                                      Wasmtime's own) to OUT-DIR/N.bin and
 *                                      prints the list: file, address, size, name
 *
 * The jitdump format is Linux perf's (tools/perf/Documentation/jitdump-specification.txt):
 * a header whose third u32 is its size, then records of {u32 id, u32 size,
 * u64 timestamp}; id 0 (code load) continues with pid, tid (u32), vma,
 * code address, code size, code index (u64), the NUL-terminated name, and
 * the code bytes.
 */
public final class MachineCode {
    private static final int CODE_LOAD = 0;

    public static void main(String[] args) throws IOException {
        if (args.length >= 2 && args[0].equals("compile")) {
            compile(Path.of(args[1]));
        } else if (args.length >= 3 && args[0].equals("print")) {
            print(Path.of(args[1]), Path.of(args[2]), Arrays.asList(args).subList(3, args.length));
        } else {
            System.err.println("usage: MachineCode compile MODULE.wasm | print DUMP OUT-DIR [NAME...]");
            System.exit(2);
        }
    }

    private static void compile(Path module) throws IOException {
        byte[] bytes = Files.readAllBytes(module);
        try (Config config = new Config()) {
            config.profiler(ProfilingStrategy.JIT_DUMP);
            try (Engine engine = new Engine(config);
                 var compiled = io.github.kawamuray.wasmtime.Module.fromBinary(engine, bytes)) {
                // Compiling is all it takes: Wasmtime records the code as it publishes it.
            }
        }
    }

    private static void print(Path dump, Path outDir, List<String> names) throws IOException {
        ByteBuffer b = ByteBuffer.wrap(Files.readAllBytes(dump)).order(ByteOrder.LITTLE_ENDIAN);
        Files.createDirectories(outDir);
        int offset = b.getInt(8);
        int n = 0;
        List<String> lines = new ArrayList<>();
        while (offset + 16 <= b.limit()) {
            int id = b.getInt(offset);
            int size = b.getInt(offset + 4);
            if (size <= 0) break;
            if (id == CODE_LOAD) {
                long address = b.getLong(offset + 16 + 16);
                int codeSize = (int) b.getLong(offset + 16 + 24);
                int nameStart = offset + 16 + 40;
                int nameEnd = nameStart;
                while (b.get(nameEnd) != 0) nameEnd++;
                String name = new String(b.array(), nameStart, nameEnd - nameStart, StandardCharsets.UTF_8);
                if (wanted(name, names)) {
                    Path bin = outDir.resolve(n + ".bin");
                    Files.write(bin, Arrays.copyOfRange(b.array(), nameEnd + 1, nameEnd + 1 + codeSize));
                    lines.add(bin + "\t" + Long.toHexString(address) + "\t" + codeSize + "\t" + name);
                    n++;
                }
            }
            offset += size;
        }
        lines.forEach(System.out::println);
    }

    private static boolean wanted(String name, List<String> names) {
        if (names.isEmpty()) {
            return !name.startsWith("rts_") && !name.startsWith("wasm::") && !name.startsWith("byn-");
        }
        return names.stream().anyMatch(name::contains);
    }
}
