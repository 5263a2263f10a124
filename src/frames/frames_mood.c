/* frames_mood.c — polarity and modality of a frame. Its own words come first (not, never, a
 * "no" subject, without; a modal, if, whether, a final "?"), then what its governor passes
 * down: "refused to release" makes release NEGATIVE, "did not try to meet" negates meet, "is
 * going to attack" makes attack FUTURE, anything under an if-clause is CONDITIONAL. */
#include <string.h>

#include "frames/frames_internal.h"

/* fr is a conjunct sharing its first conjunct's subject, joined by "and" / "or" (not "but"). */
static bool plain_conjunct(const dyad_frames *f, const dyad_frame *fr)
{
    return dyad_fr_rel_is(f, fr->pred, "conj") && !dyad_fr_has_subject(f, fr->pred) &&
           dyad_fr_kid_lemma(f, fr->pred, "cc", "but") < 0 &&
           dyad_fr_kid_lemma(f, fr->pred, "cc", "yet") < 0;
}

/* The word negating fr itself, -1 when none. */
static int32_t own_negation(const dyad_frames *f, const dyad_frame *fr)
{
    DYAD_FR_KIDS(f, fr->pred, k, c) {
        if ((dyad_fr_rel_is(f, c, "advmod") || dyad_fr_rel_is(f, c, "neg")) &&
            (dyad_fr_lex_negator(f->lemma[c]) || dyad_fr_lex_negator(f->s->tok[c].form)))
            return c;
        if (dyad_fr_rel_is(f, c, "mark") && dyad_fr_lemma_is(f, c, "without"))
            return c;
    }
    for (int32_t i = 0; i < fr->narg; i++) { /* "No Chinese leader has visited", "nobody" */
        const dyad_farg *a = &fr->arg[i];
        if (!a->subject || a->via != DYAD_VIA_DIRECT)
            continue;
        if (dyad_fr_lex_neg_pronoun(f->lemma[a->word]))
            return a->word;
        int32_t no = dyad_fr_kid_lemma(f, a->word, "det", "no");
        if (no >= 0)
            return no;
    }
    return -1;
}

static void polarity(const dyad_frames *f, dyad_frame *fr)
{
    int32_t w = own_negation(f, fr);
    if (w < 0) {
        const dyad_frame *g = dyad_fr_direct_gov(f, fr);
        bool refused = (fr->attitude == DYAD_ATT_REFUSE || fr->attitude == DYAD_ATT_FAIL) &&
                       !dyad_fr_rel_is(f, fr->pred, "ccomp") && fr->att_word == fr->head;
        bool gneg = g && g->polarity == DYAD_POL_NEGATIVE &&
                    (dyad_fr_rel_is(f, fr->pred, "xcomp") || plain_conjunct(f, fr));
        if (refused != gneg) /* "did not fail to meet" is positive */
            w = refused ? fr->att_word : g->pol_word;
    }
    fr->polarity = w >= 0 ? DYAD_POL_NEGATIVE : DYAD_POL_POSITIVE;
    fr->pol_word = w;
}

/* The final "?" of the sentence (past closing quotes and brackets), -1 when it has none. */
static int32_t question_mark(const dyad_frames *f)
{
    static const char *const closers[] = {"\"", "'", ")", "\xe2\x80\x9d", "\xe2\x80\x99", "]"};
    for (int32_t i = f->s->n - 1; i >= 0; i--) {
        const char *w = f->s->tok[i].form ? f->s->tok[i].form : "";
        if (strcmp(w, "?") == 0)
            return i;
        bool closer = false;
        for (size_t j = 0; j < DYAD_ARRAY_LEN(closers); j++)
            closer = closer || strcmp(w, closers[j]) == 0;
        if (!closer)
            return -1;
    }
    return -1;
}

/* fr belongs to the main clause: the root, or reached from it through conj and xcomp. */
static bool main_clause(const dyad_frames *f, const dyad_frame *fr)
{
    for (int32_t steps = 0; steps <= f->n; steps++) {
        if (strcmp(fr->rel, "root") == 0)
            return true;
        const dyad_frame *g = dyad_fr_direct_gov(f, fr);
        if (!g || !(dyad_fr_rel_is(f, fr->pred, "conj") || dyad_fr_rel_is(f, fr->pred, "xcomp")))
            return false;
        fr = g;
    }
    return false;
}

/* An if / unless clause hangs under v. */
static bool has_if_clause(const dyad_frames *f, int32_t v)
{
    DYAD_FR_KIDS(f, v, k, c)
    if (dyad_fr_rel_is(f, c, "advcl") && (dyad_fr_kid_lemma(f, c, "mark", "if") >= 0 ||
                                          dyad_fr_kid_lemma(f, c, "mark", "unless") >= 0))
        return true;
    return false;
}

/* Modality from fr's own auxiliary, with its word in *w. */
static int own_modal(const dyad_frames *f, const dyad_frame *fr, int32_t *w)
{
    DYAD_FR_KIDS(f, fr->pred, k, c) {
        if (!dyad_fr_rel_is(f, c, "aux"))
            continue;
        int m = dyad_fr_lex_modal_aux(f->lemma[c]);
        if (m == DYAD_MOD_NONE)
            m = dyad_fr_lex_modal_aux(f->s->tok[c].form);
        if (m == DYAD_MOD_NONE)
            continue;
        *w = c;
        if (m == DYAD_MOD_HYPOTHETICAL && has_if_clause(f, fr->pred))
            m = DYAD_MOD_CONDITIONAL; /* "would attack if ..." */
        return m;
    }
    return DYAD_MOD_NONE;
}

/* Modality an xcomp gets from its governing word: "is going to", "is expected to", "has to". */
static int governed_modal(const dyad_frames *f, const dyad_frame *fr)
{
    int32_t h = fr->head;
    if (h < 0 || !dyad_fr_rel_is(f, fr->pred, "xcomp") ||
        dyad_fr_kid_lemma(f, fr->pred, "mark", "to") < 0) /* "had projects going on" */
        return DYAD_MOD_NONE;
    bool passive_only;
    int m = dyad_fr_lex_modal_gov(f->lemma[h], &passive_only);
    if (m == DYAD_MOD_NONE)
        m = dyad_fr_lex_modal_gov(f->s->tok[h].form, &passive_only);
    if (passive_only && !dyad_fr_passive(f, h))
        return DYAD_MOD_NONE;
    if (dyad_fr_lemma_is(f, h, "go") && dyad_fr_kid(f, h, "aux") < 0)
        return DYAD_MOD_NONE; /* "went to attack": no future */
    const char *xp = f->s->tok[h].xpos ? f->s->tok[h].xpos : "";
    if (m == DYAD_MOD_NECESSARY && dyad_fr_lemma_is(f, h, "have") && strcmp(xp, "VBD") == 0 &&
        dyad_fr_kid(f, h, "aux") < 0)
        return DYAD_MOD_NONE; /* "India had to pull back its forces": it did, in the past */
    return m;
}

static void modality(const dyad_frames *f, dyad_frame *fr)
{
    const dyad_frame *g = dyad_fr_direct_gov(f, fr);
    const dyad_frame *up = fr->gov >= 0 ? &f->frame[fr->gov] : NULL;
    int32_t w = -1, q;
    int m = DYAD_MOD_NONE;
    bool embedded_question = dyad_fr_rel_is(f, fr->pred, "ccomp") ||
                             dyad_fr_rel_is(f, fr->pred, "csubj");
    if ((w = dyad_fr_kid_lemma(f, fr->pred, "mark", "whether")) >= 0 ||
        (embedded_question && (w = dyad_fr_kid_lemma(f, fr->pred, "mark", "if")) >= 0))
        m = DYAD_MOD_QUESTION;
    else if ((w = dyad_fr_kid_lemma(f, fr->pred, "mark", "if")) >= 0 ||
             (w = dyad_fr_kid_lemma(f, fr->pred, "mark", "unless")) >= 0)
        m = DYAD_MOD_CONDITIONAL;
    else if (up && up->modality == DYAD_MOD_CONDITIONAL)
        m = DYAD_MOD_CONDITIONAL, w = up->mod_word;
    else if (main_clause(f, fr) && (q = question_mark(f)) >= 0)
        m = DYAD_MOD_QUESTION, w = q;
    else if ((m = own_modal(f, fr, &w)) != DYAD_MOD_NONE)
        ;
    else if ((m = governed_modal(f, fr)) != DYAD_MOD_NONE)
        w = fr->head;
    else if (g && dyad_fr_rel_is(f, fr->pred, "xcomp") && g->attitude != DYAD_ATT_NONE &&
             g->pred == fr->head && dyad_fr_lex_permission(f->lemma[fr->head]))
        m = DYAD_MOD_POSSIBLE, w = fr->head; /* "agreed to let Ukraine join the EU", "refused
                                                 to allow them to stay": what is let happen
                                                 under an intent or a refusal is no fact; the
                                                 letting is the act */
    else if (g && (dyad_fr_rel_is(f, fr->pred, "xcomp") ||
                   (plain_conjunct(f, fr) && dyad_fr_kid(f, fr->pred, "aux") < 0)))
        m = g->modality, w = g->mod_word; /* "will try to meet", "will meet and discuss" */
    fr->modality = (uint8_t)m;
    fr->mod_word = m == DYAD_MOD_NONE ? -1 : w;
}

void dyad_fr_mood(dyad_frames *f, int32_t fi)
{
    polarity(f, &f->frame[fi]);
    modality(f, &f->frame[fi]);
}
