/* cmd_bench.c — `dyad bench`: throughput per stage and end to end, thread scaling, peak memory. */
#include "cli/commands.h"
#include "cli/opts.h"
#include "pipeline/code_stage.h"
#include "pipeline/inputs.h"
#include "pipeline/stage_glue.h"

#include <errno.h>
#include <stdlib.h>
#include <string.h>
#include <sys/resource.h>
#include <sys/stat.h>
#include <time.h>
#include <unistd.h>

typedef struct bench_args {
    const char *model, *input;
    dyad_optlist dict;
    int stages;
    long jobs, runs;
} bench_args;

typedef struct bench_ctx {
    dyad_code_stage *cs;
    dyad_pipe_ops stage;
    dyad_inputs *in;
} bench_ctx;

/* One measured run. */
typedef struct bench_run {
    double seconds;
    long docs, sentences, words, events, rejected;
    uint64_t bytes;
    dyad_stage_times t;
} bench_run;

static const dyad_cmd_usage usage = {
    "bench",
    "[OPTIONS] CORPUS",
    "Measures how fast `dyad code` runs on CORPUS (JSON lines; build one with\n"
    "bench/make_corpus.sh). Without --stages: the whole pipeline (read, tokenize, tag, parse,\n"
    "code, render, write to /dev/null) with 1, 2, 4 ... up to -j threads, the median of --runs\n"
    "runs each. --stages: one thread, time per stage (the tagger is timed by a tag-only pass, the\n"
    "parser as full annotation minus that pass). Figures: sentences/s, words/s, MB/s of article\n"
    "text, and the peak resident memory of the process (getrusage), with the part loading the\n"
    "models and dictionaries took.",
    "  sh bench/make_corpus.sh 50 && dyad bench --runs 3 bench/corpus/news-50mb.jsonl\n"
    "  dyad bench --stages bench/corpus/news-10mb.jsonl",
};

static double now_s(void)
{
    struct timespec ts;
    clock_gettime(CLOCK_MONOTONIC, &ts);
    return (double)ts.tv_sec + (double)ts.tv_nsec * 1e-9;
}

static int b_next(void *ctx, dyad_doc *doc, dyad_err *err)
{
    return dyad_inputs_next(((bench_ctx *)ctx)->in, doc, err);
}
static int b_worker_new(void *ctx, void **w, dyad_err *err)
{
    bench_ctx *b = ctx;
    *w = NULL;
    return b->stage.worker_new ? b->stage.worker_new(b->stage.ctx, w, err) : DYAD_OK;
}
static void b_worker_free(void *ctx, void *w)
{
    bench_ctx *b = ctx;
    if (b->stage.worker_free)
        b->stage.worker_free(b->stage.ctx, w);
}
static void b_process(void *ctx, void *w, dyad_pipe_item *it)
{
    bench_ctx *b = ctx;
    b->stage.process(b->stage.ctx, w, it);
}
static int b_emit(void *ctx, dyad_pipe_item *it, dyad_err *err)
{
    bench_ctx *b = ctx;
    return it->outcome == DYAD_PIPE_REJECTED ? DYAD_OK : b->stage.emit(b->stage.ctx, it, err);
}

/* Runs the whole pipeline once over path with `threads` workers (models already loaded). */
static int run_once(const bench_args *a, dyad_code_stage *cs, const char *path, int threads,
                    bench_run *out, dyad_err *err)
{
    bench_ctx b = {.cs = cs};
    dyad_stage_times t0;
    dyad_code_stage_times(cs, &t0);
    int rc = dyad_inputs_new(&b.in, &path, 1, (dyad_input_format)dyad_input_format_parse(a->input), err);
    if (rc == DYAD_OK) {
        dyad_code_stage_ops(b.cs, &b.stage);
        dyad_pipe_ops ops = {&b, b_next, b_worker_new, b_worker_free, b_process, b_emit, NULL, NULL};
        dyad_pipe_config pc = {.threads = threads};
        dyad_pipe_stats st;
        rc = dyad_pipe_run(&pc, &ops, &st, err);
        out->seconds = st.seconds;
        out->docs = st.read;
        out->sentences = st.sentences;
        out->words = st.words;
        out->events = st.events;
        out->bytes = st.text_bytes;
        out->rejected = st.outcome[DYAD_PIPE_REJECTED];
        dyad_stage_times t1;
        dyad_code_stage_times(cs, &t1);
        out->t.tokenize = t1.tokenize - t0.tokenize;
        out->t.tag = t1.tag - t0.tag;
        out->t.annotate = t1.annotate - t0.annotate;
        out->t.code = t1.code - t0.code;
        out->t.geo = t1.geo - t0.geo;
        out->t.render = t1.render - t0.render;
        out->t.write = t1.write - t0.write;
    }
    dyad_inputs_free(b.in);
    return rc;
}

/* Reads every record and nothing else: the read stage. */
static int run_read(const bench_args *a, const char *path, bench_run *out, dyad_err *err)
{
    dyad_inputs *in = NULL;
    int rc = dyad_inputs_new(&in, &path, 1, (dyad_input_format)dyad_input_format_parse(a->input), err);
    if (rc != DYAD_OK)
        return rc;
    dyad_doc doc;
    dyad_doc_init(&doc);
    memset(out, 0, sizeof *out);
    double t0 = now_s();
    dyad_err e;
    for (;;) {
        int r = dyad_inputs_next(in, &doc, &e);
        if (r == 0)
            break;
        out->docs++;
        if (r == 1)
            out->bytes += doc.text_len;
    }
    out->seconds = now_s() - t0;
    dyad_doc_free(&doc);
    dyad_inputs_free(in);
    return DYAD_OK;
}

static int cmp_double(const void *x, const void *y)
{
    double a = *(const double *)x, b = *(const double *)y;
    return a < b ? -1 : a > b;
}

static double median(double *v, int n)
{
    if ((size_t)n > 1) /* qsort must not get a NULL array, even of 0 */
        qsort(v, (size_t)n, sizeof *v, cmp_double);
    return n % 2 ? v[n / 2] : (v[n / 2 - 1] + v[n / 2]) / 2;
}

static long peak_rss_kib(void)
{
    struct rusage ru;
    getrusage(RUSAGE_SELF, &ru);
    return ru.ru_maxrss; /* KiB on Linux */
}

/* The peak, and how much of it the runs added to what loading took (loaded: the peak right
 * after the models and dictionaries were loaded): batches in flight, document arenas and
 * each thread's scratch (tagger memo, parser state). */
static void print_peak(long loaded)
{
    long peak = peak_rss_kib();
    printf("peak RSS: %ld KiB (models and dictionaries %ld KiB, the runs %ld KiB more)\n", peak,
           loaded, peak > loaded ? peak - loaded : 0);
}

static void print_row(const char *name, double secs, const bench_run *r)
{
    double s = secs > 0 ? secs : 1e-9;
    printf("%-10s %9.3f %12.0f %12.0f %9.2f\n", name, secs, (double)r->sentences / s,
           (double)r->words / s, (double)r->bytes / 1e6 / s);
}

/* --stages: R single-thread runs with stage timing; medians per stage. */
static int bench_stages(const bench_args *a, dyad_code_stage *cs, const char *path, long loaded)
{
    int R = (int)a->runs;
    double *v[7];
    for (int k = 0; k < 7; k++)
        v[k] = calloc((size_t)R, sizeof(double));
    bench_run r = {0}, rd;
    dyad_err err;
    int rc = DYAD_OK;
    for (int i = 0; i < R && rc == DYAD_OK; i++) {
        rc = run_read(a, path, &rd, &err);
        if (rc == DYAD_OK)
            rc = run_once(a, cs, path, 1, &r, &err);
        v[0][i] = rd.seconds;
        v[1][i] = (double)r.t.tokenize * 1e-9;
        v[2][i] = (double)r.t.tag * 1e-9;
        v[3][i] = (double)(r.t.annotate > r.t.tag ? r.t.annotate - r.t.tag : 0) * 1e-9;
        v[4][i] = (double)r.t.code * 1e-9;
        v[5][i] = (double)r.t.geo * 1e-9;
        v[6][i] = (double)(r.t.render + r.t.write) * 1e-9;
    }
    if (rc != DYAD_OK) {
        fprintf(stderr, "dyad bench: %s\n", err.msg);
    } else {
        printf("# stages, 1 thread, median of %d runs: %ld articles, %ld sentences, %ld words, "
               "%.1f MB of text\n", R, r.docs, r.sentences, r.words, (double)r.bytes / 1e6);
        printf("%-10s %9s %12s %12s %9s\n", "stage", "seconds", "sentences/s", "words/s", "MB/s");
        static const char *const names[7] = {"read", "tokenize", "tag", "parse", "code", "geo",
                                             "write"};
        for (int k = 0; k < 7; k++)
            print_row(names[k], median(v[k], R), &r);
        print_peak(loaded);
    }
    for (int k = 0; k < 7; k++)
        free(v[k]);
    return rc;
}

/* End to end with 1, 2, 4 ... threads up to max (max itself always included). */
static int bench_scaling(const bench_args *a, dyad_code_stage *cs, const char *path, long loaded)
{
    int R = (int)a->runs, max = (int)a->jobs;
    double *v = calloc((size_t)R, sizeof(double));
    double base = 0;
    int rc = DYAD_OK;
    dyad_err err;
    printf("# end to end (read → write), median of %d runs\n", R);
    printf("%-8s %9s %12s %12s %9s %16s %8s\n", "threads", "seconds", "sentences/s", "words/s",
           "MB/s", "sent/s/thread", "speedup");
    for (int j = 1; j <= max && rc == DYAD_OK; j = (j * 2 > max && j < max) ? max : j * 2) {
        bench_run r = {0};
        for (int i = 0; i < R && rc == DYAD_OK; i++) {
            rc = run_once(a, cs, path, j, &r, &err);
            v[i] = r.seconds;
        }
        if (rc != DYAD_OK)
            break;
        double s = median(v, R);
        if (j == 1)
            base = s;
        double sps = (double)r.sentences / (s > 0 ? s : 1e-9);
        printf("%-8d %9.3f %12.0f %12.0f %9.2f %16.0f %8.2f\n", j, s, sps,
               (double)r.words / (s > 0 ? s : 1e-9), (double)r.bytes / 1e6 / (s > 0 ? s : 1e-9),
               sps / j, base > 0 && s > 0 ? base / s : 0);
        fflush(stdout);
        if (j == 1)
            printf("# %ld articles, %ld sentences, %ld words, %.1f MB of text, %ld events, "
                   "%ld rejected\n", r.docs, r.sentences, r.words, (double)r.bytes / 1e6,
                   r.events, r.rejected);
    }
    if (rc != DYAD_OK)
        fprintf(stderr, "dyad bench: %s\n", err.msg);
    else
        print_peak(loaded);
    free(v);
    return rc;
}

int dyad_cmd_bench(int argc, char **argv)
{
    long ncpu = sysconf(_SC_NPROCESSORS_ONLN);
    bench_args a = {.input = "jsonl", .jobs = ncpu > 0 ? ncpu : 1, .runs = 3};
    const dyad_opt opts[] = {
        {"stages", 0, DYAD_OPT_FLAG, &a.stages, NULL, "time each stage on one thread"},
        {"jobs", 'j', DYAD_OPT_INT, &a.jobs, "N", "most threads to measure (default: online CPUs)"},
        {"runs", 'r', DYAD_OPT_INT, &a.runs, "R", "runs per measurement; the median is shown (default 3)"},
        {"input", 'i', DYAD_OPT_STR, &a.input, "FORMAT", "corpus format (default jsonl)"},
        {"model", 'm', DYAD_OPT_STR, &a.model, "DIR", "tagger/parser models (default data/models)"},
        {"dict", 'd', DYAD_OPT_LIST, &a.dict, "SPEC", "dictionary set (repeatable; default data/dict)"},
        {NULL, 0, DYAD_OPT_FLAG, NULL, NULL, NULL},
    };
    int npos = 0;
    int prc = dyad_opts_parse(opts, &usage, argc, argv, &npos);
    if (prc == 1)
        return dyad_finish_stdout(DYAD_EXIT_OK);
    if (prc != 0)
        return DYAD_EXIT_USAGE;
    const char *missing = dyad_glue_missing();
    if (missing) {
        fprintf(stderr, "dyad bench: this build of dyad has no %s yet\n", missing);
        return DYAD_EXIT_DATA;
    }
    if (npos != 1 || a.runs < 1 || a.runs > 1000 || a.jobs < 1 || a.jobs > 1024 ||
        dyad_input_format_parse(a.input) < 0) {
        fprintf(stderr, "dyad bench: expected one CORPUS file, --runs 1..1000, -j 1..1024, a "
                        "known --input (see dyad bench --help)\n");
        return DYAD_EXIT_USAGE;
    }
    const char *path = argv[1];
    struct stat sb;
    if (stat(path, &sb) != 0) {
        fprintf(stderr, "dyad bench: cannot open %s: %s\n", path, strerror(errno));
        return DYAD_EXIT_DATA;
    }
    FILE *sink = fopen("/dev/null", "w");
    if (!sink) {
        fprintf(stderr, "dyad bench: cannot open /dev/null: %s\n", strerror(errno));
        return DYAD_EXIT_INTERNAL;
    }
    dyad_code_stage *cs = NULL;
    dyad_code_cfg cfg = {.model_dir = a.model, .dicts = a.dict.items, .ndicts = a.dict.n,
                         .format = "tsv", .out = sink, .stage_timing = a.stages != 0};
    dyad_err err;
    double t0 = now_s();
    int rc = dyad_code_stage_new(&cs, &cfg, &err);
    if (rc != DYAD_OK) {
        fprintf(stderr, "dyad bench: %s\n", err.msg);
        fclose(sink);
        return DYAD_EXIT_DATA;
    }
    long loaded = peak_rss_kib();
    printf("# dyad bench %s (%.1f MB file), %ld online CPUs; models and dictionaries loaded in "
           "%.2f s\n", path, (double)sb.st_size / 1e6, ncpu, now_s() - t0);
    rc = a.stages ? bench_stages(&a, cs, path, loaded) : bench_scaling(&a, cs, path, loaded);
    dyad_code_stage_free(cs);
    fclose(sink);
    return dyad_finish_stdout(rc == DYAD_OK ? DYAD_EXIT_OK : DYAD_EXIT_DATA);
}
