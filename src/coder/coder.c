/* coder.c — the event coder's driver: a document's sentences in order, each checked for
 * discards, its actors resolved in word order, each predicate coded (coder_clause.c), event
 * nouns where no verb coded, and the actors later sentences may refer back to remembered.
 * The steps of one predicate: coder_stance.c (frames) -> coder_source.c / coder_actor.c
 * (actors) -> coder_pattern.c (patterns) -> coder_event.c (events). */
#include "coder/coder_internal.h"

#include <string.h>

#include "base/alloc.h"
#include "base/hash.h"
#include "coder/cameo.h"

int dyad_coder_new_lex(dyad_coder **out, const dyad_coder_lex *lex, const dyad_cameo *cameo,
                       dyad_err *err)
{
    *out = NULL;
    if (!lex || !lex->actor || !lex->agent || !lex->verb)
        return dyad_err_set(err, DYAD_EINVAL, "coder: actor, agent and verb lookups are required");
    dyad_coder *c = dyad_calloc(1, sizeof *c);
    if (!c)
        return dyad_err_set(err, DYAD_ENOMEM, "out of memory");
    c->lex = *lex;
    c->cameo = cameo;
    c->opt.require_dyad = true;
    *out = c;
    return DYAD_OK;
}

void dyad_coder_set_options(dyad_coder *c, const dyad_coder_options *o)
{
    c->opt = *o;
}

void dyad_coder_set_places(dyad_coder *c, dyad_coder_place_fn fn, const void *ctx)
{
    c->place = fn;
    c->place_ctx = ctx;
}

void dyad_coder_free(dyad_coder *c)
{
    dyad_free(c);
}

static int32_t parse_date(const char *d)
{
    if (!d)
        return 0;
    int32_t v = 0, digits = 0;
    for (; *d && digits < 8; d++)
        if (*d >= '0' && *d <= '9') {
            v = v * 10 + (*d - '0');
            digits++;
        }
    return digits == 8 ? v : 0;
}

/* Lower-cased text with runs of spaces collapsed: repeated sentences compare equal. */
static uint64_t norm_hash(const dyad_sentence *s)
{
    uint64_t h = 1469598103934665603ull;
    for (int32_t i = 0; i < s->n; i++) {
        for (const char *p = s->tok[i].form; p && *p; p++) {
            unsigned char ch = (unsigned char)*p;
            if (ch >= 'A' && ch <= 'Z')
                ch = (unsigned char)(ch + 32);
            h = (h ^ ch) * 1099511628211ull;
        }
        h = (h ^ ' ') * 1099511628211ull;
    }
    return h;
}

static int prepare(dyad_coder_sent *x, dyad_err *err)
{
    const dyad_sentence *s = x->s;
    dyad_arena *a = &x->doc->arena;
    int32_t n = s->n;
    x->form = dyad_arena_alloc(a, (size_t)(n + 1) * sizeof *x->form);
    x->lemma = dyad_arena_alloc(a, (size_t)(n + 1) * sizeof *x->lemma);
    x->kids = dyad_arena_alloc(a, (size_t)(n + 1) * sizeof *x->kids);
    x->done = dyad_arena_calloc(a, (size_t)n + 1);
    x->actor = dyad_arena_calloc(a, (size_t)(n + 1) * sizeof *x->actor);
    int32_t *cnt = dyad_arena_calloc(a, (size_t)(n + 1) * sizeof *cnt);
    if (!x->form || !x->lemma || !x->kids || !x->done || !x->actor || !cnt)
        return dyad_err_set(err, DYAD_ENOMEM, "out of memory");
    for (int32_t i = 0; i < n; i++) {
        x->form[i] = s->tok[i].form ? s->tok[i].form : "";
        x->lemma[i] = s->tok[i].lemma && *s->tok[i].lemma ? s->tok[i].lemma : x->form[i];
        int32_t h = s->tok[i].head;
        if (h >= 1 && h <= n)
            cnt[h - 1]++;
    }
    for (int32_t i = 0; i < n; i++) {
        x->kids[i] = dyad_arena_alloc(a, (size_t)(cnt[i] + 1) * sizeof(int32_t));
        if (!x->kids[i])
            return dyad_err_set(err, DYAD_ENOMEM, "out of memory");
        x->kids[i][0] = -1;
        cnt[i] = 0;
    }
    for (int32_t i = 0; i < n; i++) {
        int32_t h = s->tok[i].head;
        if (h >= 1 && h <= n) {
            x->kids[h - 1][cnt[h - 1]++] = i;
            x->kids[h - 1][cnt[h - 1]] = -1;
        }
    }
    return DYAD_OK;
}

/* Sentence-level discard (returns 1), story-level discard (2) or none (0). */
static int discard_check(const dyad_coder_sent *x)
{
    const dyad_coder_lex *l = &x->c->lex;
    if (!l->discard)
        return 0;
    int found = 0;
    for (int32_t i = 0; i < x->s->n; i++) {
        bool story = false;
        if (l->discard(l->ctx, x->form + i, x->s->n - i, &story) > 0) {
            if (story)
                return 2;
            found = 1;
        }
    }
    return found;
}

/* "X said Y met Z": statements (root 01) stay only when the sentence has nothing else. */
static void drop_statements(dyad_event_list *out, int32_t first)
{
    bool other = false;
    for (int32_t i = first; i < out->n; i++)
        if (strncmp(out->ev[i].code, "01", 2) != 0)
            other = true;
    if (!other)
        return;
    int32_t w = first;
    for (int32_t i = first; i < out->n; i++)
        if (strncmp(out->ev[i].code, "01", 2) != 0)
            out->ev[w++] = out->ev[i];
    out->n = w;
}

static bool is_pred(const dyad_token *t)
{
    return t->upos == DYAD_UPOS_VERB ||
           (t->upos == DYAD_UPOS_AUX && t->deprel && strcmp(t->deprel, "root") == 0);
}

/* *keep gets a copy of actor a for later sentences (its word index cleared). */
static int keep_copy(const dyad_coder_sent *x, const dyad_coder_actor *a,
                     const dyad_coder_actor **keep, dyad_err *err)
{
    dyad_coder_actor *k = dyad_arena_alloc(&x->doc->arena, sizeof *k);
    if (!k)
        return dyad_err_set(err, DYAD_ENOMEM, "out of memory");
    *k = *a;
    k->head = -1;
    *keep = k;
    return DYAD_OK;
}

/* The last actor of the sentence into *keep: with kind 0 the last coded one (short references
 * borrow it); else the last phrase of that kind (see dyad_coder_actor) with a code, "---GOV"
 * included, so that a pronoun in a later sentence stops at "the ministry" as it would in this
 * one. (Phrases without any code are not kept: coder_needs.c leaves sentences holding only
 * such unparsed, and a parse could change them.) */
static int remember(const dyad_coder_sent *x, const dyad_coder_actor **keep, int kind,
                    dyad_err *err)
{
    for (int32_t i = x->s->n - 1; i >= 0; i--) {
        const dyad_coder_actor *a = &x->actor[i];
        if (!x->done[i] || a->head < 0)
            continue;
        if (!a->a.code || !a->a.code[0])
            continue;
        bool take = kind == 0                    ? strncmp(a->a.code, "---", 3) != 0
                    : kind == DYAD_CODER_PERSON ? a->kind == DYAD_CODER_PERSON ||
                                                     a->kind == DYAD_CODER_NAME
                                                : a->kind == DYAD_CODER_THING ||
                                                     a->kind == DYAD_CODER_GROUP;
        if (take)
            return keep_copy(x, a, keep, err);
    }
    return DYAD_OK;
}

/* The group a later "they" stands for (see dyad_coder_group_focus) into *keep; a sentence
 * with another coded subject ends the last one's reign. */
static int remember_group(const dyad_coder_sent *x, const dyad_coder_actor **keep, dyad_err *err)
{
    int32_t f = dyad_coder_group_focus(x);
    if (f < 0) {
        for (int32_t i = 0; i < x->s->n; i++)
            if (x->done[i] && x->actor[i].head >= 0 && x->actor[i].a.code &&
                x->actor[i].a.code[0] && dyad_coder_has_dep(dyad_coder_rel(x, i), "nsubj"))
                *keep = NULL;
        return DYAD_OK;
    }
    return keep_copy(x, &x->actor[f], keep, err);
}

/* The person a later he or she stands for (see dyad_coder_person_focus) into *keep. */
static int remember_person(const dyad_coder_sent *x, const dyad_coder_actor **keep,
                           dyad_err *err)
{
    int32_t f = dyad_coder_person_focus(x);
    if (f < 0)
        return DYAD_OK;
    if (!x->actor[f].a.code[0]) {
        /* "General Qasem Soleimani ... Soleimani's burial": the one named before */
        int32_t same = -1;
        for (int32_t j = 0; j < f; j++)
            if (x->done[j] && x->actor[j].head >= 0 && dyad_coder_same_name(x, f, &x->actor[j]))
                same = j;
        const dyad_coder_actor *earlier = dyad_coder_same_name(x, f, x->prev_he) ? x->prev_he
                                          : dyad_coder_same_name(x, f, x->prev_person)
                                              ? x->prev_person
                                              : NULL;
        if (same >= 0) {
            f = same;
        } else if (earlier) {
            *keep = earlier;
            return DYAD_OK;
        }
    }
    return keep_copy(x, &x->actor[f], keep, err);
}

/* The coded actors a document's short references may name again by a word of theirs: the
 * latest ones, oldest first. */
enum { NAMED_MAX = 16 };

/* Each coded actor of sentence x (not "---" ones) onto the end of ds's named list. */
static int remember_named(const dyad_coder_sent *x, const dyad_coder_actor **named,
                          int32_t *nnamed, dyad_err *err)
{
    for (int32_t i = 0; i < x->s->n; i++) {
        const dyad_coder_actor *a = &x->actor[i];
        if (!x->done[i] || a->head < 0 || !a->a.code || !a->a.code[0] ||
            strncmp(a->a.code, "---", 3) == 0 || a->a.code[0] == '"')
            continue;
        if (*nnamed == NAMED_MAX) {
            memmove(named, named + 1, (NAMED_MAX - 1) * sizeof *named);
            --*nnamed;
        }
        int rc = keep_copy(x, a, &named[*nnamed], err);
        if (rc != DYAD_OK)
            return rc;
        ++*nnamed;
    }
    return DYAD_OK;
}

/* What the coder carries from one sentence of a document to the next. */
typedef struct doc_state {
    int32_t date;                 /* YYYYMMDD or 0 */
    int32_t first_doc;            /* the document's first event in out */
    uint64_t *seen;               /* hashes of the sentences coded so far */
    int32_t nseen;
    const dyad_coder_actor *prev, *prev_person, *prev_thing, *prev_he, *prev_group; /* references */
    const dyad_coder_actor *named[NAMED_MAX];
    int32_t nnamed;
    bool it_stop;
    dyad_coder_story story;
    dyad_coder_quote quote; /* a quotation running over sentences (coder_quote.c) */
} doc_state;

/* Codes sentence si of doc: its actors in word order, each predicate (coder_clause.c), event
 * nouns where no verb coded anything; then remembers what later sentences may refer back to.
 * A story-level discard empties the document's events and sets *discarded. */
static int code_sentence(const dyad_coder *c, dyad_doc *doc, int32_t si, dyad_arena *frames_arena,
                         doc_state *ds, dyad_event_list *out, bool *discarded, dyad_err *err)
{
    const dyad_sentence *s = &doc->sent[si];
    if (s->n == 0)
        return DYAD_OK;
    uint64_t h = norm_hash(s);
    for (int32_t k = 0; k < ds->nseen; k++)
        if (ds->seen[k] == h)
            return DYAD_OK; /* a repeated sentence yields its events once */
    if (ds->seen)
        ds->seen[ds->nseen++] = h;
    dyad_coder_sent x = {.c = c,
                         .doc = doc,
                         .s = s,
                         .si = si,
                         .date = ds->date,
                         .prev = ds->prev,
                         .prev_person = ds->prev_person,
                         .prev_he = ds->prev_he,
                         .prev_thing = ds->prev_thing,
                         .prev_group = ds->prev_group,
                         .named = ds->named,
                         .nnamed = ds->nnamed,
                         .it_stop = ds->it_stop,
                         .story = &ds->story,
                         .quote = &ds->quote,
                         .frames_arena = frames_arena};
    int rc = prepare(&x, err);
    if (rc != DYAD_OK)
        return rc;
    int d = discard_check(&x);
    if (d == 2) {
        out->n = ds->first_doc;
        *discarded = true;
        return DYAD_OK;
    }
    if (d == 1)
        return DYAD_OK;
    /* every phrase head in word order, so pronouns find the nearest earlier actor */
    for (int32_t i = 0; i < s->n; i++) {
        int u = s->tok[i].upos;
        if ((u == DYAD_UPOS_PROPN || u == DYAD_UPOS_NOUN || u == DYAD_UPOS_PRON) &&
            !dyad_coder_has_dep(s->tok[i].deprel, "compound") &&
            !dyad_coder_has_dep(s->tok[i].deprel, "flat"))
            dyad_coder_actor_of(&x, i);
    }
    int32_t first = out->n;
    uint8_t *coded = dyad_arena_alloc(frames_arena, (size_t)s->n + 1);
    if (!coded)
        return dyad_err_set(err, DYAD_ENOMEM, "out of memory");
    memset(coded, 0, (size_t)s->n + 1); /* the verb at word i coded an event */
    for (int32_t i = 0; i < s->n; i++) {
        int32_t before = out->n;
        if (is_pred(&s->tok[i]) && (rc = dyad_coder_code_word(&x, i, false, out, err)) != DYAD_OK)
            return rc;
        coded[i] = out->n > before;
    }
    /* nominal events only where no verb coded anything; but a crowd act named by a noun is
     * the subject of its own verb of happening ("Police shot a protester as demonstrations
     * continued"), and an act a light verb performs that codes nothing itself ("opened an
     * inquiry into X and detained him") is asserted as a verb's would be: events of their own */
    bool verbs_coded = out->n > first;
    for (int32_t i = 0; i < s->n; i++) {
        int32_t lv = -1;
        if (s->tok[i].upos == DYAD_UPOS_NOUN &&
            (!verbs_coded || dyad_coder_crowd_word(x.form[i]) ||
             ((lv = dyad_coder_light_verb(&x, i)) >= 0 && !coded[lv])) &&
            (rc = dyad_coder_code_word(&x, i, true, out, err)) != DYAD_OK)
            return rc;
    }
    /* judgements of a named actor in quoted or reported speech (coder_verdict.c) */
    if ((rc = dyad_coder_verdicts(&x, first, out, err)) != DYAD_OK)
        return rc;
    /* praise and sympathy said of a named actor (coder_praise.c) */
    if ((rc = dyad_coder_praise(&x, first, out, err)) != DYAD_OK)
        return rc;
    drop_statements(out, first);
    dyad_coder_quote_opener(&x, &ds->quote);
    /* remember the last named actors for pronouns in later sentences */
    rc = remember(&x, &ds->prev, 0, err);
    if (rc == DYAD_OK)
        rc = remember(&x, &ds->prev_person, DYAD_CODER_PERSON, err);
    if (rc == DYAD_OK)
        rc = remember_person(&x, &ds->prev_he, err);
    if (rc == DYAD_OK)
        rc = remember(&x, &ds->prev_thing, DYAD_CODER_THING, err);
    if (rc == DYAD_OK)
        rc = remember_group(&x, &ds->prev_group, err);
    if (rc == DYAD_OK)
        rc = remember_named(&x, ds->named, &ds->nnamed, err);
    if (rc != DYAD_OK)
        return rc;
    int stop = dyad_coder_it_stop(&x);
    if (stop >= 0)
        ds->it_stop = stop == 1;
    return DYAD_OK;
}

int dyad_coder_code(const dyad_coder *c, dyad_doc *doc, dyad_event_list *out, bool *discarded,
                    dyad_err *err)
{
    *discarded = false;
    doc_state ds = {.date = parse_date(doc->date),
                    .first_doc = out->n,
                    .story = {.first_event = out->n}};
    ds.seen = doc->nsent ? dyad_arena_alloc(&doc->arena, (size_t)doc->nsent * 8) : NULL;
    dyad_arena frames_arena; /* a sentence's frames: kept while it is coded, then reset */
    dyad_arena_init(&frames_arena, 16384);
    int rc = DYAD_OK;
    for (int32_t si = 0; si < doc->nsent && rc == DYAD_OK && !*discarded; si++) {
        dyad_arena_reset(&frames_arena);
        dyad_coder_quote_start(doc, si, &ds.quote);
        rc = code_sentence(c, doc, si, &frames_arena, &ds, out, discarded, err);
        dyad_coder_quote_end(&doc->sent[si], &ds.quote);
    }
    dyad_arena_free(&frames_arena);
    return rc;
}
