/* nlp.c — loads tagger.dm and parser.dm and annotates sentences: tags, lemmas, dependencies. */
#include "nlp/nlp.h"

#include "base/alloc.h"
#include "base/paths.h"
#include "nlp/lemmatizer.h"
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
};

struct dyad_nlp_work {
    dyad_wfeat *wf;
    size_t cap;
    dyad_dep_work dep;
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
    *out = nlp;
    return DYAD_OK;
}

void dyad_nlp_free(dyad_nlp *nlp)
{
    if (!nlp)
        return;
    /* Tables read from files borrow file memory: nothing of theirs to free but the files. */
    dyad_mf_close(&nlp->tag_file);
    dyad_mf_close(&nlp->dep_file);
    dyad_free(nlp);
}

dyad_nlp_work *dyad_nlp_work_new(const dyad_nlp *nlp)
{
    (void)nlp;
    return dyad_calloc(1, sizeof(dyad_nlp_work));
}

void dyad_nlp_work_free(dyad_nlp_work *w)
{
    if (!w)
        return;
    dyad_free(w->wf);
    dyad_dep_work_free(&w->dep);
    dyad_free(w);
}

int dyad_nlp_annotate_sentence(const dyad_nlp *nlp, dyad_nlp_work *w, dyad_doc *doc,
                               dyad_sentence *s, bool tag_only, dyad_err *err)
{
    if (s->n <= 0)
        return DYAD_OK;
    if (dyad_grow(&w->wf, &w->cap, (size_t)s->n, sizeof *w->wf) != DYAD_OK)
        return dyad_err_set(err, DYAD_ENOMEM, "out of memory tagging");
    dyad_tag_sentence(&nlp->tagger, s, w->wf);
    for (int32_t i = 0; i < s->n; i++) {
        dyad_token *t = &s->tok[i];
        int tag = dyad_tag_index(&nlp->tagger, t->xpos);
        t->lemma = dyad_lemma(&nlp->lem, t->form ? t->form : "", tag, t->upos, &doc->arena);
        if (!t->lemma)
            return dyad_err_set(err, DYAD_ENOMEM, "out of memory lemmatizing");
        t->feats = "_";
        if (tag_only) {
            t->head = -1;
            t->deprel = NULL;
        }
    }
    if (!tag_only && dyad_dep_parse(&nlp->parser, &w->dep, s, w->wf) != DYAD_OK)
        return dyad_err_set(err, DYAD_ENOMEM, "out of memory parsing");
    return DYAD_OK;
}

int dyad_nlp_parse_tagged(const dyad_nlp *nlp, dyad_nlp_work *w, dyad_sentence *s, dyad_err *err)
{
    if (s->n <= 0)
        return DYAD_OK;
    if (dyad_grow(&w->wf, &w->cap, (size_t)s->n, sizeof *w->wf) != DYAD_OK)
        return dyad_err_set(err, DYAD_ENOMEM, "out of memory parsing");
    /* the word hashes the tagger made (and another sentence may since have overwritten) */
    dyad_tag_word_features(&nlp->tagger, s, w->wf);
    if (dyad_dep_parse(&nlp->parser, &w->dep, s, w->wf) != DYAD_OK)
        return dyad_err_set(err, DYAD_ENOMEM, "out of memory parsing");
    return DYAD_OK;
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
