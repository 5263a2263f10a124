/* frames_nominal.c — frames for event nouns, made when the caller asks for one ("Russia's
 * invasion of Ukraine", "talks between Sudan and Chad"): the layer does not know which nouns
 * are events, the coder's dictionaries do. */
#include <string.h>

#include "frames/frames_internal.h"

/* The role of dependent c of an event noun, with its preposition in *prep (NULL on out of
 * memory); DYAD_ROLE_NONE when c is no argument. */
int dyad_fr_nominal_role(dyad_frames *f, int32_t c, const char **prep, int32_t *prep_word)
{
    *prep = "";
    *prep_word = -1;
    if (strcmp(dyad_fr_rel(f, c), "nmod:poss") == 0)
        return DYAD_ROLE_AGENT; /* Russia's invasion */
    if (!dyad_fr_rel_is(f, c, "nmod"))
        return DYAD_ROLE_NONE;
    *prep = dyad_fr_prep(f, c, prep_word);
    if (!*prep || !**prep)
        return DYAD_ROLE_NONE; /* out of memory, or a bare nmod ("President Bush") */
    if (strcmp(*prep, "of") == 0)
        return DYAD_ROLE_PATIENT; /* or the agent of an intransitive noun: the caller decides */
    if (strcmp(*prep, "by") == 0)
        return DYAD_ROLE_AGENT;
    return DYAD_ROLE_OBLIQUE;
}

const dyad_frame *dyad_frames_nominal(dyad_frames *f, int32_t word)
{
    if (!f || !f->s || word < 0 || word >= f->s->n)
        return NULL;
    if (f->of_word[word] >= 0)
        return &f->frame[f->of_word[word]];
    int32_t fi = f->n; /* room: at most one frame per word */
    dyad_frame *fr = &f->frame[fi];
    dyad_fr_frame_init(f, fr, word, DYAD_FRAME_NOMINAL);
    if (dyad_fr_direct_args(f, fr) != DYAD_OK)
        return NULL;
    if (dyad_fr_expand(f, fr, 0) != DYAD_OK)
        return NULL;
    f->of_word[word] = fi;
    f->n++;
    dyad_fr_stance(f, fi);
    return fr;
}
