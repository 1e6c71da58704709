// spectral-norm (the Computer Language Benchmarks Game), the reference algorithm,
// single-threaded. Size from argv[1].
import { reportMemory, sizeArg, fixed9 } from "./common";

// @ts-ignore: decorator
@inline function evalA(i: i32, j: i32): f64 {
  return 1.0 / <f64>(((i + j) * (i + j + 1)) / 2 + i + 1);
}

function timesU(n: i32, u: StaticArray<f64>, au: StaticArray<f64>): void {
  for (let i = 0; i < n; i++) {
    let s: f64 = 0;
    for (let j = 0; j < n; j++) s += evalA(i, j) * unchecked(u[j]);
    unchecked(au[i] = s);
  }
}

function timesTransposedU(n: i32, u: StaticArray<f64>, au: StaticArray<f64>): void {
  for (let i = 0; i < n; i++) {
    let s: f64 = 0;
    for (let j = 0; j < n; j++) s += evalA(j, i) * unchecked(u[j]);
    unchecked(au[i] = s);
  }
}

function timesAtA(n: i32, u: StaticArray<f64>, atau: StaticArray<f64>, tmp: StaticArray<f64>): void {
  timesU(n, u, tmp);
  timesTransposedU(n, tmp, atau);
}

const n = sizeArg(100);
const u = new StaticArray<f64>(n), v = new StaticArray<f64>(n), tmp = new StaticArray<f64>(n);
for (let i = 0; i < n; i++) u[i] = 1;
for (let i = 0; i < 10; i++) {
  timesAtA(n, u, v, tmp);
  timesAtA(n, v, u, tmp);
}
let vBv: f64 = 0, vv: f64 = 0;
for (let i = 0; i < n; i++) {
  vBv += u[i] * v[i];
  vv += v[i] * v[i];
}
process.stdout.write(fixed9(Math.sqrt(vBv / vv)) + "\n");
reportMemory();
