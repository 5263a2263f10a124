/* eval_roots.c — counts finite sentences whose parse root is not a verb (see eval_roots.h). */
#include "nlp/eval_roots.h"

#include <string.h>

#include "nlp/conllu.h"

/* XPOS of a finite verb form: past, 3rd person present, other present, modal. */
static bool finite_xpos(const char *x)
{
    return x && (!strcmp(x, "VBD") || !strcmp(x, "VBZ") || !strcmp(x, "VBP") || !strcmp(x, "MD"));
}

dyad_roots_class dyad_roots_classify(const dyad_sentence *s)
{
    bool finite = false;
    int32_t root = 0;
    for (int32_t i = 0; i < s->n; i++) {
        finite = finite || finite_xpos(s->tok[i].xpos);
        if (s->tok[i].head == 0 && !root)
            root = i + 1;
    }
    if (!finite)
        return DYAD_ROOTS_NOT_FINITE;
    if (!root)
        return DYAD_ROOTS_NONVERB; /* no root at all: as wrong as a noun root */
    uint8_t upos = s->tok[root - 1].upos;
    if (upos == DYAD_UPOS_VERB || upos == DYAD_UPOS_AUX)
        return DYAD_ROOTS_VERB;
    for (int32_t i = 0; i < s->n; i++)
        if (s->tok[i].head == root && s->tok[i].deprel && !strcmp(s->tok[i].deprel, "cop"))
            return DYAD_ROOTS_VERB;
    return DYAD_ROOTS_NONVERB;
}

double dyad_roots_share(const dyad_roots_result *r)
{
    return r->finite ? (double)r->nonverb / (double)r->finite : 0.0;
}

/* Writes the list line of sentence number nth (1-based) for dyad_roots_file_list. */
static void list_line(FILE *list, const dyad_sentence *s, long nth)
{
    if (s->sent_id)
        fputs(s->sent_id, list);
    else
        fprintf(list, "%ld", nth);
    const dyad_token *root = NULL;
    for (int32_t i = 0; i < s->n && !root; i++)
        if (s->tok[i].head == 0)
            root = &s->tok[i];
    if (root)
        fprintf(list, "\t%s/%s\t", root->form ? root->form : "", dyad_upos_name(root->upos));
    else
        fputs("\t-\t", list);
    for (const char *t = s->text ? s->text : ""; *t; t++) /* one line per sentence */
        fputc(*t == '\n' || *t == '\t' || *t == '\r' ? ' ' : *t, list);
    fputc('\n', list);
}

int dyad_roots_file(const char *path, dyad_roots_result *out, dyad_err *err)
{
    return dyad_roots_file_list(path, out, NULL, err);
}

int dyad_roots_file_list(const char *path, dyad_roots_result *out, FILE *list, dyad_err *err)
{
    memset(out, 0, sizeof *out);
    dyad_cu_reader *r;
    int rc = dyad_cu_open(&r, path, err);
    if (rc != DYAD_OK)
        return rc;
    dyad_doc doc;
    dyad_doc_init(&doc);
    for (;;) {
        dyad_doc_reset(&doc); /* one sentence at a time: memory stays flat */
        rc = dyad_cu_next(r, &doc, err);
        if (rc <= 0)
            break;
        out->sentences++;
        dyad_roots_class c = dyad_roots_classify(&doc.sent[doc.nsent - 1]);
        out->finite += c != DYAD_ROOTS_NOT_FINITE;
        out->nonverb += c == DYAD_ROOTS_NONVERB;
        if (list && c == DYAD_ROOTS_NONVERB)
            list_line(list, &doc.sent[doc.nsent - 1], out->sentences);
    }
    dyad_doc_free(&doc);
    dyad_cu_close(r);
    return rc < 0 ? rc : DYAD_OK;
}
