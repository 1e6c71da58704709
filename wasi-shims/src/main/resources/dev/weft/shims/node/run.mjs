// Runs a WASI preview1 command module on Node's node:wasi, reporting as Weft's
// Java hosts do (dev.weft.shims.WasmHost): exit 0 when _start returns, n after
// proc_exit(n); after a trap, the module's weft_flush is called, one line
// "runtime error: wasm trap: <name>" (the spec's trap names) goes to stderr
// and the exit code is 134. It provides the RTS's own import weft.memory_request.
//
//   node --no-warnings --no-turbo-fast-api-calls run.mjs \
//        MODULE.wasm REPORT-FILE MEMORY-LIMIT-PAGES ENV-JSON ARGV0 [ARGS...]
//
// REPORT-FILE receives one line per fact for the host, each a word, a space
// and the rest of the line: "trap NAME" or "rejected WHY" from the program's
// thread, then "exit CODE" from the main thread once the program's thread has
// ended, or "crash WHAT" when the loader itself failed. A report without an
// "exit" line means Node died before the program ended (killed, or a fatal
// error in V8 or node:wasi); the host reports that as the engine crashing.
// Standard streams are the process's own: WASI reads and writes fds 0, 1 and
// 2 synchronously, so nothing is lost at exit.
//
// The program runs in a worker thread with a 1 GiB stack: on the main thread
// V8 stops Wasm recursion at about 1 MB of stack (Weft's
// tests/programs/deep_recursion, 20,000 calls deep, trapped there), and
// --stack-size beyond the thread's real stack (8 MiB here) crashes Node
// instead of trapping. The in-process Java hosts run on 1 GiB stacks too.
import { appendFileSync, readFileSync, writeSync } from 'node:fs';
import process from 'node:process';
import { WASI } from 'node:wasi';
import { Worker, isMainThread } from 'node:worker_threads';

const STACK_MB = 1024;
const TRAP_EXIT_CODE = 134;
const REJECTED_EXIT_CODE = 121; // not 70, which Weft's runtime errors exit with
const PAGE_BYTES = 65536;
const ERRNO_SUCCESS = 0;
const ERRNO_AGAIN = 6;
const PAUSE = new Int32Array(new SharedArrayBuffer(4));

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

/** One line of the report: a word, a space, the text on one line. */
function report(reportPath, kind, text) {
  appendFileSync(reportPath, `${kind} ${String(text).replace(/[\r\n]+/g, ' ')}\n`);
}

if (isMainThread) {
  const reportPath = process.argv[3];
  const worker = new Worker(new URL(import.meta.url), {
    argv: process.argv.slice(2),
    resourceLimits: { stackSizeMb: STACK_MB },
  });
  worker.on('error', (e) => {
    writeSync(2, `weft node loader: ${e?.stack ?? e}\n`);
    report(reportPath, 'crash', e?.message ?? e);
    process.exit(1);
  });
  // In a worker, process.exit(code) ends the thread with that code.
  worker.on('exit', (code) => {
    report(reportPath, 'exit', code);
    process.exit(code);
  });
} else {
  process.exit(run(process.argv.slice(2)));
}

/** Runs the program; answers the exit code. */
function run([modulePath, reportPath, limitText, envJson, ...args]) {
  const limitPages = Number(limitText);
  const reject = (why) => {
    report(reportPath, 'rejected', why);
    return REJECTED_EXIT_CODE;
  };

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

  /** After a trap: the program's buffered output, the one stderr line, the report. */
  const trapped = (e) => {
    const name = trapName(e);
    if (name === undefined) throw e;
    try {
      instance?.exports.weft_flush?.();
    } catch {
      // The flush itself failed: the trap is what gets reported.
    }
    writeSync(2, `runtime error: wasm trap: ${name}\n`);
    report(reportPath, 'trap', name);
    return TRAP_EXIT_CODE;
  };

  let module;
  try {
    module = new WebAssembly.Module(readFileSync(modulePath));
  } catch (e) {
    return reject(`node rejected the module: ${e.message}`);
  }
  const wasi = new WASI({ version: 'preview1', args, env: JSON.parse(envJson), returnOnExit: true });
  const wasiImport = blockingStdio(wasi.wasiImport, () => instance.exports.memory);
  try {
    instance = new WebAssembly.Instance(module, { wasi_snapshot_preview1: wasiImport, weft });
  } catch (e) {
    // A trap in the module's start function is the program's; anything else
    // (LinkError, or TypeError for an import module that is not provided) is
    // a refusal.
    if (trapName(e) === undefined) return reject(`node rejected the module: ${e.message}`);
    return trapped(e);
  }
  if (typeof instance.exports._start !== 'function') {
    return reject('not a WASI command: the module exports no _start function');
  }
  // switch=flag: a host thread must set the word weft_flag_address gives while
  // the program runs, and no thread but this one can write the program's memory.
  if (typeof instance.exports.weft_flag_address === 'function') {
    return reject('the module exports weft_flag_address (switch=flag), whose word a host thread must set '
      + 'while it runs, and node cannot: the memory is this worker\'s alone (no capability async-memory-write)');
  }
  try {
    return wasi.start(instance);
  } catch (e) {
    if (e?.code === 'ERR_INVALID_ARG_TYPE') {
      return reject(`node:wasi refused the module: ${e.message}`); // no exported memory, say
    }
    return trapped(e);
  }
}

/**
 * node:wasi's fd_write and fd_read, made to behave on the standard streams as
 * on a blocking file descriptor, as other engines' do. Node's standard
 * streams are non-blocking: with a slow reader on a pipe, one fd_write of
 * 100,000 bytes wrote 65,536 and a program that does not loop on short
 * writes (Weft's RTS, tests/programs/long_output) lost the rest. Here a
 * short write is completed and EAGAIN is waited out, a millisecond at a time.
 */
function blockingStdio(imports, memory) {
  const { fd_write, fd_read } = imports;
  const pause = () => Atomics.wait(PAUSE, 0, 0, 1);
  return {
    ...imports,
    fd_write(fd, iovs, iovsLen, nwrittenPtr) {
      if (fd !== 1 && fd !== 2) return fd_write(fd, iovs, iovsLen, nwrittenPtr);
      let errno = fd_write(fd, iovs, iovsLen, nwrittenPtr);
      while (errno === ERRNO_AGAIN) {
        pause();
        errno = fd_write(fd, iovs, iovsLen, nwrittenPtr);
      }
      if (errno !== ERRNO_SUCCESS) return errno;
      const view = new DataView(memory().buffer);
      let skip = view.getUint32(nwrittenPtr, true);
      let total = 0;
      for (let i = 0; i < iovsLen; i++) {
        const ptr = view.getUint32(iovs + 8 * i, true);
        const len = view.getUint32(iovs + 8 * i + 4, true);
        total += len;
        const from = Math.min(skip, len);
        skip -= from;
        let rest = new Uint8Array(memory().buffer, ptr + from, len - from);
        while (rest.length > 0) {
          try {
            rest = rest.subarray(writeSync(fd, rest));
          } catch (e) {
            if (e.code !== 'EAGAIN') throw e;
            pause();
          }
        }
      }
      view.setUint32(nwrittenPtr, total, true);
      return ERRNO_SUCCESS;
    },
    fd_read(fd, iovs, iovsLen, nreadPtr) {
      let errno = fd_read(fd, iovs, iovsLen, nreadPtr);
      while (fd === 0 && errno === ERRNO_AGAIN) {
        pause();
        errno = fd_read(fd, iovs, iovsLen, nreadPtr);
      }
      return errno;
    },
  };
}

/** The spec's name of the trap e, or undefined when e is no trap. */
function trapName(e) {
  if (e instanceof RangeError && /Maximum call stack size exceeded/.test(e.message)) {
    return 'call stack exhausted';
  }
  if (!(e instanceof WebAssembly.RuntimeError)) return undefined;
  const message = String(e.message).split('\n')[0].trim();
  return TRAP_NAMES.get(message) ?? message.toLowerCase();
}
