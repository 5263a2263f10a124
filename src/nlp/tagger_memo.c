/* tagger_memo.c — a per-thread memo of what the tagger computes from a word's form alone: its
 * word features, its tag-dictionary class and the summed scores of its form-only features.
 * News repeats its words: with 4,096 places about four words in five are found here. */
#include "nlp/tagger.h"

#include "base/alloc.h"
#include "base/hash.h"

#include <string.h>

enum { MEMO_BITS = 12 };

struct dyad_tag_memo {
    uint32_t mask;
    dyad_tag_memo_entry *e;
    float *self; /* the tagger's ntags scores per entry */
};

dyad_tag_memo *dyad_tag_memo_new(const dyad_tagger *tg)
{
    dyad_tag_memo *m = dyad_calloc(1, sizeof *m);
    if (!m)
        return NULL;
    size_t n = (size_t)1 << MEMO_BITS;
    m->mask = (uint32_t)n - 1;
    m->e = dyad_calloc(n, sizeof *m->e);
    m->self = dyad_malloc(n * (size_t)tg->ntags * sizeof *m->self);
    if (!m->e || !m->self) {
        dyad_tag_memo_free(m);
        return NULL;
    }
    return m;
}

void dyad_tag_memo_free(dyad_tag_memo *m)
{
    if (!m)
        return;
    dyad_free(m->e);
    dyad_free(m->self);
    dyad_free(m);
}

dyad_tag_memo_entry *dyad_tag_memo_get(dyad_tag_memo *m, const dyad_tagger *tg, uint64_t hash,
                                       const char *f, size_t n)
{
    if (n == 0 || n > sizeof m->e->form)
        return NULL;
    dyad_tag_memo_entry *e = &m->e[hash & m->mask];
    if (e->hash == hash && e->len == n && memcmp(e->form, f, n) == 0)
        return e;
    e->hash = hash;
    e->len = (uint32_t)n;
    memcpy(e->form, f, n);
    dyad_tag_form_features(tg, f, n, &e->wf);
    e->dict_tag = (int16_t)dyad_tag_dict(tg, &e->wf);
    e->self_done = false;
    return e;
}

const float *dyad_tag_memo_self(dyad_tag_memo *m, const dyad_tagger *tg, dyad_tag_memo_entry *e)
{
    float *sc = m->self + (size_t)(e - m->e) * (size_t)tg->ntags;
    if (!e->self_done) {
        uint64_t f[TAG_NFEAT_MAX];
        int nf = dyad_tag_self_features(&e->wf, f);
        memset(sc, 0, (size_t)tg->ntags * sizeof *sc);
        dyad_pt_score(&tg->pt, f, nf, sc);
        e->self_done = true;
    }
    return sc;
}
