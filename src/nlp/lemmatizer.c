/* lemmatizer.c — lemma lookup at run time and the model sections holding its tables. */
#include "nlp/lemmatizer.h"

#include "base/alloc.h"
#include "base/hash.h"

#include <string.h>

#define LEM_MAXSUF 5

static size_t lower_copy(const char *s, char *buf, size_t cap)
{
    size_t n = 0;
    for (; s[n] && n + 1 < cap; n++)
        buf[n] = (s[n] >= 'A' && s[n] <= 'Z') ? (char)(s[n] + 32) : s[n];
    buf[n] = 0;
    return n;
}

static const char *pool_str(const dyad_lemmatizer *lm, uint64_t off)
{
    return off < lm->pool_n ? lm->pool + off : NULL;
}

static bool is_base(const dyad_lemmatizer *lm, const char *w, size_t n, int cls)
{
    uint64_t v;
    return dyad_kv_get(&lm->base, dyad_hash_mix(dyad_hash(w, n), (uint64_t)cls), &v);
}

/* WordNet's detachment rules for inflected verbs and adjectives (suffix → ending), in the
 * order they are tried; a doubled final consonant is undone too (planned: plan). sibilant:
 * only after a stem where English writes -es for -s ("departes" is no "depart"). */
typedef struct detach {
    const char *suf, *end;
    bool sibilant;
} detach;
static const detach verb_rules[] = {
    {"ies", "y", false}, {"es", "e", false}, {"es", "", true},   {"s", "", false},
    {"ed", "e", false},  {"ed", "", false},  {"ing", "e", false}, {"ing", "", false}};
static const detach adj_rules[] = {
    {"er", "", false}, {"est", "", false}, {"er", "e", false}, {"est", "e", false}};

/* The stem w[0..n) ends where English writes -es for -s: s, x, z, ch, sh, o. */
static bool sibilant_end(const char *w, size_t n)
{
    char c = n ? w[n - 1] : 0;
    return c == 's' || c == 'x' || c == 'z' || c == 'o' ||
           (c == 'h' && n >= 2 && (w[n - 2] == 'c' || w[n - 2] == 's'));
}

/* The first detachment of low (ln bytes) that WordNet lists as a base form of class cls, into
 * arena; NULL when none (or no memory). */
static const char *wordnet_base(const dyad_lemmatizer *lm, const char *low, size_t ln, int cls,
                                dyad_arena *arena)
{
    const detach *r = cls == DYAD_LEM_VERB ? verb_rules : adj_rules;
    size_t nr = cls == DYAD_LEM_VERB ? sizeof verb_rules / sizeof *verb_rules
                                 : sizeof adj_rules / sizeof *adj_rules;
    char buf[256];
    for (size_t i = 0; i < nr; i++) {
        size_t sl = strlen(r[i].suf), el = strlen(r[i].end);
        if (sl >= ln || memcmp(low + ln - sl, r[i].suf, sl) != 0 || ln - sl + el >= sizeof buf)
            continue;
        size_t bn = ln - sl;
        if (r[i].sibilant && !sibilant_end(low, bn))
            continue;
        memcpy(buf, low, bn);
        memcpy(buf + bn, r[i].end, el);
        bn += el;
        bool doubled = !el && bn >= 3 && buf[bn - 1] == buf[bn - 2];
        if (is_base(lm, buf, bn, cls) || (doubled && is_base(lm, buf, --bn, cls)))
            return dyad_arena_strndup(arena, buf, bn);
    }
    return NULL;
}

const char *dyad_lemma(const dyad_lemmatizer *lm, const char *form, int tag, int upos,
                       dyad_arena *arena)
{
    uint64_t v, t1 = (uint64_t)tag + 1;
    size_t n = strlen(form);
    const char *hit;
    if (dyad_kv_get(&lm->form, dyad_hash_mix(dyad_hash(form, n), t1), &v) &&
        (hit = pool_str(lm, v)))
        return hit;
    char low[256];
    if (n >= sizeof low)
        return form;
    size_t ln = lower_copy(form, low, sizeof low);
    if (dyad_kv_get(&lm->lower, dyad_hash_mix(dyad_hash(low, ln), t1), &v) &&
        (hit = pool_str(lm, v)))
        return hit;
    if (upos == DYAD_UPOS_PROPN || upos == DYAD_UPOS_NUM || upos == DYAD_UPOS_PUNCT ||
        upos == DYAD_UPOS_SYM || upos == DYAD_UPOS_X)
        return form;
    for (size_t l = LEM_MAXSUF; l >= 1; l--) {
        if (l >= ln)
            continue;
        uint64_t key = dyad_hash_mix(dyad_hash_mix(dyad_hash(low + ln - l, l), t1), l);
        if (!dyad_kv_get(&lm->rules, key, &v))
            continue;
        size_t strip = (size_t)(v >> 32);
        const char *app = pool_str(lm, v & 0xFFFFFFFFu);
        if (!app || strip > ln)
            break;
        size_t an = strlen(app);
        char *out = dyad_arena_alloc(arena, ln - strip + an + 1);
        if (!out)
            return NULL;
        memcpy(out, low, ln - strip);
        memcpy(out + ln - strip, app, an + 1);
        int cls = upos == DYAD_UPOS_VERB || upos == DYAD_UPOS_AUX ? DYAD_LEM_VERB
                  : upos == DYAD_UPOS_ADJ                         ? DYAD_LEM_ADJ
                                                                  : 0;
        if (cls && lm->base.slots && !is_base(lm, out, ln - strip + an, cls)) {
            const char *wn = wordnet_base(lm, low, ln, cls, arena);
            if (wn)
                return wn;
        }
        return out;
    }
    if (strcmp(low, form) == 0)
        return form;
    return dyad_arena_strndup(arena, low, ln);
}

int dyad_lemmatizer_save(const dyad_lemmatizer *lm, dyad_mbuf *secs, const char **names,
                         int *nsec)
{
    int k = *nsec;
    names[k] = "lem.pool";
    dyad_mbuf_u32(&secs[k], (uint32_t)lm->pool_n);
    dyad_mbuf_put(&secs[k++], lm->pool, lm->pool_n);
    names[k] = "lem.form";
    dyad_kv_save(&lm->form, &secs[k++]);
    names[k] = "lem.lower";
    dyad_kv_save(&lm->lower, &secs[k++]);
    names[k] = "lem.rules";
    dyad_kv_save(&lm->rules, &secs[k++]);
    if (lm->base.slots) {
        names[k] = "lem.base";
        dyad_kv_save(&lm->base, &secs[k++]);
    }
    for (int i = *nsec; i < k; i++)
        if (secs[i].failed)
            return DYAD_ENOMEM;
    *nsec = k;
    return DYAD_OK;
}

int dyad_lemmatizer_read(dyad_lemmatizer *lm, const dyad_mfile *mf, dyad_err *err)
{
    memset(lm, 0, sizeof *lm);
    dyad_mcur c;
    int rc = dyad_mf_section(mf, "lem.pool", &c, err);
    if (rc != DYAD_OK)
        return rc;
    uint32_t n = dyad_mcur_u32(&c);
    lm->pool = dyad_mcur_array(&c, n, 1, 1);
    if (dyad_mcur_check(&c, err) != DYAD_OK)
        return DYAD_ECORRUPT;
    if (n == 0 || lm->pool[n - 1] != 0)
        return dyad_err_set(err, DYAD_ECORRUPT, "%s: bad lemma pool", mf->path);
    lm->pool_n = n;
    if ((rc = dyad_mf_section(mf, "lem.form", &c, err)) != DYAD_OK ||
        (rc = dyad_kv_read(&lm->form, &c, err)) != DYAD_OK)
        return rc;
    if ((rc = dyad_mf_section(mf, "lem.lower", &c, err)) != DYAD_OK ||
        (rc = dyad_kv_read(&lm->lower, &c, err)) != DYAD_OK)
        return rc;
    if ((rc = dyad_mf_section(mf, "lem.rules", &c, err)) != DYAD_OK ||
        (rc = dyad_kv_read(&lm->rules, &c, err)) != DYAD_OK)
        return rc;
    /* optional: models trained before it, or without WordNet, have no base forms */
    if (dyad_mf_section(mf, "lem.base", &c, NULL) == DYAD_OK &&
        (rc = dyad_kv_read(&lm->base, &c, err)) != DYAD_OK)
        return rc;
    return DYAD_OK;
}

void dyad_lemmatizer_free(dyad_lemmatizer *lm)
{
    dyad_kv_free(&lm->form);
    dyad_kv_free(&lm->lower);
    dyad_kv_free(&lm->rules);
    dyad_kv_free(&lm->base);
    dyad_free(lm->pool_owned);
    memset(lm, 0, sizeof *lm);
}
