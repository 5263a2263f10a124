/* pipeline.c — reader thread, worker threads and in-order emission over a ring of batches.
 *
 * Batch number s lives in slot s % nslots. A slot cycles FREE → (reader fills) FILLED →
 * (a worker takes it) BUSY → DONE → (the calling thread emits it in order) FREE. Three
 * counters under one mutex say where everyone is: fill_seq (next batch the reader fills),
 * work_seq (next batch a worker takes), emit_seq (next batch to emit). The reader waits for
 * its slot to be FREE, so at most nslots batches exist at once whatever the input size. */
#include "pipeline/pipeline.h"

#include "base/alloc.h"

#include <errno.h>
#include <pthread.h>
#include <string.h>
#include <time.h>

enum { SLOT_FREE, SLOT_FILLED, SLOT_BUSY, SLOT_DONE };

typedef struct pipe_batch {
    dyad_pipe_item *items; /* cap items, initialised once */
    int n;                 /* items in use */
    int state;
} pipe_batch;

typedef struct pipe_run {
    dyad_pipe_config cfg_copy;
    dyad_pipe_ops ops_copy;
    const dyad_pipe_config *cfg; /* &cfg_copy */
    const dyad_pipe_ops *ops;    /* &ops_copy */
    pipe_batch *slot;
    int nslots, batch_docs;
    size_t batch_bytes;
    pthread_mutex_t mu;
    pthread_cond_t cv_reader, cv_worker, cv_main; /* slot freed / batch filled / batch done */
    long fill_seq, work_seq, emit_seq;
    bool reader_done;
    int abort_status;       /* first failure that stops the run, DYAD_OK otherwise */
    dyad_err abort_err;
    long other_shard;       /* written by the reader under mu */
    long seq;               /* reader only: records returned by the source */
} pipe_run;

const char *dyad_pipe_outcome_name(int outcome)
{
    static const char *const names[DYAD_PIPE_OUTCOMES] = {"coded", "no event", "discarded",
                                                          "rejected"};
    return (outcome >= 0 && outcome < DYAD_PIPE_OUTCOMES) ? names[outcome] : "?";
}

static double now_seconds(void)
{
    struct timespec ts;
    clock_gettime(CLOCK_MONOTONIC, &ts);
    return (double)ts.tv_sec + (double)ts.tv_nsec * 1e-9;
}

/* Records the first failure and wakes everyone so they can stop. Caller holds mu. */
static void fail_locked(pipe_run *p, int status, const dyad_err *err)
{
    if (p->abort_status == DYAD_OK) {
        p->abort_status = status ? status : DYAD_EINVAL;
        if (err)
            p->abort_err = *err;
        else
            dyad_err_set(&p->abort_err, p->abort_status, "pipeline stopped: %s",
                         dyad_status_name(p->abort_status));
    }
    pthread_cond_broadcast(&p->cv_reader);
    pthread_cond_broadcast(&p->cv_worker);
    pthread_cond_broadcast(&p->cv_main);
}

static void item_prepare(dyad_pipe_item *it)
{
    dyad_sb_clear(&it->out);
    it->out.failed = false;
    memset(&it->events, 0, sizeof it->events);
    it->outcome = DYAD_PIPE_NOEVENT;
    it->status = DYAD_OK;
    dyad_err_clear(&it->err);
    it->sentences = it->words = it->parsed = 0;
}

/* True when this run keeps the record the source just returned with status rc. */
static bool in_shard(const pipe_run *p, const dyad_pipe_item *it, int rc)
{
    uint32_t n = p->cfg->shard_n;
    if (n <= 1)
        return true;
    uint32_t owner = rc == 1 ? dyad_shard_of_id(it->doc.id, n) : 1 + (uint32_t)(it->seq % n);
    return owner == p->cfg->shard_k;
}

/* Fills one batch from the source; returns false at the end of input. */
static bool fill_batch(pipe_run *p, pipe_batch *b, long *skipped)
{
    size_t bytes = 0;
    b->n = 0;
    while (b->n < p->batch_docs && bytes < p->batch_bytes) {
        dyad_pipe_item *it = &b->items[b->n];
        item_prepare(it);
        it->seq = p->seq;
        int rc = p->ops->next(p->ops->ctx, &it->doc, &it->err);
        if (rc == 0)
            return false;
        it->pos = p->ops->position ? p->ops->position(p->ops->ctx) : 0;
        p->seq++;
        if (!in_shard(p, it, rc)) {
            (*skipped)++;
            continue;
        }
        if (rc < 0) {
            it->outcome = DYAD_PIPE_REJECTED;
            it->status = rc;
            if (!it->err.msg[0])
                dyad_err_set(&it->err, rc, "record %ld: %s", it->seq + 1, dyad_status_name(rc));
        } else {
            bytes += it->doc.text_len;
        }
        b->n++;
    }
    return true;
}

static void *reader_main(void *arg)
{
    pipe_run *p = arg;
    bool more = true;
    pthread_mutex_lock(&p->mu);
    while (more && p->abort_status == DYAD_OK) {
        pipe_batch *b = &p->slot[p->fill_seq % p->nslots];
        while (b->state != SLOT_FREE && p->abort_status == DYAD_OK)
            pthread_cond_wait(&p->cv_reader, &p->mu);
        if (p->abort_status != DYAD_OK)
            break;
        pthread_mutex_unlock(&p->mu);
        long skipped = 0;
        more = fill_batch(p, b, &skipped);
        pthread_mutex_lock(&p->mu);
        p->other_shard += skipped;
        if (b->n > 0) {
            b->state = SLOT_FILLED;
            p->fill_seq++;
            pthread_cond_signal(&p->cv_worker);
        }
    }
    p->reader_done = true;
    pthread_cond_broadcast(&p->cv_worker);
    pthread_cond_broadcast(&p->cv_main);
    pthread_mutex_unlock(&p->mu);
    return NULL;
}

static void *worker_main(void *arg)
{
    pipe_run *p = arg;
    const dyad_pipe_ops *ops = p->ops;
    void *w = NULL;
    if (ops->worker_new) {
        dyad_err err;
        dyad_err_clear(&err);
        int rc = ops->worker_new(ops->ctx, &w, &err);
        if (rc != DYAD_OK) {
            pthread_mutex_lock(&p->mu);
            fail_locked(p, rc, &err);
            pthread_mutex_unlock(&p->mu);
            return NULL;
        }
    }
    pthread_mutex_lock(&p->mu);
    for (;;) {
        while (p->work_seq == p->fill_seq && !p->reader_done && p->abort_status == DYAD_OK)
            pthread_cond_wait(&p->cv_worker, &p->mu);
        if (p->abort_status != DYAD_OK || p->work_seq == p->fill_seq)
            break;
        pipe_batch *b = &p->slot[p->work_seq % p->nslots];
        p->work_seq++;
        b->state = SLOT_BUSY;
        pthread_mutex_unlock(&p->mu);
        for (int i = 0; i < b->n; i++)
            if (b->items[i].outcome != DYAD_PIPE_REJECTED)
                ops->process(ops->ctx, w, &b->items[i]);
        pthread_mutex_lock(&p->mu);
        b->state = SLOT_DONE;
        pthread_cond_broadcast(&p->cv_main);
    }
    pthread_mutex_unlock(&p->mu);
    if (ops->worker_free)
        ops->worker_free(ops->ctx, w);
    return NULL;
}

static void add_item_stats(dyad_pipe_stats *st, const dyad_pipe_item *it)
{
    st->read++;
    if (it->pos > st->pos)
        st->pos = it->pos;
    int o = (it->outcome >= 0 && it->outcome < DYAD_PIPE_OUTCOMES) ? it->outcome
                                                                   : DYAD_PIPE_REJECTED;
    st->outcome[o]++;
    if (o == DYAD_PIPE_REJECTED)
        return;
    st->events += it->events.n;
    st->sentences += it->sentences;
    st->words += it->words;
    st->parsed += it->parsed;
    st->text_bytes += it->doc.text_len;
}

/* The calling thread: emits batches in order until the reader is done and all are emitted. */
static void emit_loop(pipe_run *p, dyad_pipe_stats *st, double t0)
{
    const dyad_pipe_ops *ops = p->ops;
    int tick_ms = p->cfg->tick_ms > 0 ? p->cfg->tick_ms : 250;
    double next_tick = t0 + tick_ms / 1000.0;
    pthread_mutex_lock(&p->mu);
    for (;;) {
        pipe_batch *b = &p->slot[p->emit_seq % p->nslots];
        if (p->abort_status != DYAD_OK)
            break;
        if (b->state != SLOT_DONE) {
            if (p->reader_done && p->emit_seq == p->fill_seq)
                break;
            struct timespec until;
            clock_gettime(CLOCK_REALTIME, &until);
            until.tv_nsec += (long)tick_ms * 1000000L;
            until.tv_sec += until.tv_nsec / 1000000000L;
            until.tv_nsec %= 1000000000L;
            pthread_cond_timedwait(&p->cv_main, &p->mu, &until);
        } else {
            pthread_mutex_unlock(&p->mu);
            int rc = DYAD_OK;
            dyad_err err;
            dyad_err_clear(&err);
            for (int i = 0; i < b->n && rc == DYAD_OK; i++) {
                add_item_stats(st, &b->items[i]);
                if (ops->emit)
                    rc = ops->emit(ops->ctx, &b->items[i], &err);
            }
            pthread_mutex_lock(&p->mu);
            if (rc < 0) {
                fail_locked(p, rc, &err);
                break;
            }
            b->state = SLOT_FREE;
            p->emit_seq++;
            pthread_cond_signal(&p->cv_reader);
        }
        double t = now_seconds();
        if (ops->tick && t >= next_tick) {
            st->other_shard = p->other_shard;
            st->seconds = t - t0;
            pthread_mutex_unlock(&p->mu);
            ops->tick(ops->ctx, st, false);
            pthread_mutex_lock(&p->mu);
            next_tick = t + tick_ms / 1000.0;
        }
    }
    st->other_shard = p->other_shard;
    pthread_mutex_unlock(&p->mu);
}

static void free_slots(pipe_run *p)
{
    if (!p->slot)
        return;
    for (int s = 0; s < p->nslots; s++) {
        if (!p->slot[s].items)
            continue;
        for (int i = 0; i < p->batch_docs; i++) {
            dyad_doc_free(&p->slot[s].items[i].doc);
            dyad_sb_free(&p->slot[s].items[i].out);
        }
        dyad_free(p->slot[s].items);
    }
    dyad_free(p->slot);
}

static int alloc_slots(pipe_run *p)
{
    p->slot = dyad_calloc((size_t)p->nslots, sizeof *p->slot);
    if (!p->slot)
        return DYAD_ENOMEM;
    for (int s = 0; s < p->nslots; s++) {
        p->slot[s].items = dyad_calloc((size_t)p->batch_docs, sizeof *p->slot[s].items);
        if (!p->slot[s].items)
            return DYAD_ENOMEM;
        for (int i = 0; i < p->batch_docs; i++)
            dyad_doc_init(&p->slot[s].items[i].doc);
    }
    return DYAD_OK;
}

/* After a failure the reader may be blocked in a read (a terminal or a pipe that sends
 * nothing). Waits a little for it; returns true when it finished and can be joined. */
static bool reader_finishes(pipe_run *p)
{
    pthread_mutex_lock(&p->mu);
    for (int i = 0; i < 20 && !p->reader_done; i++) {
        struct timespec until;
        clock_gettime(CLOCK_REALTIME, &until);
        until.tv_nsec += 100000000L;
        until.tv_sec += until.tv_nsec / 1000000000L;
        until.tv_nsec %= 1000000000L;
        pthread_cond_timedwait(&p->cv_main, &p->mu, &until);
    }
    bool done = p->reader_done;
    pthread_mutex_unlock(&p->mu);
    return done;
}

static void run_free(pipe_run *p)
{
    pthread_cond_destroy(&p->cv_reader);
    pthread_cond_destroy(&p->cv_worker);
    pthread_cond_destroy(&p->cv_main);
    pthread_mutex_destroy(&p->mu);
    free_slots(p);
    dyad_free(p);
}

int dyad_pipe_run(const dyad_pipe_config *cfg, const dyad_pipe_ops *ops, dyad_pipe_stats *st,
                  dyad_err *err)
{
    memset(st, 0, sizeof *st);
    if (!ops->next || !ops->process || cfg->threads < 1 ||
        (cfg->shard_n > 1 && (cfg->shard_k < 1 || cfg->shard_k > cfg->shard_n)))
        return dyad_err_set(err, DYAD_EINVAL, "pipeline: bad configuration");
    double t0 = now_seconds();
    /* On the heap, with copies of cfg and ops: an abandoned reader thread may outlive us. */
    pipe_run *p = dyad_calloc(1, sizeof *p);
    if (!p)
        return dyad_err_set(err, DYAD_ENOMEM, "pipeline: out of memory");
    p->cfg_copy = *cfg;
    p->ops_copy = *ops;
    p->cfg = &p->cfg_copy;
    p->ops = &p->ops_copy;
    p->batch_docs = cfg->batch_docs > 0 ? cfg->batch_docs : 64;
    p->batch_bytes = cfg->batch_bytes > 0 ? cfg->batch_bytes : (size_t)256 * 1024;
    p->nslots = cfg->slots > 0 ? cfg->slots : 2 * cfg->threads + 2;
    pthread_mutex_init(&p->mu, NULL);
    pthread_cond_init(&p->cv_reader, NULL);
    pthread_cond_init(&p->cv_worker, NULL);
    pthread_cond_init(&p->cv_main, NULL);
    if (alloc_slots(p) != DYAD_OK) {
        run_free(p);
        return dyad_err_set(err, DYAD_ENOMEM, "pipeline: out of memory for %d batches",
                            cfg->slots > 0 ? cfg->slots : 2 * cfg->threads + 2);
    }

    pthread_t *workers = dyad_calloc((size_t)cfg->threads, sizeof *workers);
    pthread_t reader;
    int started = 0;
    bool reader_started = false;
    if (!workers) {
        p->abort_status = DYAD_ENOMEM;
        dyad_err_set(&p->abort_err, DYAD_ENOMEM, "pipeline: out of memory");
    } else if (pthread_create(&reader, NULL, reader_main, p) != 0) {
        p->abort_status = DYAD_ENOMEM;
        dyad_err_set(&p->abort_err, DYAD_ENOMEM, "pipeline: cannot start the reader thread");
    } else {
        reader_started = true;
        for (; started < cfg->threads; started++)
            if (pthread_create(&workers[started], NULL, worker_main, p) != 0)
                break;
        if (started == 0) {
            pthread_mutex_lock(&p->mu);
            dyad_err e;
            dyad_err_set(&e, DYAD_ENOMEM, "pipeline: cannot start worker threads: %s",
                         strerror(errno));
            fail_locked(p, DYAD_ENOMEM, &e);
            pthread_mutex_unlock(&p->mu);
        }
        emit_loop(p, st, t0);
    }
    for (int i = 0; i < started; i++)
        pthread_join(workers[i], NULL);
    dyad_free(workers);
    bool abandoned = false;
    if (reader_started) {
        if (p->abort_status == DYAD_OK || reader_finishes(p))
            pthread_join(reader, NULL);
        else
            abandoned = true;
    }
    st->seconds = now_seconds() - t0;
    st->reader_abandoned = abandoned;
    if (ops->tick)
        ops->tick(ops->ctx, st, true);
    int status = p->abort_status;
    if (status != DYAD_OK && err)
        *err = p->abort_err;
    if (abandoned) /* it still uses p and the source: both stay allocated until exit */
        pthread_detach(reader);
    else
        run_free(p);
    return status;
}
