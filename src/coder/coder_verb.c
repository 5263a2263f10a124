/* coder_verb.c — a word's verb entry and the clause words its patterns are matched against:
 * the dictionary phrase that runs through the verb ("WIRE_TAP", "beef up"), whether a verb's
 * entry codes, and the words of the verb's clause in sentence order (its own dependents but
 * subjects and other clauses, plus its subject and every earlier word). */
#include "coder/coder_internal.h"

#include <string.h>

/* The verb entry of the phrase starting at word `at` whose words run through v (the form as
 * written first: a dictionary may give an inflected form its own entry, PETRARCH's "LEFT"
 * apart from "LEAVE"; then v's lemma), or NULL. */
static const dyad_verb *verb_at(const dyad_coder_sent *x, int32_t at, int32_t v, int32_t *after)
{
    const dyad_coder_lex *l = &x->c->lex;
    const char *w[6];
    int32_t len = 0;
    int32_t prt = dyad_coder_kid(x, v, "compound:prt");
    int n = 0;
    for (int32_t i = at; i < v; i++)
        w[n++] = x->form[i];
    int vi = n;
    w[n++] = x->form[v];
    if (prt >= 0)
        w[n++] = x->form[prt];
    for (int32_t i = v + 1; n < 6 && i < x->s->n; i++)
        if (i != prt)
            w[n++] = x->form[i];
    for (int pass = 0; pass < 2; pass++) {
        if (pass == 1)
            w[vi] = x->lemma[v];
        const dyad_verb *vb = l->verb(l->ctx, w, n, &len);
        if (vb && vb->via && prt >= 0)
            continue; /* "beef up": WordNet's sense of the bare verb is not the phrasal one */
        if (vb && len > vi) {
            *after = prt >= 0 ? 0 : len - vi - 1;
            return vb;
        }
    }
    return NULL;
}

/* The verb entry of v; *after gets the number of phrase words after v ("WIRE_TAP" on
 * "wire" in "will not wire tap the links": 1). */
const dyad_verb *dyad_coder_find_verb(const dyad_coder_sent *x, int32_t v, int32_t *after)
{
    *after = 0;
    const dyad_verb *vb = verb_at(x, v, v, after);
    /* a phrase whose verb is not its first word ("WIRE_+TAP": "wire tapped") */
    for (int32_t at = v - 1; !vb && at >= 0 && at >= v - 2; at--)
        if (x->s->tok[at].upos != DYAD_UPOS_PUNCT && !(x->s->tok[at].upos == DYAD_UPOS_VERB))
            vb = verb_at(x, at, v, after);
    return vb;
}

/* The verb at word w has a dictionary entry that codes ("urged" in "urged X to leave"); not
 * one generalised with WordNet (see dyad_coder_xcomp_codes). */
bool dyad_coder_verb_codes(const dyad_coder_sent *x, int32_t w)
{
    int32_t after = 0;
    const dyad_verb *vb = dyad_coder_find_verb(x, w, &after);
    return vb && !vb->via &&
           ((vb->code && vb->code[0] != '-' && dyad_coder_code_ok(vb->code)) || vb->npat > 0);
}

/* v has a verb complement the dictionaries code ("agreed to meet"); a verb generalised with
 * WordNet does not count: a dictionary verb never steps aside for a lower-confidence one. */
bool dyad_coder_xcomp_codes(dyad_coder_sent *x, int32_t v)
{
    const dyad_coder_lex *l = &x->c->lex;
    for (const int32_t *k = x->kids[v]; *k >= 0; k++)
        if (strcmp(dyad_coder_rel(x, *k), "xcomp") == 0 && x->s->tok[*k].upos == DYAD_UPOS_VERB) {
            int32_t len = 0;
            const dyad_verb *vb = l->verb(l->ctx, x->lemma + *k, 1, &len);
            if (vb && !vb->via && ((vb->code && vb->code[0] != '-') || vb->npat > 0))
                return true;
        }
    return false;
}

/* ---- the clause words ---- */

static bool clause_rel(const char *r)
{
    return !(dyad_coder_has_dep(r, "nsubj") || dyad_coder_has_dep(r, "csubj") ||
             strcmp(r, "punct") == 0 || strcmp(r, "conj") == 0 || strcmp(r, "cc") == 0 ||
             dyad_coder_has_dep(r, "parataxis") || strcmp(r, "advcl") == 0 ||
             strcmp(r, "mark") == 0 || strcmp(r, "acl:relcl") == 0);
}

/* A subjectless "to" + verb dependent: a complement however the parser labels it ("vowed to
 * wage war" with wage as advcl), so it belongs to the clause the patterns see. */
static bool to_infinitive(const dyad_coder_sent *x, int32_t i)
{
    const char *r = dyad_coder_rel(x, i);
    if (strcmp(r, "advcl") != 0 && strcmp(r, "xcomp") != 0)
        return false;
    int32_t mk = dyad_coder_kid(x, i, "mark");
    return x->s->tok[i].upos == DYAD_UPOS_VERB && mk >= 0 && dyad_coder_is(x->lemma[mk], "to") &&
           dyad_coder_kid(x, i, "nsubj") < 0;
}

/* The preposition that opens a gerund clause of the verb ("charged | with taking hard drives",
 * "blamed him | for helping rebels"): a pattern's "with" or "for" may stand for it, as for a
 * noun ("charged with theft"); -1 when i is no such clause. */
static int32_t gerund_preposition(const dyad_coder_sent *x, int32_t i)
{
    /* not "against": what one is warned against is no content of the warning's pattern */
    static const char *const preps[] = {"with", "for", "of"};
    if (strcmp(dyad_coder_rel(x, i), "advcl") != 0 || !x->s->tok[i].xpos ||
        strcmp(x->s->tok[i].xpos, "VBG") != 0)
        return -1;
    int32_t mk = dyad_coder_kid(x, i, "mark");
    return mk >= 0 && mk < i && dyad_coder_is_any(x->lemma[mk], preps, DYAD_ARRAY_LEN(preps)) ? mk
                                                                                              : -1;
}

static void collect(const dyad_coder_sent *x, int32_t w, uint8_t *in, int depth)
{
    if (w >= DYAD_CODER_MAX_SEQ)
        return; /* words past the last (long CoNLL-U sentences) take no part in patterns */
    in[w] = 1;
    if (depth > 12)
        return;
    for (const int32_t *k = x->kids[w]; *k >= 0; k++) {
        if (strcmp(dyad_coder_rel(x, *k), "punct") != 0 &&
            (depth > 0 || clause_rel(dyad_coder_rel(x, *k)) || to_infinitive(x, *k)))
            collect(x, *k, in, depth + 1);
        else if (depth == 0) { /* the gerund clause's preposition, not its words */
            int32_t mk = gerund_preposition(x, *k);
            if (mk >= 0 && mk < DYAD_CODER_MAX_SEQ)
                in[mk] = 1;
        }
    }
}

void dyad_coder_clause_words_of(const dyad_coder_sent *x, int32_t v, int32_t lv,
                                dyad_coder_clause_words *w)
{
    /* the clause: v's own dependents except subjects and other clauses, plus the subject */
    uint8_t in[DYAD_CODER_MAX_SEQ + 1];
    int32_t n = x->s->n < DYAD_CODER_MAX_SEQ ? x->s->n : DYAD_CODER_MAX_SEQ;
    memset(in, 0, sizeof in);
    if (v < n)
        collect(x, v, in, 0);
    /* "a lawsuit was filed against Y": the light verb's party phrases belong to the act */
    for (const int32_t *k = lv >= 0 ? x->kids[lv] : NULL; k && *k >= 0; k++) {
        if (dyad_coder_light_party(x, lv, *k))
            collect(x, *k, in, 1);
        for (const int32_t *g = x->kids[*k]; *g >= 0; g++)
            if (dyad_coder_light_party(x, lv, *g))
                collect(x, *g, in, 1);
    }
    /* "attacked Biden for accumulating wealth": the preposition of a gerund clause is the
     * clause's word ("ATTACK: * + for") though the rest of that clause is not */
    for (const int32_t *k = x->kids[v]; *k >= 0; k++) {
        bool adv = strcmp(dyad_coder_rel(x, *k), "advcl") == 0;
        int32_t mk = adv ? dyad_coder_kid(x, *k, "mark") : -1;
        if (mk >= 0 && mk < n &&
            (dyad_coder_is(x->lemma[mk], "for") || dyad_coder_is(x->lemma[mk], "on") ||
             dyad_coder_is(x->lemma[mk], "over")))
            in[mk] = 1;
    }
    int32_t sv = dyad_coder_kid(x, v, "nsubj");
    if (sv >= 0 && sv < n)
        collect(x, sv, in, 1);
    /* elements before '*' may name any earlier word of the sentence ("+ HOSTING * MAY DAY $"
     * on "celebrate" under "hosting") */
    for (int32_t i = 0; i < v && i < n; i++)
        if (x->s->tok[i].upos != DYAD_UPOS_PUNCT)
            in[i] = 1;
    w->n = 0;
    w->verb = -1;
    for (int32_t i = 0; i < n; i++)
        if (in[i]) {
            if (i == v)
                w->verb = w->n;
            w->form[w->n] = x->form[i];
            w->word[w->n++] = i;
        }
}

void dyad_coder_active_order(const dyad_coder_sent *x, int32_t v, int32_t thing,
                             const dyad_coder_clause_words *w, dyad_coder_clause_words *out)
{
    out->n = 0;
    out->verb = -1;
    for (int pass = 0; pass < 4; pass++) /* before, the verb, the subject, after */
        for (int32_t j = 0; j < w->n; j++) {
            int32_t i = w->word[j];
            bool subject = i == thing || dyad_coder_under(x, i, thing);
            bool take = pass == 0   ? !subject && i < v
                        : pass == 1 ? i == v
                        : pass == 2 ? subject
                                    : !subject && i > v;
            if (!take)
                continue;
            if (i == v)
                out->verb = out->n;
            out->form[out->n] = w->form[j];
            out->word[out->n++] = i;
        }
}
