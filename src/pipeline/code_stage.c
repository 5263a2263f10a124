/* code_stage.c — the stages of `dyad code`: load everything once, then per record tokenize →
 * tag/parse → code → render in a worker; write (one-a-day filter, SQLite) in input order. */
#include "pipeline/code_stage.h"

#include "agg/dedup.h"
#include "base/alloc.h"
#include "base/paths.h"
#include "pipeline/geo_stage.h"
#include "pipeline/stage_glue.h"

#include <errno.h>
#include <stdio.h>
#include <string.h>
#include <time.h>

struct dyad_code_stage {
    dyad_code_cfg cfg;
    dyad_nlp *nlp;
    dyad_dict *dict;
    dyad_glue *glue;          /* CAMEO table, coder, renderers, SQLite store */
    dyad_geo_stage *geo;      /* where events happened (off with --no-geo) */
    bool render_in_emit;      /* one-a-day must filter before rendering: render in order */
    dyad_oad *oad;            /* --one-a-day: the (date, source, target, code) keys seen */
    dyad_strbuf scratch;      /* emit-side rendering and keys */
    dyad_stage_times times;   /* summed with atomics */
    char expand_note[DYAD_ERR_MAX + 80]; /* WordNet files missing: why verbs were not generalised */
};

typedef struct code_worker {
    dyad_nlp_work *nlp;
    const char **words;      /* a sentence's forms, for dyad_glue_plan */
    size_t cap;
    uint8_t *plan;           /* per sentence: tag it, then parse it (dyad_glue_plan) */
    size_t plan_cap;
} code_worker;

static uint64_t now_ns(void)
{
    struct timespec ts;
    clock_gettime(CLOCK_MONOTONIC, &ts);
    return (uint64_t)ts.tv_sec * 1000000000ULL + (uint64_t)ts.tv_nsec;
}

static void add_time(uint64_t *slot, uint64_t t0)
{
    __atomic_add_fetch(slot, now_ns() - t0, __ATOMIC_RELAXED);
}

static int load_dicts(dyad_code_stage *cs, dyad_err *err)
{
    dyad_dict_diag diag = {cs->cfg.dict_report, cs->cfg.dict_report_ctx, 0};
    int rc = dyad_dict_new(&cs->dict, err);
    if (rc != DYAD_OK)
        return rc;
    char buf[4096];
    if (cs->cfg.ndicts == 0)
        return dyad_dict_load(cs->dict, dyad_data_path(buf, sizeof buf, "dict"), &diag, err);
    for (int i = 0; i < cs->cfg.ndicts && rc == DYAD_OK; i++)
        rc = dyad_dict_load(cs->dict, cs->cfg.dicts[i], &diag, err);
    return rc;
}

/* Generalises the verb dictionary with WordNet (dict.h); without WordNet's files coding goes
 * on with the dictionaries as they are, and expand_note says so. */
static int expand_verbs(dyad_code_stage *cs, dyad_err *err)
{
    dyad_err werr;
    dyad_err_clear(&werr);
    int rc = dyad_dict_expand_wordnet(cs->dict, cs->cfg.wordnet, NULL, &werr);
    if (rc == DYAD_ENOMEM)
        return dyad_err_set(err, rc, "%s", werr.msg);
    if (rc != DYAD_OK)
        snprintf(cs->expand_note, sizeof cs->expand_note,
                 "verbs not generalised with WordNet: %.400s (install wordnet-base, or leave out --expand)",
                 werr.msg);
    return DYAD_OK;
}

int dyad_code_stage_new(dyad_code_stage **out, const dyad_code_cfg *cfg, dyad_err *err)
{
    *out = NULL;
    dyad_code_stage *cs = dyad_calloc(1, sizeof *cs);
    if (!cs)
        return dyad_err_set(err, DYAD_ENOMEM, "out of memory");
    cs->cfg = *cfg;
    cs->render_in_emit = cfg->one_a_day;
    const char *missing = dyad_glue_missing();
    int rc = cfg->one_a_day ? dyad_oad_new(&cs->oad, err) : DYAD_OK;
    if (rc == DYAD_OK && missing)
        rc = dyad_err_set(err, DYAD_ENOTFOUND, "this build of dyad has no %s yet", missing);
    if (rc == DYAD_OK)
        rc = dyad_nlp_load(&cs->nlp, cfg->model_dir ? cfg->model_dir : dyad_nlp_default_dir(), err);
    if (rc == DYAD_OK)
        rc = load_dicts(cs, err);
    if (rc == DYAD_OK)
        rc = dyad_dict_finish(cs->dict, err);
    if (rc == DYAD_EIO) /* a data file that cannot be read: DYAD_EIO is kept for outputs */
        err->code = rc = DYAD_ENOTFOUND;
    dyad_glue_cfg gc = {cs->dict,    cfg->format,  cfg->header,    cfg->explain,
                        cfg->db_path, cfg->literal, cfg->dyads_only};
    if (rc == DYAD_OK)
        rc = dyad_glue_new(&cs->glue, &gc, err);
    if (rc == DYAD_OK)
        rc = dyad_geo_stage_new(&cs->geo, cfg->gazetteer, cfg->no_geo, err);
    if (rc == DYAD_OK && dyad_geo_stage_has_places(cs->geo)) /* "a court in Multan": PAKJUD */
        dyad_glue_set_places(cs->glue, dyad_geo_stage_place_country, cs->geo);
    if (rc == DYAD_OK) { /* unknown CAMEO codes ("= 999") are skipped, counted as malformed */
        dyad_dict_diag diag = {cfg->dict_report, cfg->dict_report_ctx, 0};
        dyad_glue_drop_unknown_codes(cs->glue, cs->dict, &diag);
    }
    if (rc == DYAD_OK && cfg->expand) /* after the codes are checked: only valid ones spread */
        rc = expand_verbs(cs, err);
    if (rc == DYAD_OK && cfg->out) { /* the TSV header, if any, goes out first */
        dyad_glue_render_start(cs->glue, &cs->scratch);
        if (cs->scratch.len && fwrite(cs->scratch.data, 1, cs->scratch.len, cfg->out) != cs->scratch.len)
            rc = dyad_err_set(err, DYAD_EIO, "writing output failed: %s", strerror(errno));
    }
    if (rc != DYAD_OK) {
        dyad_code_stage_free(cs);
        return rc;
    }
    *out = cs;
    return DYAD_OK;
}

void dyad_code_stage_free(dyad_code_stage *cs)
{
    if (!cs)
        return;
    dyad_glue_free(cs->glue);
    dyad_geo_stage_free(cs->geo);
    if (cs->dict)
        dyad_dict_free(cs->dict);
    if (cs->nlp)
        dyad_nlp_free(cs->nlp);
    dyad_oad_free(cs->oad);
    dyad_sb_free(&cs->scratch);
    dyad_free(cs);
}

static int cs_worker_new(void *ctx, void **w, dyad_err *err)
{
    dyad_code_stage *cs = ctx;
    code_worker *cw = dyad_calloc(1, sizeof *cw);
    if (!cw || !(cw->nlp = dyad_nlp_work_new(cs->nlp))) {
        dyad_free(cw);
        return dyad_err_set(err, DYAD_ENOMEM, "out of memory for a worker's scratch space");
    }
    *w = cw;
    return DYAD_OK;
}

static void cs_worker_free(void *ctx, void *w)
{
    (void)ctx;
    code_worker *cw = w;
    if (!cw)
        return;
    dyad_nlp_work_free(cw->nlp);
    dyad_free(cw->words);
    dyad_free(cw->plan);
    dyad_free(cw);
}

/* Marks the item rejected by a failing stage; the message gets the record's name. */
static void stage_failed(dyad_pipe_item *it, int rc, const char *stage)
{
    dyad_err e = it->err;
    it->outcome = DYAD_PIPE_REJECTED;
    it->status = rc;
    it->events.n = 0;
    dyad_err_set(&it->err, rc, "%s:%ld (id %s): %s failed: %s", it->doc.file ? it->doc.file : "-",
                 it->doc.line, it->doc.id, stage, e.msg[0] ? e.msg : dyad_status_name(rc));
}

/* A sentence of CoNLL-U input that came with every column the coder reads (lemma, UPOS, XPOS,
 * head, relation on every word) is kept as given, unless --reparse: users can code the parse
 * of another UD parser, or gold trees. */
static bool parse_given(const dyad_code_stage *cs, const dyad_doc *doc, const dyad_sentence *s)
{
    if (!doc->pretokenized || cs->cfg.reparse || s->n == 0)
        return false;
    for (int32_t i = 0; i < s->n; i++) {
        const dyad_token *t = &s->tok[i];
        if (!t->lemma || !t->xpos || !t->deprel || t->head < 0 || t->upos == DYAD_UPOS_NONE)
            return false;
    }
    return true;
}

/* Runs the tag-only pass for stage timing (bench --stages); the full pass follows. */
static int timed_tag_pass(dyad_code_stage *cs, code_worker *cw, dyad_doc *doc, dyad_err *err)
{
    uint64_t t0 = now_ns();
    for (int32_t s = 0; s < doc->nsent; s++) {
        int rc = dyad_nlp_annotate_sentence(cs->nlp, cw->nlp, doc, &doc->sent[s], true, err);
        if (rc != DYAD_OK)
            return rc;
    }
    add_time(&cs->times.tag, t0);
    return DYAD_OK;
}

/* Tags, then parses, the sentences of it's doc the coder needs (dyad_glue_plan); counts the
 * parsed ones. On failure the item is marked failed and the error returned. */
static int annotate_planned(dyad_code_stage *cs, code_worker *cw, dyad_pipe_item *it)
{
    dyad_doc *doc = &it->doc;
    size_t longest = 1;
    for (int32_t s = 0; s < doc->nsent; s++)
        if ((size_t)doc->sent[s].n > longest)
            longest = (size_t)doc->sent[s].n;
    if (dyad_grow(&cw->words, &cw->cap, longest, sizeof *cw->words) != DYAD_OK ||
        dyad_grow(&cw->plan, &cw->plan_cap, (size_t)doc->nsent + 1, 1) != DYAD_OK) {
        stage_failed(it, DYAD_ENOMEM, "tagger/parser");
        return DYAD_ENOMEM;
    }
    int rc = dyad_nlp_begin_doc(cw->nlp, doc, &it->err);
    if (rc != DYAD_OK) {
        stage_failed(it, rc, "tagger");
        return rc;
    }
    for (int pass = 0; pass < 2; pass++) {
        dyad_glue_plan(cs->glue, doc, pass == 1, cw->plan, cw->words);
        for (int32_t s = 0; s < doc->nsent; s++) {
            if (!cw->plan[s] || parse_given(cs, doc, &doc->sent[s]))
                continue;
            rc = pass == 0 ? dyad_nlp_tag_in_doc(cs->nlp, cw->nlp, doc, s, &it->err)
                           : dyad_nlp_parse_in_doc(cs->nlp, cw->nlp, doc, s, &it->err);
            if (rc != DYAD_OK) {
                stage_failed(it, rc, pass == 0 ? "tagger" : "parser");
                return rc;
            }
            it->parsed += pass == 1;
        }
    }
    return DYAD_OK;
}

static void cs_process(void *ctx, void *w, dyad_pipe_item *it)
{
    dyad_code_stage *cs = ctx;
    code_worker *cw = w;
    dyad_doc *doc = &it->doc;
    bool timing = cs->cfg.stage_timing;
    uint64_t t0 = timing ? now_ns() : 0;
    int rc = DYAD_OK;
    if (!doc->pretokenized && (rc = dyad_tokenize(doc, &it->err)) != DYAD_OK) {
        stage_failed(it, rc, "tokenizer");
        return;
    }
    if (timing) {
        add_time(&cs->times.tokenize, t0);
        if ((rc = timed_tag_pass(cs, cw, doc, &it->err)) != DYAD_OK) {
            stage_failed(it, rc, "tagger");
            return;
        }
        t0 = now_ns();
    }
    /* The tagger and the parser only where the coder can use them: the coder says which
     * sentences need tags (an actor may be there), those are tagged; then which need a parse,
     * those are parsed. The output is the same as with all annotated (--parse-all). */
    if (cs->cfg.parse_all) {
        for (int32_t s = 0; s < doc->nsent; s++) {
            if (parse_given(cs, doc, &doc->sent[s]))
                continue;
            rc = dyad_nlp_annotate_sentence(cs->nlp, cw->nlp, doc, &doc->sent[s], false, &it->err);
            if (rc != DYAD_OK) {
                stage_failed(it, rc, "tagger/parser");
                return;
            }
        }
        it->parsed = doc->nsent;
    } else if ((rc = annotate_planned(cs, cw, it)) != DYAD_OK) {
        return;
    }
    it->sentences = doc->nsent;
    for (int32_t s = 0; s < doc->nsent; s++)
        it->words += doc->sent[s].n;
    if (timing) {
        add_time(&cs->times.annotate, t0);
        t0 = now_ns();
    }
    bool discarded = false;
    if ((rc = dyad_glue_code(cs->glue, doc, &it->events, &discarded, &it->err)) != DYAD_OK) {
        stage_failed(it, rc, "coder");
        return;
    }
    it->outcome = discarded ? DYAD_PIPE_DISCARDED
                 : it->events.n > 0 ? DYAD_PIPE_CODED : DYAD_PIPE_NOEVENT;
    if (timing) {
        add_time(&cs->times.code, t0);
        t0 = now_ns();
    }
    if (it->events.n > 0 && (rc = dyad_geo_stage_run(cs->geo, doc, &it->events, &it->err)) != DYAD_OK) {
        stage_failed(it, rc, "geo");
        return;
    }
    if (timing) {
        add_time(&cs->times.geo, t0);
        t0 = now_ns();
    }
    if (!cs->render_in_emit && it->events.n > 0) {
        dyad_glue_render(cs->glue, doc, &it->events, &it->out);
        if (it->out.failed)
            stage_failed(it, DYAD_ENOMEM, "output");
    }
    if (timing)
        add_time(&cs->times.render, t0);
}

/* --one-a-day: replaces it->events by the events whose (date, source, target, code) was not
 * written before (in place: the dropped ones are only skipped). */
static int one_a_day(dyad_code_stage *cs, dyad_pipe_item *it, dyad_err *err)
{
    dyad_event_list *ev = &it->events;
    int32_t kept = 0;
    for (int32_t i = 0; i < ev->n; i++) {
        const dyad_event *e = &ev->ev[i];
        int first = dyad_oad_first(cs->oad, it->doc.date, e->source.code, e->target.code, e->code);
        if (first < 0)
            return dyad_err_set(err, DYAD_ENOMEM, "out of memory in the one-a-day filter");
        if (first)
            ev->ev[kept++] = *e;
    }
    ev->n = kept;
    return DYAD_OK;
}

static int cs_emit(void *ctx, dyad_pipe_item *it, dyad_err *err)
{
    dyad_code_stage *cs = ctx;
    if (it->outcome == DYAD_PIPE_REJECTED)
        return DYAD_OK;
    uint64_t t0 = cs->cfg.stage_timing ? now_ns() : 0;
    int rc;
    if (cs->oad && it->events.n > 0 && (rc = one_a_day(cs, it, err)) != DYAD_OK)
        return rc;
    if (cs->render_in_emit && it->events.n > 0) {
        dyad_sb_clear(&it->out);
        dyad_glue_render(cs->glue, &it->doc, &it->events, &it->out);
        if (it->out.failed)
            return dyad_err_set(err, DYAD_ENOMEM, "out of memory rendering record '%s'", it->doc.id);
    }
    if (it->out.len && cs->cfg.out && fwrite(it->out.data, 1, it->out.len, cs->cfg.out) != it->out.len)
        return dyad_err_set(err, DYAD_EIO, "writing output failed: %s", strerror(errno));
    /* every article goes to the store, with or without events */
    if (dyad_glue_has_db(cs->glue) &&
        (rc = dyad_glue_db_doc(cs->glue, &it->doc, &it->events,
                               it->outcome == DYAD_PIPE_DISCARDED, err)) != DYAD_OK)
        return rc;
    if (cs->cfg.stage_timing)
        add_time(&cs->times.write, t0);
    return DYAD_OK;
}

void dyad_code_stage_ops(dyad_code_stage *cs, dyad_pipe_ops *ops)
{
    memset(ops, 0, sizeof *ops);
    ops->ctx = cs;
    ops->worker_new = cs_worker_new;
    ops->worker_free = cs_worker_free;
    ops->process = cs_process;
    ops->emit = cs_emit;
}

int dyad_code_stage_finish(dyad_code_stage *cs, dyad_err *err)
{
    int rc = dyad_glue_finish(cs->glue, err);
    if (rc == DYAD_OK && cs->cfg.out && fflush(cs->cfg.out) != 0)
        rc = dyad_err_set(err, DYAD_EIO, "writing output failed: %s", strerror(errno));
    return rc;
}

const char *dyad_code_stage_geo_note(const dyad_code_stage *cs)
{
    return dyad_geo_stage_note(cs->geo);
}

const char *dyad_code_stage_expand_note(const dyad_code_stage *cs)
{
    return cs->expand_note[0] ? cs->expand_note : NULL;
}

long dyad_code_stage_filtered(const dyad_code_stage *cs)
{
    long seen = 0, dropped = 0;
    if (cs->oad)
        dyad_oad_counts(cs->oad, &seen, &dropped);
    return dropped;
}

void dyad_code_stage_times(const dyad_code_stage *cs, dyad_stage_times *t)
{
    t->tokenize = __atomic_load_n(&cs->times.tokenize, __ATOMIC_RELAXED);
    t->tag = __atomic_load_n(&cs->times.tag, __ATOMIC_RELAXED);
    t->annotate = __atomic_load_n(&cs->times.annotate, __ATOMIC_RELAXED);
    t->code = __atomic_load_n(&cs->times.code, __ATOMIC_RELAXED);
    t->geo = __atomic_load_n(&cs->times.geo, __ATOMIC_RELAXED);
    t->render = __atomic_load_n(&cs->times.render, __ATOMIC_RELAXED);
    t->write = __atomic_load_n(&cs->times.write, __ATOMIC_RELAXED);
}
