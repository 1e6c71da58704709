/* The Computer Language Benchmarks Game: fannkuch-redux, the reference
   algorithm (after the single-threaded C program by Ledrug Katz): permutations
   in the count-array order, checksum with alternating signs. Size from argv[1]. */
#include <stdio.h>
#include <stdlib.h>

static int fannkuchredux(int n, int *checksum_out) {
    int perm[16], perm1[16], count[16];
    int maxFlipsCount = 0, permCount = 0, checksum = 0;
    int r = n;
    for (int i = 0; i < n; i++) perm1[i] = i;
    while (1) {
        while (r != 1) {
            count[r - 1] = r;
            r--;
        }
        for (int i = 0; i < n; i++) perm[i] = perm1[i];
        int flipsCount = 0, k;
        while (!((k = perm[0]) == 0)) {
            int k2 = (k + 1) >> 1;
            for (int i = 0; i < k2; i++) {
                int temp = perm[i];
                perm[i] = perm[k - i];
                perm[k - i] = temp;
            }
            flipsCount++;
        }
        if (flipsCount > maxFlipsCount) maxFlipsCount = flipsCount;
        checksum += permCount % 2 == 0 ? flipsCount : -flipsCount;
        while (1) {
            if (r == n) {
                *checksum_out = checksum;
                return maxFlipsCount;
            }
            int perm0 = perm1[0];
            int i = 0;
            while (i < r) {
                int j = i + 1;
                perm1[i] = perm1[j];
                i = j;
            }
            perm1[r] = perm0;
            count[r] = count[r] - 1;
            if (count[r] > 0) break;
            r++;
        }
        permCount++;
    }
}

int main(int argc, char **argv) {
    int n = argc > 1 ? atoi(argv[1]) : 7;
    int checksum;
    int maxflips = fannkuchredux(n, &checksum);
    printf("%d\nPfannkuchen(%d) = %d\n", checksum, n, maxflips);
    /* The linear memory never shrinks: its size now is its peak (bench/run prints it). */
    fprintf(stderr, "linear memory: %lu bytes\n", (unsigned long)__builtin_wasm_memory_size(0) * 65536UL);
    return 0;
}
