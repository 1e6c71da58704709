/* The Computer Language Benchmarks Game: binary-trees, the reference
   algorithm (after the single-threaded C program by Kevin Carson), in the
   current output format (checks count nodes). malloc and free per node.
   Size from argv[1]. */
#include <stdio.h>
#include <stdlib.h>

typedef struct tn {
    struct tn *left;
    struct tn *right;
} treeNode;

static treeNode *NewTreeNode(treeNode *left, treeNode *right) {
    treeNode *n = malloc(sizeof(treeNode));
    n->left = left;
    n->right = right;
    return n;
}

static long ItemCheck(treeNode *tree) {
    if (tree->left == NULL) return 1;
    return 1 + ItemCheck(tree->left) + ItemCheck(tree->right);
}

static treeNode *BottomUpTree(unsigned depth) {
    if (depth > 0) return NewTreeNode(BottomUpTree(depth - 1), BottomUpTree(depth - 1));
    return NewTreeNode(NULL, NULL);
}

static void DeleteTree(treeNode *tree) {
    if (tree->left != NULL) {
        DeleteTree(tree->left);
        DeleteTree(tree->right);
    }
    free(tree);
}

int main(int argc, char *argv[]) {
    unsigned N = argc > 1 ? (unsigned)atol(argv[1]) : 10, minDepth = 4, maxDepth, stretchDepth;
    maxDepth = minDepth + 2 > N ? minDepth + 2 : N;
    stretchDepth = maxDepth + 1;
    treeNode *stretchTree = BottomUpTree(stretchDepth);
    printf("stretch tree of depth %u\t check: %li\n", stretchDepth, ItemCheck(stretchTree));
    DeleteTree(stretchTree);
    treeNode *longLivedTree = BottomUpTree(maxDepth);
    for (unsigned depth = minDepth; depth <= maxDepth; depth += 2) {
        long iterations = 1L << (maxDepth - depth + minDepth), check = 0;
        for (long i = 1; i <= iterations; i++) {
            treeNode *tempTree = BottomUpTree(depth);
            check += ItemCheck(tempTree);
            DeleteTree(tempTree);
        }
        printf("%li\t trees of depth %u\t check: %li\n", iterations, depth, check);
    }
    printf("long lived tree of depth %u\t check: %li\n", maxDepth, ItemCheck(longLivedTree));
    /* The linear memory never shrinks: its size now is its peak (bench/run prints it). */
    fprintf(stderr, "linear memory: %lu bytes\n", (unsigned long)__builtin_wasm_memory_size(0) * 65536UL);
    return 0;
}
