/* frames_stance.c — how a frame stands towards others: the attitude of the verb or noun it
 * is the complement of ("refused to release": REFUSE), whether it is itself a speech act, whose
 * words it reports (the content of "said that", "..., officials said", "according to X"), and
 * whether it is a purpose clause. */
#include <stdio.h>
#include <string.h>

#include "frames/frames_internal.h"

/* The attitude of governing word h: its lemma, or its lemma with its particle or the
 * preposition of one of its obliques ("call on", "call for"). */
static int attitude_of_word(dyad_frames *f, int32_t h)
{
    int32_t up = f->head[h];
    if (up >= 0 && dyad_fr_lemma_is(f, h, "short") && dyad_fr_rel_is(f, h, "xcomp")) {
        /* "stopped short of condemning", "fell short of meeting": the verb with "short" */
        char buf[96];
        snprintf(buf, sizeof buf, "%s short", f->lemma[up]);
        return dyad_frames_attitude_of(buf);
    }
    int att = dyad_frames_attitude_of(f->lemma[h]);
    DYAD_FR_KIDS(f, h, k, c) {
        if (att != DYAD_ATT_NONE)
            break;
        int32_t pw;
        const char *p = dyad_fr_rel_is(f, c, "compound") ? f->lemma[c]
                        : dyad_fr_rel_is(f, c, "obl")    ? dyad_fr_prep(f, c, &pw)
                                                         : NULL;
        if (!p || !*p)
            continue;
        char buf[96];
        snprintf(buf, sizeof buf, "%s %s", f->lemma[h], p);
        att = dyad_frames_attitude_of(buf);
    }
    return att;
}

/* A gerund right after a verb that takes one as its object ("avoided criticising",
 * "considered imposing"), which the parser may hang as an adverbial clause. */
static bool gerund_object(dyad_frames *f, const dyad_frame *fr)
{
    int att = attitude_of_word(f, fr->head);
    return fr->pred == fr->head + 1 && dyad_fr_gerund(f, fr->pred) &&
           dyad_fr_kid(f, fr->pred, "mark") < 0 &&
           (att == DYAD_ATT_FAIL || att == DYAD_ATT_CONSIDER);
}

/* Frame fi is an infinitive or clause complementing its head word; a subjectless to-infinitive
 * or object gerund the parser hung as an adverbial clause counts when the head is an attitude
 * verb ("encouraged Zelensky to investigate" with investigate as advcl). */
static bool complement(dyad_frames *f, const dyad_frame *fr)
{
    bool to = dyad_fr_kid_lemma(f, fr->pred, "mark", "to") >= 0;
    return dyad_fr_rel_is(f, fr->pred, "xcomp") || dyad_fr_rel_is(f, fr->pred, "ccomp") ||
           (dyad_fr_rel_is(f, fr->pred, "acl") && strcmp(fr->rel, "acl:relcl") != 0 && to) ||
           (dyad_fr_rel_is(f, fr->pred, "advcl") && !dyad_fr_has_subject(f, fr->pred) &&
            ((to && attitude_of_word(f, fr->head) != DYAD_ATT_NONE) || gerund_object(f, fr) ||
             (dyad_fr_kid_lemma(f, fr->pred, "mark", "of") >= 0 &&
              attitude_of_word(f, fr->head) == DYAD_ATT_FAIL)));
}

static void attitude(dyad_frames *f, dyad_frame *fr)
{
    const dyad_frame *g = dyad_fr_direct_gov(f, fr);
    if (fr->head >= 0 && complement(f, fr)) {
        fr->attitude = (uint8_t)attitude_of_word(f, fr->head);
        if (fr->attitude != DYAD_ATT_NONE) {
            fr->att_word = fr->head;
            fr->att_frame = f->of_word[fr->head];
        }
    } else if (g && dyad_fr_rel_is(f, fr->pred, "conj") && !dyad_fr_has_subject(f, fr->pred)) {
        fr->attitude = g->attitude; /* "pledged to release X and return Y" */
        fr->att_word = g->att_word;
        fr->att_frame = g->att_frame;
    }
}

/* The speech kind of frame fi: a speech or cognition verb with content (a ccomp, a parataxis
 * either way, the clause subject of a passive, "it is alleged that ...", an of-clause of
 * "accuse"), or "say" itself. */
static int say_kind(const dyad_frames *f, int32_t v)
{
    int kind = dyad_fr_lex_say(f->lemma[v]);
    if (kind == DYAD_SAY_NONE)
        return kind;
    if (dyad_fr_lemma_is(f, v, "say") || dyad_fr_rel_is(f, v, "parataxis") ||
        dyad_fr_kid(f, v, "ccomp") >= 0 || dyad_fr_kid(f, v, "parataxis") >= 0 ||
        dyad_fr_kid(f, v, "csubj:pass") >= 0)
        return kind;
    if (kind != DYAD_SAY_SAY && dyad_fr_kid(f, v, "xcomp") >= 0)
        return kind; /* "claimed to have ..." */
    int32_t a = dyad_fr_kid(f, v, "advcl");
    if (kind == DYAD_SAY_ALLEGE && a >= 0 &&
        (dyad_fr_kid_lemma(f, a, "mark", "of") >= 0 || dyad_fr_kid_lemma(f, a, "mark", "for") >= 0))
        return kind;
    return DYAD_SAY_NONE;
}

/* Word v (a predicate, or the word under a speech verb on the path to one) is what a speech
 * act of this kind says: its ccomp or parataxis, the clause subject of its passive, an xcomp
 * of a claim ("denied attacking"), an of / for clause of an accusation. */
static bool content(const dyad_frames *f, int32_t v, int kind)
{
    if (kind == DYAD_SAY_NONE)
        return false;
    if (dyad_fr_rel_is(f, v, "ccomp") || dyad_fr_rel_is(f, v, "parataxis") ||
        (f->s->tok[v].deprel && strcmp(f->s->tok[v].deprel, "csubj:pass") == 0))
        return true;
    if (dyad_fr_rel_is(f, v, "xcomp"))
        return kind != DYAD_SAY_SAY;
    return kind == DYAD_SAY_ALLEGE && dyad_fr_rel_is(f, v, "advcl") &&
           (dyad_fr_kid_lemma(f, v, "mark", "of") >= 0 || dyad_fr_kid_lemma(f, v, "mark", "for") >= 0);
}

/* The word just below fr's governing predicate on the way up from fr's predicate: the
 * predicate itself, or a copular clause between ("said the attack was criminal and that ..."). */
static int32_t below_gov(const dyad_frames *f, const dyad_frame *fr)
{
    int32_t w = fr->pred, top = f->frame[fr->gov].pred;
    for (int32_t steps = 0; f->head[w] >= 0 && f->head[w] != top && steps < f->s->n; steps++)
        w = f->head[w];
    return w;
}

/* fr reports the words of speech frame si. */
static void said_by(dyad_frames *f, dyad_frame *fr, int32_t si)
{
    const dyad_frame *sp = &f->frame[si];
    fr->said_frame = si;
    fr->said_word = sp->pred;
    const dyad_farg *a = dyad_frame_arg(sp, DYAD_ROLE_AGENT, 0);
    fr->speaker = a ? a->word : -1;
}

static void attribution(dyad_frames *f, dyad_frame *fr)
{
    for (int32_t i = 0; i < fr->narg; i++)
        if (strcmp(fr->arg[i].prep, "according to") == 0) {
            fr->said_word = fr->arg[i].prep_word;
            fr->speaker = fr->arg[i].word;
            return;
        }
    if (fr->gov >= 0 && content(f, below_gov(f, fr), f->frame[fr->gov].say)) {
        said_by(f, fr, fr->gov);
        return;
    }
    DYAD_FR_KIDS(f, fr->pred, k, c) /* "Russia attacked Kyiv, officials said." */
    if (dyad_fr_rel_is(f, c, "parataxis") && f->of_word[c] >= 0 && say_kind(f, c) &&
        dyad_fr_kid(f, c, "ccomp") < 0) {
        said_by(f, fr, f->of_word[c]);
        return;
    }
    if (fr->gov >= 0 && !dyad_fr_rel_is(f, fr->pred, "parataxis")) {
        const dyad_frame *up = &f->frame[fr->gov];
        fr->said_frame = up->said_frame;
        fr->said_word = up->said_word;
        fr->speaker = up->speaker;
    }
}

/* "met in Berlin to discuss Iran", "in order to", "so as to"; "went to Geneva to sign". */
static void purpose(dyad_frames *f, dyad_frame *fr)
{
    if (fr->head < 0 || dyad_fr_kid_lemma(f, fr->pred, "mark", "to") < 0)
        return;
    int32_t h = fr->head;
    bool future = dyad_fr_lemma_is(f, h, "go") && dyad_fr_kid(f, h, "aux") >= 0; /* going to */
    if ((dyad_fr_rel_is(f, fr->pred, "advcl") && f->of_word[h] >= 0) || /* not "enough to" */
        (dyad_fr_rel_is(f, fr->pred, "xcomp") && dyad_fr_lex_motion(f->lemma[h]) && !future)) {
        fr->purpose = true;
        fr->purpose_word = dyad_fr_kid(f, fr->pred, "mark");
    }
}

void dyad_fr_stance(dyad_frames *f, int32_t fi)
{
    dyad_frame *fr = &f->frame[fi];
    fr->say = (uint8_t)say_kind(f, fr->pred);
    if (fr->kind != DYAD_FRAME_NOMINAL) {
        attitude(f, fr);
        purpose(f, fr);
    }
    attribution(f, fr);
}
