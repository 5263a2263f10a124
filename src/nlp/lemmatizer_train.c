/* lemmatizer_train.c — learning lemma tables and suffix rules from a treebank, plus WordNet exceptions. */
#include "nlp/lemmatizer.h"

#include "base/alloc.h"
#include "base/hash.h"

#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#define LEM_MAXSUF 5
#define LEM_MAXSTRIP 4

typedef struct kv2 {
    uint64_t key;
    uint32_t val;
} kv2;

typedef struct lem_build {
    dyad_intern strs; /* lemma and suffix strings → id */
    kv2 *form, *lower, *rules;
    size_t nform, nlower, nrules, cform, clower, crules;
    uint64_t *k, *v; /* table being emitted */
    size_t nk, ck;
    bool failed;
} lem_build;

static int cmp_kv2(const void *a, const void *b)
{
    const kv2 *x = a, *y = b;
    if (x->key != y->key)
        return x->key < y->key ? -1 : 1;
    return (x->val > y->val) - (x->val < y->val);
}

static void push(lem_build *b, kv2 **a, size_t *n, size_t *cap, uint64_t key, int32_t val)
{
    if (val < 0 || dyad_grow(a, cap, *n + 1, sizeof **a) != DYAD_OK) {
        b->failed = true;
        return;
    }
    (*a)[(*n)++] = (kv2){key, (uint32_t)val};
}

static void emit(lem_build *b, uint64_t key, uint64_t val)
{
    size_t ck = b->ck;
    if (dyad_grow(&b->k, &ck, b->nk + 1, sizeof *b->k) != DYAD_OK ||
        dyad_grow(&b->v, &b->ck, b->nk + 1, sizeof *b->v) != DYAD_OK) {
        b->failed = true;
        return;
    }
    b->k[b->nk] = key;
    b->v[b->nk++] = val;
}

/* Emits the most frequent value of each key with at least min_total occurrences. */
static void best_of(lem_build *b, kv2 *a, size_t n, size_t min_total, const uint64_t *packed)
{
    if (n > 1) /* qsort must not get a NULL array, even of 0 */
        qsort(a, n, sizeof *a, cmp_kv2);
    for (size_t i = 0; i < n;) {
        size_t j = i, best_n = 0;
        uint32_t best = a[i].val;
        while (j < n && a[j].key == a[i].key) {
            size_t k = j;
            while (k < n && a[k].key == a[i].key && a[k].val == a[j].val)
                k++;
            if (k - j > best_n) {
                best_n = k - j;
                best = a[j].val;
            }
            j = k;
        }
        if (j - i >= min_total)
            emit(b, a[i].key, packed ? packed[best] : best);
        i = j;
    }
}

static size_t lower_copy(const char *s, char *buf, size_t cap)
{
    size_t n = 0;
    for (; s[n] && n + 1 < cap; n++)
        buf[n] = (s[n] >= 'A' && s[n] <= 'Z') ? (char)(s[n] + 32) : s[n];
    buf[n] = 0;
    return n;
}

/* dir/file of WordNet opened for reading, or NULL. */
static FILE *wordnet_open(const char *dir, const char *file)
{
    char path[1024];
    snprintf(path, sizeof path, "%s/%s", dir, file);
    return fopen(path, "r");
}

/* WordNet exception file: "inflected base ..." lines; adds (inflected, tag) → base for tags. */
static size_t read_exc(lem_build *b, const dyad_tagger *tg, const char *dir, const char *file,
                       const char *const *tags, const dyad_kv *known)
{
    char line[512];
    FILE *f = wordnet_open(dir, file);
    if (!f)
        return 0;
    size_t added = 0;
    while (fgets(line, sizeof line, f)) {
        char *infl = strtok(line, " \t\r\n"), *base = strtok(NULL, " \t\r\n");
        if (!infl || !base || strchr(infl, '_') || strchr(base, '_'))
            continue;
        int32_t id = dyad_intern_add(&b->strs, base, strlen(base));
        for (int t = 0; tags[t]; t++) {
            int tag = dyad_tag_index(tg, tags[t]);
            if (tag < 0)
                continue;
            uint64_t key = dyad_hash_mix(dyad_hash(infl, strlen(infl)), (uint64_t)tag + 1), v;
            if (dyad_kv_get(known, key, &v))
                continue;
            push(b, &b->lower, &b->nlower, &b->clower, key, id);
            added++;
        }
    }
    fclose(f);
    return added;
}

/* WordNet index file (index.verb, index.adj): the first word of each entry line (header lines
 * start with a space) is a base form of class cls; multi-word entries are skipped. Appends
 * their keys (see dyad_lemmatizer.base) to b->k / b->v. */
static size_t read_index(lem_build *b, const char *dir, const char *file, int cls)
{
    char line[4096];
    FILE *f = wordnet_open(dir, file);
    if (!f)
        return 0;
    size_t added = 0;
    while (fgets(line, sizeof line, f)) {
        if (line[0] == ' ')
            continue;
        size_t n = strcspn(line, " \t\r\n");
        if (n == 0 || memchr(line, '_', n))
            continue;
        emit(b, dyad_hash_mix(dyad_hash(line, n), (uint64_t)cls), 1);
        added++;
    }
    fclose(f);
    return added;
}

int dyad_lemmatizer_train(dyad_lemmatizer *lm, const dyad_tagger *tg,
                          dyad_sentence *const *train, size_t ntrain, const char *wordnet_dir,
                          size_t *n_wordnet, dyad_err *err)
{
    memset(lm, 0, sizeof *lm);
    lem_build b;
    memset(&b, 0, sizeof b);
    dyad_intern_init(&b.strs);
    dyad_intern_add(&b.strs, "", 0); /* id 0: the empty string (pool offset 0) */
    char low[256], lem[256];
    for (size_t i = 0; i < ntrain; i++) {
        const dyad_sentence *s = train[i];
        for (int32_t j = 0; j < s->n; j++) {
            const dyad_token *t = &s->tok[j];
            int tag = dyad_tag_index(tg, t->xpos);
            /* a "goes with" piece (XPOS GW) carries the lemma of the whole word it is part of
             * (EWT's "Jorge" of "Jorge A Garcia@ENRON"), no lemma of its own form */
            if (tag < 0 || !t->lemma || !t->form || strlen(t->form) >= sizeof low ||
                strlen(t->lemma) >= sizeof lem || (t->xpos && strcmp(t->xpos, "GW") == 0))
                continue;
            uint64_t t1 = (uint64_t)tag + 1;
            int32_t id = dyad_intern_add(&b.strs, t->lemma, strlen(t->lemma));
            push(&b, &b.form, &b.nform, &b.cform,
                 dyad_hash_mix(dyad_hash(t->form, strlen(t->form)), t1), id);
            size_t ln = lower_copy(t->form, low, sizeof low);
            push(&b, &b.lower, &b.nlower, &b.clower, dyad_hash_mix(dyad_hash(low, ln), t1), id);
            /* Suffix rule: strip what follows the common prefix, append the rest of the lemma. */
            size_t mn = lower_copy(t->lemma, lem, sizeof lem), p = 0;
            while (p < ln && p < mn && low[p] == lem[p])
                p++;
            size_t strip = ln - p;
            if (strip > LEM_MAXSTRIP || p == 0)
                continue;
            char rule[300];
            int rn = snprintf(rule, sizeof rule, "%zu|%s", strip, lem + p);
            int32_t rid = dyad_intern_add(&b.strs, rule, (size_t)rn);
            for (size_t l = strip > 0 ? strip : 1; l <= LEM_MAXSUF && l < ln; l++)
                push(&b, &b.rules, &b.nrules, &b.crules,
                     dyad_hash_mix(dyad_hash_mix(dyad_hash(low + ln - l, l), t1), l), rid);
        }
    }
    int rc = DYAD_OK;
    dyad_kv known = {0};
    size_t nwn = 0;
    /* Pool: every interned string, NUL-terminated, at its offset. */
    uint64_t *off = NULL, *rulev = NULL;
    if (!b.failed) {
        /* Snapshot of the training lower table, so WordNet entries never override it. */
        best_of(&b, b.lower, b.nlower, 1, NULL);
        if (!b.failed && dyad_kv_build(&known, b.k, b.v, b.nk) != DYAD_OK)
            b.failed = true;
        b.nk = 0;
    }
    if (!b.failed && wordnet_dir) {
        static const char *const noun[] = {"NNS", "NNPS", NULL};
        static const char *const verb[] = {"VBD", "VBN", "VBZ", "VBG", "VBP", NULL};
        static const char *const adj[] = {"JJR", "JJS", NULL};
        static const char *const adv[] = {"RBR", "RBS", NULL};
        nwn += read_exc(&b, tg, wordnet_dir, "noun.exc", noun, &known);
        nwn += read_exc(&b, tg, wordnet_dir, "verb.exc", verb, &known);
        nwn += read_exc(&b, tg, wordnet_dir, "adj.exc", adj, &known);
        nwn += read_exc(&b, tg, wordnet_dir, "adv.exc", adv, &known);
    }
    size_t pool_n = 0, nstr = b.strs.count;
    if (!b.failed) {
        off = dyad_malloc((nstr + 1) * sizeof *off);
        rulev = dyad_malloc((nstr + 1) * sizeof *rulev);
        if (!off || !rulev)
            b.failed = true;
    }
    if (!b.failed) {
        for (size_t i = 0; i < nstr; i++) {
            off[i] = pool_n;
            pool_n += b.strs.lens[i] + 1;
        }
        lm->pool_owned = dyad_malloc(pool_n);
        if (!lm->pool_owned)
            b.failed = true;
    }
    if (!b.failed) {
        for (size_t i = 0; i < nstr; i++) {
            memcpy(lm->pool_owned + off[i], b.strs.strs[i], b.strs.lens[i] + 1);
            /* A rule string "k|app" maps to strip k and the offset of app inside it. */
            const char *bar = strchr(b.strs.strs[i], '|');
            rulev[i] = bar ? ((uint64_t)strtoul(b.strs.strs[i], NULL, 10) << 32) |
                                 (off[i] + (uint64_t)(bar + 1 - b.strs.strs[i]))
                           : 0;
        }
        lm->pool = lm->pool_owned;
        lm->pool_n = pool_n;
        best_of(&b, b.form, b.nform, 1, off);
        if (!b.failed && dyad_kv_build(&lm->form, b.k, b.v, b.nk) != DYAD_OK)
            b.failed = true;
        b.nk = 0;
        best_of(&b, b.lower, b.nlower, 1, off);
        if (!b.failed && dyad_kv_build(&lm->lower, b.k, b.v, b.nk) != DYAD_OK)
            b.failed = true;
        b.nk = 0;
        best_of(&b, b.rules, b.nrules, 3, rulev);
        if (!b.failed && dyad_kv_build(&lm->rules, b.k, b.v, b.nk) != DYAD_OK)
            b.failed = true;
        b.nk = 0;
    }
    /* base forms the run-time check prefers to a suffix rule's guess */
    if (!b.failed && wordnet_dir &&
        read_index(&b, wordnet_dir, "index.verb", DYAD_LEM_VERB) +
                read_index(&b, wordnet_dir, "index.adj", DYAD_LEM_ADJ) >
            0 &&
        !b.failed && dyad_kv_build(&lm->base, b.k, b.v, b.nk) != DYAD_OK)
        b.failed = true;
    if (b.failed) {
        rc = dyad_err_set(err, DYAD_ENOMEM, "out of memory training the lemmatizer");
        dyad_lemmatizer_free(lm);
    }
    if (n_wordnet)
        *n_wordnet = nwn;
    dyad_kv_free(&known);
    dyad_free(off);
    dyad_free(rulev);
    dyad_free(b.form), dyad_free(b.lower), dyad_free(b.rules), dyad_free(b.k), dyad_free(b.v);
    dyad_intern_free(&b.strs);
    return rc;
}
