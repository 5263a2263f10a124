/* coder_quote.c — who speaks a quotation, in its own sentence and in the sentences after it
 * while it stays open: 'Opposition leader Raila Odinga said on Monday, "The vote was a farce.
 * The president is behaving like a petty tyrant."' makes Odinga the speaker of the second
 * sentence too. A quotation is carried within its paragraph only (a quotation over several
 * paragraphs opens each one again, and a mark gone astray must not carry a speaker far), and
 * only with a speaker the dictionaries code. A quotation that opens the sentence right after
 * one a speaker closed is that speaker's too ('"The count was a farce," said Odinga. "The
 * president is a tyrant."'). The quotation marks are read from the words alone
 * (dyad_coder_quote_opened, coder_said.c), so every sentence, parsed or not, moves the state
 * on; the speaker is found in the frames (src/frames) of the sentence that names it. */
#include "coder/coder_internal.h"

#include <string.h>

/* The word of fr's first participant with this role, -1 when none. */
static int32_t frame_arg(const dyad_frame *fr, dyad_role role)
{
    const dyad_farg *a = dyad_frame_arg(fr, role, 0);
    return a ? a->word : -1;
}

/* A verb of speech that says, claims or alleges (not "believe", not "report"); with bare,
 * one whose clause holds nothing it says ('told reporters: "...' parsed without content). */
static bool speech(const dyad_coder_sent *x, const dyad_frame *fr, bool bare)
{
    int say = bare && fr->say == DYAD_SAY_NONE ? dyad_frames_say_of(x->lemma[fr->pred]) : fr->say;
    return say == DYAD_SAY_SAY || say == DYAD_SAY_CLAIM || say == DYAD_SAY_ALLEGE;
}

/* How many heads up from w its ancestor c is (0: w is c), -1 when c is none of them. */
static int within(const dyad_coder_sent *x, int32_t w, int32_t c)
{
    for (int up = 0; up < 64 && w >= 0; up++, w = dyad_coder_head(x, w))
        if (w == c)
            return up;
    return -1;
}

/* How near above w an argument of fr with this role is (see within), -1 when none holds w. */
static int holds(const dyad_coder_sent *x, const dyad_frame *fr, dyad_role role, int32_t w)
{
    int best = -1;
    const dyad_farg *a;
    for (int k = 0; (a = dyad_frame_arg(fr, role, k)) != NULL; k++) {
        int d = within(x, w, a->word);
        if (d >= 0 && (best < 0 || d < best))
            best = d;
    }
    return best;
}

/* Word j lies in a phrase of verb v that ends before the quotation mark o ("reporters" in
 * 'told reporters: "'): its heads reach v without passing o. */
static bool own_phrase(const dyad_coder_sent *x, int32_t j, int32_t v, int32_t o)
{
    for (int guard = 0; guard < 64 && j >= 0 && j < o; guard++, j = dyad_coder_head(x, j))
        if (dyad_coder_head(x, j) == v)
            return true;
    return false;
}

/* The coded actor of word a as a party ("Nairobi said": its government), or NULL. */
static const dyad_coder_actor *coded(dyad_coder_sent *x, int32_t a, dyad_coder_actor *tmp)
{
    if (a < 0)
        return NULL;
    const dyad_coder_actor *r = dyad_coder_as_party(dyad_coder_actor_of(x, a), tmp);
    return r->a.code && r->a.code[0] ? r : NULL;
}

/* The speech frame of x's sentence whose content holds word w (its complement clause, the
 * innermost one: "X said Y told the police they are heroes" is Y's), or NULL. */
static const dyad_frame *speech_of_word(dyad_coder_sent *x, int32_t w)
{
    const dyad_frames *f = dyad_coder_frames(x);
    const dyad_frame *best = NULL;
    int near = -1;
    for (int32_t i = 0; f && i < f->n; i++) {
        const dyad_frame *fr = &f->frame[i];
        if (!speech(x, fr, true) || fr->polarity == DYAD_POL_NEGATIVE)
            continue; /* "did not say the minister is a liar" */
        int d = holds(x, fr, DYAD_ROLE_COMP, w);
        /* what a plain verb of saying names as its object: "noted his wisdom" (not what one
         * denies or claims: "denied negligence on the part of X") */
        if (d < 0 && dyad_frames_say_of(x->lemma[fr->pred]) == DYAD_SAY_SAY)
            d = holds(x, fr, DYAD_ROLE_PATIENT, w);
        if (d >= 0 && (near < 0 || d < near)) {
            best = fr;
            near = d;
        }
    }
    return best;
}

/* The speech frame of x's sentence that introduces the quotation opening at mark o: its
 * content lies after o ('said on Monday, "The vote was a farce.'), or the verb comes right
 * before o with nothing parsed under it ('Odinga tweeted: "...', 'told reporters: "...'); NULL. */
static const dyad_frame *speech_before(dyad_coder_sent *x, int32_t o)
{
    const dyad_frames *f = dyad_coder_frames(x);
    for (int32_t i = 0; f && i < f->n; i++) {
        const dyad_frame *fr = &f->frame[i];
        if (!speech(x, fr, true) || fr->polarity == DYAD_POL_NEGATIVE)
            continue;
        if (frame_arg(fr, DYAD_ROLE_COMP) > o)
            return fr;
        bool next = fr->pred < o; /* only the verb's own phrases before the mark */
        for (int32_t j = fr->pred + 1; next && j < o; j++)
            next = x->s->tok[j].upos == DYAD_UPOS_PUNCT || own_phrase(x, j, fr->pred, o);
        if (next)
            return fr;
    }
    return NULL;
}

/* A copy of the coded actor a that outlives the sentence, or NULL (no memory). */
static const dyad_coder_actor *keep(dyad_coder_sent *x, const dyad_coder_actor *a)
{
    dyad_coder_actor *k = dyad_arena_alloc(&x->doc->arena, sizeof *k);
    if (!k)
        return NULL;
    *k = *a;
    k->head = -1;
    return k;
}

void dyad_coder_quote_start(const dyad_doc *doc, int32_t si, dyad_coder_quote *q)
{
    q->opened = q->said = NULL;
    bool paragraph = false; /* the sentence starts a new paragraph */
    uint32_t a = si > 0 ? doc->sent[si - 1].end : 0, b = doc->sent[si].start;
    for (uint32_t i = a; si > 0 && doc->text && i < b && i < doc->text_len && !paragraph; i++)
        paragraph = doc->text[i] == '\n';
    if (paragraph) {
        q->open = false;
        q->speaker = q->last = NULL;
    }
    /* '"A," said X. "B."': a quotation that opens the sentence after one X closed is X's */
    q->resumed = !q->open && dyad_coder_quote_opened(&doc->sent[si], false, 1) == 0 ? q->last
                                                                                : NULL;
}

void dyad_coder_quote_opener(dyad_coder_sent *x, dyad_coder_quote *q)
{
    int32_t n = x->s->n, o = dyad_coder_quote_opened(x->s, q->open, n);
    dyad_coder_actor tmp;
    if (o >= 0) { /* a quotation opens here and stays open */
        const dyad_frame *fr = speech_before(x, o);
        const dyad_coder_actor *a = fr ? coded(x, frame_arg(fr, DYAD_ROLE_AGENT), &tmp) : NULL;
        q->opened = a ? keep(x, a) : NULL;
        return;
    }
    /* every quotation closed: the speaker of one the sentence attributes ('"A," said X.',
     * 'X said, "A."'), which a quotation opening the next sentence continues; a sentence
     * without quotation marks (most) attributes none, and needs no frames */
    bool marks = dyad_coder_quote_opened(x->s, true, n) != -1;
    const dyad_frames *f = marks ? dyad_coder_frames(x) : NULL;
    for (int32_t i = 0; o == -2 && f && i < f->n; i++) {
        const dyad_frame *fr = &f->frame[i];
        int32_t c = frame_arg(fr, DYAD_ROLE_COMP);
        if (!speech(x, fr, false) || fr->polarity == DYAD_POL_NEGATIVE || c < 0 ||
            dyad_coder_quote_opened(x->s, q->open, c) == -2)
            continue;
        const dyad_coder_actor *a = coded(x, frame_arg(fr, DYAD_ROLE_AGENT), &tmp);
        q->said = a ? keep(x, a) : NULL;
        return;
    }
}

void dyad_coder_quote_end(const dyad_sentence *s, dyad_coder_quote *q)
{
    int32_t o = dyad_coder_quote_opened(s, q->open, s->n);
    if (o == -2) {
        /* closed, or none opened: the speaker the next sentence may continue */
        q->open = false;
        q->speaker = NULL;
        q->last = q->said ? q->said : q->resumed;
    } else if (o >= 0) {
        /* opened here: its speaker, when the coder found one */
        q->open = true;
        q->speaker = q->opened ? q->opened : o == 0 ? q->resumed : NULL;
        q->last = NULL;
    } /* else the quotation from before runs on through the sentence, with its speaker */
}

/* Word k's preposition is "according (to)", or "for" opening the sentence and set off by a
 * comma: "For Kenya, the rebel leader is a terrorist" gives Kenya's view, as "according to
 * Kenya" would ("For years, ..." names no one: the phrase must be a coded actor). */
static bool according(const dyad_coder_sent *x, int32_t k)
{
    const char *p = dyad_coder_prep(x, k);
    if (dyad_coder_is(p, "for")) {
        int32_t c = dyad_coder_kid(x, k, "case");
        return c == 0 && k + 1 < x->s->n && strcmp(x->form[k + 1], ",") == 0;
    }
    return dyad_coder_is(p, "according") || dyad_coder_is(p, "accord");
}

/* The word of an "according to X" phrase on w or the nearest word above it that has one
 * ("According to Odinga, the president is corrupt": a copula has no frame that would carry
 * the attribution; on a noun predicate it may be parsed as the noun's nmod), or that the clause holding w hangs from, as a parse may put it ('the
 * police are a disgrace' in apposition to "Odinga"); -1 when none. */
static int32_t according_to(const dyad_coder_sent *x, int32_t w)
{
    static const char *const loose[] = {"appos", "parataxis", "dep"};
    for (int guard = 0; guard < 64 && w >= 0; guard++) {
        for (const int32_t *k = x->kids[w]; *k >= 0; k++)
            if ((dyad_coder_has_dep(dyad_coder_rel(x, *k), "obl") ||
                 dyad_coder_has_dep(dyad_coder_rel(x, *k), "nmod")) && according(x, *k))
                return *k;
        int32_t h = dyad_coder_head(x, w);
        if (h >= 0 && according(x, h) &&
            dyad_coder_is_any(dyad_coder_rel(x, w), loose, DYAD_ARRAY_LEN(loose)))
            return h;
        w = h;
    }
    return -1;
}

const dyad_coder_actor *dyad_coder_quote_speaker(dyad_coder_sent *x, int32_t w,
                                                 dyad_coder_actor *tmp, bool *earlier)
{
    *earlier = false;
    const dyad_frame *fr = speech_of_word(x, w);
    if (fr)
        return coded(x, frame_arg(fr, DYAD_ROLE_AGENT), tmp);
    int32_t a = according_to(x, w);
    if (a >= 0)
        return coded(x, a, tmp);
    /* a sentence inside a quotation an earlier one opened, before any mark of its own */
    if (x->quote && x->quote->open && dyad_coder_quote_opened(x->s, true, w) == -1) {
        *earlier = x->quote->speaker != NULL;
        return x->quote->speaker;
    }
    /* in a quotation that opens the sentence and continues the last one's speaker */
    if (x->quote && x->quote->resumed && dyad_coder_quote_opened(x->s, false, w) == 0) {
        *earlier = true;
        return x->quote->resumed;
    }
    return NULL;
}
