/* fact_data.c — reads the UDS "It Happened" annotations and matches them to EWT CoNLL-U sentences.
 *
 * uds-factuality.json: {"data": {"ewt-train-12": {"ewt-train-12-semantics-pred-5":
 *   {"factuality": {"factual": {"value": v, "confidence": c}}}, ...}, ...}}, where 5 is the
 * 1-based word index (CoNLL-U ID) of the predicate. uds-ud-ids.json: {"ewt-train-12":
 * {"document_id": ..., "sentence_id": EWT "# sent_id"}, ...}. */
#include "nlp/factuality_train.h"

#include "base/alloc.h"
#include "base/hash.h"
#include "io/input.h"
#include "io/json.h"
#include "nlp/conllu.h"

#include <stdio.h>
#include <stdlib.h>
#include <string.h>

typedef struct uds_ann {
    int32_t sid;   /* intern id of the EWT sent_id */
    int32_t word;  /* 1-based */
    float value;
} uds_ann;

struct dyad_fact_uds {
    dyad_intern ids;    /* EWT sent_ids */
    uds_ann *ann;       /* sorted by sid, then word */
    size_t n;
    size_t *first;      /* per sid: index of its first annotation; first[count] = n */
};

/* Reads a whole (possibly gzipped) file into a heap buffer. */
static int slurp(const char *path, char **out, size_t *len, dyad_err *err)
{
    dyad_input *in;
    int rc = dyad_input_open(&in, path, err);
    if (rc != DYAD_OK)
        return rc;
    char *buf = NULL;
    size_t n = 0, cap = 0;
    for (;;) {
        if (dyad_grow(&buf, &cap, n + 65536, 1) != DYAD_OK) {
            rc = dyad_err_set(err, DYAD_ENOMEM, "%s: out of memory", path);
            break;
        }
        long got = dyad_input_read(in, buf + n, cap - n, err);
        if (got < 0) {
            rc = (int)got;
            break;
        }
        if (got == 0)
            break;
        n += (size_t)got;
    }
    dyad_input_close(in);
    if (rc != DYAD_OK) {
        dyad_free(buf);
        return rc;
    }
    *out = buf;
    *len = n;
    return DYAD_OK;
}

static int parse_file(const char *dir, const char *name, dyad_arena *a, dyad_json **root,
                      dyad_err *err)
{
    char path[4096];
    snprintf(path, sizeof path, "%s/%s", dir, name);
    char *text;
    size_t len;
    int rc = slurp(path, &text, &len, err);
    if (rc != DYAD_OK)
        return rc;
    rc = dyad_json_parse(a, text, len, DYAD_JSON_MAX_DEPTH, root, NULL, err);
    dyad_free(text);
    if (rc != DYAD_OK)
        return dyad_err_set(err, rc, "%s: %s", path, err ? err->msg : "bad JSON");
    if ((*root)->type != DYAD_JSON_OBJECT)
        return dyad_err_set(err, DYAD_EFORMAT, "%s: not a JSON object", path);
    return DYAD_OK;
}

static int cmp_ann(const void *a, const void *b)
{
    const uds_ann *x = a, *y = b;
    if (x->sid != y->sid)
        return x->sid < y->sid ? -1 : 1;
    return (x->word > y->word) - (x->word < y->word);
}

/* The member's number value at the path factuality.factual.value, or false. */
static bool ann_value(const dyad_json *pred, double *v)
{
    const dyad_json *f = dyad_json_get(pred, "factuality");
    f = f ? dyad_json_get(f, "factual") : NULL;
    f = f ? dyad_json_get(f, "value") : NULL;
    if (!f || f->type != DYAD_JSON_NUMBER)
        return false;
    *v = f->num;
    return true;
}

int dyad_fact_uds_read(dyad_fact_uds **out, const char *dir, dyad_err *err)
{
    dyad_arena a;
    dyad_arena_init(&a, 1 << 20);
    dyad_json *facts = NULL, *ids = NULL;
    dyad_fact_uds *u = dyad_calloc(1, sizeof *u);
    size_t cap = 0;
    int rc = u ? DYAD_OK : dyad_err_set(err, DYAD_ENOMEM, "out of memory");
    if (rc == DYAD_OK)
        dyad_intern_init(&u->ids);
    if (rc == DYAD_OK)
        rc = parse_file(dir, "uds-factuality.json", &a, &facts, err);
    if (rc == DYAD_OK)
        rc = parse_file(dir, "uds-ud-ids.json", &a, &ids, err);
    const dyad_json *data = rc == DYAD_OK ? dyad_json_get(facts, "data") : NULL;
    if (rc == DYAD_OK && (!data || data->type != DYAD_JSON_OBJECT))
        rc = dyad_err_set(err, DYAD_EFORMAT, "%s/uds-factuality.json: no \"data\" object", dir);
    for (const dyad_json *sent = data ? data->child : NULL; rc == DYAD_OK && sent;
         sent = sent->next) {
        const dyad_json *m = dyad_json_get(ids, sent->key);
        const dyad_json *sid = m ? dyad_json_get(m, "sentence_id") : NULL;
        if (!sid || sid->type != DYAD_JSON_STRING) {
            rc = dyad_err_set(err, DYAD_EFORMAT, "%s: UDS sentence %s has no EWT sentence id",
                              dir, sent->key);
            break;
        }
        int32_t id = dyad_intern_add(&u->ids, sid->str, sid->len);
        for (const dyad_json *p = sent->child; id >= 0 && p; p = p->next) {
            const char *dash = strrchr(p->key, '-');
            double v;
            long word = dash ? strtol(dash + 1, NULL, 10) : 0;
            if (word < 1 || word > 100000 || !ann_value(p, &v)) {
                rc = dyad_err_set(err, DYAD_EFORMAT, "%s: bad UDS predicate %s", dir, p->key);
                break;
            }
            if (dyad_grow(&u->ann, &cap, u->n + 1, sizeof *u->ann) != DYAD_OK) {
                id = -1;
                break;
            }
            u->ann[u->n++] = (uds_ann){id, (int32_t)word, (float)v};
        }
        if (id < 0)
            rc = dyad_err_set(err, DYAD_ENOMEM, "out of memory");
    }
    if (rc == DYAD_OK) {
        qsort(u->ann, u->n, sizeof *u->ann, cmp_ann);
        u->first = dyad_malloc(((size_t)u->ids.count + 1) * sizeof *u->first);
        if (!u->first)
            rc = dyad_err_set(err, DYAD_ENOMEM, "out of memory");
    }
    if (rc == DYAD_OK) {
        size_t j = 0;
        for (uint32_t id = 0; id <= u->ids.count; id++) {
            while (j < u->n && u->ann[j].sid < (int32_t)id)
                j++;
            u->first[id] = j;
        }
    }
    dyad_arena_free(&a);
    if (rc != DYAD_OK) {
        dyad_fact_uds_free(u);
        return rc;
    }
    *out = u;
    return DYAD_OK;
}

void dyad_fact_uds_free(dyad_fact_uds *u)
{
    if (!u)
        return;
    dyad_intern_free(&u->ids);
    dyad_free(u->ann);
    dyad_free(u->first);
    dyad_free(u);
}

size_t dyad_fact_uds_count(const dyad_fact_uds *u) { return u->n; }

/* Appends the annotated predicates of sentence s to set (at most max items in all). */
static int add_items(dyad_fact_set *set, const dyad_fact_uds *u, const dyad_sentence *s,
                     size_t max, size_t *cap)
{
    if (!s->sent_id)
        return DYAD_OK;
    int32_t id = dyad_intern_find(&u->ids, s->sent_id, strlen(s->sent_id));
    if (id < 0)
        return DYAD_OK;
    for (size_t j = u->first[id]; j < u->first[id + 1] && (max == 0 || set->n < max); j++) {
        if (u->ann[j].word > s->n) {
            set->off_sentence++;
            continue;
        }
        if (dyad_grow(&set->items, cap, set->n + 1, sizeof *set->items) != DYAD_OK)
            return DYAD_ENOMEM;
        set->items[set->n++] = (dyad_fact_item){s, u->ann[j].word - 1, u->ann[j].value};
    }
    return DYAD_OK;
}

int dyad_fact_set_load(dyad_fact_set *set, const dyad_fact_uds *u, const char *path, size_t max,
                       dyad_err *err)
{
    memset(set, 0, sizeof *set);
    dyad_doc_init(&set->doc);
    dyad_cu_reader *r;
    int rc = dyad_cu_open(&r, path, err);
    if (rc != DYAD_OK)
        return rc;
    for (;;) {
        rc = dyad_cu_next(r, &set->doc, err);
        if (rc == 0 || rc == DYAD_EIO || rc == DYAD_ENOMEM)
            break;
        /* a malformed sentence is skipped (dyad_cu_next says so in err) */
    }
    dyad_cu_close(r);
    if (rc < 0 && rc != DYAD_EFORMAT) {
        dyad_fact_set_free(set);
        return rc;
    }
    /* Matched once every sentence is read: the sentence array no longer moves. */
    size_t cap = 0;
    for (int32_t i = 0; i < set->doc.nsent && (max == 0 || set->n < max); i++)
        if (add_items(set, u, &set->doc.sent[i], max, &cap) != DYAD_OK) {
            dyad_fact_set_free(set);
            return dyad_err_set(err, DYAD_ENOMEM, "out of memory");
        }
    return DYAD_OK;
}

void dyad_fact_set_free(dyad_fact_set *set)
{
    dyad_free(set->items);
    dyad_doc_free(&set->doc);
    memset(set, 0, sizeof *set);
}
