// Runs a WASI command module on Node three times in this thread and prints,
// on stderr, the CPU time of each _start split into user and system time
// (process.cpuUsage), then the best total. System time is mostly the kernel's
// page faults on memory touched for the first time: how docs/performance.md
// tells allocation cost from compute.
//
//   node --no-warnings --no-turbo-fast-api-calls bench/runner/cpu_split.mjs MODULE.wasm [ARGS...]
//
// The program's stdout is shown for the first run only. Runs on the main
// thread (about 1 MB of stack): enough for the benchmark programs, not for
// deeply recursive ones.
import { readFileSync } from 'node:fs';
import { WASI } from 'node:wasi';

const [file, ...args] = process.argv.slice(2);
if (!file) {
  process.stderr.write('usage: cpu_split.mjs MODULE.wasm [ARGS...]\n');
  process.exit(2);
}
const module = await WebAssembly.compile(readFileSync(file));
let best = Infinity;
for (let run = 0; run < 3; run++) {
  const wasi = new WASI({
    version: 'preview1', args: ['prog', ...args], returnOnExit: true,
    stdout: run === 0 ? 1 : 2, // later runs' output goes to stderr, after the run's line
  });
  const imports = { wasi_snapshot_preview1: wasi.wasiImport, weft: { memory_request: () => -1 } };
  const instance = await WebAssembly.instantiate(module, imports);
  const before = process.cpuUsage();
  const exit = wasi.start(instance);
  const used = process.cpuUsage(before);
  const total = (used.user + used.system) / 1e6;
  best = Math.min(best, total);
  process.stderr.write(`run ${run + 1}: exit ${exit}, user ${(used.user / 1e6).toFixed(3)} s, `
    + `system ${(used.system / 1e6).toFixed(3)} s\n`);
}
process.stderr.write(`${file}: best ${best.toFixed(3)} s of CPU\n`);
