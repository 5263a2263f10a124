/* coder_praise.c — praise (051) and sympathy (018) of a named actor in quoted or reported
 * speech that no verb of the dictionaries codes with its speaker (docs/CODEBOOK.md §2: an
 * opinion is an event when it praises a named actor, or reassures one, 013/018). The speaker is
 * the one who says the words (coder_quote.c: the agent of a speech verb whose complement or
 * quotation holds them, or the speaker of a quotation opened earlier); the one praised must be
 * a coded actor, and a speaker with no actor codes nothing. The shapes:
 *   thanks or congratulations with no one saying them but the speaker: 'wrote "Thank you
 *     [Kenyatta] for ..."', 'wrote "Congratulations to Kenyatta on ..."' (051);
 *   a person called great: 'told the BBC Kenyatta "was a great man"' (051);
 *   a decision called right: '"I understand Kenyatta made the right decision"' (051);
 *   prayers and being with someone: '"Let us all pray for President Kenyatta"', '"We are
 *     with President Kenyatta in our thoughts and prayers"', '"I am with him and his loved
 *     ones"' (018).
 * Not when negated, supposed or asked ("if he was a great man", "is he a great man?"). */
#include "coder/coder_internal.h"

#include <string.h>
#include <strings.h>

#include "base/strbuf.h"

/* Verbs of thanks and praise whose subject, when they have none ("Thank you X"), is the one
 * who says them. */
static const char *const thanking[] = {"thank", "congratulate", "praise", "applaud",
                                       "salute", "commend", "hail", "laud"};

/* Nouns of thanks or congratulation, said to someone ("Congratulations to X"). */
static const char *const thanks[] = {"congratulations", "thanks", "kudos"};

/* A person praised in the predicate "X was a great man": nouns of a person and adjectives
 * that praise them. */
static const char *const persons[] = {"man",      "woman",  "leader", "friend",  "patriot",
                                      "statesman", "servant", "champion", "person", "public"};
static const char *const praising[] = {"great",       "good",  "wonderful", "remarkable",
                                       "extraordinary", "fine", "decent",    "honest",
                                       "brilliant",   "true",  "dear",      "outstanding"};

/* A choice called right: "made the right decision", "did the right thing". */
static const char *const choices[] = {"decision", "thing", "choice", "call"};
static const char *const right[] = {"right", "correct", "wise", "brave", "courageous"};

/* The one praised or the sympathy is for, and the act's code and evidence. */
typedef struct praise {
    int32_t target; /* the word heading the actor, -1 when none */
    int32_t pred;   /* the word whose negation or condition undoes it */
    const char *code, *how;
} praise;

/* Word w has a dependent with this relation whose lemma is one of list[0..n). */
static bool kid_in(const dyad_coder_sent *x, int32_t w, const char *rel, const char *const *list,
                   size_t n)
{
    for (const int32_t *k = x->kids[w]; *k >= 0; k++)
        if (dyad_coder_has_dep(dyad_coder_rel(x, *k), rel) && dyad_coder_is_any(x->lemma[*k], list, n))
            return true;
    return false;
}

/* The first dependent of w with this relation (or a subtype) and preposition, -1 when none. */
static int32_t phrase(const dyad_coder_sent *x, int32_t w, const char *rel, const char *prep)
{
    for (const int32_t *k = x->kids[w]; *k >= 0; k++)
        if (dyad_coder_has_dep(dyad_coder_rel(x, *k), rel) &&
            dyad_coder_is(dyad_coder_prep(x, *k), prep))
            return *k;
    return -1;
}

/* A subject that is the speaker ("I", "we", "us" of "Let us"): a first-person pronoun. */
static bool first_person(const dyad_coder_sent *x, int32_t s)
{
    static const char *const me[] = {"i", "we", "us"};
    return s >= 0 && x->s->tok[s].upos == DYAD_UPOS_PRON &&
           dyad_coder_is_any(x->form[s], me, DYAD_ARRAY_LEN(me));
}

/* The nominal right after word i, past determiners and brackets ("with the mayor", "to
 * [X]"), as a parse that went astray may not hang it from i; -1 when the next word is none. */
static int32_t nominal_after(const dyad_coder_sent *x, int32_t i)
{
    int32_t t = i + 1;
    while (t < x->s->n && (x->s->tok[t].upos == DYAD_UPOS_DET || dyad_coder_is(x->form[t], "[")))
        t++;
    int u = t < x->s->n ? x->s->tok[t].upos : 0;
    if (u != DYAD_UPOS_PROPN && u != DYAD_UPOS_NOUN && u != DYAD_UPOS_PRON)
        return -1;
    /* a title or first name before the name's head: "President Kenyatta" */
    for (int guard = 0; guard < 4; guard++) {
        const char *r = dyad_coder_rel(x, t);
        int32_t h = dyad_coder_head(x, t);
        if (h <= t || (!dyad_coder_has_dep(r, "compound") && !dyad_coder_has_dep(r, "flat") &&
                       strcmp(r, "nmod:desc") != 0))
            break;
        t = h;
    }
    return t;
}

/* Sets *p for word w when it is one of the shapes above; false when it is none. */
static bool praise_at(const dyad_coder_sent *x, int32_t w, praise *p)
{
    p->target = -1;
    p->pred = w;
    int u = x->s->tok[w].upos;
    const char *l = x->lemma[w];
    if (u == DYAD_UPOS_VERB && dyad_coder_is_any(l, thanking, DYAD_ARRAY_LEN(thanking)) &&
        dyad_coder_is(x->form[w], l) && dyad_coder_kid(x, w, "nsubj") < 0 && dyad_coder_kid(x, w, "nsubj:pass") < 0) {
        /* "Thank you [X] for ...": the one addressed, else the object */
        int32_t o = dyad_coder_kid(x, w, "vocative");
        p->target = o >= 0 ? o : dyad_coder_kid(x, w, "obj");
        p->code = "051", p->how = "thanks with no subject";
        return true;
    }
    if (u == DYAD_UPOS_NOUN && dyad_coder_is_any(x->form[w], thanks, DYAD_ARRAY_LEN(thanks))) {
        p->target = phrase(x, w, "nmod", "to"); /* "Congratulations to X on ..." */
        if (p->target < 0 && w + 1 < x->s->n && dyad_coder_is(x->form[w + 1], "to"))
            p->target = nominal_after(x, w + 1); /* "to [X]", the brackets parsed apart */
        p->code = "051", p->how = "congratulations to";
        return true;
    }
    if (u == DYAD_UPOS_NOUN && dyad_coder_is_any(l, persons, DYAD_ARRAY_LEN(persons)) &&
        dyad_coder_kid(x, w, "cop") >= 0 && kid_in(x, w, "amod", praising, DYAD_ARRAY_LEN(praising))) {
        p->target = dyad_coder_kid(x, w, "nsubj"); /* "X was a great man" */
        p->code = "051", p->how = "called a great person";
        return true;
    }
    if (u == DYAD_UPOS_VERB && (dyad_coder_is(l, "make") || dyad_coder_is(l, "do"))) {
        int32_t o = dyad_coder_kid(x, w, "obj");
        if (o >= 0 && dyad_coder_is_any(x->lemma[o], choices, DYAD_ARRAY_LEN(choices)) &&
            kid_in(x, o, "amod", right, DYAD_ARRAY_LEN(right))) {
            p->target = dyad_coder_kid(x, w, "nsubj"); /* "X made the right decision" */
            p->code = "051", p->how = "a choice called right";
            return true;
        }
    }
    if ((u == DYAD_UPOS_VERB || u == DYAD_UPOS_NOUN) && dyad_coder_is(x->form[w], "pray")) {
        /* "Let us pray for X" (with "pray" read as a verb or a noun) */
        p->target = phrase(x, w, u == DYAD_UPOS_VERB ? "obl" : "nmod", "for");
        int32_t h = dyad_coder_head(x, w);
        if (h >= 0 && dyad_coder_is(x->lemma[h], "let")) {
            p->pred = h; /* "Let us pray": a wish the speaker makes, asserted as "let" is */
            if (p->target < 0)
                p->target = phrase(x, h, "obl", "for"); /* the phrase hung from "let" */
        }
        p->code = "018", p->how = "prayers for";
        return true;
    }
    int32_t h = dyad_coder_head(x, w);
    if (dyad_coder_is(x->form[w], "with") && h >= 0 && dyad_coder_kid(x, h, "cop") >= 0 &&
        first_person(x, dyad_coder_kid(x, h, "nsubj")) && w + 1 < x->s->n) {
        /* "We are with X in our thoughts", "I am with him": the phrase right after "with"
         * (the parser may make its head the predicate or hang it elsewhere) */
        p->target = nominal_after(x, w);
        p->pred = h;
        p->code = "018", p->how = "the speaker is with";
        return true;
    }
    return false;
}

/* The actor at word t: a coded one that is no place (a country named alone is its state),
 * written as a party (a capital standing alone is its government); NULL when none. */
static const dyad_coder_actor *praised(dyad_coder_sent *x, int32_t t, dyad_coder_actor *tmp)
{
    const dyad_coder_actor *a = t >= 0 ? dyad_coder_actor_of(x, t) : NULL;
    int32_t n = t; /* the phrase's last name word: "MSNBC Cummings" parsed flat */
    for (const int32_t *k = t >= 0 ? x->kids[t] : NULL; k && *k >= 0; k++)
        if (dyad_coder_has_dep(dyad_coder_rel(x, *k), "flat") && *k > n)
            n = *k;
    if (a && a->a.agent && strcmp(a->a.agent, "MED") == 0 && n >= 0 &&
        x->s->tok[n].upos == DYAD_UPOS_PROPN && x->story->names_known &&
        dyad_coder_surname_known(&x->story->names, x->form[n])) {
        /* 'told MSNBC Cummings "was ..."': the person of that surname, not the medium the
         * parser joined to the name; none when two people of the story share it */
        const dyad_coder_name *p = dyad_coder_surname(&x->story->names, x->form[n]);
        if (!p || !p->code[0])
            return NULL;
        dyad_coder_coded_actor(x, p->code, t, DYAD_CODER_PERSON, tmp);
        return tmp;
    }
    if (!a || !a->a.code || !a->a.code[0] || (dyad_coder_bare_place(a) && !dyad_coder_country(x, t)))
        return NULL;
    return dyad_coder_as_party(a, tmp);
}

/* The speaker of a quotation of x's sentence that holds word w, when coder_quote.c finds none
 * because the parse hung the quotation loosely ('wrote, "Congratulations to X ..."' with the
 * noun a "list" of the verb): the subject of the sentence's one verb of saying outside every
 * quotation, when it is a coded actor; NULL when none, or several. */
static const dyad_coder_actor *attributed(dyad_coder_sent *x, int32_t w, dyad_coder_actor *tmp)
{
    bool open = x->quote && x->quote->open;
    if (dyad_coder_quote_opened(x->s, open, w) < 0)
        return NULL; /* not in a quotation this sentence opens */
    int32_t said = -1;
    for (int32_t v = 0; v < x->s->n; v++) {
        if (x->s->tok[v].upos != DYAD_UPOS_VERB || dyad_coder_quote_opened(x->s, open, v) != -2 ||
            dyad_frames_say_of(x->lemma[v]) != DYAD_SAY_SAY)
            continue;
        if (said >= 0)
            return NULL; /* two verbs of saying: whose is not clear */
        said = v;
    }
    const char *note = "";
    bool passive = false;
    int32_t s = said >= 0 && !dyad_coder_negated(x, said)
                    ? dyad_coder_source_of(x, said, &note, &passive, 0)
                    : -1;
    if (s < 0 && said > w && !dyad_coder_negated(x, said)) {
        s = dyad_coder_kid(x, said, "obj"); /* '"...", wrote X': the inverted subject parsed
                                              * as the verb's object */
        if (s < said)
            s = -1;
    }
    if (s < 0 || passive)
        return NULL;
    const dyad_coder_actor *a = dyad_coder_as_party(dyad_coder_actor_of(x, s), tmp);
    return a->a.code && a->a.code[0] ? a : NULL;
}

/* The sentence's events from first on hold an event of this root from src to tgt. */
static bool coded_already(const dyad_event_list *out, int32_t first, const char *code,
                          const char *src, const char *tgt)
{
    for (int32_t i = first; i < out->n; i++) {
        const dyad_event *e = &out->ev[i];
        if (strncmp(e->code, code, 2) == 0 && strcmp(e->source.code, src) == 0 &&
            strcmp(e->target.code, tgt) == 0)
            return true;
    }
    return false;
}

int dyad_coder_praise(dyad_coder_sent *x, int32_t first, dyad_event_list *out, dyad_err *err)
{
    for (int32_t w = 0; w < x->s->n; w++) {
        praise p;
        if (!praise_at(x, w, &p))
            continue;
        dyad_coder_actor ttmp, stmp;
        const dyad_coder_actor *tgt = praised(x, p.target, &ttmp);
        if (!tgt || dyad_coder_unasserted(x, p.pred))
            continue;
        bool earlier = false;
        const dyad_coder_actor *src = dyad_coder_quote_speaker(x, w, &stmp, &earlier);
        if (!src || !src->a.code || !src->a.code[0])
            src = attributed(x, w, &stmp);
        if (!src || !src->a.code || !src->a.code[0] ||
            coded_already(out, first, p.code, src->a.code, tgt->a.code))
            continue;
        const char *evidence = p.code[1] == '5' ? "PRAISE: " : "SYMPATHY: ";
        dyad_strbuf sb = DYAD_STRBUF_INIT;
        dyad_sb_printf(&sb, "%s%s = %s (src/coder/coder_praise.c)", evidence, p.how, p.code);
        const char *ev = sb.data ? dyad_arena_strdup(&x->doc->arena, sb.data) : NULL;
        dyad_sb_free(&sb);
        if (!ev)
            return dyad_err_set(err, DYAD_ENOMEM, "out of memory");
        int rc = dyad_coder_emit(x, src, tgt, p.code, w, ev,
                                 earlier ? "praise,quotation opened earlier" : "praise", out, err);
        if (rc != DYAD_OK)
            return rc;
    }
    return DYAD_OK;
}

/* s holds word forms of list[0..n), or their plurals ("leaders"), as its word i. */
static bool has_any(const dyad_sentence *s, const char *const *list, size_t n)
{
    for (int32_t i = 0; i < s->n; i++) {
        const char *f = s->tok[i].form;
        size_t m = f ? strlen(f) : 0;
        if (!m)
            continue;
        if (dyad_coder_is_any(f, list, n))
            return true;
        if (m > 1 && (f[m - 1] == 's' || f[m - 1] == 'S'))
            for (size_t k = 0; k < n; k++)
                if (strlen(list[k]) == m - 1 && strncasecmp(f, list[k], m - 1) == 0)
                    return true;
    }
    return false;
}

bool dyad_coder_praise_words(const dyad_sentence *s)
{
    static const char *const prayer[] = {"pray", "prayed", "praying", "prayers"};
    static const char *const me[] = {"i", "we"};
    static const char *const with[] = {"with"};
    static const char *const marks[] = {"\"", "\u201c", "\u201d", "''", "``"};
    return has_any(s, thanks, DYAD_ARRAY_LEN(thanks)) ||
           has_any(s, thanking, DYAD_ARRAY_LEN(thanking)) ||
           has_any(s, prayer, DYAD_ARRAY_LEN(prayer)) ||
           (has_any(s, praising, DYAD_ARRAY_LEN(praising)) &&
            has_any(s, persons, DYAD_ARRAY_LEN(persons))) ||
           (has_any(s, right, DYAD_ARRAY_LEN(right)) && has_any(s, choices, DYAD_ARRAY_LEN(choices))) ||
           (has_any(s, with, 1) && has_any(s, me, 2) && has_any(s, marks, DYAD_ARRAY_LEN(marks)));
}
