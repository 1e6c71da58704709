// Helpers shared by the AssemblyScript peers (built with @assemblyscript/wasi-shim).

/** The size argument (argv[1]), or the default. */
export function sizeArg(fallback: i32): i32 {
  const argv = process.argv;
  return argv.length > 1 ? I32.parseInt(argv[1]) : fallback;
}

/** x as C's printf("%.9f") prints it, for |x| < 2^31 (the scaled fraction is rounded half to even). */
export function fixed9(x: f64): string {
  let neg = x < 0;
  let a = Math.abs(x);
  let ip = Math.floor(a);
  let frac = Math.round((a - ip) * 1e9);
  // Math.round rounds halves up; the fraction of these programs' values is never an exact half.
  if (frac >= 1e9) { ip += 1; frac -= 1e9; }
  let digits = (<i64>frac).toString();
  while (digits.length < 9) digits = "0" + digits;
  return (neg ? "-" : "") + (<i64>ip).toString() + "." + digits;
}

/** The linear memory's size on stderr: it never shrinks, so this is its peak (bench/run prints it). */
export function reportMemory(): void {
  process.stderr.write("linear memory: " + (<i64>memory.size() * 65536).toString() + " bytes\n");
}
