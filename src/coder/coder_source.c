/* coder_source.c — the source of a predicate: its frame's agent. src/frames resolves subjects,
 * passive by-agents, relative pronouns, control, raising and conjoined predicates; the coder
 * only chooses among several subjects by what they name, and tolerates the parser slips frames
 * cannot read as grammar (coder_subject.c). */
#include "coder/coder_internal.h"

#include <string.h>

/* s, a subject before v, is cut off from it by a semicolon ("arrest warrants for 36 people,
 * including Trump; seeks Interpol's aid": a headline's second clause, the parser taking the
 * last name before ';' as its subject). */
static bool semicolon_between(const dyad_coder_sent *x, int32_t s, int32_t v)
{
    for (int32_t i = s + 1; i < v; i++)
        if (strcmp(x->form[i], ";") == 0)
            return true;
    return false;
}

/* The asker of "urged allies to restrict X" is not the source of restrict, and what is asked
 * has not happened: an agent that is the object of an asking verb above v is no source. */
static bool asked(const dyad_coder_sent *x, const dyad_frames *f, const dyad_frame *fr,
                  const dyad_farg *a)
{
    static const char *const asking[] = {"ask",     "urge",   "encourage", "call",    "invite",
                                         "press",   "request", "advise",   "beg",     "implore",
                                         "persuade", "pressure", "push",    "tell",    "appeal"};
    if (a->via != DYAD_VIA_CONTROL && a->via != DYAD_VIA_RAISED)
        return false;
    const dyad_frame *g = fr->gov >= 0 ? &f->frame[fr->gov] : NULL;
    if (!g || g->pred != fr->head || !dyad_coder_is_any(x->lemma[g->pred], asking,
                                                        DYAD_ARRAY_LEN(asking)))
        return false;
    return dyad_coder_has_dep(a->rel, "obj") || dyad_coder_has_dep(a->rel, "iobj") ||
           dyad_coder_has_dep(a->rel, "obl");
}

/* Old paths kept where frames read a tree right but the parse is often wrong, and the coder
 * codes false events from it (dev news): the noun a present participle modifies is not taken
 * as its agent, nor passed on from it ("addressed reporters in New York, calling for X": the
 * parser hangs a sentence-final participle from the nearest noun); the subject of a passive
 * is not passed to an adverbial clause under it ("X was questioned while speaking to ..."). */
static bool kept_old(const dyad_coder_sent *x, const dyad_frames *f, const dyad_frame *fr,
                     const dyad_farg *a)
{
    if (a->via == DYAD_VIA_CONTROL && strcmp(fr->rel, "advcl") == 0 && fr->gov >= 0 &&
        f->frame[fr->gov].passive && f->frame[fr->gov].pred == fr->head)
        return true;
    for (int guard = 0; fr && guard < 16; guard++) {
        if (strcmp(fr->rel, "acl") == 0 && fr->head == a->word &&
            x->s->tok[fr->pred].xpos && strcmp(x->s->tok[fr->pred].xpos, "VBG") == 0)
            return true;
        fr = fr->gov >= 0 ? &f->frame[fr->gov] : NULL;
    }
    return false;
}

/* The note of a shared agent: how it came to the predicate. */
static const char *via_note(const dyad_frames *f, const dyad_frame *fr, const dyad_farg *a)
{
    switch (a->via) {
    case DYAD_VIA_RELCL: return "relative";
    case DYAD_VIA_CONJ: return "coordinated";
    case DYAD_VIA_CONTROL: return strcmp(fr->rel, "xcomp") == 0 ? "control" : "";
    case DYAD_VIA_RAISED: return fr->gov >= 0 && f->frame[fr->gov].passive ? "raising" : "control";
    default: return "";
    }
}

/* The one an agent with no country of its own acts for: "on behalf of X" on predicate v or on
 * its object (where parsers often hang it: "signed the agreement | on behalf of Kenya"), when
 * X is an actor (its country may come from the story: "the Senate") and the agent at word s
 * (-1: none) names no country's actor ("a lawyer
 * filed suit on behalf of the Senate", "the spokesman apologised on behalf of the
 * government"); -1 otherwise ("the UN appealed on behalf of refugees" is the UN's). */
static int32_t principal(dyad_coder_sent *x, int32_t v, int32_t s)
{
    const char *sc = s >= 0 ? dyad_coder_actor_of(x, s)->a.code : "";
    if (sc[0] && strncmp(sc, "---", 3) != 0)
        return -1;
    int32_t o = dyad_coder_kid(x, v, "obj");
    for (int32_t b = v + 1; b < x->s->n; b++) {
        int32_t h = dyad_coder_head(x, b);
        if (!dyad_coder_is(x->lemma[b], "behalf") || !dyad_coder_is(dyad_coder_prep(x, b), "on") ||
            (h != v && (h != o || o < 0)))
            continue;
        for (const int32_t *k = x->kids[b]; *k >= 0; k++) {
            if (!dyad_coder_is(dyad_coder_prep(x, *k), "of"))
                continue;
            const char *pc = dyad_coder_actor_of(x, *k)->a.code;
            return pc[0] && strcmp(pc, "---") != 0 && pc[0] != '"' ? *k : -1;
        }
    }
    return -1;
}

int32_t dyad_coder_source_of(dyad_coder_sent *x, int32_t v, const char **note, bool *passive,
                             int depth)
{
    const dyad_frames *f = dyad_coder_frames(x);
    const dyad_frame *fr = f ? dyad_frames_of_word(f, v) : NULL;
    if (!fr)
        return -1;
    /* the predicate's own subjects: two are a parser slip, so the one nearest the verb that
     * names an actor */
    int32_t s = -1;
    bool named = false;
    for (int32_t i = 0; i < fr->narg; i++) {
        const dyad_farg *a = &fr->arg[i];
        if (a->role != DYAD_ROLE_AGENT || !a->subject || a->via != DYAD_VIA_DIRECT ||
            dyad_coder_has_dep(a->rel, "csubj") || semicolon_between(x, a->word, v))
            continue;
        bool has = dyad_coder_actor_of(x, a->word)->a.code[0] != 0;
        if (s < 0 || has || !named) {
            s = a->word;
            named = has;
        }
    }
    int32_t actor_for = principal(x, v, s);
    if (actor_for >= 0) {
        *note = "on behalf of";
        return actor_for;
    }
    if (s >= 0) {
        int32_t vs = named ? -1 : dyad_coder_slip_source(x, v, note);
        /* "Gollum centre of a row between Radagast the Brown called for X": a subject naming
         * no actor in a clause the parser hung from a verbless root */
        return vs >= 0 && strcmp(dyad_coder_rel(x, v), "acl:relcl") == 0 ? vs : s;
    }
    /* a passive's by-agent */
    for (int32_t i = 0; i < fr->narg; i++)
        if (fr->arg[i].role == DYAD_ROLE_AGENT && fr->arg[i].via == DYAD_VIA_DIRECT &&
            !fr->arg[i].subject) {
            *passive = true;
            return fr->arg[i].word;
        }
    if (dyad_coder_kid(x, v, "nsubj:pass") >= 0)
        return -1;
    /* a subject shared by control, raising, a conjoined predicate or a relative clause */
    const dyad_farg *a = NULL;
    for (int32_t i = 0; i < fr->narg && !a; i++)
        if (fr->arg[i].role == DYAD_ROLE_AGENT && fr->arg[i].via != DYAD_VIA_DIRECT &&
            fr->arg[i].via != DYAD_VIA_APPOS)
            a = &fr->arg[i];
    if (a) {
        if (asked(x, f, fr, a) || kept_old(x, f, fr, a))
            return dyad_coder_slip_source(x, v, note);
        if (!**note)
            *note = via_note(f, fr, a);
        return a->word;
    }
    int32_t slip = dyad_coder_slip_source(x, v, note);
    const char *r = dyad_coder_rel(x, v);
    int32_t h = dyad_coder_head(x, v);
    if (slip >= 0 || depth > 4 || h < 0)
        return slip;
    if (strcmp(r, "ccomp") == 0) {
        /* a reported clause without a subject (a slip): "indicated it should have acted" with
         * "it" the object of indicated; else the reporting verb's source */
        int32_t o = dyad_coder_kid(x, h, "obj");
        if (o > h && o < v)
            return o;
        if (!**note)
            *note = "control";
    } else if (strcmp(r, "xcomp") != 0 &&
               ((strcmp(r, "conj") != 0 && strcmp(r, "advcl") != 0) || fr->passive)) {
        return -1; /* a passive adverbial or conjunct ("when asked, X told"): nobody's act */
    } else if (!**note) {
        *note = strcmp(r, "xcomp") == 0 ? "control" : strcmp(r, "conj") == 0 ? "coordinated" : "";
    }
    /* the governor's source, when frames gave v none: one only a slip gives ("Arnor is about
     * to restore ties and reopen embassies" under a verbless root), or a finite verb tagged as
     * a participle ("Ethiopia indicated it deplored Libya": deplored read as a passive) */
    bool p = false;
    return dyad_coder_source_of(x, h, note, &p, depth + 1);
}

/* "A, B, and C welcomed" parsed with C as a second subject: other nsubj dependents of v that
 * are set off from s by a comma or conjunction add their actors. */
void dyad_coder_more_subjects(dyad_coder_sent *x, int32_t v, int32_t s, dyad_coder_actors *src)
{
    for (const int32_t *k = x->kids[v]; *k >= 0; k++) {
        if (*k == s || strcmp(dyad_coder_rel(x, *k), "nsubj") != 0)
            continue;
        int32_t a = *k < s ? *k : s, b = *k < s ? s : *k;
        bool sep = false;
        for (int32_t i = a + 1; i < b && !sep; i++)
            sep = x->s->tok[i].upos == DYAD_UPOS_CCONJ || strcmp(x->form[i], ",") == 0;
        if (sep)
            dyad_coder_actors_of(x, *k, src);
    }
}
