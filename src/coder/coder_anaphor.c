/* coder_anaphor.c — an act named again by a definite noun. A reaction to it ("Ankara closed
 * the border. Greece criticized the move.", "condemned the decision", "welcomed this step",
 * "The move was condemned by Greece", "The move drew criticism from Greece") is
 * aimed at whoever did the act: the source of the latest event of the act's kind (an attack,
 * an arrest, sanctions; any act for "the move", "the decision") the document coded in this
 * sentence or the two before it, or, for a noun that says what kind of act it names ("the
 * investigation", "the attack", "the allegations"), the latest act of that kind however far
 * back; when that is another actor than the one reacting (another code: a government reacts
 * to its parliament's inquiry). A judgement of the act
 * (coder_verdict.c: "called the stabbing an act of barbarity") finds its doer the same way. A
 * harm reported with "the attack" and no agent ("Six Mexicans were killed in the attack", "The
 * shooting wounded two officers") is that attack's: its attacker is the source of the latest
 * attack the document coded; and a claim of responsibility ("The Taliban have claimed
 * responsibility") is aimed at that attack's victim. The earlier events are the coder's own, so
 * the answer is the same whichever sentences are parsed (an event's sentence is always parsed). */
#include "coder/coder_internal.h"

#include <string.h>

bool dyad_coder_act_noun_word(const char *w)
{
    return dyad_coder_act_noun(w, DYAD_ACT_NOUN_REFER);
}

/* Reactions that are aimed at the doer of what they react to: approval (05x), disapproval
 * (11x), rejection (12x), and a denial (016) of accusations named again. */
static bool reaction(const char *code)
{
    return strncmp(code, "05", 2) == 0 || strncmp(code, "09", 2) == 0 ||
           strncmp(code, "11", 2) == 0 || strncmp(code, "12", 2) == 0 ||
           strncmp(code, "016", 3) == 0; /* "denied the allegations" */
}

bool dyad_coder_definite_act(dyad_coder_sent *x, int32_t o)
{
    static const char *const dets[] = {"the", "this", "that", "these", "those", "such"};
    if (o < 0 || x->s->tok[o].upos != DYAD_UPOS_NOUN || !dyad_coder_act_noun_word(x->form[o]))
        return false;
    int32_t d = dyad_coder_kid(x, o, "det");
    if (d < 0 || !dyad_coder_is_any(x->lemma[d], dets, DYAD_ARRAY_LEN(dets)))
        return false;
    for (const int32_t *k = x->kids[o]; *k >= 0; k++) {
        const char *r = dyad_coder_rel(x, *k);
        if (dyad_coder_is(x->form[*k], "as"))
            continue; /* "attacked the inquiry | as a witch hunt" hung on the noun: the verb's */
        if (strcmp(r, "nmod:poss") == 0 || dyad_coder_has_dep(r, "nmod") ||
            dyad_coder_has_dep(r, "acl") ||
            ((dyad_coder_has_dep(r, "compound") || dyad_coder_has_dep(r, "amod")) &&
             dyad_coder_actor_of(x, *k)->a.code[0]))
            return false; /* "the Turkish move", "the move to close ...": the phrase says more
                             ("the impeachment inquiry", "the recent move" say no more) */
    }
    return true;
}

const dyad_event *dyad_coder_act_named(const dyad_coder_sent *x, int32_t o,
                                       const dyad_event_list *out)
{
    for (int32_t i = out ? out->n - 1 : -1; i >= x->story->first_event && i >= 0; i--) {
        const dyad_event *e = &out->ev[i];
        bool near = e->sent >= x->si - 2;
        if (e->sent > x->si || strncmp(e->code, "01", 2) == 0 ||
            !(near ? dyad_coder_act_noun_fits(x->form[o], e->code)
                   : dyad_coder_act_noun_far(x->form[o], e->code)))
            continue; /* a statement is no act; nor is an act of another kind; and only a
                         noun of the act's own kind names one told of earlier ("the
                         investigation", not "the move") */
        const char *doer = e->source.code;
        if (!doer || !doer[0] || strncmp(doer, "---", 3) == 0)
            return NULL; /* the latest act's doer is not known: no guess further back */
        return e;
    }
    return NULL;
}

/* a's words are the ones that named from in an earlier sentence: evidence and label */
static void named_as(dyad_actor *a, const dyad_actor *from)
{
    a->text = from->text;
    a->entry = from->entry;
    a->start = from->start;
    a->end = from->end;
}

void dyad_coder_act_doer(dyad_coder_sent *x, const dyad_event *e, int32_t o, dyad_coder_actor *a)
{
    dyad_coder_coded_actor(x, e->source.code, o, 0, a);
    named_as(&a->a, &e->source);
}

/* The act noun reaction v is about: the object of the active verb ("criticized the move"),
 * the subject of the passive one ("the move was criticized by X"), or the subject of the verb
 * that receives the reaction noun ("the move drew criticism from X"); -1 when none. */
static int32_t reacted_act(const dyad_coder_sent *x, int32_t v, bool nominal)
{
    if (nominal)
        return dyad_coder_reaction_receiver(x, v);
    int32_t o = dyad_coder_kid(x, v, "obj");
    if (o < 0 && dyad_coder_kid(x, v, "aux:pass") >= 0)
        o = dyad_coder_kid(x, v, "nsubj:pass");
    return o;
}

bool dyad_coder_act_referent(dyad_coder_sent *x, int32_t v, bool nominal, const char *code,
                             const dyad_event_list *out, const dyad_coder_actors *src,
                             dyad_coder_actors *tgt)
{
    if (!reaction(code) || src->n == 0 || tgt->n > 0 || !out)
        return false;
    int32_t o = reacted_act(x, v, nominal);
    const dyad_event *e = dyad_coder_definite_act(x, o) ? dyad_coder_act_named(x, o, out) : NULL;
    if (!e)
        return false;
    for (int32_t s = 0; s < src->n; s++)
        if (strcmp(src->v[s].a.code, e->source.code) == 0)
            return false; /* one's own act: no target */
    dyad_coder_act_doer(x, e, o, &tgt->v[0]);
    tgt->n = 1;
    return true;
}

/* An attack noun ("attack", "shooting", "bombing", ...), definite and naming no doer of its
 * own, at word n. */
static bool definite_attack(dyad_coder_sent *x, int32_t n)
{
    if (n < 0 || x->s->tok[n].upos != DYAD_UPOS_NOUN ||
        !dyad_coder_act_noun(x->form[n], DYAD_ACT_NOUN_HARM))
        return false;
    int32_t d = dyad_coder_kid(x, n, "det");
    if (d < 0 || !(dyad_coder_is(x->lemma[d], "the") || dyad_coder_is(x->lemma[d], "this") ||
                   dyad_coder_is(x->lemma[d], "that")))
        return false;
    return !dyad_coder_actor_of(x, n)->a.code[0];
}

/* v's harm names its cause by a definite attack noun: "were killed in the attack", "died in
 * the attack" (an oblique of the passive or of a verb of dying), "The shooting wounded two
 * officers" (the subject). */
static bool harm_of_attack(dyad_coder_sent *x, int32_t v)
{
    if (dyad_coder_kid(x, v, "nsubj:pass") >= 0 || dyad_coder_dies(x, v))
        for (const int32_t *k = x->kids[v]; *k >= 0; k++)
            if (dyad_coder_has_dep(dyad_coder_rel(x, *k), "obl") &&
                (dyad_coder_is(dyad_coder_prep(x, *k), "in") ||
                 dyad_coder_is(dyad_coder_prep(x, *k), "during") ||
                 dyad_coder_is(dyad_coder_prep(x, *k), "by")) &&
                definite_attack(x, *k))
                return true;
    return !dyad_coder_dies(x, v) && definite_attack(x, dyad_coder_kid(x, v, "nsubj"));
}

static bool attack_code(const char *code)
{
    return code && (strncmp(code, "18", 2) == 0 || strncmp(code, "19", 2) == 0 ||
                    strncmp(code, "20", 2) == 0);
}

/* The latest attack event (18x-20x) out holds of this sentence or an earlier one, or NULL. */
static const dyad_event *latest_attack(const dyad_coder_sent *x, const dyad_event_list *out)
{
    for (int32_t i = out->n - 1; i >= 0; i--)
        if (out->ev[i].sent <= x->si && attack_code(out->ev[i].code))
            return &out->ev[i];
    return NULL;
}

/* The victim of the latest attack, as tgt's one actor: false (tgt untouched) when there is no
 * attack, it was one-sided, or its victim is src's first actor (one's own losses). */
static bool latest_victim(dyad_coder_sent *x, const dyad_event_list *out,
                         const dyad_coder_actors *src, dyad_coder_actors *tgt)
{
    const dyad_event *e = latest_attack(x, out);
    const char *victim = e ? e->target.code : NULL;
    if (!victim || !victim[0] || strcmp(victim, src->v[0].a.code) == 0)
        return false;
    dyad_coder_coded_actor(x, victim, -1, 0, &tgt->v[0]);
    named_as(&tgt->v[0].a, &e->target);
    tgt->n = 1;
    return true;
}

bool dyad_coder_attack_referent(dyad_coder_sent *x, int32_t v, const char *code,
                                const dyad_event_list *out, dyad_coder_actors *tgt,
                                dyad_coder_actors *src, const char **same)
{
    if (!attack_code(code) || src->n > 0 || !out || !harm_of_attack(x, v))
        return false;
    const dyad_event *e = latest_attack(x, out);
    const char *doer = e ? e->source.code : NULL;
    if (!doer || !doer[0] || strncmp(doer, "---", 3) == 0)
        return false; /* no attack, or its attacker is not known */
    if (tgt->n == 0) {
        /* "the attack had killed twelve", "Dozens died in the attack": victims counted, not
         * named, are the attack's own (not "His mother was killed in the attack") */
        const char *victim = e->target.code;
        if (!victim || !victim[0] || strcmp(victim, doer) == 0 || !dyad_coder_victims_counted(x, v))
            return false;
        dyad_coder_coded_actor(x, victim, -1, 0, &tgt->v[0]);
        named_as(&tgt->v[0].a, &e->target);
        tgt->n = 1;
    } else if (strcmp(doer, tgt->v[0].a.code) == 0) {
        return false; /* the attacker is no victim of its own attack */
    }
    dyad_coder_act_doer(x, e, -1, &src->v[0]);
    src->n = 1;
    /* the attack named again is the bombing or air strike it was ("Dozens died in the
     * attack" after a car bombing: 1832) */
    static const char *const weapons[] = {"183", "1831", "1832", "1833", "195"};
    if (dyad_coder_is_any(e->code, weapons, DYAD_ARRAY_LEN(weapons)))
        *same = e->code;
    return true;
}

bool dyad_coder_claim_referent(dyad_coder_sent *x, int32_t v, const char *code,
                               const dyad_event_list *out, const dyad_coder_actors *src,
                               dyad_coder_actors *tgt)
{
    if (!code || strncmp(code, "015", 3) != 0 || src->n == 0 || tgt->n > 0 || !out)
        return false;
    /* responsibility or credit claimed, not any admission ("admitted wanting to ...") */
    int32_t o = v + 1 < x->s->n ? v + 1 : -1;
    if (o < 0 ||
        !(dyad_coder_is(x->lemma[o], "responsibility") || dyad_coder_is(x->lemma[o], "credit")))
        return false;
    return latest_victim(x, out, src, tgt); /* not the claimant's own losses */
}

bool dyad_coder_attack_owned(dyad_coder_sent *x, int32_t v, const char *code,
                             const dyad_event_list *out, const dyad_coder_actors *src,
                             dyad_coder_actors *tgt)
{
    if (!attack_code(code) || src->n == 0 || tgt->n > 0 || !out || !definite_attack(x, v))
        return false;
    return latest_victim(x, out, src, tgt); /* not the doer's own losses */
}
