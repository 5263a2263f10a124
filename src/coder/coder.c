/* coder.c — the event coder's driver: sentences, discards, issues, dedup, CAMEO fields. */
#include "coder/coder_internal.h"

#include <string.h>

#include "base/alloc.h"
#include "base/hash.h"
#include "coder/cameo.h"

int dyad_coder_is(const char *a, const char *b)
{
    for (; *a && *b; a++, b++) {
        char ca = *a, cb = *b;
        if (ca >= 'a' && ca <= 'z')
            ca = (char)(ca - 32);
        if (cb >= 'a' && cb <= 'z')
            cb = (char)(cb - 32);
        if (ca != cb)
            return 0;
    }
    return *a == *b;
}

bool dyad_coder_is_any(const char *w, const char *const *list, size_t n)
{
    /* the first letters first: most words differ there, and this runs for every word */
    char w0 = (char)(*w >= 'a' && *w <= 'z' ? *w - 32 : *w);
    for (size_t i = 0; i < n; i++) {
        char l0 = list[i][0];
        if (l0 >= 'a' && l0 <= 'z')
            l0 = (char)(l0 - 32);
        if (l0 == w0 && dyad_coder_is(w, list[i]))
            return true;
    }
    return false;
}

int dyad_coder_has_dep(const char *deprel, const char *want)
{
    if (!deprel)
        return 0;
    size_t n = strlen(want);
    return strncmp(deprel, want, n) == 0 && (deprel[n] == 0 || deprel[n] == ':');
}

int32_t dyad_coder_kid(const dyad_coder_sent *x, int32_t v, const char *rel)
{
    for (const int32_t *k = x->kids[v]; *k >= 0; k++)
        if (strcmp(dyad_coder_rel(x, *k), rel) == 0)
            return *k;
    return -1;
}

const char *dyad_coder_prep(const dyad_coder_sent *x, int32_t n)
{
    for (const int32_t *k = x->kids[n]; *k >= 0; k++)
        if (strcmp(dyad_coder_rel(x, *k), "case") == 0)
            return x->lemma[*k];
    return "";
}

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

void dyad_coder_free(dyad_coder *c)
{
    dyad_free(c);
}

/* Goldstein value, quad class and PLOVER category by CAMEO root ("01".."20"): the root-level
 * values of the CAMEO manual and the root rows of CAMEO_to_PLOVER.txt. */
static const struct {
    double goldstein;
    int quad;
    const char *plover;
} root_info[21] = {
    {0, 0, ""},
    {0.0, 1, ""},
    {3.0, 1, ""},
    {4.0, 1, "AGREE"},
    {1.0, 1, "CONSULT"},
    {3.5, 1, "SUPPORT"},
    {6.0, 2, "COOPERATE"},
    {7.0, 2, "AID"},
    {5.0, 2, "CONCEDE"},
    {-2.0, 3, "ACCUSE"},
    {-5.0, 3, "REQUEST"},
    {-2.0, 3, "ACCUSE"},
    {-4.0, 3, "REJECT"},
    {-6.0, 3, "THREATEN"},
    {-6.5, 4, "PROTEST"},
    {-7.2, 4, "MOBILIZE"},
    {-4.0, 4, "SANCTION"},
    {-7.0, 4, "COERCE"},
    {-9.0, 4, "ASSAULT"},
    {-10.0, 4, "ASSAULT"},
    {-10.0, 4, "ASSAULT"},
};

static bool same_event(const dyad_event *e, const char *src, const char *tgt, const char *code,
                       int32_t si)
{
    return e->sent == si && strcmp(e->source.code, src) == 0 && strcmp(e->target.code, tgt) == 0 &&
           strcmp(e->code, code) == 0;
}

/* The issue codes the words of x's sentence name, comma-separated ("" when none). */
static const char *issues_of(dyad_coder_sent *x)
{
    const dyad_coder_lex *l = &x->c->lex;
    if (!l->issue)
        return "";
    dyad_strbuf sb = DYAD_STRBUF_INIT;
    for (int32_t i = 0; i < x->s->n; i++) {
        const char *code = NULL;
        int len = l->issue(l->ctx, x->form + i, x->s->n - i, &code);
        if (len > 0 && !code) { /* a negation ("~phrase"): these words carry no issue */
            i += len - 1;
            continue;
        }
        if (len > 0 && code) {
            size_t cl = strlen(code);
            const char *p = sb.data ? strstr(sb.data, code) : NULL;
            bool dup = p && (p == sb.data || p[-1] == ',') && (p[cl] == 0 || p[cl] == ',');
            if (!dup) {
                if (sb.len)
                    dyad_sb_putc(&sb, ',');
                dyad_sb_puts(&sb, code);
            }
            i += len - 1;
        }
    }
    const char *r = sb.len ? dyad_arena_strdup(&x->doc->arena, sb.data) : "";
    dyad_sb_free(&sb);
    return r ? r : "";
}

/* A statement (01x), or talks (040, 041), whose other side is the media: journalists are no
 * political addressee (docs/CODEBOOK.md §4: "told the BBC" is not an event). */
static bool to_the_press(const char *code, const dyad_coder_actor *tgt)
{
    const char *agent = tgt->a.agent ? tgt->a.agent : "";
    bool talk = strncmp(code, "01", 2) == 0 || strcmp(code, "040") == 0 || strcmp(code, "041") == 0;
    return talk && strcmp(agent, "MED") == 0;
}

bool dyad_coder_actor_only(const char *code)
{
    return code && (strncmp(code, "14", 2) == 0 || strncmp(code, "15", 2) == 0);
}

int dyad_coder_emit(dyad_coder_sent *x, const dyad_coder_actor *src, const dyad_coder_actor *tgt,
                    const char *code, int32_t v, const char *pattern, const char *note,
                    dyad_event_list *out, dyad_err *err)
{
    if (!code || !*code || code[0] == '-' || !src->a.code[0])
        return DYAD_OK;
    if (!tgt->a.code[0] && (x->c->opt.dyads_only || !dyad_coder_actor_only(code)))
        return DYAD_OK; /* a target is needed, but for the one-sided acts */
    dyad_coder_actor s2, t2; /* "Police detained ..." in a story about China: CHNCOP */
    bool s_story = dyad_coder_story_actor(x, src, tgt, &s2);
    bool t_story = dyad_coder_story_actor(x, tgt, src, &t2);
    if (s_story)
        src = &s2;
    if (t_story)
        tgt = &t2;
    if (strcmp(src->a.code, tgt->a.code) == 0)
        return DYAD_OK; /* no self-events */
    if (to_the_press(code, tgt))
        return DYAD_OK; /* "told reporters", "speaking to NBC": no political addressee */
    for (int32_t i = 0; i < out->n; i++)
        if (same_event(&out->ev[i], src->a.code, tgt->a.code, code, x->si))
            return DYAD_OK;
    if (out->n == out->cap) {
        int32_t cap = out->cap ? out->cap * 2 : 8;
        dyad_event *ev = dyad_arena_alloc(&x->doc->arena, (size_t)cap * sizeof *ev);
        if (!ev)
            return dyad_err_set(err, DYAD_ENOMEM, "out of memory");
        if (out->n)
            memcpy(ev, out->ev, (size_t)out->n * sizeof *ev);
        out->ev = ev;
        out->cap = cap;
    }
    dyad_event *e = &out->ev[out->n];
    memset(e, 0, sizeof *e);
    e->sent = x->si;
    e->source = src->a;
    e->target = tgt->a;
    e->code = code;
    char root[3] = {code[0], code[1] ? code[1] : 0, 0};
    e->root = dyad_arena_strdup(&x->doc->arena, root);
    int r = (code[0] - '0') * 10 + (code[1] - '0');
    if (r < 0 || r > 20)
        r = 0;
    e->goldstein = root_info[r].goldstein;
    e->quad = root_info[r].quad;
    e->plover = root_info[r].plover;
    if (x->c->cameo) /* the table's values for the full code, where it has them */
        dyad_cameo_fill_event(x->c->cameo, e);
    const dyad_token *t = &x->s->tok[v];
    e->verb = dyad_arena_strndup(&x->doc->arena, x->doc->text + t->start, t->end - t->start);
    e->verb_start = t->start;
    e->verb_end = t->end;
    e->pattern = pattern ? pattern : "";
    if (!x->issues)
        x->issues = issues_of(x);
    e->issues = x->issues;
    e->note = note ? note : "";
    if (s_story || t_story) {
        const char *add = s_story && t_story ? "story country"
                          : s_story          ? "source country from story"
                                             : "target country from story";
        size_t ln = strlen(e->note), la = strlen(add);
        char *nn = dyad_arena_alloc(&x->doc->arena, ln + la + 2);
        if (!nn)
            return dyad_err_set(err, DYAD_ENOMEM, "out of memory");
        memcpy(nn, e->note, ln);
        nn[ln] = ln ? ',' : 0;
        memcpy(nn + (ln ? ln + 1 : 0), add, la + 1);
        e->note = nn;
    }
    if (!e->root || !e->verb)
        return dyad_err_set(err, DYAD_ENOMEM, "out of memory");
    out->n++;
    return DYAD_OK;
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
        if (take) {
            dyad_coder_actor *k = dyad_arena_alloc(&x->doc->arena, sizeof *k);
            if (!k)
                return dyad_err_set(err, DYAD_ENOMEM, "out of memory");
            *k = *a;
            k->head = -1;
            *keep = k;
            return DYAD_OK;
        }
    }
    return DYAD_OK;
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
    dyad_coder_actor *k = dyad_arena_alloc(&x->doc->arena, sizeof *k);
    if (!k)
        return dyad_err_set(err, DYAD_ENOMEM, "out of memory");
    *k = x->actor[f];
    k->head = -1;
    *keep = k;
    return DYAD_OK;
}

int dyad_coder_code(const dyad_coder *c, dyad_doc *doc, dyad_event_list *out, bool *discarded,
                    dyad_err *err)
{
    *discarded = false;
    int32_t date = parse_date(doc->date);
    int32_t first_doc = out->n;
    uint64_t *seen = doc->nsent ? dyad_arena_alloc(&doc->arena, (size_t)doc->nsent * 8) : NULL;
    int32_t nseen = 0;
    const dyad_coder_actor *prev = NULL, *prev_person = NULL, *prev_thing = NULL;
    const dyad_coder_actor *prev_he = NULL;
    bool it_stop = false;
    dyad_coder_story story = {false, NULL};
    for (int32_t si = 0; si < doc->nsent; si++) {
        const dyad_sentence *s = &doc->sent[si];
        if (s->n == 0)
            continue;
        uint64_t h = norm_hash(s);
        bool repeated = false;
        for (int32_t k = 0; k < nseen; k++)
            repeated |= seen[k] == h;
        if (repeated)
            continue; /* a repeated sentence yields its events once */
        if (seen)
            seen[nseen++] = h;
        dyad_coder_sent x = {.c = c,
                             .doc = doc,
                             .s = s,
                             .si = si,
                             .date = date,
                             .prev = prev,
                             .prev_person = prev_person,
                             .prev_he = prev_he,
                             .prev_thing = prev_thing,
                             .it_stop = it_stop,
                             .story = &story};
        int rc = prepare(&x, err);
        if (rc != DYAD_OK)
            return rc;
        int d = discard_check(&x);
        if (d == 2) {
            out->n = first_doc;
            *discarded = true;
            return DYAD_OK;
        }
        if (d == 1)
            continue;
        /* every phrase head in word order, so pronouns find the nearest earlier actor */
        for (int32_t i = 0; i < s->n; i++) {
            int u = s->tok[i].upos;
            if ((u == DYAD_UPOS_PROPN || u == DYAD_UPOS_NOUN || u == DYAD_UPOS_PRON) &&
                !dyad_coder_has_dep(s->tok[i].deprel, "compound") &&
                !dyad_coder_has_dep(s->tok[i].deprel, "flat"))
                dyad_coder_actor_of(&x, i);
        }
        int32_t first = out->n;
        for (int32_t i = 0; i < s->n; i++)
            if (is_pred(&s->tok[i]) &&
                (rc = dyad_coder_code_word(&x, i, false, out, err)) != DYAD_OK)
                return rc;
        if (out->n == first) /* nominal events only where no verb coded anything */
            for (int32_t i = 0; i < s->n; i++)
                if ((s->tok[i].upos == DYAD_UPOS_NOUN) &&
                    (rc = dyad_coder_code_word(&x, i, true, out, err)) != DYAD_OK)
                    return rc;
        drop_statements(out, first);
        /* remember the last named actors for pronouns in later sentences */
        rc = remember(&x, &prev, 0, err);
        if (rc == DYAD_OK)
            rc = remember(&x, &prev_person, DYAD_CODER_PERSON, err);
        if (rc == DYAD_OK)
            rc = remember_person(&x, &prev_he, err);
        if (rc == DYAD_OK)
            rc = remember(&x, &prev_thing, DYAD_CODER_THING, err);
        if (rc != DYAD_OK)
            return rc;
        int stop = dyad_coder_it_stop(&x);
        if (stop >= 0)
            it_stop = stop == 1;
    }
    return DYAD_OK;
}
