/* frames_build.c — dyad_frames_build: the tree index, one frame per predicate with its direct
 * arguments, then the sharing and semantic stages over the frames, governors first. */
#include <math.h>
#include <string.h>

#include "frames/frames_internal.h"

int dyad_fr_add_arg(dyad_frames *f, dyad_frame *fr, const dyad_farg *a)
{
    for (int32_t i = 0; i < fr->narg; i++)
        if (fr->arg[i].word == a->word && fr->arg[i].role == a->role)
            return DYAD_OK;
    if (fr->narg == fr->arg_cap) {
        int32_t cap = fr->arg_cap ? fr->arg_cap * 2 : 4;
        dyad_farg *p = dyad_arena_alloc(f->arena, (size_t)cap * sizeof *p);
        if (!p)
            return DYAD_ENOMEM;
        if (fr->narg)
            memcpy(p, fr->arg, (size_t)fr->narg * sizeof *p);
        fr->arg = p;
        fr->arg_cap = cap;
    }
    fr->arg[fr->narg++] = *a;
    return DYAD_OK;
}

dyad_farg dyad_fr_arg(const dyad_frames *f, int32_t w, int role, int via, bool subject)
{
    return (dyad_farg){w, (uint8_t)role, (uint8_t)via, subject, dyad_fr_rel(f, w), "", -1, -1};
}

void dyad_fr_frame_init(const dyad_frames *f, dyad_frame *fr, int32_t w, int kind)
{
    memset(fr, 0, sizeof *fr);
    fr->pred = w;
    fr->kind = (uint8_t)kind;
    fr->passive = kind != DYAD_FRAME_NOMINAL && dyad_fr_passive(f, w);
    fr->gov = dyad_fr_gov(f, w);
    fr->head = f->head[w];
    fr->rel = dyad_fr_rel(f, w);
    fr->pol_word = fr->mod_word = fr->att_word = fr->att_frame = -1;
    fr->said_frame = fr->said_word = fr->speaker = fr->purpose_word = -1;
    fr->factuality = NAN;
}

const dyad_frame *dyad_fr_direct_gov(const dyad_frames *f, const dyad_frame *fr)
{
    return fr->gov >= 0 && f->frame[fr->gov].pred == fr->head ? &f->frame[fr->gov] : NULL;
}

/* Word i heads a frame: a verb, or an auxiliary that is no aux / cop of another word; not
 * one serving as a function word ("according" to, a verb in a fixed expression). */
static int pred_kind(const dyad_frames *f, int32_t i)
{
    static const char *const function[] = {"case", "mark", "fixed", "cc", "det", "punct",
                                            "goeswith", "reparandum", "aux", "cop"};
    int upos = f->s->tok[i].upos;
    if ((upos != DYAD_UPOS_VERB && upos != DYAD_UPOS_AUX) || !f->s->tok[i].deprel)
        return -1;
    for (size_t j = 0; j < DYAD_ARRAY_LEN(function); j++)
        if (dyad_fr_rel_is(f, i, function[j]))
            return -1;
    return upos == DYAD_UPOS_VERB ? DYAD_FRAME_VERB : DYAD_FRAME_AUX;
}

/* "on behalf of X" (UD: behalf is the oblique, X its of-nmod): X with that preposition. */
static void behalf(const dyad_frames *f, dyad_farg *a)
{
    if (strcmp(a->prep, "on") != 0 || !dyad_fr_lemma_is(f, a->word, "behalf"))
        return;
    DYAD_FR_KIDS(f, a->word, k, c)
    if (dyad_fr_rel_is(f, c, "nmod") && dyad_fr_kid_lemma(f, c, "case", "of") >= 0) {
        a->word = c;
        a->rel = dyad_fr_rel(f, c);
        a->prep = "on behalf of";
        return;
    }
}

/* The role a dependent c of predicate fr fills directly, DYAD_ROLE_NONE when none; *subject is
 * set for subjects. Obliques get their preposition in *prep (NULL on out of memory). Event
 * nouns have their own rules (frames_nominal.c). */
static int direct_role(dyad_frames *f, const dyad_frame *fr, int32_t c, bool *subject,
                       const char **prep, int32_t *prep_word)
{
    const char *r = dyad_fr_rel(f, c);
    *subject = false;
    if (fr->kind == DYAD_FRAME_NOMINAL)
        return dyad_fr_nominal_role(f, c, prep, prep_word);
    *prep = "";
    *prep_word = -1;
    if (dyad_fr_rel_is(f, c, "nsubj") || dyad_fr_rel_is(f, c, "csubj")) {
        *subject = true;
        return strstr(r, ":pass") ? DYAD_ROLE_PATIENT : DYAD_ROLE_AGENT;
    }
    if (dyad_fr_rel_is(f, c, "obj"))
        return DYAD_ROLE_PATIENT;
    if (dyad_fr_rel_is(f, c, "iobj"))
        return DYAD_ROLE_RECIPIENT;
    if (dyad_fr_rel_is(f, c, "ccomp") || dyad_fr_rel_is(f, c, "xcomp"))
        return DYAD_ROLE_COMP;
    if (!dyad_fr_rel_is(f, c, "obl") && !dyad_fr_rel_is(f, c, "nmod"))
        return DYAD_ROLE_NONE;
    *prep = dyad_fr_prep(f, c, prep_word);
    if (*prep && (strcmp(r, "obl:agent") == 0 || (fr->passive && strcmp(*prep, "by") == 0)))
        return DYAD_ROLE_AGENT;
    return DYAD_ROLE_OBLIQUE;
}

/* A passive's by-agent the parser hung from an adverb ("was opposed earlier by X", X under
 * earlier): the predicate's AGENT when it has none of its own. */
static int adverb_agent(dyad_frames *f, dyad_frame *fr)
{
    if (dyad_frame_arg(fr, DYAD_ROLE_AGENT, 0))
        return DYAD_OK;
    DYAD_FR_KIDS(f, fr->pred, k, c) {
        if (!dyad_fr_rel_is(f, c, "advmod"))
            continue;
        int32_t g = dyad_fr_kid(f, c, "obl");
        int32_t pw = -1;
        const char *p = g >= 0 ? dyad_fr_prep(f, g, &pw) : "";
        if (!p)
            return DYAD_ENOMEM;
        if (g < 0 || (strcmp(dyad_fr_rel(f, g), "obl:agent") != 0 && strcmp(p, "by") != 0))
            continue;
        dyad_farg a = dyad_fr_arg(f, g, DYAD_ROLE_AGENT, DYAD_VIA_DIRECT, false);
        a.prep = p;
        a.prep_word = pw;
        return dyad_fr_add_arg(f, fr, &a);
    }
    return DYAD_OK;
}

int dyad_fr_direct_args(dyad_frames *f, dyad_frame *fr)
{
    DYAD_FR_KIDS(f, fr->pred, k, c) {
        bool subject;
        const char *prep;
        int32_t pw;
        int role = direct_role(f, fr, c, &subject, &prep, &pw);
        if (!prep)
            return DYAD_ENOMEM;
        if (role == DYAD_ROLE_NONE)
            continue;
        dyad_farg a = dyad_fr_arg(f, c, role, DYAD_VIA_DIRECT, subject);
        a.prep = prep;
        a.prep_word = pw;
        a.frame = f->of_word[c];
        behalf(f, &a);
        if (dyad_fr_add_arg(f, fr, &a) != DYAD_OK)
            return DYAD_ENOMEM;
    }
    return fr->passive ? adverb_agent(f, fr) : DYAD_OK;
}

/* Fills lemma, head and the children index of f from s. */
static int index_tree(dyad_frames *f, const char *const *lemma)
{
    const dyad_sentence *s = f->s;
    int32_t n = s->n;
    f->lemma = dyad_arena_alloc(f->arena, (size_t)(n + 1) * sizeof *f->lemma);
    f->head = dyad_arena_alloc(f->arena, (size_t)(n + 1) * sizeof *f->head);
    f->kid_at = dyad_arena_calloc(f->arena, (size_t)(n + 2) * sizeof *f->kid_at);
    f->kid = dyad_arena_alloc(f->arena, (size_t)(n + 1) * sizeof *f->kid);
    f->of_word = dyad_arena_alloc(f->arena, (size_t)(n + 1) * sizeof *f->of_word);
    f->frame = dyad_arena_alloc(f->arena, (size_t)(n + 1) * sizeof *f->frame);
    if (!f->lemma || !f->head || !f->kid_at || !f->kid || !f->of_word || !f->frame)
        return DYAD_ENOMEM;
    for (int32_t i = 0; i < n; i++) {
        const dyad_token *t = &s->tok[i];
        const char *l = lemma && lemma[i] ? lemma[i] : t->lemma;
        if (!l || !*l || strcmp(l, "_") == 0)
            l = t->form ? t->form : "";
        f->lemma[i] = l;
        int32_t h = t->head;
        f->head[i] = h >= 1 && h <= n && h - 1 != i ? h - 1 : -1;
        f->of_word[i] = -1;
        if (f->head[i] >= 0)
            f->kid_at[f->head[i] + 1]++;
    }
    for (int32_t i = 0; i < n; i++)
        f->kid_at[i + 1] += f->kid_at[i];
    int32_t *fill = f->of_word; /* borrowed as a cursor, reset below */
    for (int32_t i = 0; i < n; i++)
        fill[i] = f->kid_at[i];
    for (int32_t i = 0; i < n; i++)
        if (f->head[i] >= 0)
            f->kid[fill[f->head[i]]++] = i;
    for (int32_t i = 0; i < n; i++)
        fill[i] = -1;
    return DYAD_OK;
}

/* The frame indexes in the order of their predicates' depth (root first), so that every
 * frame's governors come before it. Words on a head cycle count as deepest. */
static int32_t *depth_order(dyad_frames *f)
{
    int32_t n = f->s->n;
    int32_t *depth = dyad_arena_alloc(f->arena, (size_t)(f->n + 1) * sizeof *depth);
    int32_t *count = dyad_arena_calloc(f->arena, (size_t)(n + 2) * sizeof *count);
    int32_t *order = dyad_arena_alloc(f->arena, (size_t)(f->n + 1) * sizeof *order);
    if (!depth || !count || !order)
        return NULL;
    for (int32_t i = 0; i < f->n; i++) {
        int32_t d = 0;
        for (int32_t h = f->head[f->frame[i].pred]; h >= 0 && d < n; h = f->head[h])
            d++;
        depth[i] = d;
        count[d + 1]++;
    }
    for (int32_t d = 0; d <= n; d++)
        count[d + 1] += count[d];
    for (int32_t i = 0; i < f->n; i++)
        order[count[depth[i]]++] = i;
    return order;
}

int dyad_frames_build(const dyad_sentence *s, const char *const *lemma, dyad_arena *a,
                      dyad_frames *out, dyad_err *err)
{
    if (!s || !a || !out || (s->n > 0 && !s->tok))
        return dyad_err_set(err, DYAD_EINVAL, "frames: NULL sentence, arena or output");
    memset(out, 0, sizeof *out);
    out->s = s;
    out->arena = a;
    if (index_tree(out, lemma) != DYAD_OK)
        goto nomem;
    for (int32_t i = 0; i < s->n; i++)
        if (pred_kind(out, i) >= 0)
            out->of_word[i] = out->n++;
    for (int32_t i = 0; i < s->n; i++)
        if (out->of_word[i] >= 0)
            dyad_fr_frame_init(out, &out->frame[out->of_word[i]], i, pred_kind(out, i));
    for (int32_t i = 0; i < out->n; i++)
        if (dyad_fr_direct_args(out, &out->frame[i]) != DYAD_OK)
            goto nomem;
    int32_t *order = depth_order(out);
    if (!order)
        goto nomem;
    for (int32_t i = 0; i < out->n; i++) {
        if (dyad_fr_share(out, order[i]) != DYAD_OK)
            goto nomem;
        dyad_fr_stance(out, order[i]);
        dyad_fr_mood(out, order[i]);
    }
    return DYAD_OK;
nomem:
    out->n = 0;
    return dyad_err_set(err, DYAD_ENOMEM, "frames: out of memory (sentence of %d words)",
                        (int)s->n);
}
