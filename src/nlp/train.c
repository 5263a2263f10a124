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

/* Reads every sentence of path into doc; list gets pointers to them (after loading ends, since
 * the sentence array may move while growing). */
static int load(const char *path, dyad_doc *doc, long max, dyad_sentence ***list, size_t *n,
                dyad_err *err)
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
    *list = dyad_malloc(((size_t)doc->nsent + 1) * sizeof **list);
    if (!*list)
        return dyad_err_set(err, DYAD_ENOMEM, "out of memory");
    for (int32_t i = 0; i < doc->nsent; i++)
        (*list)[i] = &doc->sent[i];
    *n = (size_t)doc->nsent;
    return DYAD_OK;
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

int dyad_nlp_train(const dyad_train_opts *o, dyad_err *err)
{
    char trpath[4096], devpath[4096];
    const char *wordnet = o->wordnet ? o->wordnet : WORDNET_DIR;
    if (check_wordnet(wordnet, err) != DYAD_OK)
        return DYAD_ENOTFOUND;
    int rc = dyad_train_find_split(o->treebank, "-ud-train.conllu", trpath, sizeof trpath, err);
    if (rc != DYAD_OK)
        return rc;
    bool have_dev = dyad_train_find_split(o->treebank, "-ud-dev.conllu", devpath, sizeof devpath,
                                          NULL) == DYAD_OK;
    dyad_doc tdoc, ddoc;
    dyad_doc_init(&tdoc);
    dyad_doc_init(&ddoc);
    dyad_arena scratch;
    dyad_arena_init(&scratch, 1 << 20);
    dyad_sentence **train = NULL, **dev = NULL, **ptrain = NULL, **pdev = NULL;
    dyad_sentence **sub = NULL;
    size_t ntrain = 0, ndev = 0;
    dyad_tagger tg, fold_tg;
    dyad_lemmatizer lm;
    dyad_parser parser;
    memset(&tg, 0, sizeof tg);
    memset(&fold_tg, 0, sizeof fold_tg);
    memset(&lm, 0, sizeof lm);
    memset(&parser, 0, sizeof parser);
    double t0 = now();
    int tag_epochs = o->epochs < 1 ? 1 : (o->epochs > 8 ? 8 : o->epochs);

    rc = load(trpath, &tdoc, o->max_sentences, &train, &ntrain, err);
    if (rc == DYAD_OK && have_dev)
        rc = load(devpath, &ddoc, 0, &dev, &ndev, err);
    if (rc != DYAD_OK)
        goto done;
    if (ntrain == 0) {
        rc = dyad_err_set(err, DYAD_EFORMAT, "%s: no training sentences", trpath);
        goto done;
    }
    if (o->log)
        o->log(o->ctx, "read %zu training and %zu dev sentences (%.1f s)", ntrain, ndev,
               now() - t0);
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
    if ((rc = copy_sents(train, ntrain, &scratch, &ptrain)) != DYAD_OK ||
        (rc = copy_sents(dev, ndev, &scratch, &pdev)) != DYAD_OK ||
        (rc = tag_all(&tg, pdev, ndev)) != DYAD_OK) {
        rc = dyad_err_set(err, DYAD_ENOMEM, "out of memory");
        goto done;
    }
    if (ndev && o->log) {
        double up, xp, le;
        tag_scores(&tg, &lm, dev, pdev, ndev, &scratch, &up, &xp, &le);
        o->log(o->ctx, "dev: UPOS %.2f%%, XPOS %.2f%%, lemma %.2f%%", up, xp, le);
    }
    /* Jackknifing: the parser learns from tags predicted by a tagger that never saw them. */
    double t2 = now();
    int folds = o->folds;
    if (folds >= 2 && ntrain >= (size_t)folds * 2) {
        sub = dyad_malloc((ntrain + 1) * sizeof *sub);
        if (!sub) {
            rc = dyad_err_set(err, DYAD_ENOMEM, "out of memory");
            goto done;
        }
        for (int k = 0; k < folds; k++) {
            size_t ns = 0, nf = 0;
            for (size_t i = 0; i < ntrain; i++)
                if ((int)(i % (size_t)folds) != k)
                    sub[ns++] = train[i];
            rc = dyad_tagger_train(&fold_tg, sub, ns, NULL, 0, tag_epochs, wordnet, NULL, NULL,
                                   err);
            if (rc != DYAD_OK)
                goto done;
            for (size_t i = (size_t)k; i < ntrain; i += (size_t)folds)
                sub[nf++] = ptrain[i];
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
    dyad_free(train);
    dyad_free(dev);
    dyad_free(ptrain);
    dyad_free(pdev);
    dyad_free(sub);
    dyad_arena_free(&scratch);
    dyad_doc_free(&tdoc);
    dyad_doc_free(&ddoc);
    return rc;
}
