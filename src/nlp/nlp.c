/* nlp.c — loads tagger.dm and parser.dm and annotates sentences: tags, lemmas, dependencies. */
#include "nlp/nlp.h"

#include "base/alloc.h"
#include "base/paths.h"
#include "nlp/lemmatizer.h"
#include "nlp/parse_repair.h"
#include "nlp/parser.h"

#include <pthread.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

struct dyad_nlp {
    dyad_mfile tag_file, dep_file;
    dyad_tagger tagger;
    dyad_lemmatizer lem;
    dyad_parser parser;
    int16_t xpos_index[DYAD_TAG_MAX]; /* dyad_tag_index of each tagger class's XPOS */
};

struct dyad_nlp_work {
    dyad_wfeat *wf; /* word features: of one sentence, or of a whole doc (dyad_nlp_begin_doc) */
    size_t cap;
    size_t *off;    /* after dyad_nlp_begin_doc: where each sentence's features start in wf */
    size_t off_cap;
    dyad_dep_work dep;
    dyad_tag_memo *memo;
    uint8_t *cls; /* the tagger's class of each word of a sentence */
    size_t cls_cap;
};

static char default_dir[4096];
static pthread_once_t default_once = PTHREAD_ONCE_INIT;

static void default_dir_init(void)
{
    dyad_data_path(default_dir, sizeof default_dir, "models");
}

const char *dyad_nlp_default_dir(void)
{
    const char *env = getenv("DYAD_MODELS");
    if (env && *env)
        return env;
    pthread_once(&default_once, default_dir_init); /* safe to call from several threads */
    return default_dir;
}

int dyad_nlp_load(dyad_nlp **out, const char *dir, dyad_err *err)
{
    *out = NULL;
    dyad_nlp *nlp = dyad_calloc(1, sizeof *nlp);
    if (!nlp)
        return dyad_err_set(err, DYAD_ENOMEM, "out of memory");
    char path[4096];
    snprintf(path, sizeof path, "%s/tagger.dm", dir);
    int rc = dyad_mf_open(&nlp->tag_file, path, err);
    if (rc == DYAD_OK)
        rc = dyad_tagger_read(&nlp->tagger, &nlp->tag_file, err);
    if (rc == DYAD_OK)
        rc = dyad_lemmatizer_read(&nlp->lem, &nlp->tag_file, err);
    if (rc == DYAD_OK) {
        snprintf(path, sizeof path, "%s/parser.dm", dir);
        rc = dyad_mf_open(&nlp->dep_file, path, err);
    }
    if (rc == DYAD_OK)
        rc = dyad_parser_read(&nlp->parser, &nlp->dep_file, err);
    if (rc != DYAD_OK) {
        dyad_nlp_free(nlp);
        return rc;
    }
    for (int t = 0; t < nlp->tagger.ntags; t++)
        nlp->xpos_index[t] = (int16_t)dyad_tag_index(&nlp->tagger, nlp->tagger.tags[t]);
    *out = nlp;
    return DYAD_OK;
}

void dyad_nlp_free(dyad_nlp *nlp)
{
    if (!nlp)
        return;
    /* Each model frees what it owns (the scorers' load-time tables; the rest borrows the
     * files' memory), then the files. */
    dyad_tagger_free(&nlp->tagger);
    dyad_lemmatizer_free(&nlp->lem);
    dyad_parser_free(&nlp->parser);
    dyad_mf_close(&nlp->tag_file);
    dyad_mf_close(&nlp->dep_file);
    dyad_free(nlp);
}

dyad_nlp_work *dyad_nlp_work_new(const dyad_nlp *nlp)
{
    dyad_nlp_work *w = dyad_calloc(1, sizeof *w);
    if (w && !(w->memo = dyad_tag_memo_new(&nlp->tagger))) {
        dyad_free(w);
        return NULL;
    }
    return w;
}

void dyad_nlp_work_free(dyad_nlp_work *w)
{
    if (!w)
        return;
    dyad_free(w->wf);
    dyad_free(w->off);
    dyad_dep_work_free(&w->dep);
    dyad_tag_memo_free(w->memo);
    dyad_free(w->cls);
    dyad_free(w);
}

/* Tags and lemmatizes s, leaving its word features in wf (s->n entries); no parse yet. */
static int tag_into(const dyad_nlp *nlp, dyad_nlp_work *w, dyad_doc *doc, dyad_sentence *s,
                    dyad_wfeat *wf, dyad_err *err)
{
    if (dyad_grow(&w->cls, &w->cls_cap, (size_t)s->n, 1) != DYAD_OK)
        return dyad_err_set(err, DYAD_ENOMEM, "out of memory tagging");
    dyad_tag_sentence(&nlp->tagger, w->memo, s, wf, w->cls);
    for (int32_t i = 0; i < s->n; i++) {
        dyad_token *t = &s->tok[i];
        int tag = nlp->xpos_index[w->cls[i]];
        t->lemma = dyad_lemma(&nlp->lem, t->form ? t->form : "", tag, t->upos, &doc->arena);
        if (!t->lemma)
            return dyad_err_set(err, DYAD_ENOMEM, "out of memory lemmatizing");
        t->feats = "_";
        t->head = -1;
        t->deprel = NULL;
    }
    return DYAD_OK;
}

/* s is doc's first sentence and a paragraph of its own (a title): a blank line follows it. */
static bool title_paragraph(const dyad_doc *doc, const dyad_sentence *s)
{
    if (!doc || doc->nsent < 2 || s != &doc->sent[0] || !doc->text || s->end >= doc->text_len)
        return false;
    int newlines = 0;
    for (size_t i = s->end; i < doc->text_len; i++) {
        char c = doc->text[i];
        if (c == '\n')
            newlines++;
        else if (c != ' ' && c != '\t' && c != '\r')
            break;
    }
    return newlines >= 2;
}

/* The words a parse repair made verbs that the tagger had read otherwise ("Police
 * teargassed protesters" with an adjective "teargassed") get the lemma of their new tag. */
static int relemmatize_retagged(const dyad_nlp *nlp, const dyad_nlp_work *w, dyad_doc *doc,
                                dyad_sentence *s, dyad_err *err)
{
    for (int32_t i = 0; i < s->n; i++) {
        dyad_token *t = &s->tok[i];
        const char *was = nlp->tagger.tags[w->cls[i]];
        if (t->upos != DYAD_UPOS_VERB || !t->xpos || !was || strncmp(was, "VB", 2) == 0 ||
            strncmp(was, "NN", 2) == 0) /* a headline's "kills": the noun's lemma is the verb's */
            continue;
        int tag = dyad_tag_index(&nlp->tagger, t->xpos);
        if (tag < 0)
            continue;
        t->lemma = dyad_lemma(&nlp->lem, t->form ? t->form : "", tag, t->upos, &doc->arena);
        if (!t->lemma)
            return dyad_err_set(err, DYAD_ENOMEM, "out of memory lemmatizing");
    }
    return DYAD_OK;
}

static int parse_with(const dyad_nlp *nlp, dyad_nlp_work *w, dyad_doc *doc, dyad_sentence *s,
                      const dyad_wfeat *wf, dyad_err *err)
{
    if (dyad_dep_parse(&nlp->parser, &w->dep, s, wf) != DYAD_OK)
        return dyad_err_set(err, DYAD_ENOMEM, "out of memory parsing");
    dyad_parse_repair(s, title_paragraph(doc, s));
    return relemmatize_retagged(nlp, w, doc, s, err);
}

int dyad_nlp_annotate_sentence(const dyad_nlp *nlp, dyad_nlp_work *w, dyad_doc *doc,
                               dyad_sentence *s, bool tag_only, dyad_err *err)
{
    if (s->n <= 0)
        return DYAD_OK;
    if (dyad_grow(&w->wf, &w->cap, (size_t)s->n, sizeof *w->wf) != DYAD_OK)
        return dyad_err_set(err, DYAD_ENOMEM, "out of memory tagging");
    int rc = tag_into(nlp, w, doc, s, w->wf, err);
    return rc == DYAD_OK && !tag_only ? parse_with(nlp, w, doc, s, w->wf, err) : rc;
}

int dyad_nlp_begin_doc(dyad_nlp_work *w, const dyad_doc *doc, dyad_err *err)
{
    size_t total = 1;
    if (dyad_grow(&w->off, &w->off_cap, (size_t)doc->nsent + 1, sizeof *w->off) != DYAD_OK)
        return dyad_err_set(err, DYAD_ENOMEM, "out of memory tagging");
    for (int32_t i = 0; i < doc->nsent; i++) {
        w->off[i] = total - 1;
        total += doc->sent[i].n > 0 ? (size_t)doc->sent[i].n : 0;
    }
    if (dyad_grow(&w->wf, &w->cap, total, sizeof *w->wf) != DYAD_OK)
        return dyad_err_set(err, DYAD_ENOMEM, "out of memory tagging");
    return DYAD_OK;
}

int dyad_nlp_tag_in_doc(const dyad_nlp *nlp, dyad_nlp_work *w, dyad_doc *doc, int32_t si,
                        dyad_err *err)
{
    dyad_sentence *s = &doc->sent[si];
    return s->n > 0 ? tag_into(nlp, w, doc, s, w->wf + w->off[si], err) : DYAD_OK;
}

int dyad_nlp_parse_in_doc(const dyad_nlp *nlp, dyad_nlp_work *w, dyad_doc *doc, int32_t si,
                          dyad_err *err)
{
    dyad_sentence *s = &doc->sent[si];
    return s->n > 0 ? parse_with(nlp, w, doc, s, w->wf + w->off[si], err) : DYAD_OK;
}

int dyad_nlp_annotate(const dyad_nlp *nlp, dyad_nlp_work *w, dyad_doc *doc, dyad_err *err)
{
    for (int32_t i = 0; i < doc->nsent; i++) {
        int rc = dyad_nlp_annotate_sentence(nlp, w, doc, &doc->sent[i], false, err);
        if (rc != DYAD_OK)
            return rc;
    }
    return DYAD_OK;
}
