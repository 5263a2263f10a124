/* tagger_train.c — training the XPOS tagger: tag set, dictionaries and perceptron epochs. */
#include "nlp/tagger.h"

#include "base/alloc.h"
#include "base/hash.h"

#include <stdio.h>
#include <stdlib.h>
#include <string.h>

typedef struct kvcount {
    uint64_t key;
    uint32_t val;
} kvcount;

static int cmp_kvc(const void *a, const void *b)
{
    const kvcount *x = a, *y = b;
    if (x->key != y->key)
        return x->key < y->key ? -1 : 1;
    return (x->val > y->val) - (x->val < y->val);
}

/* Over sorted (key, val) pairs: for each key, the most frequent value, its count and the total. */
typedef void (*group_fn)(void *ctx, uint64_t key, uint32_t best, size_t best_n, size_t total,
                         uint64_t mask);

static void groups(kvcount *a, size_t n, group_fn fn, void *ctx)
{
    qsort(a, n, sizeof *a, cmp_kvc);
    size_t i = 0;
    while (i < n) {
        size_t j = i, best_n = 0;
        uint32_t best = a[i].val;
        uint64_t mask = 0;
        while (j < n && a[j].key == a[i].key) {
            size_t k = j;
            while (k < n && a[k].key == a[i].key && a[k].val == a[j].val)
                k++;
            if (k - j > best_n) {
                best_n = k - j;
                best = a[j].val;
            }
            mask |= 1ull << (a[j].val & 63);
            j = k;
        }
        fn(ctx, a[i].key, best, best_n, j - i, mask);
        i = j;
    }
}

/* Words seen fewer times get no ambiguity class (dev UPOS, 3 epochs: no limit 93.7, 2: 94.97,
 * 5: 94.98, 10: 95.02, 25: 95.07). */
#define TAG_AMBIG_MIN 10

typedef struct kvlist {
    uint64_t *k, *v;
    size_t n, cap;
    bool failed;
} kvlist;

static void kvl_add(kvlist *l, uint64_t k, uint64_t v)
{
    size_t cap = l->cap;
    if (dyad_grow(&l->k, &cap, l->n + 1, sizeof *l->k) != DYAD_OK ||
        dyad_grow(&l->v, &l->cap, l->n + 1, sizeof *l->v) != DYAD_OK) {
        l->failed = true;
        return;
    }
    l->k[l->n] = k;
    l->v[l->n++] = v;
}

static void on_dict(void *ctx, uint64_t key, uint32_t best, size_t best_n, size_t total,
                    uint64_t mask)
{
    (void)mask;
    if (total >= 20 && (double)best_n >= 0.97 * (double)total)
        kvl_add(ctx, key, best);
}

static void on_ambig(void *ctx, uint64_t key, uint32_t best, size_t best_n, size_t total,
                     uint64_t mask)
{
    (void)best;
    (void)best_n;
    /* Rare words get no class, so that training sees "unknown" words the way tagging new text
     * will; otherwise the class (which always holds the gold tag) hides the spelling features. */
    if (total >= (size_t)TAG_AMBIG_MIN)
        kvl_add(ctx, key, mask);
}

/* Builds tag set, UPOS defaults and the three tables from the training sentences. */
static int build_tables(dyad_tagger *tg, dyad_sentence *const *train, size_t ntrain,
                        dyad_err *err)
{
    size_t total = 0, namelen = 0;
    const char *names[DYAD_TAG_MAX];
    int ntags = 0;
    for (size_t i = 0; i < ntrain; i++)
        for (int32_t j = 0; j < train[i]->n; j++) {
            const char *x = train[i]->tok[j].xpos ? train[i]->tok[j].xpos : "_";
            int u = train[i]->tok[j].upos, t = 0;
            while (t < ntags && (tg->upos_of_tag[t] != u || strcmp(names[t], x) != 0))
                t++;
            if (t == ntags) {
                if (ntags == DYAD_TAG_MAX)
                    return dyad_err_set(err, DYAD_EINVAL, "more than %d XPOS tags",
                                        DYAD_TAG_MAX);
                tg->upos_of_tag[ntags] = (uint8_t)u;
                names[ntags++] = x;
                namelen += strlen(x) + 1;
            }
            total++;
        }
    if (ntags == 0)
        return dyad_err_set(err, DYAD_EINVAL, "no training words");
    tg->names_owned = dyad_malloc(namelen);
    if (!tg->names_owned)
        return dyad_err_set(err, DYAD_ENOMEM, "out of memory");
    char *p = tg->names_owned;
    for (int t = 0; t < ntags; t++) {
        size_t l = strlen(names[t]) + 1;
        memcpy(p, names[t], l);
        tg->tags[t] = p;
        p += l;
    }
    tg->ntags = ntags;
    kvcount *byword = dyad_malloc((total + 1) * sizeof *byword);
    kvcount *bylower = dyad_malloc((total + 1) * sizeof *bylower);
    dyad_wfeat *wf = NULL;
    size_t wcap = 0, k = 0;
    int rc = DYAD_OK;
    if (!byword || !bylower)
        rc = DYAD_ENOMEM;
    for (size_t i = 0; i < ntrain && rc == DYAD_OK; i++) {
        const dyad_sentence *s = train[i];
        if (dyad_grow(&wf, &wcap, (size_t)s->n, sizeof *wf) != DYAD_OK) {
            rc = DYAD_ENOMEM;
            break;
        }
        dyad_tag_word_features(NULL, NULL, s, wf);
        for (int32_t j = 0; j < s->n; j++, k++) {
            int t = dyad_tag_class(tg, s->tok[j].xpos ? s->tok[j].xpos : "_", s->tok[j].upos);
            byword[k] = (kvcount){wf[j].word, (uint32_t)t};
            bylower[k] = (kvcount){wf[j].lower, (uint32_t)t};
        }
    }
    kvlist l1 = {0}, l2 = {0};
    if (rc == DYAD_OK) {
        groups(byword, total, on_dict, &l1);
        groups(bylower, total, on_ambig, &l2);
        if (l1.failed || l2.failed ||
            dyad_kv_build(&tg->tagdict, l1.k, l1.v, l1.n) != DYAD_OK ||
            dyad_kv_build(&tg->ambig, l2.k, l2.v, l2.n) != DYAD_OK)
            rc = DYAD_ENOMEM;
    }
    dyad_free(l1.k), dyad_free(l1.v), dyad_free(l2.k), dyad_free(l2.v);
    dyad_free(byword), dyad_free(bylower), dyad_free(wf);
    if (rc != DYAD_OK)
        return dyad_err_set(err, rc, "out of memory building tagger tables");
    return DYAD_OK;
}

/* Reads the WordNet index files (lemma → POS) and exception lists (inflected form → POS) into
 * tg->wn. A missing folder leaves the table empty. */
static int load_wordnet(dyad_tagger *tg, const char *dir, dyad_err *err)
{
    static const char *const files[] = {"index.noun", "index.verb", "index.adj", "index.adv",
                                        "noun.exc", "verb.exc", "adj.exc", "adv.exc"};
    kvcount *a = NULL;
    size_t n = 0, cap = 0;
    char path[1024], line[1024];
    int rc = DYAD_OK;
    for (int fi = 0; dir && fi < 8 && rc == DYAD_OK; fi++) {
        snprintf(path, sizeof path, "%s/%s", dir, files[fi]);
        FILE *f = fopen(path, "r");
        if (!f)
            continue;
        while (fgets(line, sizeof line, f)) {
            if (line[0] == ' ' || line[0] == '\n')
                continue; /* license header lines start with spaces */
            size_t l = strcspn(line, " \t\r\n");
            if (l == 0 || memchr(line, '_', l))
                continue;
            if (dyad_grow(&a, &cap, n + 1, sizeof *a) != DYAD_OK) {
                rc = DYAD_ENOMEM;
                break;
            }
            a[n++] = (kvcount){dyad_hash(line, l), 1u << (fi % 4)};
        }
        fclose(f);
    }
    if (n) /* no file read: a is NULL, which qsort may not be given */
        qsort(a, n, sizeof *a, cmp_kvc);
    uint64_t *k = dyad_malloc((n + 1) * sizeof *k), *v = dyad_malloc((n + 1) * sizeof *v);
    size_t m = 0;
    if (!k || !v)
        rc = DYAD_ENOMEM;
    for (size_t i = 0; i < n && rc == DYAD_OK; i++) {
        if (m > 0 && k[m - 1] == a[i].key) {
            v[m - 1] |= a[i].val;
        } else {
            k[m] = a[i].key;
            v[m++] = a[i].val;
        }
    }
    if (rc == DYAD_OK && m > 0 && dyad_kv_build(&tg->wn, k, v, m) != DYAD_OK)
        rc = DYAD_ENOMEM;
    dyad_free(a);
    dyad_free(k);
    dyad_free(v);
    if (rc != DYAD_OK)
        return dyad_err_set(err, rc, "out of memory reading WordNet");
    return DYAD_OK;
}

static uint32_t lcg(uint64_t *st)
{
    *st = *st * 6364136223846793005ull + 1442695040888963407ull;
    return (uint32_t)(*st >> 33);
}

int dyad_tagger_train(dyad_tagger *out, dyad_sentence *const *train, size_t ntrain,
                      dyad_sentence *const *dev, size_t ndev, int epochs,
                      const char *wordnet_dir, dyad_nlp_log_fn log, void *ctx, dyad_err *err)
{
    dyad_tagger tg;
    memset(&tg, 0, sizeof tg);
    memset(out, 0, sizeof *out);
    int rc = build_tables(&tg, train, ntrain, err);
    if (rc == DYAD_OK)
        rc = load_wordnet(&tg, wordnet_dir, err);
    if (rc != DYAD_OK) {
        dyad_tagger_free(&tg);
        return rc;
    }
    dyad_pt_train *pt = dyad_pt_train_new(tg.ntags);
    size_t *order = dyad_malloc((ntrain + 1) * sizeof *order);
    dyad_wfeat *wf = NULL;
    size_t wcap = 0;
    dyad_pt_model best = {0};
    double best_acc = -1;
    int best_epoch = 0;
    uint64_t seed = 12345;
    if (!pt || !order) {
        rc = dyad_err_set(err, DYAD_ENOMEM, "out of memory");
        goto done;
    }
    for (size_t i = 0; i < ntrain; i++)
        order[i] = i;
    for (int ep = 1; ep <= epochs && rc == DYAD_OK; ep++) {
        for (size_t i = ntrain; i > 1; i--) {
            size_t j = lcg(&seed) % i, t = order[i - 1];
            order[i - 1] = order[j];
            order[j] = t;
        }
        size_t right = 0, total = 0;
        for (size_t oi = 0; oi < ntrain && rc == DYAD_OK; oi++) {
            const dyad_sentence *s = train[order[oi]];
            if (dyad_grow(&wf, &wcap, (size_t)s->n, sizeof *wf) != DYAD_OK) {
                rc = dyad_err_set(err, DYAD_ENOMEM, "out of memory");
                break;
            }
            dyad_tag_word_features(&tg, NULL, s, wf);
            int p1 = DYAD_TAG_MAX, p2 = DYAD_TAG_MAX;
            for (int32_t j = 0; j < s->n; j++) {
                int gold = dyad_tag_class(&tg, s->tok[j].xpos ? s->tok[j].xpos : "_",
                                          s->tok[j].upos);
                uint64_t v;
                int guess;
                if (dyad_kv_get(&tg.tagdict, wf[j].word, &v)) {
                    guess = (int)v;
                } else {
                    uint64_t f[TAG_NFEAT_MAX];
                    float sc[DYAD_TAG_MAX] = {0};
                    int nf = dyad_tag_features_(wf, j, s->n, p1, p2, f);
                    dyad_pt_train_score(pt, f, nf, sc);
                    guess = dyad_pt_argmax(sc, tg.ntags, NULL);
                    if (guess != gold && dyad_pt_train_update(pt, f, nf, gold, guess) != DYAD_OK)
                        rc = dyad_err_set(err, DYAD_ENOMEM, "out of memory");
                    dyad_pt_train_tick(pt);
                }
                right += guess == gold;
                total++;
                p2 = p1;
                p1 = guess;
            }
        }
        if (rc != DYAD_OK)
            break;
        dyad_pt_model_free(&tg.pt);
        if (dyad_pt_model_build(&tg.pt, pt, 0, 0.0f) != DYAD_OK) {
            rc = dyad_err_set(err, DYAD_ENOMEM, "out of memory");
            break;
        }
        double acc = ndev ? dyad_tagger_accuracy(&tg, dev, ndev) : (double)ep;
        if (log)
            log(ctx, "tagger epoch %d: train %.2f%%, dev XPOS %.2f%% (%zu features)", ep,
                total ? 100.0 * (double)right / (double)total : 0.0, ndev ? acc : 0.0,
                dyad_pt_train_rows(pt));
        if (acc > best_acc) {
            best_acc = acc;
            best_epoch = ep;
            dyad_pt_model_free(&best);
            /* Keep the features that matter most, so the file stays well under 16 MiB. */
            if (dyad_pt_model_build(&best, pt, (size_t)14 << 20, 0.05f) != DYAD_OK) {
                rc = dyad_err_set(err, DYAD_ENOMEM, "out of memory");
                break;
            }
        }
    }
    if (rc == DYAD_OK) {
        dyad_pt_model_free(&tg.pt);
        tg.pt = best;
        memset(&best, 0, sizeof best);
        if (log && ndev)
            log(ctx, "tagger: best epoch %d, dev XPOS %.2f%%", best_epoch, best_acc);
        *out = tg;
        memset(&tg, 0, sizeof tg);
    }
done:
    dyad_pt_model_free(&best);
    dyad_tagger_free(&tg);
    dyad_pt_train_free(pt);
    dyad_free(order);
    dyad_free(wf);
    return rc;
}
