/* pipeline.h — the ordered batch pipeline: one reader thread, N workers, output in input order.
 *
 * The reader thread fills batches of documents (up to batch_docs records or batch_bytes of
 * text), N worker threads process whole batches, and the calling thread emits the batches
 * strictly in input order. A fixed ring of `slots` batches is reused for the whole run, so the
 * memory in use depends on the batch size and thread count, never on the input size.
 *
 * Accounting: every record the source returns ends as exactly one outcome (coded, no event,
 * discarded, rejected); records that belong to another shard are counted apart and not
 * processed. The stats satisfy read == coded + noevent + discarded + rejected.
 *
 * The pipeline knows nothing about tokenizers or coders: the stages come in as callbacks
 * (dyad_pipe_ops), so tests can run it with fake stages. code_stage.h provides the real ones. */
#ifndef DYAD_PIPELINE_H
#define DYAD_PIPELINE_H

#include "base/common.h"
#include "base/strbuf.h"
#include "coder/event.h"
#include "text/doc.h"

typedef enum {
    DYAD_PIPE_CODED = 0,  /* at least one event */
    DYAD_PIPE_NOEVENT,    /* processed, no event */
    DYAD_PIPE_DISCARDED,  /* the coder discarded the story (discard dictionary) */
    DYAD_PIPE_REJECTED,   /* the reader rejected it, or a later stage failed on it */
    DYAD_PIPE_OUTCOMES
} dyad_pipe_outcome;

/* "coded", "no event", "discarded", "rejected". */
DYAD_INTERNAL const char *dyad_pipe_outcome_name(int outcome);

/* One record in a batch. The pipeline owns the item and reuses it (doc arena kept). */
typedef struct dyad_pipe_item {
    dyad_doc doc;            /* filled by the source; doc.arena is reset, not freed, between uses */
    dyad_event_list events;  /* filled by the stage (storage in doc.arena) */
    dyad_strbuf out;         /* rendered output, filled by the stage; cleared before each use */
    int outcome;             /* dyad_pipe_outcome, set by the stage (REJECTED by the pipeline) */
    int status;              /* the dyad_status of a rejection, DYAD_OK otherwise */
    dyad_err err;            /* why it was rejected: names the file, line or record id */
    long seq;                /* 0-based number of the record in the input (all shards) */
    long sentences, words;   /* counted by the stage, for statistics */
    long parsed;             /* sentences the stage parsed (the others were only tagged) */
    uint64_t pos;            /* the source's position() right after reading it, or 0 */
} dyad_pipe_item;

typedef struct dyad_pipe_stats {
    long read;                       /* records read for this run (shard) */
    long outcome[DYAD_PIPE_OUTCOMES];/* per dyad_pipe_outcome; sums to `read` */
    long other_shard;                /* records skipped because another shard owns them */
    long events, sentences, words, parsed;
    uint64_t text_bytes;             /* bytes of document text processed */
    uint64_t pos;                    /* the source's position() after the last record emitted
                                      * (0 without position): progress that follows the
                                      * output, not the reader running batches ahead */
    double seconds;                  /* wall time since dyad_pipe_run started */
    bool reader_abandoned;           /* after a failure the reader stayed blocked in a read
                                      * (e.g. on a terminal): it still uses the source, which
                                      * the caller must then not free (the process should exit) */
} dyad_pipe_stats;

/* The stages. Every callback gets ctx. Only `next` and `process` are required. */
typedef struct dyad_pipe_ops {
    void *ctx;
    /* Reader thread: reads the next record into doc. Returns 1 for a record, 0 at the end of
     * all input, or a negative dyad_status for a rejected record (err names it); the pipeline
     * then counts it as rejected and calls next again. */
    int (*next)(void *ctx, dyad_doc *doc, dyad_err *err);
    /* Worker threads: per-thread state (NULL allowed when the stage needs none; a failure is
     * reported through err and returned as a non-zero status). */
    int (*worker_new)(void *ctx, void **worker, dyad_err *err);
    void (*worker_free)(void *ctx, void *worker);
    /* Worker thread: processes one record read without error: sets it->outcome (REJECTED with
     * it->status and it->err when a stage fails), it->events, it->out, sentences, words. */
    void (*process)(void *ctx, void *worker, dyad_pipe_item *it);
    /* Calling thread, in input order, once per record (any outcome, rejected ones included).
     * A negative return (with err set) stops the run, e.g. when writing failed. */
    int (*emit)(void *ctx, dyad_pipe_item *it, dyad_err *err);
    /* Calling thread, about every tick_ms while running and once at the end (final = true). */
    void (*tick)(void *ctx, const dyad_pipe_stats *st, bool final);
    /* Optional, reader thread: how far the source has read (bytes, say), asked after each
     * record; dyad_pipe_stats.pos reports it for the last record emitted. */
    uint64_t (*position)(void *ctx);
} dyad_pipe_ops;

typedef struct dyad_pipe_config {
    int threads;          /* worker threads, >= 1 */
    int batch_docs;       /* records per batch; 0 → 64 */
    size_t batch_bytes;   /* text bytes that close a batch early; 0 → 256 KiB */
    int slots;            /* batches in flight; 0 → 2 * threads + 2 */
    int tick_ms;          /* 0 → 250 */
    uint32_t shard_k;     /* this run's shard, 1..shard_n; shard_n 0 or 1 = no sharding */
    uint32_t shard_n;
} dyad_pipe_config;

/* Runs the pipeline to the end of input. Returns DYAD_OK when every record was emitted
 * (rejections are counted in st, not errors), or the status that stopped the run: a failing
 * emit (its err), a worker that could not start, or DYAD_ENOMEM. st is filled in every case. */
DYAD_INTERNAL int dyad_pipe_run(const dyad_pipe_config *cfg, const dyad_pipe_ops *ops,
                                dyad_pipe_stats *st, dyad_err *err);

/* Sharding (documented in docs/SCALING.md): a record belongs to shard
 * 1 + (mix(FNV-1a-64(id)) mod n), mix being the
 * splitmix64 finaliser (shard.c; fixed forever so re-runs and hosts agree); a rejected record, which may have no id, to
 * shard 1 + (seq mod n) where seq counts the records the source returned. Parses "K/N" with
 * 1 <= K <= N <= 100000; returns DYAD_OK or DYAD_EINVAL. */
DYAD_INTERNAL int dyad_shard_parse(const char *spec, uint32_t *k, uint32_t *n, dyad_err *err);
/* The shard (1..n) that owns a record id. */
DYAD_INTERNAL uint32_t dyad_shard_of_id(const char *id, uint32_t n);

#endif
