/* An experiment beside spectral_norm.c, not one of bench/run's peers: the
   same program, but each row sum walks the vector through a linked list of
   {value, next} cells laid out in order, as Weft's List[Float] is. It
   measures what the list walk alone costs C (docs/performance.md):
     clang --target=wasm32-wasi -O2 -o sn_list.wasm spectral_norm_list.c -lm
   Size from argv[1]. */
#include <math.h>
#include <stdio.h>
#include <stdlib.h>

static double eval_A(int i, int j) { return 1.0 / ((i + j) * (i + j + 1) / 2 + i + 1); }

struct cell { double v; struct cell *next; };
static struct cell *cells;
static struct cell *as_list(int N, const double u[]) {
    for (int j = 0; j < N; j++) { cells[j].v = u[j]; cells[j].next = j + 1 < N ? &cells[j + 1] : 0; }
    return cells;
}
static void eval_A_times_u(int N, const double u[], double Au[]) {
    struct cell *l = as_list(N, u);
    for (int i = 0; i < N; i++) {
        double s = 0; int j = 0;
        for (struct cell *c = l; c; c = c->next, j++) s += eval_A(i, j) * c->v;
        Au[i] = s;
    }
}

static void eval_At_times_u(int N, const double u[], double Au[]) {
    struct cell *l = as_list(N, u);
    for (int i = 0; i < N; i++) {
        double s = 0; int j = 0;
        for (struct cell *c = l; c; c = c->next, j++) s += eval_A(j, i) * c->v;
        Au[i] = s;
    }
}

static void eval_AtA_times_u(int N, const double u[], double AtAu[], double v[]) {
    eval_A_times_u(N, u, v);
    eval_At_times_u(N, v, AtAu);
}

int main(int argc, char *argv[]) {
    int N = argc > 1 ? atoi(argv[1]) : 100;
    cells = malloc(N * sizeof(struct cell));
    double *u = malloc(N * sizeof(double)), *v = malloc(N * sizeof(double)),
           *tmp = malloc(N * sizeof(double));
    for (int i = 0; i < N; i++) u[i] = 1;
    for (int i = 0; i < 10; i++) {
        eval_AtA_times_u(N, u, v, tmp);
        eval_AtA_times_u(N, v, u, tmp);
    }
    double vBv = 0, vv = 0;
    for (int i = 0; i < N; i++) {
        vBv += u[i] * v[i];
        vv += v[i] * v[i];
    }
    printf("%0.9f\n", sqrt(vBv / vv));
    return 0;
}
