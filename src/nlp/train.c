/* train.c — the training driver: treebank loading, tagger, lemmatizer, jackknifed parser, files. */
#include "nlp/train.h"

#include "base/alloc.h"
#include "nlp/conllu.h"
#include "nlp/lemmatizer.h"
#include "nlp/parser.h"

#include <dirent.h>
#include <stdio.h>
#include <string.h>
#include <sys/stat.h>
#include <time.h>

/* Debian's wordnet-base; read only while training. */
#define WORDNET_DIR "/usr/share/wordnet"

static double now(void)
{
    struct timespec ts;
    clock_gettime(CLOCK_MONOTONIC, &ts);
    return (double)ts.tv_sec + (double)ts.tv_nsec * 1e-9;
}

int dyad_train_find_split(const char *dir, const char *suffix, char *out, size_t n,
                          dyad_err *err)
{
    DIR *d = opendir(dir);
    if (!d)
        return dyad_err_set(err, DYAD_ENOTFOUND, "%s: cannot open treebank folder", dir);
    struct dirent *e;
    int rc = DYAD_ENOTFOUND;
    size_t sl = strlen(suffix);
    while ((e = readdir(d)) != NULL) {
        size_t l = strlen(e->d_name);
        if (l > sl && strcmp(e->d_name + l - sl, suffix) == 0) {
            snprintf(out, n, "%s/%s", dir, e->d_name);
            rc = DYAD_OK;
            break;
        }
    }
    closedir(d);
    if (rc != DYAD_OK)
        return dyad_err_set(err, rc, "%s: no *%s file", dir, suffix);
    return DYAD_OK;
}

/* Reads every sentence of path (at most max when max > 0) into doc. */
static int load(const char *path, dyad_doc *doc, long max, dyad_err *err)
{
    dyad_cu_reader *r;
    int rc = dyad_cu_open(&r, path, err);
    if (rc != DYAD_OK)
        return rc;
    while (max <= 0 || doc->nsent < max) {
        rc = dyad_cu_next(r, doc, err);
        if (rc == 0 || rc == DYAD_EIO || rc == DYAD_ENOMEM)
            break;
        /* a malformed training sentence is skipped; err keeps the message */
    }
    dyad_cu_close(r);
    if (rc < 0 && rc != DYAD_EFORMAT)
        return rc;
    return DYAD_OK;
}

/* Appends pointers to doc's sentences to list[0..*n) (after loading ends, since the sentence
 * array may move while growing). */
static int append(dyad_sentence ***list, size_t *n, size_t *cap, dyad_doc *doc)
{
    if (dyad_grow(list, cap, *n + (size_t)doc->nsent + 1, sizeof **list) != DYAD_OK)
        return DYAD_ENOMEM;
    for (int32_t i = 0; i < doc->nsent; i++)
        (*list)[(*n)++] = &doc->sent[i];
    return DYAD_OK;
}

/* The training order with oversampling: source i holds the unique sentences [start[i],
 * start[i] + len[i]) and is read weight[i] times; the copies of all sources are interleaved
 * evenly (copy k of a source with c copies in all sits at (k + 0.5) / c of the epoch), so no
 * treebank comes as one block at the end of an epoch. With one source of weight 1 the order is
 * the file's. Writes the unique index of every training position to order[0..total). */
static void interleave(const size_t *start, const size_t *len, const int *weight, int ns,
                       size_t *order)
{
    size_t k[DYAD_TRAIN_MAX_SOURCES] = {0}, c[DYAD_TRAIN_MAX_SOURCES], out = 0;
    for (int i = 0; i < ns; i++)
        c[i] = len[i] * (size_t)weight[i];
    for (;;) {
        int best = -1;
        for (int i = 0; i < ns; i++)
            if (k[i] < c[i] && (best < 0 || (2 * k[i] + 1) * c[best] < (2 * k[best] + 1) * c[i]))
                best = i;
        if (best < 0)
            break;
        order[out++] = start[best] + k[best] % len[best];
        k[best]++;
    }
}

/* Copies sentences (tokens into arena) so their tags can be replaced. */
static int copy_sents(dyad_sentence *const *src, size_t n, dyad_arena *arena,
                      dyad_sentence ***out)
{
    dyad_sentence **l = dyad_malloc((n + 1) * sizeof *l);
    if (!l)
        return DYAD_ENOMEM;
    for (size_t i = 0; i < n; i++) {
        l[i] = dyad_arena_alloc(arena, sizeof **l);
        if (!l[i]) {
            dyad_free(l);
            return DYAD_ENOMEM;
        }
        *l[i] = *src[i];
        l[i]->tok = dyad_arena_alloc(arena, (size_t)src[i]->n * sizeof *l[i]->tok + 1);
        if (!l[i]->tok) {
            dyad_free(l);
            return DYAD_ENOMEM;
        }
        memcpy(l[i]->tok, src[i]->tok, (size_t)src[i]->n * sizeof *l[i]->tok);
    }
    *out = l;
    return DYAD_OK;
}

static int tag_all(const dyad_tagger *tg, dyad_sentence *const *s, size_t n)
{
    dyad_wfeat *wf = NULL;
    size_t cap = 0;
    for (size_t i = 0; i < n; i++) {
        if (dyad_grow(&wf, &cap, (size_t)s[i]->n, sizeof *wf) != DYAD_OK) {
            dyad_free(wf);
            return DYAD_ENOMEM;
        }
        dyad_tag_sentence(tg, NULL, s[i], wf, NULL);
    }
    dyad_free(wf);
    return DYAD_OK;
}

/* UPOS and lemma accuracy of predicted copies against gold. */
static void tag_scores(const dyad_tagger *tg, const dyad_lemmatizer *lm,
                       dyad_sentence *const *gold, dyad_sentence *const *pred, size_t n,
                       dyad_arena *arena, double *upos, double *xpos, double *lemma)
{
    size_t tot = 0, u = 0, x = 0, l = 0;
    for (size_t i = 0; i < n; i++)
        for (int32_t j = 0; j < gold[i]->n; j++, tot++) {
            const dyad_token *g = &gold[i]->tok[j], *p = &pred[i]->tok[j];
            u += g->upos == p->upos;
            x += g->xpos && strcmp(g->xpos, p->xpos) == 0;
            const char *lem = dyad_lemma(lm, p->form, dyad_tag_index(tg, p->xpos), p->upos, arena);
            l += lem && g->lemma && strcmp(lem, g->lemma) == 0;
        }
    *upos = tot ? 100.0 * (double)u / (double)tot : 0;
    *xpos = tot ? 100.0 * (double)x / (double)tot : 0;
    *lemma = tot ? 100.0 * (double)l / (double)tot : 0;
}

static int write_models(const char *dir, const dyad_tagger *tg, const dyad_lemmatizer *lm,
                        const dyad_parser *p, dyad_err *err)
{
    dyad_mbuf secs[16];
    const char *names[16];
    const dyad_mbuf *ptrs[16];
    char path[4096];
    memset(secs, 0, sizeof secs);
    mkdir(dir, 0777);
    int ns = 0, rc = dyad_tagger_save(tg, secs, names, &ns);
    if (rc == DYAD_OK)
        rc = dyad_lemmatizer_save(lm, secs, names, &ns);
    for (int i = 0; i < ns; i++)
        ptrs[i] = &secs[i];
    snprintf(path, sizeof path, "%s/tagger.dm", dir);
    if (rc == DYAD_OK)
        rc = dyad_mf_write(path, ns, names, ptrs, err);
    for (int i = 0; i < 16; i++)
        dyad_mbuf_free(&secs[i]);
    if (rc != DYAD_OK)
        return err && err->code ? err->code : dyad_err_set(err, rc, "out of memory saving");
    ns = 0;
    rc = dyad_parser_save(p, secs, names, &ns);
    for (int i = 0; i < ns; i++)
        ptrs[i] = &secs[i];
    snprintf(path, sizeof path, "%s/parser.dm", dir);
    if (rc == DYAD_OK)
        rc = dyad_mf_write(path, ns, names, ptrs, err);
    for (int i = 0; i < 16; i++)
        dyad_mbuf_free(&secs[i]);
    if (rc != DYAD_OK)
        return err && err->code ? err->code : dyad_err_set(err, rc, "out of memory saving");
    return DYAD_OK;
}

/* The WordNet files the tagger and lemmatizer read must all be there. */
static int check_wordnet(const char *dir, dyad_err *err)
{
    static const char *const need[] = {"index.noun", "index.verb", "index.adj", "index.adv",
                                       "noun.exc", "verb.exc", "adj.exc", "adv.exc"};
    for (size_t i = 0; i < sizeof need / sizeof need[0]; i++) {
        char path[4096];
        snprintf(path, sizeof path, "%s/%s", dir, need[i]);
        FILE *f = fopen(path, "r");
        if (!f)
            return dyad_err_set(err, DYAD_ENOTFOUND,
                                "WordNet file %s is missing: the lemmatizer is trained with "
                                "WordNet; install the Debian package wordnet-base (make deps) "
                                "or give its folder with --wordnet DIR", path);
        fclose(f);
    }
    return DYAD_OK;
}

/* A training source: a treebank folder (its *-train.conllu, and its *-dev.conllu when there
 * is one) or one CoNLL-U file (training sentences only). */
static int source_paths(const char *path, char *tr, char *dv, size_t n, bool *have_dev,
                        dyad_err *err)
{
    struct stat st;
    if (stat(path, &st) != 0)
        return dyad_err_set(err, DYAD_ENOTFOUND, "%s: no such treebank folder or file", path);
    *have_dev = false;
    if (!S_ISDIR(st.st_mode)) {
        snprintf(tr, n, "%s", path);
        return DYAD_OK;
    }
    int rc = dyad_train_find_split(path, "-train.conllu", tr, n, err);
    if (rc == DYAD_OK)
        *have_dev = dyad_train_find_split(path, "-dev.conllu", dv, n, NULL) == DYAD_OK;
    return rc;
}

int dyad_nlp_train(const dyad_train_opts *o, dyad_err *err)
{
    const char *wordnet = o->wordnet ? o->wordnet : WORDNET_DIR;
    if (check_wordnet(wordnet, err) != DYAD_OK)
        return DYAD_ENOTFOUND;
    int ns = 1 + (o->nextra > 0 ? o->nextra : 0);
    if (ns > DYAD_TRAIN_MAX_SOURCES)
        return dyad_err_set(err, DYAD_EINVAL, "at most %d extra training sources",
                            DYAD_TRAIN_MAX_SOURCES - 1);
    /* source 0 is the main treebank; docs[2i] holds source i's training sentences, docs[2i+1]
     * its dev sentences */
    dyad_doc *docs = dyad_calloc((size_t)ns * 2, sizeof *docs);
    if (!docs)
        return dyad_err_set(err, DYAD_ENOMEM, "out of memory");
    for (int i = 0; i < 2 * ns; i++)
        dyad_doc_init(&docs[i]);
    dyad_arena scratch;
    dyad_arena_init(&scratch, 1 << 20);
    dyad_sentence **uniq = NULL, **train = NULL, **dev = NULL, **puniq = NULL, **ptrain = NULL;
    dyad_sentence **pdev = NULL, **sub = NULL;
    size_t *order = NULL;
    size_t nuniq = 0, ucap = 0, ntrain = 0, ndev = 0, dcap = 0;
    size_t start[DYAD_TRAIN_MAX_SOURCES], len[DYAD_TRAIN_MAX_SOURCES];
    int weight[DYAD_TRAIN_MAX_SOURCES];
    dyad_tagger tg, fold_tg;
    dyad_lemmatizer lm;
    dyad_parser parser;
    memset(&tg, 0, sizeof tg);
    memset(&fold_tg, 0, sizeof fold_tg);
    memset(&lm, 0, sizeof lm);
    memset(&parser, 0, sizeof parser);
    double t0 = now();
    int tag_epochs = o->epochs < 1 ? 1 : (o->epochs > 8 ? 8 : o->epochs);
    int rc = DYAD_OK;

    for (int i = 0; i < ns && rc == DYAD_OK; i++) {
        char trpath[4096], devpath[4096];
        bool have_dev = false;
        const char *path = i == 0 ? o->treebank : o->extra[i - 1].path;
        weight[i] = i == 0 ? 1 : o->extra[i - 1].weight;
        if (weight[i] < 1 || weight[i] > DYAD_TRAIN_MAX_WEIGHT) {
            rc = dyad_err_set(err, DYAD_EINVAL, "%s: weight %d is not in 1..%d", path,
                              weight[i], DYAD_TRAIN_MAX_WEIGHT);
            break;
        }
        rc = source_paths(path, trpath, devpath, sizeof trpath, &have_dev, err);
        if (rc == DYAD_OK)
            rc = load(trpath, &docs[2 * i], i == 0 ? o->max_sentences : 0, err);
        if (rc == DYAD_OK && have_dev)
            rc = load(devpath, &docs[2 * i + 1], 0, err);
        if (rc == DYAD_OK && docs[2 * i].nsent == 0)
            rc = dyad_err_set(err, DYAD_EFORMAT, "%s: no training sentences", trpath);
        if (rc == DYAD_OK && o->log && i > 0)
            o->log(o->ctx, "extra %s: %d training sentences (weight %d), %d dev sentences",
                   path, (int)docs[2 * i].nsent, weight[i], (int)docs[2 * i + 1].nsent);
    }
    if (rc != DYAD_OK)
        goto done;
    for (int i = 0; i < ns && rc == DYAD_OK; i++) {
        start[i] = nuniq;
        len[i] = (size_t)docs[2 * i].nsent;
        ntrain += len[i] * (size_t)weight[i];
        rc = append(&uniq, &nuniq, &ucap, &docs[2 * i]);
        if (rc == DYAD_OK)
            rc = append(&dev, &ndev, &dcap, &docs[2 * i + 1]);
    }
    order = rc == DYAD_OK ? dyad_malloc((ntrain + 1) * sizeof *order) : NULL;
    train = order ? dyad_malloc((ntrain + 1) * sizeof *train) : NULL;
    ptrain = train ? dyad_malloc((ntrain + 1) * sizeof *ptrain) : NULL;
    if (!ptrain) {
        rc = dyad_err_set(err, DYAD_ENOMEM, "out of memory");
        goto done;
    }
    interleave(start, len, weight, ns, order);
    for (size_t i = 0; i < ntrain; i++)
        train[i] = uniq[order[i]];
    if (o->log)
        o->log(o->ctx, "read %zu training (%zu with oversampling) and %zu dev sentences (%.1f s)",
               nuniq, ntrain, ndev, now() - t0);
    double t1 = now();
    rc = dyad_tagger_train(&tg, train, ntrain, dev, ndev, tag_epochs, wordnet, o->log,
                           o->ctx, err);
    if (rc != DYAD_OK)
        goto done;
    size_t nwn = 0;
    rc = dyad_lemmatizer_train(&lm, &tg, train, ntrain, wordnet, &nwn, err);
    if (rc != DYAD_OK)
        goto done;
    if (o->log)
        o->log(o->ctx, "tagger and lemmatizer trained (%.1f s; %zu WordNet exceptions added)",
               now() - t1, nwn);
    if ((rc = copy_sents(uniq, nuniq, &scratch, &puniq)) != DYAD_OK ||
        (rc = copy_sents(dev, ndev, &scratch, &pdev)) != DYAD_OK ||
        (rc = tag_all(&tg, pdev, ndev)) != DYAD_OK) {
        rc = dyad_err_set(err, DYAD_ENOMEM, "out of memory");
        goto done;
    }
    for (size_t i = 0; i < ntrain; i++)
        ptrain[i] = puniq[order[i]];
    if (ndev && o->log) {
        double up, xp, le;
        tag_scores(&tg, &lm, dev, pdev, ndev, &scratch, &up, &xp, &le);
        o->log(o->ctx, "dev: UPOS %.2f%%, XPOS %.2f%%, lemma %.2f%%", up, xp, le);
    }
    /* Jackknifing: the parser learns from tags predicted by a tagger that never saw them. The
     * folds split the unique sentences, so no copy of a sentence tags another copy. */
    double t2 = now();
    int folds = o->folds;
    if (folds >= 2 && nuniq >= (size_t)folds * 2) {
        sub = dyad_malloc((ntrain + 1) * sizeof *sub);
        if (!sub) {
            rc = dyad_err_set(err, DYAD_ENOMEM, "out of memory");
            goto done;
        }
        for (int k = 0; k < folds; k++) {
            size_t nsub = 0, nf = 0;
            for (size_t i = 0; i < ntrain; i++)
                if ((int)(order[i] % (size_t)folds) != k)
                    sub[nsub++] = train[i];
            rc = dyad_tagger_train(&fold_tg, sub, nsub, NULL, 0, tag_epochs, wordnet, NULL,
                                   NULL, err);
            if (rc != DYAD_OK)
                goto done;
            for (size_t i = (size_t)k; i < nuniq; i += (size_t)folds)
                sub[nf++] = puniq[i];
            rc = tag_all(&fold_tg, sub, nf);
            /* The fold tagger's tag names die with it: point at the full tagger's copies. */
            for (size_t i = 0; i < nf && rc == DYAD_OK; i++)
                for (int32_t j = 0; j < sub[i]->n; j++) {
                    int t = dyad_tag_index(&tg, sub[i]->tok[j].xpos);
                    sub[i]->tok[j].xpos = t >= 0 ? tg.tags[t] : tg.tags[0];
                }
            dyad_tagger_free(&fold_tg);
            if (rc != DYAD_OK) {
                rc = dyad_err_set(err, DYAD_ENOMEM, "out of memory");
                goto done;
            }
            if (o->log)
                o->log(o->ctx, "jackknife fold %d/%d tagged (%.1f s)", k + 1, folds, now() - t2);
        }
    }
    double t3 = now();
    rc = dyad_parser_train(&parser, &tg, ptrain, ntrain, pdev, ndev, o->epochs, o->log, o->ctx,
                           err);
    if (rc != DYAD_OK)
        goto done;
    if (o->log)
        o->log(o->ctx, "parser trained (%.1f s)", now() - t3);
    rc = write_models(o->out, &tg, &lm, &parser, err);
    if (rc == DYAD_OK && o->log)
        o->log(o->ctx, "wrote %s/tagger.dm and %s/parser.dm (total %.1f s)", o->out, o->out,
               now() - t0);
done:
    dyad_tagger_free(&tg);
    dyad_tagger_free(&fold_tg);
    dyad_lemmatizer_free(&lm);
    dyad_parser_free(&parser);
    dyad_free(uniq);
    dyad_free(train);
    dyad_free(dev);
    dyad_free(puniq);
    dyad_free(ptrain);
    dyad_free(pdev);
    dyad_free(sub);
    dyad_free(order);
    dyad_arena_free(&scratch);
    for (int i = 0; i < 2 * ns; i++)
        dyad_doc_free(&docs[i]);
    dyad_free(docs);
    return rc;
}
