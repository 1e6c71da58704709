// fannkuch-redux (the Computer Language Benchmarks Game), the reference algorithm
// (count-array permutation order, alternating-sign checksum). Size from argv[1].
import { reportMemory, sizeArg } from "./common";

const n = sizeArg(7);
const perm = new StaticArray<i32>(n), perm1 = new StaticArray<i32>(n), count = new StaticArray<i32>(n);
let maxFlips = 0, permCount = 0, checksum = 0;
for (let i = 0; i < n; i++) perm1[i] = i;
let r = n;
let done = false;
while (!done) {
  while (r != 1) { unchecked(count[r - 1] = r); r--; }
  for (let i = 0; i < n; i++) unchecked(perm[i] = perm1[i]);
  let flips = 0, k = 0;
  while ((k = unchecked(perm[0])) != 0) {
    const k2 = (k + 1) >> 1;
    for (let i = 0; i < k2; i++) {
      const t = unchecked(perm[i]);
      unchecked(perm[i] = perm[k - i]);
      unchecked(perm[k - i] = t);
    }
    flips++;
  }
  if (flips > maxFlips) maxFlips = flips;
  checksum += permCount % 2 == 0 ? flips : -flips;
  while (true) {
    if (r == n) { done = true; break; }
    const perm0 = unchecked(perm1[0]);
    let i = 0;
    while (i < r) { const j = i + 1; unchecked(perm1[i] = perm1[j]); i = j; }
    unchecked(perm1[r] = perm0);
    unchecked(count[r] = count[r] - 1);
    if (unchecked(count[r]) > 0) break;
    r++;
  }
  permCount++;
}
process.stdout.write(checksum.toString() + "\nPfannkuchen(" + n.toString() + ") = " + maxFlips.toString() + "\n");
reportMemory();
