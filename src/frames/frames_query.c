/* frames_query.c — lookups over built frames: by predicate word, arguments by role,
 * appositions, and the factuality setter for the model that scores frames. */
#include "frames/frames_internal.h"

const dyad_frame *dyad_frames_of_word(const dyad_frames *f, int32_t word)
{
    if (!f || !f->s || word < 0 || word >= f->s->n || f->of_word[word] < 0)
        return NULL;
    return &f->frame[f->of_word[word]];
}

const dyad_farg *dyad_frame_arg(const dyad_frame *fr, dyad_role role, int k)
{
    for (int32_t i = 0; fr && i < fr->narg; i++)
        if (fr->arg[i].role == role && k-- == 0)
            return &fr->arg[i];
    return NULL;
}

int32_t dyad_frames_appos(const dyad_frames *f, int32_t word, int k)
{
    if (!f || !f->s || word < 0 || word >= f->s->n)
        return -1;
    if (dyad_fr_rel_is(f, word, "appos") && f->head[word] >= 0 && k-- == 0)
        return f->head[word];
    DYAD_FR_KIDS(f, word, j, c)
    if (dyad_fr_rel_is(f, c, "appos") && k-- == 0)
        return c;
    return -1;
}

void dyad_frames_set_factuality(dyad_frames *f, int32_t i, float value)
{
    if (f && i >= 0 && i < f->n)
        f->frame[i].factuality = value;
}
