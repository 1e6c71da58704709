// Runs a WASI preview1 command module on Node's node:wasi, reporting as Weft's
// Java hosts do (dev.weft.shims.WasmHost): exit 0 when _start returns, n after
// proc_exit(n); after a trap, the module's weft_flush is called, one line
// "runtime error: wasm trap: <name>" (the spec's trap names) goes to stderr
// and the exit code is 134. It provides the RTS's own import weft.memory_request.
//
//   node --no-warnings --no-turbo-fast-api-calls run.mjs \
//        MODULE.wasm REPORT-FILE MEMORY-LIMIT-PAGES ENV-JSON ARGV0 [ARGS...]
//
// REPORT-FILE receives two lines for the host: "trap" or "rejected", then the
// trap's name or why the module was refused; it stays empty otherwise.
// Standard streams are the process's own: WASI writes to fds 1 and 2
// synchronously, so nothing is lost at exit.
import { readFileSync, writeFileSync, writeSync } from 'node:fs';
import process from 'node:process';
import { WASI } from 'node:wasi';

const TRAP_EXIT_CODE = 134;
const REJECTED_EXIT_CODE = 70;
const PAGE_BYTES = 65536;

const [modulePath, reportPath, limitText, envJson, ...args] = process.argv.slice(2);
const limitPages = Number(limitText);

// V8's trap messages and the spec's names for them.
const TRAP_NAMES = new Map([
  ['unreachable', 'unreachable'],
  ['unreachable executed', 'unreachable'],
  ['memory access out of bounds', 'out of bounds memory access'],
  ['data segment out of bounds', 'out of bounds memory access'],
  ['divide by zero', 'integer divide by zero'],
  ['remainder by zero', 'integer divide by zero'],
  ['divide result unrepresentable', 'integer overflow'],
  ['float unrepresentable in integer range', 'invalid conversion to integer'],
  ['table index is out of bounds', 'undefined element'],
  // V8 has one message for a null entry and a wrong signature.
  ['null function or function signature mismatch', 'indirect call type mismatch'],
  ['element segment out of bounds', 'out of bounds table access'],
  ['operation does not support unaligned accesses', 'unaligned atomic'],
]);

/** The spec's name of the trap e, or undefined when e is no trap. */
function trapName(e) {
  if (e instanceof RangeError && /Maximum call stack size exceeded/.test(e.message)) {
    return 'call stack exhausted';
  }
  if (!(e instanceof WebAssembly.RuntimeError)) return undefined;
  const message = String(e.message).split('\n')[0].trim();
  return TRAP_NAMES.get(message) ?? message.toLowerCase();
}

function report(kind, text) {
  writeFileSync(reportPath, `${kind}\n${text}\n`);
}

function reject(why) {
  report('rejected', why);
  process.exit(REJECTED_EXIT_CODE);
}

let instance;
const weft = {
  // Grows the exported memory on the program's behalf, answering as memory.grow.
  memory_request(pages) {
    const memory = instance.exports.memory;
    const wanted = pages >>> 0;
    if (memory.buffer.byteLength / PAGE_BYTES + wanted > limitPages) return -1;
    try {
      return memory.grow(wanted);
    } catch {
      return -1; // RangeError beyond the memory's maximum
    }
  },
};

const wasi = new WASI({ version: 'preview1', args, env: JSON.parse(envJson), returnOnExit: true });

let module;
try {
  module = new WebAssembly.Module(readFileSync(modulePath));
} catch (e) {
  reject(`node rejected the module: ${e.message}`);
}

let code;
try {
  instance = new WebAssembly.Instance(module, { wasi_snapshot_preview1: wasi.wasiImport, weft });
} catch (e) {
  // A trap in the module's start function is the program's; anything else
  // (LinkError, or TypeError for an import module that is not provided) is
  // a refusal.
  if (trapName(e) === undefined) reject(`node rejected the module: ${e.message}`);
  code = trapped(e);
}
if (code === undefined) {
  if (typeof instance.exports._start !== 'function') {
    reject('not a WASI command: the module exports no _start function');
  }
  try {
    code = wasi.start(instance);
  } catch (e) {
    if (e?.code === 'ERR_INVALID_ARG_TYPE') {
      reject(`node:wasi refused the module: ${e.message}`); // no exported memory, say
    }
    code = trapped(e);
  }
}
process.exit(code);

/** After a trap: the program's buffered output, the one stderr line, the report. */
function trapped(e) {
  const name = trapName(e);
  if (name === undefined) throw e;
  try {
    instance?.exports.weft_flush?.();
  } catch {
    // The flush itself failed: the trap is what gets reported.
  }
  writeSync(2, `runtime error: wasm trap: ${name}\n`);
  report('trap', name);
  return TRAP_EXIT_CODE;
}
