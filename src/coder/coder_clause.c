/* coder_clause.c — one verb (or event noun) at a time: source, target, PETRARCH pattern, code. */
#include "coder/coder_internal.h"

#include <string.h>

#include "base/strbuf.h"

#define MAX_SEQ 256

static const char *rel_of(const dyad_coder_sent *x, int32_t i)
{
    const char *r = x->s->tok[i].deprel;
    return r ? r : "";
}

static int32_t head_of(const dyad_coder_sent *x, int32_t i)
{
    int32_t h = x->s->tok[i].head;
    return h >= 1 && h <= x->s->n ? h - 1 : -1;
}

static int32_t kid(const dyad_coder_sent *x, int32_t v, const char *rel)
{
    for (const int32_t *k = x->kids[v]; *k >= 0; k++)
        if (strcmp(rel_of(x, *k), rel) == 0)
            return *k;
    return -1;
}

/* The preposition ("case" dependent) of a nominal, or "". */
static const char *prep_of(const dyad_coder_sent *x, int32_t n)
{
    for (const int32_t *k = x->kids[n]; *k >= 0; k++)
        if (strcmp(rel_of(x, *k), "case") == 0)
            return x->lemma[*k];
    return "";
}

static bool negated(const dyad_coder_sent *x, int32_t v)
{
    for (const int32_t *k = x->kids[v]; *k >= 0; k++) {
        const char *r = rel_of(x, *k);
        if ((dyad_coder_has_dep(r, "advmod") || strcmp(r, "neg") == 0) &&
            (dyad_coder_is(x->lemma[*k], "not") || dyad_coder_is(x->form[*k], "n't") ||
             dyad_coder_is(x->lemma[*k], "never")))
            return true;
    }
    return false;
}

static bool is_relpron(const dyad_coder_sent *x, int32_t i)
{
    return dyad_coder_is(x->lemma[i], "who") || dyad_coder_is(x->lemma[i], "which") ||
           dyad_coder_is(x->lemma[i], "that") || dyad_coder_is(x->lemma[i], "whom");
}

static bool is_nominal(const dyad_coder_sent *x, int32_t i)
{
    int u = x->s->tok[i].upos;
    return u == DYAD_UPOS_NOUN || u == DYAD_UPOS_PROPN;
}

/* A verb the parser hung from a noun phrase that is the root of a verbless sentence ("Arnor is
 * about to restore ties": restore under the auxiliary of root Arnor; "Caras Galadhon's new mayor left": left
 * under the apposition mayor): the first phrase naming an actor on the way from v's head up
 * to that root, else -1. */
static int32_t verbless_subject(dyad_coder_sent *x, int32_t v)
{
    const char *r = rel_of(x, v);
    int32_t h = head_of(x, v);
    if (h >= 0 && x->s->tok[h].upos == DYAD_UPOS_AUX) /* "Arnor is | about to restore" */
        h = head_of(x, h);
    if (h < 0 || !is_nominal(x, h) ||
        !(strcmp(r, "acl") == 0 || strcmp(r, "advcl") == 0 || strcmp(r, "xcomp") == 0 ||
          strcmp(r, "conj") == 0 || strcmp(r, "acl:relcl") == 0))
        return -1;
    int32_t found = -1;
    for (int guard = 0; guard < 8; guard++) {
        if (found < 0 && dyad_coder_actor_of(x, h)->a.code[0])
            found = h;
        const char *hr = rel_of(x, h);
        if (strcmp(hr, "root") == 0)
            return found;
        if (strcmp(hr, "appos") != 0 && !dyad_coder_has_dep(hr, "flat") &&
            !dyad_coder_has_dep(hr, "compound"))
            return -1;
        h = head_of(x, h);
        if (h < 0 || !is_nominal(x, h))
            return -1;
    }
    return -1;
}

/* "Russian police arrested students": a verb the parser made a modifier (amod) of the noun
 * after it, right after the noun that is the root of the verbless parse: that root, else -1.
 * The modified noun is then the target. */
static int32_t amod_verb(const dyad_coder_sent *x, int32_t v)
{
    if (!dyad_coder_has_dep(rel_of(x, v), "amod") || v == 0 || head_of(x, v) < v)
        return -1;
    int32_t p = v - 1;
    if (strcmp(rel_of(x, p), "root") == 0 && is_nominal(x, p))
        return p;
    return -1;
}

/* The word heading v's subject (source side) and how it was found; -1 when none. */
static int32_t subject_of(dyad_coder_sent *x, int32_t v, const char **note, bool *passive,
                          int depth)
{
    /* two subjects are a parser slip: take the one nearest the verb that names an actor */
    int32_t s = -1;
    bool named = false;
    for (const int32_t *k = x->kids[v]; *k >= 0; k++)
        if (strcmp(rel_of(x, *k), "nsubj") == 0 || strcmp(rel_of(x, *k), "nsubj:outer") == 0) {
            bool has = dyad_coder_actor_of(x, *k)->a.code[0] != 0;
            if (s < 0 || has || !named) {
                s = *k;
                named = has;
            }
        }
    if (s >= 0) {
        if (is_relpron(x, s) && strcmp(rel_of(x, v), "acl:relcl") == 0) {
            *note = "relative";
            return head_of(x, v);
        }
        int32_t vs = named ? -1 : verbless_subject(x, v);
        if (vs >= 0 && strcmp(rel_of(x, v), "acl:relcl") == 0) {
            /* "Gollum centre of a row between Radagast the Brown called for X": a subject
             * naming no actor in a clause the parser hung from a verbless root */
            *note = "verbless root";
            return vs;
        }
        return s;
    }
    for (const int32_t *k = x->kids[v]; *k >= 0; k++) {
        const char *r = rel_of(x, *k);
        if (dyad_coder_has_dep(r, "advmod") && kid(x, v, "aux:pass") >= 0 &&
            kid(x, *k, "obl:agent") >= 0) {
            *passive = true; /* "was opposed earlier by X" with X under "earlier" */
            return kid(x, *k, "obl:agent");
        }
        if (strcmp(r, "obl:agent") == 0 ||
            (dyad_coder_has_dep(r, "obl") && dyad_coder_is(prep_of(x, *k), "by") &&
             kid(x, v, "aux:pass") >= 0)) {
            *passive = true;
            return *k;
        }
    }
    if (kid(x, v, "nsubj:pass") >= 0)
        return -1;
    const char *r = rel_of(x, v);
    int32_t h = head_of(x, v);
    if (h < 0 || depth > 4)
        return -1;
    if (strcmp(r, "acl:relcl") == 0) {
        *note = "relative";
        return h;
    }
    if (strcmp(r, "acl") == 0 && kid(x, v, "obj") >= 0 && head_of(x, h) < 0) {
        *note = "relative"; /* "Russian police arrested students": a verbless root noun */
        return h;
    }
    if (amod_verb(x, v) >= 0) {
        *note = "verbless root";
        return amod_verb(x, v);
    }
    int32_t vs = verbless_subject(x, v);
    if (vs >= 0) {
        *note = "verbless root";
        return vs;
    }

    if (strcmp(r, "conj") == 0 && x->s->tok[h].upos != DYAD_UPOS_VERB) {
        /* a verb coordinated with a noun (a parser slip: "... on Thursday and promised"):
         * the subject of the nearest verb above */
        for (int guard = 0; guard < 8 && h >= 0 && x->s->tok[h].upos != DYAD_UPOS_VERB; guard++)
            h = head_of(x, h);
        if (h < 0 || x->s->tok[h].upos != DYAD_UPOS_VERB)
            return -1;
    }
    if (strcmp(r, "ccomp") == 0 && kid(x, v, "nsubj:pass") < 0) {
        /* a reported clause without a subject: "indicated it should have acted" parsed with
         * "it" as the object of indicated; else the reporting verb's subject */
        int32_t o = kid(x, h, "obj");
        if (o > h && o < v)
            return o;
        bool p = false;
        if (!**note)
            *note = "control";
        return subject_of(x, h, note, &p, depth + 1);
    }
    if (strcmp(r, "xcomp") == 0 && kid(x, h, "nsubj:pass") >= 0) {
        *note = "raising"; /* "Gollum was seen to break into ...": the passive's subject */
        return kid(x, h, "nsubj:pass");
    }
    if (strcmp(r, "xcomp") == 0 || strcmp(r, "conj") == 0 || strcmp(r, "advcl") == 0) {
        if (!**note)
            *note = strcmp(r, "xcomp") == 0  ? "control"
                    : strcmp(r, "conj") == 0 ? "coordinated"
                                             : "";
        bool p = false;
        return subject_of(x, h, note, &p, depth + 1);
    }
    return -1;
}

/* ---- PETRARCH pattern matching over the clause words in sentence order ---- */

typedef struct matcher {
    dyad_coder_sent *x;
    int32_t v;
    const int32_t *seq; /* clause word indexes, ascending */
    const char **words; /* their forms (for synsets) */
    int32_t m;
    int32_t src, tgt;              /* bound phrase heads, -1 when unbound */
    const dyad_pattern_elem *base; /* the pattern being matched */
    const uint8_t *joined;         /* joined[i]: element i was '_'-joined to element i-1 */
    int32_t must_end;              /* left side joined to '*' ("RECENTLY_*"): end here, or -1 */
} matcher;

/* PETRARCH joins words that must be adjacent with '_' ("* REAL_PLEASANT"); dict.h keeps the
 * written text, so the joins are read from it when its words line up with the elements. */
static void read_joins(const dyad_pattern *p, uint8_t *joined, int32_t cap)
{
    memset(joined, 0, (size_t)cap);
    const char *t = p->text;
    if (!t || p->n > cap)
        return;
    int32_t k = 0;
    bool under = false;
    uint8_t tmp[64] = {0};
    while (*t && *t != '[' && *t != '#') {
        if (*t == ' ' || *t == '\t' || *t == '_') {
            under |= *t == '_';
            t++;
            continue;
        }
        if (k >= cap)
            return;
        tmp[k++] = under;
        under = false;
        while (*t && *t != ' ' && *t != '\t' && *t != '_' && *t != '[' && *t != '#')
            t++;
    }
    if (k == p->n)
        memcpy(joined, tmp, (size_t)k);
}

static bool name_rel(const char *r)
{
    return dyad_coder_has_dep(r, "compound") || dyad_coder_has_dep(r, "flat") ||
           dyad_coder_has_dep(r, "amod") || dyad_coder_has_dep(r, "det") ||
           strcmp(r, "case") == 0 || dyad_coder_has_dep(r, "nummod") ||
           strcmp(r, "nmod:poss") == 0 || dyad_coder_has_dep(r, "fixed");
}

/* The head of the noun phrase word i belongs to, when that phrase names an actor; else -1. */
static int32_t actor_phrase(matcher *mt, int32_t i)
{
    dyad_coder_sent *x = mt->x;
    int32_t h = i;
    for (int guard = 0; guard < 8 && name_rel(rel_of(x, h)); guard++) {
        int32_t up = head_of(x, h);
        if (up < 0 || up == mt->v)
            break;
        h = up;
    }
    if (x->s->tok[h].upos != DYAD_UPOS_NOUN && x->s->tok[h].upos != DYAD_UPOS_PROPN &&
        x->s->tok[h].upos != DYAD_UPOS_PRON)
        return -1;
    return dyad_coder_actor_of(x, h)->a.code[0] ? h : -1;
}

static bool next_joined(const matcher *mt, const dyad_pattern_elem *e, int32_t ne)
{
    return ne > 1 && mt->joined && mt->joined[(e + 1) - mt->base];
}

/* Matches elements e[0..ne) against clause words seq[j..end), in order; words may be skipped
 * between elements (PETRARCH's space); with adjacent this element must match at j itself
 * (PETRARCH's '_'). */
static bool match_elems(matcher *mt, const dyad_pattern_elem *e, int32_t ne, int32_t j, int32_t end,
                        bool adjacent)
{
    while (ne > 0 && (e->kind == DYAD_PE_OPEN || e->kind == DYAD_PE_CLOSE ||
                      e->kind == DYAD_PE_NP_OPEN || e->kind == DYAD_PE_NP_CLOSE ||
                      e->kind == DYAD_PE_COMPOUND || e->kind == DYAD_PE_VERB)) {
        e++;
        ne--;
        adjacent = false;
    }
    if (ne == 0)
        return mt->must_end < 0 || j == mt->must_end;
    const dyad_coder_lex *l = &mt->x->c->lex;
    int32_t last = adjacent && j < end ? j + 1 : end;
    for (int32_t p = j; p < last; p++) {
        int32_t w = mt->seq[p];
        switch (e->kind) {
        case DYAD_PE_WORD:
            /* words match as written: PETRARCH's "* EFFORT" does not match "efforts" */
            if (dyad_coder_is(mt->x->form[w], e->word) &&
                match_elems(mt, e + 1, ne - 1, p + 1, end, next_joined(mt, e, ne)))
                return true;
            break;
        case DYAD_PE_SYNSET: {
            int len = l->synset ? l->synset(l->ctx, e->word, mt->words + p, end - p) : 0;
            if (len > 0 && match_elems(mt, e + 1, ne - 1, p + len, end, next_joined(mt, e, ne)))
                return true;
            break;
        }
        case DYAD_PE_SKIP: { /* '^': one noun phrase that is passed over */
            int u = mt->x->s->tok[w].upos;
            if ((u == DYAD_UPOS_NOUN || u == DYAD_UPOS_PROPN || u == DYAD_UPOS_PRON) &&
                match_elems(mt, e + 1, ne - 1, p + 1, end, false))
                return true;
            break;
        }
        case DYAD_PE_TARGET:
        case DYAD_PE_SOURCE: {
            int32_t h = actor_phrase(mt, w);
            if (h < 0)
                break;
            int32_t *slot = e->kind == DYAD_PE_TARGET ? &mt->tgt : &mt->src;
            int32_t old = *slot;
            *slot = h;
            if (match_elems(mt, e + 1, ne - 1, p + 1, end, false))
                return true;
            *slot = old;
            break;
        }
        default:
            break;
        }
    }
    return false;
}

static bool match_pattern(matcher *mt, const dyad_pattern *pat, int32_t pv)
{
    int32_t star = -1;
    for (int32_t i = 0; i < pat->n; i++)
        if (pat->elem[i].kind == DYAD_PE_VERB) {
            star = i;
            break;
        }
    mt->src = mt->tgt = -1;
    uint8_t joined[64];
    read_joins(pat, joined, 64);
    mt->base = pat->elem;
    mt->joined = pat->n <= 64 ? joined : NULL;
    bool ok;
    mt->must_end = -1;
    if (star < 0) {
        ok = match_elems(mt, pat->elem, pat->n, pv + 1, mt->m, false);
    } else {
        mt->must_end = star > 0 && mt->joined && mt->joined[star] ? pv : -1;
        ok = match_elems(mt, pat->elem, star, 0, pv, false);
        mt->must_end = -1;
        ok = ok && match_elems(mt, pat->elem + star + 1, pat->n - star - 1, pv + 1, mt->m,
                               star + 1 < pat->n && mt->joined && mt->joined[star + 1]);
    }
    mt->joined = NULL;
    return ok;
}

/* A pattern may code a negated verb when it says what comes before the verb ("NOT * ...",
 * "&NEGATVAUXVRB * OVER EFFORTS"): words or synsets ahead of '*', or a negation word. */
static bool names_negation(const dyad_pattern *p)
{
    bool before = true;
    for (int32_t i = 0; i < p->n; i++) {
        int k = p->elem[i].kind;
        if (k == DYAD_PE_VERB)
            before = false;
        if ((k == DYAD_PE_SYNSET || k == DYAD_PE_WORD) && before)
            return true;
        if (k == DYAD_PE_WORD &&
            (dyad_coder_is(p->elem[i].word, "NOT") || dyad_coder_is(p->elem[i].word, "N'T") ||
             dyad_coder_is(p->elem[i].word, "NEVER") || dyad_coder_is(p->elem[i].word, "NO")))
            return true;
    }
    return false;
}

/* A code must be "---" or a CAMEO code: letters and digits with at least one digit. "[+++]",
 * "[xxy]" and the unsettled "[025?]" of TABARI-era dictionaries code nothing. */
static bool code_ok(const char *code)
{
    if (!code)
        return false;
    if (strcmp(code, "---") == 0)
        return true;
    bool digit = false;
    for (const char *c = code; *c; c++) {
        if (*c >= '0' && *c <= '9')
            digit = true;
        else if (!((*c >= 'A' && *c <= 'Z') || (*c >= 'a' && *c <= 'z')))
            return false;
    }
    return digit;
}

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
    const char *r = rel_of(x, i);
    if (strcmp(r, "advcl") != 0 && strcmp(r, "xcomp") != 0)
        return false;
    int32_t mk = kid(x, i, "mark");
    return x->s->tok[i].upos == DYAD_UPOS_VERB && mk >= 0 && dyad_coder_is(x->lemma[mk], "to") &&
           kid(x, i, "nsubj") < 0;
}

static void collect(const dyad_coder_sent *x, int32_t w, uint8_t *in, int depth)
{
    if (w >= MAX_SEQ)
        return; /* words past MAX_SEQ (long CoNLL-U sentences) take no part in patterns */
    in[w] = 1;
    if (depth > 12)
        return;
    for (const int32_t *k = x->kids[w]; *k >= 0; k++)
        if (strcmp(rel_of(x, *k), "punct") != 0 &&
            (depth > 0 || clause_rel(rel_of(x, *k)) || to_infinitive(x, *k)))
            collect(x, *k, in, depth + 1);
}

/* ---- targets ---- */

static int32_t nmod_actor(dyad_coder_sent *x, int32_t n, int depth)
{
    if (depth > 3)
        return -1;
    for (const int32_t *g = x->kids[n]; *g >= 0; g++) {
        const char *r = rel_of(x, *g);
        bool arg = depth > 0 && (dyad_coder_has_dep(r, "obl") || strcmp(r, "obj") == 0);
        if (strcmp(r, "acl") == 0 || arg) {
            /* "the roads leading into Mordor", "memos sent by Bree", "a parade supporting X" */
            int32_t t = strcmp(r, "acl") == 0 ? nmod_actor(x, *g, depth + 1) : -1;
            if (t < 0 && arg && dyad_coder_actor_of(x, *g)->a.code[0])
                t = *g;
            if (t >= 0)
                return t;
            continue;
        }
        bool under_nonverb = x->s->tok[n].upos != DYAD_UPOS_VERB && dyad_coder_has_dep(r, "obl");
        if ((!dyad_coder_has_dep(r, "nmod") && !under_nonverb) || strcmp(r, "nmod:poss") == 0)
            continue;
        if (dyad_coder_actor_of(x, *g)->a.code[0])
            return *g;
        int32_t t = nmod_actor(x, *g, depth + 1);
        if (t >= 0)
            return t;
    }
    return -1;
}

static int32_t default_target(dyad_coder_sent *x, int32_t v, bool nominal)
{
    static const char *const order[] = {"nsubj:pass", "obj", "iobj", "obl", "nmod"};
    for (size_t o = 0; o < DYAD_ARRAY_LEN(order); o++)
        for (const int32_t *k = x->kids[v]; *k >= 0; k++) {
            const char *r = rel_of(x, *k);
            bool hit = o >= 3
                           ? (dyad_coder_has_dep(r, order[o]) && strcmp(r, "obl:agent") != 0 &&
                              strcmp(r, "nmod:poss") != 0 && !dyad_coder_is(prep_of(x, *k), "by"))
                           : strcmp(r, order[o]) == 0;
            if (nominal && o < 3)
                hit = false;
            if (hit && dyad_coder_actor_of(x, *k)->a.code[0])
                return *k;
        }
    /* "restored ties with X", "welcomed a resumption of ties with X": an actor in an
     * of/with chain hanging off the object or an oblique */
    for (const int32_t *k = x->kids[v]; *k >= 0; k++) {
        const char *r = rel_of(x, *k);
        if (strcmp(r, "obj") != 0 && !(dyad_coder_has_dep(r, "obl") && strcmp(r, "obl:agent") != 0))
            continue;
        int32_t t = nmod_actor(x, *k, 0);
        if (t >= 0)
            return t;
    }
    return -1;
}

/* v has an object, or a nominal in a prepositional phrase ("said on Saturday"; not a bare
 * "said today"), that could have been a target. */
static bool uncoded_object(const dyad_coder_sent *x, int32_t v)
{
    for (const int32_t *k = x->kids[v]; *k >= 0; k++) {
        const char *r = rel_of(x, *k);
        int u = x->s->tok[*k].upos;
        if (u != DYAD_UPOS_NOUN && u != DYAD_UPOS_PROPN)
            continue;
        if (strcmp(r, "obj") == 0 || (dyad_coder_has_dep(r, "obl") && *prep_of(x, *k)))
            return true;
    }
    return false;
}

static const dyad_verb *find_verb(const dyad_coder_sent *x, int32_t v, int32_t *after);

/* No target among v's own dependents: one in a complement that codes nothing itself, after
 * v: an adjective ("marched close to the border with X"), an infinitive or participle of a
 * verb the dictionary does not know ("signed an accord to supply X with wheat", "boycotted the
 * parade supporting X" with the participle hung from the verb). */
static int32_t complement_target(dyad_coder_sent *x, int32_t v)
{
    for (const int32_t *k = x->kids[v]; *k >= 0; k++) {
        const char *r = rel_of(x, *k);
        int u = x->s->tok[*k].upos;
        int32_t after = 0;
        if (*k < v || (strcmp(r, "xcomp") != 0 && strcmp(r, "advcl") != 0))
            continue;
        bool adj = u == DYAD_UPOS_ADJ || u == DYAD_UPOS_ADV;
        const char *xp = x->s->tok[*k].xpos ? x->s->tok[*k].xpos : "";
        int32_t mk = kid(x, *k, "mark");
        bool to = mk >= 0 && dyad_coder_is(x->lemma[mk], "to");
        bool ing = mk < 0 && strcmp(xp, "VBG") == 0; /* "the parade supporting X" as advcl */
        bool inf = u == DYAD_UPOS_VERB && (to || ing) && kid(x, *k, "nsubj") < 0 &&
                   !find_verb(x, *k, &after);
        if (!adj && !inf)
            continue;
        int32_t t = default_target(x, *k, false);
        if (t >= 0)
            return t;
    }
    return -1;
}

static bool xcomp_codes(dyad_coder_sent *x, int32_t v)
{
    const dyad_coder_lex *l = &x->c->lex;
    for (const int32_t *k = x->kids[v]; *k >= 0; k++)
        if (strcmp(rel_of(x, *k), "xcomp") == 0 && x->s->tok[*k].upos == DYAD_UPOS_VERB) {
            int32_t len = 0;
            const dyad_verb *vb = l->verb(l->ctx, x->lemma + *k, 1, &len);
            if (vb && ((vb->code && vb->code[0] != '-') || vb->npat > 0))
                return true;
        }
    return false;
}

/* The verb entry of the phrase starting at word `at` whose words run through v (the form as
 * written first: a dictionary may give an inflected form its own entry, PETRARCH's "LEFT"
 * apart from "LEAVE"; then v's lemma), or NULL. */
static const dyad_verb *verb_at(const dyad_coder_sent *x, int32_t at, int32_t v, int32_t *after)
{
    const dyad_coder_lex *l = &x->c->lex;
    const char *w[6];
    int32_t len = 0;
    int32_t prt = kid(x, v, "compound:prt");
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
        if (vb && len > vi) {
            *after = prt >= 0 ? 0 : len - vi - 1;
            return vb;
        }
    }
    return NULL;
}

/* The verb entry of v; *after gets the number of phrase words after v ("WIRE_TAP" on
 * "wire" in "will not wire tap the links": 1). */
static const dyad_verb *find_verb(const dyad_coder_sent *x, int32_t v, int32_t *after)
{
    *after = 0;
    const dyad_verb *vb = verb_at(x, v, v, after);
    /* a phrase whose verb is not its first word ("WIRE_+TAP": "wire tapped") */
    for (int32_t at = v - 1; !vb && at >= 0 && at >= v - 2; at--)
        if (x->s->tok[at].upos != DYAD_UPOS_PUNCT && !(x->s->tok[at].upos == DYAD_UPOS_VERB))
            vb = verb_at(x, at, v, after);
    return vb;
}

static int emit_all(dyad_coder_sent *x, const dyad_coder_actors *src, const dyad_coder_actors *tgt,
                    const dyad_pattern *p, const dyad_verb *vb, int32_t v, const char *note,
                    dyad_event_list *out, dyad_err *err)
{
    const char *code = p ? p->code : vb->code;
    const char *code2 = p ? p->code2 : vb->code2; /* paired "[032:033]": the reverse event */
    dyad_strbuf sb = DYAD_STRBUF_INIT;
    if (p)
        dyad_sb_printf(&sb, "%s: %s (%s)", vb->name ? vb->name : "", p->text ? p->text : "",
                       p->where ? p->where : "");
    else
        dyad_sb_printf(&sb, "%s = %s (%s)", vb->name ? vb->name : "", vb->code,
                       vb->where ? vb->where : "");
    const char *ptext = sb.data ? dyad_arena_strdup(&x->doc->arena, sb.data) : "";
    dyad_sb_free(&sb);
    if (!ptext)
        return dyad_err_set(err, DYAD_ENOMEM, "out of memory");
    for (int i = 0; i < src->n; i++)
        for (int j = 0; j < tgt->n; j++) {
            int rc = dyad_coder_emit(x, &src->v[i], &tgt->v[j], code, v, ptext, note, out, err);
            if (rc == DYAD_OK && code2)
                rc = dyad_coder_emit(x, &tgt->v[j], &src->v[i], code2, v, ptext, note, out, err);
            if (rc != DYAD_OK)
                return rc;
        }
    return DYAD_OK;
}

/* "A, B, and C welcomed" parsed with C as a second subject: other nsubj dependents of v that
 * are set off from s by a comma or conjunction add their actors. */
static void more_subjects(dyad_coder_sent *x, int32_t v, int32_t s, dyad_coder_actors *src)
{
    for (const int32_t *k = x->kids[v]; *k >= 0; k++) {
        if (*k == s || strcmp(rel_of(x, *k), "nsubj") != 0)
            continue;
        int32_t a = *k < s ? *k : s, b = *k < s ? s : *k;
        bool sep = false;
        for (int32_t i = a + 1; i < b && !sep; i++)
            sep = x->s->tok[i].upos == DYAD_UPOS_CCONJ || strcmp(x->form[i], ",") == 0;
        if (sep)
            dyad_coder_actors_of(x, *k, src);
    }
}

static const char *join_note(dyad_coder_sent *x, const char *a, const char *b)
{
    if (!*a)
        return b;
    if (!*b)
        return a;
    size_t la = strlen(a), lb = strlen(b);
    char *r = dyad_arena_alloc(&x->doc->arena, la + lb + 2);
    if (!r)
        return a;
    memcpy(r, a, la);
    r[la] = ',';
    memcpy(r + la + 1, b, lb + 1);
    return r;
}

int dyad_coder_code_word(dyad_coder_sent *x, int32_t v, bool nominal, dyad_event_list *out,
                         dyad_err *err)
{
    /* "did not cancel": no event, unless a pattern names the negation ("NOT * RELATIONS") */
    bool neg = negated(x, v);
    int32_t h = head_of(x, v);
    if (strcmp(rel_of(x, v), "xcomp") == 0 && h >= 0 &&
        (dyad_coder_is(x->lemma[h], "refuse") || dyad_coder_is(x->lemma[h], "decline") ||
         dyad_coder_is(x->lemma[h], "fail")))
        return DYAD_OK; /* "refused to meet": the meeting did not happen */
    if (strcmp(rel_of(x, v), "xcomp") == 0 && h >= 0 && negated(x, h))
        neg = true; /* "won't try to clash": only a pattern naming the negation codes */
    int32_t after = 0;
    const dyad_verb *vb = find_verb(x, v, &after);
    if (!vb)
        return DYAD_OK;
    const char *note = "";
    dyad_coder_actors src = {.n = 0}, tgt = {.n = 0};
    bool passive = false;
    if (nominal) {
        /* "Obama's cancellation of the summit", "talks between A and B" */
        int32_t poss = kid(x, v, "nmod:poss");
        note = "nominal";
        if (poss >= 0) {
            dyad_coder_actors_of(x, poss, &src);
        } else {
            for (const int32_t *k = x->kids[v]; *k >= 0; k++)
                if (dyad_coder_has_dep(rel_of(x, *k), "nmod") &&
                    dyad_coder_is(prep_of(x, *k), "between")) {
                    dyad_coder_actors both = {.n = 0};
                    dyad_coder_actors_of(x, *k, &both);
                    if (both.n < 2)
                        return DYAD_OK;
                    dyad_coder_actors a1 = {.n = 1}, a2 = {.n = 1};
                    a1.v[0] = both.v[0];
                    a2.v[0] = both.v[1];
                    int rc = emit_all(x, &a1, &a2, NULL, vb, v, note, out, err);
                    if (rc == DYAD_OK)
                        rc = emit_all(x, &a2, &a1, NULL, vb, v, note, out, err);
                    return rc;
                }
            return DYAD_OK;
        }
    } else {
        int32_t s = subject_of(x, v, &note, &passive, 0);
        if (s >= 0)
            dyad_coder_actors_of(x, s, &src);
        if (s >= 0 && head_of(x, s) == v)
            more_subjects(x, v, s, &src);
        if (passive)
            note = join_note(x, note, "passive");
    }
    if (strcmp(rel_of(x, v), "ccomp") == 0)
        note = join_note(x, note, "reported");
    /* the clause: v's own dependents except subjects and other clauses, plus the subject */
    uint8_t in[MAX_SEQ + 1];
    int32_t n = x->s->n < MAX_SEQ ? x->s->n : MAX_SEQ;
    memset(in, 0, sizeof in);
    if (v < n)
        collect(x, v, in, 0);
    int32_t sv = kid(x, v, "nsubj");
    if (sv >= 0 && sv < n)
        collect(x, sv, in, 1);
    /* elements before '*' may name any earlier word of the sentence ("+ HOSTING * MAY DAY $"
     * on "celebrate" under "hosting") */
    for (int32_t i = 0; i < v && i < n; i++)
        if (x->s->tok[i].upos != DYAD_UPOS_PUNCT)
            in[i] = 1;
    int32_t seq[MAX_SEQ];
    const char *words[MAX_SEQ];
    int32_t m = 0, pv = -1;
    for (int32_t i = 0; i < n; i++)
        if (in[i]) {
            if (i == v)
                pv = m;
            words[m] = x->form[i];
            seq[m++] = i;
        }
    if (pv < 0)
        return DYAD_OK;
    matcher mt = {
        .x = x, .v = v, .seq = seq, .words = words, .m = m, .src = -1, .tgt = -1, .must_end = -1};
    const dyad_pattern *hit = NULL;
    for (int32_t p = 0; p < vb->npat && !hit; p++)
        if ((!neg || names_negation(&vb->pat[p])) && code_ok(vb->pat[p].code) &&
            match_pattern(&mt, &vb->pat[p], pv))
            hit = &vb->pat[p];
    if (neg && !hit)
        return DYAD_OK;
    if (hit && strcmp(hit->code, "---") == 0)
        return DYAD_OK; /* the pattern says: not an event */
    if (!hit && (!code_ok(vb->code) || vb->code[0] == '-'))
        return DYAD_OK;
    if (!hit && xcomp_codes(x, v))
        return DYAD_OK; /* "agreed to meet": the meeting is coded on "meet" */
    if (hit && mt.src >= 0) {
        src.n = 0;
        dyad_coder_actors_of(x, mt.src, &src);
    } else if (hit && mt.tgt >= 0 && mt.tgt == kid(x, v, "nsubj") && h >= 0 &&
               strcmp(rel_of(x, v), "ccomp") == 0) {
        /* "NOTED + * [115]" on "A noted that B regretted ...": '+' is the clause's own subject,
         * so the source is the subject of the verb that reports it */
        bool p = false;
        const char *n2 = "";
        int32_t hs = subject_of(x, h, &n2, &p, 0);
        src.n = 0;
        if (hs >= 0)
            dyad_coder_actors_of(x, hs, &src);
    }
    if (hit && mt.tgt >= 0) {
        dyad_coder_actors_of(x, mt.tgt, &tgt);
    } else {
        int32_t t = default_target(x, v, nominal);
        /* the rest of a verb phrase the parser made v's dependent ("wire" + xcomp "tap") */
        for (int32_t i = v + 1; t < 0 && i <= v + after && i < x->s->n; i++)
            if (head_of(x, i) == v)
                t = default_target(x, i, nominal);
        if (t < 0 && !nominal)
            t = complement_target(x, v);
        if (t < 0 && !nominal && amod_verb(x, v) >= 0)
            t = h;
        if (t >= 0)
            dyad_coder_actors_of(x, t, &tgt);
    }
    if (!tgt.n) {
        /* no object: the first noun phrase after the verb, which for "allowed that Mordor
         * isn't ..." or "believes Dagolath can cope" is the complement's subject */
        int32_t cc = kid(x, v, "ccomp");
        int32_t cs = cc >= 0 ? kid(x, cc, "nsubj") : -1;
        if (cc >= 0 && cs < 0)
            cs = kid(x, cc, "nsubj:pass"); /* "hopes that X could be drawn into" */
        if (cs > v)
            dyad_coder_actors_of(x, cs, &tgt);
        if (cs > v && src.n == 1 &&
            (!tgt.n || (tgt.n == 1 && strcmp(tgt.v[0].a.code, src.v[0].a.code) == 0))) {
            /* "X began to question whether he has a future with Y": the complement's subject
             * is the source again (or no actor); the complement's own target is the one */
            tgt.n = 0;
            int32_t t = default_target(x, cc, false);
            if (t >= 0)
                dyad_coder_actors_of(x, t, &tgt);
        }
    }
    if (!tgt.n && passive && h >= 0 && strcmp(rel_of(x, v), "acl") == 0)
        dyad_coder_actors_of(x, h, &tgt); /* "soldiers attacked by rebels" */
    if (src.n >= 2 && !tgt.n) {
        /* "A and B agree that ...": a compound subject without a target acts on itself */
        note = join_note(x, note, "reciprocal");
        for (int i = 0; i < src.n; i++)
            for (int j = 0; j < src.n; j++) {
                if (i == j)
                    continue;
                dyad_coder_actors a1 = {.n = 1}, a2 = {.n = 1};
                a1.v[0] = src.v[i];
                a2.v[0] = src.v[j];
                int rc = emit_all(x, &a1, &a2, hit, vb, v, note, out, err);
                if (rc != DYAD_OK)
                    return rc;
            }
        return DYAD_OK;
    }
    if (!x->c->opt.require_dyad && src.n == 1 && tgt.n == 1 &&
        strcmp(src.v[0].a.code, tgt.v[0].a.code) == 0)
        tgt.n = 0; /* "crowds burned down its embassy": "its" is no other actor */
    if (src.n && !tgt.n && !x->c->opt.require_dyad && uncoded_object(x, v)) {
        /* require_dyad off: an object without an actor still gives the event, target "---" */
        dyad_coder_actor *none = &tgt.v[tgt.n++];
        memset(none, 0, sizeof *none);
        none->head = none->via = -1;
        none->own_agent = none->a.agent = none->a.text = none->a.entry = "";
        none->a.code = none->a.root = "---";
        note = join_note(x, note, "no target");
    }
    if (!src.n || !tgt.n)
        return DYAD_OK;
    return emit_all(x, &src, &tgt, hit, vb, v, note, out, err);
}
