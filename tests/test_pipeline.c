/* test_pipeline.c — the ordered batch pipeline with fake stages: order, accounting, bounded
 * batches in flight, failure stop, sharding. */
#include "../tests/check.h"
#include "base/arena.h"
#include "pipeline/inputs.h"
#include "pipeline/pipeline.h"

#include <unistd.h>

#include <pthread.h>
#include <time.h>

typedef struct fake {
    long total;        /* records the source returns */
    long produced;     /* records returned so far (reader thread) */
    long reject_every; /* every Nth record is rejected (0 = none) */
    long emitted;      /* calling thread */
    long next_expected;/* order check */
    long out_of_order;
    long bad_text;
    long max_in_flight;
    long fail_at;      /* emit fails at this record (-1 = never) */
    long outcome[DYAD_PIPE_OUTCOMES];
    long workers_made, workers_freed;
    long ticks, pos_wrong, max_lead; /* tick(): stats.pos against records emitted */
    pthread_mutex_t mu;
} fake;

static int fake_next(void *ctx, dyad_doc *doc, dyad_err *err)
{
    fake *f = ctx;
    long i = __atomic_load_n(&f->produced, __ATOMIC_RELAXED);
    if (i == f->total)
        return 0;
    __atomic_store_n(&f->produced, i + 1, __ATOMIC_RELAXED);
    dyad_doc_reset(doc);
    char buf[64];
    snprintf(buf, sizeof buf, "doc-%ld", i);
    doc->id = dyad_arena_strdup(&doc->arena, buf);
    doc->index = i;
    if (f->reject_every && i % f->reject_every == f->reject_every - 1)
        return dyad_err_set(err, DYAD_EFORMAT, "fake:%ld: bad record", i + 1);
    /* text length varies so that byte-limited batches close at different places */
    size_t len = (size_t)(10 + (i * 7919) % 3000);
    char *t = dyad_arena_alloc(&doc->arena, len + 1);
    if (!t)
        return dyad_err_set(err, DYAD_ENOMEM, "oom");
    memset(t, 'a' + (int)(i % 26), len);
    t[len] = '\0';
    doc->text = t;
    doc->text_len = len;
    return 1;
}

static int fake_worker_new(void *ctx, void **w, dyad_err *err)
{
    fake *f = ctx;
    (void)err;
    pthread_mutex_lock(&f->mu);
    f->workers_made++;
    pthread_mutex_unlock(&f->mu);
    *w = f;
    return DYAD_OK;
}

static void fake_worker_free(void *ctx, void *w)
{
    fake *f = ctx;
    (void)w;
    pthread_mutex_lock(&f->mu);
    f->workers_freed++;
    pthread_mutex_unlock(&f->mu);
}

/* Takes a variable amount of time so that workers finish batches out of order. */
static void fake_process(void *ctx, void *w, dyad_pipe_item *it)
{
    (void)ctx;
    (void)w;
    long i = it->doc.index;
    if (i % 13 == 0) {
        struct timespec ts = {0, 200000};
        nanosleep(&ts, NULL);
    }
    dyad_sb_printf(&it->out, "%s\t%zu\n", it->doc.id, it->doc.text_len);
    it->sentences = 1 + i % 3;
    it->words = (long)it->doc.text_len / 5;
    if (i % 5 == 0) {
        it->outcome = DYAD_PIPE_DISCARDED;
    } else if (i % 2 == 0) {
        it->outcome = DYAD_PIPE_CODED;
        it->events.n = 2;
    } else {
        it->outcome = DYAD_PIPE_NOEVENT;
    }
}

static int fake_emit(void *ctx, dyad_pipe_item *it, dyad_err *err)
{
    fake *f = ctx;
    if (it->seq != f->next_expected)
        f->out_of_order++;
    f->next_expected = it->seq + 1;
    if (it->outcome != DYAD_PIPE_REJECTED) {
        char want[64];
        snprintf(want, sizeof want, "doc-%ld\t%zu\n", it->seq, it->doc.text_len);
        if (!it->out.data || strcmp(it->out.data, want) != 0)
            f->bad_text++;
    } else if (it->out.len != 0 || !strstr(it->err.msg, "bad record")) {
        f->bad_text++;
    }
    f->outcome[it->outcome]++;
    f->emitted++;
    long in_flight = __atomic_load_n(&f->produced, __ATOMIC_RELAXED) - f->emitted;
    if (in_flight > f->max_in_flight)
        f->max_in_flight = in_flight;
    if (f->emitted == f->fail_at)
        return dyad_err_set(err, DYAD_EIO, "fake write failed");
    return DYAD_OK;
}

static void fake_init(fake *f, long total, long reject_every)
{
    memset(f, 0, sizeof *f);
    f->total = total;
    f->reject_every = reject_every;
    f->fail_at = -1;
    pthread_mutex_init(&f->mu, NULL);
}

static dyad_pipe_ops fake_ops(fake *f)
{
    dyad_pipe_ops ops = {f, fake_next, fake_worker_new, fake_worker_free, fake_process,
                         fake_emit, NULL, NULL};
    return ops;
}

/* The source's position: records read so far. */
static uint64_t fake_position(void *ctx)
{
    return (uint64_t)__atomic_load_n(&((fake *)ctx)->produced, __ATOMIC_RELAXED);
}

static void fake_tick(void *ctx, const dyad_pipe_stats *st, bool final)
{
    fake *f = ctx;
    (void)final;
    f->ticks++;
    if (st->pos != (uint64_t)st->read)
        f->pos_wrong++;
    long lead = __atomic_load_n(&f->produced, __ATOMIC_RELAXED) - st->read;
    if (lead > f->max_lead)
        f->max_lead = lead;
}

/* Progress follows the records emitted, not the reader's lead: stats.pos is the source's
 * position after the last record emitted (here: the number of records emitted). */
static void test_position(void)
{
    fake f;
    fake_init(&f, 20000, 0);
    dyad_pipe_ops ops = fake_ops(&f);
    ops.tick = fake_tick;
    ops.position = fake_position;
    dyad_pipe_config cfg = {.threads = 2, .batch_docs = 16, .tick_ms = 1};
    dyad_pipe_stats st;
    dyad_err err;
    dyad_err_clear(&err);
    int rc = dyad_pipe_run(&cfg, &ops, &st, &err);
    CHECK(rc == DYAD_OK && st.pos == 20000, "position after the last record: %llu",
          (unsigned long long)st.pos);
    CHECK(f.ticks >= 1 && f.pos_wrong == 0,
          "at every tick the position is that of the last record emitted (%ld ticks, %ld wrong, "
          "reader ahead by up to %ld)",
          f.ticks, f.pos_wrong, f.max_lead);
}

static void test_order(int threads)
{
    fake f;
    fake_init(&f, 5000, 97);
    dyad_pipe_ops ops = fake_ops(&f);
    dyad_pipe_config cfg = {.threads = threads, .batch_docs = 16, .batch_bytes = 8192};
    dyad_pipe_stats st;
    dyad_err err;
    dyad_err_clear(&err);
    int rc = dyad_pipe_run(&cfg, &ops, &st, &err);
    CHECK(rc == DYAD_OK, "-j %d: run succeeds (%s)", threads, err.msg);
    CHECK(f.emitted == 5000 && f.out_of_order == 0, "-j %d: 5000 records emitted in input order",
          threads);
    CHECK(f.bad_text == 0, "-j %d: each record's output and rejection reason stay with it", threads);
    long sum = 0;
    for (int o = 0; o < DYAD_PIPE_OUTCOMES; o++)
        sum += st.outcome[o];
    CHECK(st.read == 5000 && sum == st.read, "-j %d: outcomes add up to records read (%ld)",
          threads, sum);
    CHECK(st.outcome[DYAD_PIPE_REJECTED] == 5000 / 97, "-j %d: %ld rejected records counted",
          threads, st.outcome[DYAD_PIPE_REJECTED]);
    CHECK(st.events == 2 * st.outcome[DYAD_PIPE_CODED], "-j %d: events summed", threads);
    long slots = 2 * threads + 2;
    CHECK(f.max_in_flight <= slots * 16, "-j %d: at most %ld records in flight (saw %ld)", threads,
          slots * 16, f.max_in_flight);
    CHECK(f.workers_made == threads && f.workers_freed == threads,
          "-j %d: every worker state made and freed", threads);
}

static void test_emit_failure(void)
{
    fake f;
    fake_init(&f, 100000, 0);
    f.fail_at = 300;
    dyad_pipe_ops ops = fake_ops(&f);
    dyad_pipe_config cfg = {.threads = 3, .batch_docs = 8};
    dyad_pipe_stats st;
    dyad_err err;
    dyad_err_clear(&err);
    int rc = dyad_pipe_run(&cfg, &ops, &st, &err);
    CHECK(rc == DYAD_EIO && strstr(err.msg, "fake write failed"),
          "a failing emit stops the run with its status and message");
    CHECK(f.emitted == 300, "no record is emitted after the failure (%ld)", f.emitted);
    CHECK(f.produced < 1000, "the reader stops soon after a failure (%ld read)", f.produced);
}

static int failing_worker_new(void *ctx, void **w, dyad_err *err)
{
    (void)ctx;
    *w = NULL;
    return dyad_err_set(err, DYAD_ENOMEM, "no scratch for you");
}

static void test_worker_failure(void)
{
    fake f;
    fake_init(&f, 1000, 0);
    dyad_pipe_ops ops = fake_ops(&f);
    ops.worker_new = failing_worker_new;
    ops.worker_free = NULL;
    dyad_pipe_config cfg = {.threads = 2};
    dyad_pipe_stats st;
    dyad_err err;
    dyad_err_clear(&err);
    int rc = dyad_pipe_run(&cfg, &ops, &st, &err);
    CHECK(rc == DYAD_ENOMEM && strstr(err.msg, "no scratch"), "a worker that cannot start stops the run");
}

static void test_empty(void)
{
    fake f;
    fake_init(&f, 0, 0);
    dyad_pipe_ops ops = fake_ops(&f);
    dyad_pipe_config cfg = {.threads = 4};
    dyad_pipe_stats st;
    int rc = dyad_pipe_run(&cfg, &ops, &st, NULL);
    CHECK(rc == DYAD_OK && st.read == 0 && f.emitted == 0, "empty input: nothing read, run succeeds");
}

static void test_shards(void)
{
    const uint32_t n = 5;
    long total_read = 0, total_skipped = 0, ok = 1;
    for (uint32_t k = 1; k <= n; k++) {
        fake f;
        fake_init(&f, 3000, 50);
        dyad_pipe_ops ops = fake_ops(&f);
        dyad_pipe_config cfg = {.threads = 2, .shard_k = k, .shard_n = n};
        dyad_pipe_stats st;
        if (dyad_pipe_run(&cfg, &ops, &st, NULL) != DYAD_OK)
            ok = 0;
        total_read += st.read;
        total_skipped += st.other_shard;
        if (st.read + st.other_shard != 3000 || st.read < 3000 / n / 2)
            ok = 0;
    }
    CHECK(ok && total_read == 3000 && total_skipped == 3000 * (n - 1),
          "5 shards split 3000 records exactly once each (%ld read)", total_read);
    uint32_t k, nn;
    CHECK(dyad_shard_parse("3/8", &k, &nn, NULL) == DYAD_OK && k == 3 && nn == 8, "shard 3/8 parses");
    CHECK(dyad_shard_parse("0/8", &k, &nn, NULL) == DYAD_EINVAL &&
              dyad_shard_parse("9/8", &k, &nn, NULL) == DYAD_EINVAL &&
              dyad_shard_parse("1/", &k, &nn, NULL) == DYAD_EINVAL &&
              dyad_shard_parse("x", &k, &nn, NULL) == DYAD_EINVAL,
          "bad shard specs are refused");
    /* The hash is part of the interface: these values must never change. */
    CHECK(dyad_shard_of_id("doc-1", 1) == 1, "one shard owns everything");
    uint32_t a = dyad_shard_of_id("wikinews-2019-0001", 8), b = dyad_shard_of_id("wikinews-2019-0001", 8);
    CHECK(a == b && a == 7, "shard of an id is stable (%u)", a);
    CHECK(dyad_shard_of_id("", 4) == 4 && dyad_shard_of_id("ewt-train-000123", 16) == 3,
          "shard formula unchanged, values checked against an independent implementation (%u %u)", dyad_shard_of_id("", 4),
          dyad_shard_of_id("ewt-train-000123", 16));
}

/* Writes text to a new temporary file; returns its path (static buffer per slot). */
static const char *temp_file(int slot, const char *text)
{
    static char paths[3][64];
    snprintf(paths[slot], sizeof paths[slot], "/tmp/dyad-test-pipeline-XXXXXX");
    int fd = mkstemp(paths[slot]);
    if (fd < 0)
        return NULL;
    size_t n = strlen(text);
    if (write(fd, text, n) != (ssize_t)n) {
        close(fd);
        return NULL;
    }
    close(fd);
    return paths[slot];
}

/* Several files read as one stream: records in order, a missing file and a bad line become
 * rejected records that name them, the byte estimate reaches the total. */
static void test_inputs(void)
{
    const char *a = temp_file(0, "{\"id\":\"a1\",\"date\":\"2024-01-02\",\"text\":\"One.\"}\n"
                                 "{\"id\":\"a2\",\"text\": broken\n");
    const char *b = temp_file(1, "{\"id\":\"b1\",\"text\":\"Two.\"}\n");
    if (!a || !b) {
        CHECK_SKIP("inputs: cannot write temporary files");
        return;
    }
    const char *paths[] = {a, "/nonexistent/dyad-missing.jsonl", b};
    dyad_inputs *in = NULL;
    dyad_err err;
    dyad_err_clear(&err);
    int orc = dyad_inputs_new(&in, paths, 3, DYAD_IN_JSONL, &err); /* CHECK evaluates twice */
    CHECK(orc == DYAD_OK, "inputs: opens a list");
    if (!in)
        return;
    uint64_t total = dyad_inputs_total_bytes(in);
    dyad_doc doc;
    dyad_doc_init(&doc);
    char got[256] = "";
    int rc;
    while ((rc = dyad_inputs_next(in, &doc, &err)) != 0) {
        size_t len = strlen(got);
        if (rc == 1)
            snprintf(got + len, sizeof got - len, "%s ", doc.id);
        else
            snprintf(got + len, sizeof got - len, "<%.60s> ",
                     strstr(err.msg, "dyad-missing") ? "missing" : strstr(err.msg, ":2") ? "line2" : err.msg);
        dyad_err_clear(&err);
    }
    CHECK_STR(got, "a1 <line2> <missing> b1 ", "inputs: records in order, failures named in place");
    CHECK(dyad_inputs_failed_files(in) == 1, "inputs: one file could not be opened");
    CHECK(total > 0 && dyad_inputs_done_bytes(in) == total, "inputs: progress reaches the total (%llu)",
          (unsigned long long)total);
    dyad_doc_free(&doc);
    dyad_inputs_free(in);
    unlink(a);
    unlink(b);
}

/* Reads every record of path with the given default date (require on); returns the dates
 * seen and "<no date>" for rejections, in got. */
static int read_dates(const char *path, const char *date, char *got, size_t cap)
{
    const char *paths[] = {path};
    dyad_inputs *in = NULL;
    dyad_err err;
    dyad_err_clear(&err);
    got[0] = '\0';
    int rc = dyad_inputs_new(&in, paths, 1, DYAD_IN_JSONL, &err);
    if (rc == DYAD_OK)
        rc = dyad_inputs_set_date(in, date, true, &err);
    if (rc != DYAD_OK) {
        dyad_inputs_free(in);
        return rc;
    }
    dyad_doc doc;
    dyad_doc_init(&doc);
    while ((rc = dyad_inputs_next(in, &doc, &err)) != 0) {
        size_t len = strlen(got);
        snprintf(got + len, cap - len, "%s ", rc == 1 ? doc.date : strstr(err.msg, "(id b): no date") ? "<no date>" : err.msg);
    }
    dyad_doc_free(&doc);
    dyad_inputs_free(in);
    return DYAD_OK;
}

/* --date: a record without a date gets the default; without a default it is rejected. */
static void test_default_date(void)
{
    const char *a = temp_file(0, "{\"id\":\"a\",\"date\":\"2024-01-02\",\"text\":\"One.\"}\n"
                                 "{\"id\":\"b\",\"text\":\"Two.\"}\n");
    if (!a) {
        CHECK_SKIP("default date: cannot write a temporary file");
        return;
    }
    char got[256];
    int rc = read_dates(a, NULL, got, sizeof got);
    CHECK(rc == DYAD_OK, "default date: none given is fine");
    CHECK_STR(got, "2024-01-02 <no date> ", "default date: none → the dateless record is rejected");
    rc = read_dates(a, "20240229", got, sizeof got);
    CHECK(rc == DYAD_OK, "default date: YYYYMMDD accepted");
    CHECK_STR(got, "2024-01-02 2024-02-29 ", "default date: given to the dateless record only");
    static const char *const bad[] = {"2023-02-29", "2024-13-01", "2024-1-01", "24-01-01", "2024-01-0x", ""};
    for (size_t i = 0; i < DYAD_ARRAY_LEN(bad); i++) {
        rc = read_dates(a, bad[i], got, sizeof got);
        CHECK(rc == DYAD_EINVAL, "default date: '%s' refused", bad[i]);
    }
    unlink(a);
}

int main(void)
{
    test_inputs();
    test_default_date();
    test_order(1);
    test_order(4);
    test_emit_failure();
    test_worker_failure();
    test_empty();
    test_shards();
    test_position();
    CHECK_EXIT();
}
