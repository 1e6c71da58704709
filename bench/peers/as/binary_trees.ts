// binary-trees (the Computer Language Benchmarks Game), the reference algorithm in the
// current output format; nodes are garbage-collected objects (AssemblyScript's
// incremental runtime). Size from argv[1].
import { reportMemory, sizeArg } from "./common";

class TreeNode {
  constructor(public left: TreeNode | null, public right: TreeNode | null) {}
}

function bottomUp(depth: i32): TreeNode {
  return depth > 0 ? new TreeNode(bottomUp(depth - 1), bottomUp(depth - 1)) : new TreeNode(null, null);
}

function check(t: TreeNode): i32 {
  const l = t.left;
  if (l === null) return 1;
  return 1 + check(l) + check(changetype<TreeNode>(t.right));
}

const n = sizeArg(10);
const minDepth = 4;
const maxDepth = minDepth + 2 > n ? minDepth + 2 : n;
const stretchDepth = maxDepth + 1;
process.stdout.write("stretch tree of depth " + stretchDepth.toString() + "\t check: " + check(bottomUp(stretchDepth)).toString() + "\n");
const longLived = bottomUp(maxDepth);
for (let depth = minDepth; depth <= maxDepth; depth += 2) {
  const iterations = 1 << (maxDepth - depth + minDepth);
  let sum = 0;
  for (let i = 1; i <= iterations; i++) sum += check(bottomUp(depth));
  process.stdout.write(iterations.toString() + "\t trees of depth " + depth.toString() + "\t check: " + sum.toString() + "\n");
}
process.stdout.write("long lived tree of depth " + maxDepth.toString() + "\t check: " + check(longLived).toString() + "\n");
reportMemory();
