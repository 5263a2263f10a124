/* doc.c — document lifetime and the UPOS name table. */
#include "text/doc.h"

#include <string.h>

static const char *const upos_names[DYAD_UPOS_COUNT] = {
    "_", "ADJ", "ADP", "ADV", "AUX", "CCONJ", "DET", "INTJ", "NOUN", "NUM",
    "PART", "PRON", "PROPN", "PUNCT", "SCONJ", "SYM", "VERB", "X",
};

const char *dyad_upos_name(int upos)
{
    return (upos > 0 && upos < DYAD_UPOS_COUNT) ? upos_names[upos] : "_";
}

int dyad_upos_parse(const char *s, size_t n)
{
    for (int i = 1; i < DYAD_UPOS_COUNT; i++)
        if (strlen(upos_names[i]) == n && memcmp(upos_names[i], s, n) == 0)
            return i;
    return DYAD_UPOS_NONE;
}

void dyad_doc_init(dyad_doc *d)
{
    memset(d, 0, sizeof *d);
    /* 16 KiB blocks: a reset document keeps its newest block for the next one, and the
     * pipeline holds hundreds of documents at once (news-10mb with -j 2: peak 137 MiB with
     * 64 KiB blocks, 116 MiB with these). */
    dyad_arena_init(&d->arena, 16 * 1024);
    d->id = d->date = d->source = d->text = "";
}

void dyad_doc_reset(dyad_doc *d)
{
    dyad_arena a = d->arena;
    const char *file = d->file;
    dyad_arena_reset(&a);
    memset(d, 0, sizeof *d);
    d->arena = a;
    d->file = file;
    d->id = d->date = d->source = d->text = "";
}

void dyad_doc_free(dyad_doc *d)
{
    dyad_arena_free(&d->arena);
    memset(d, 0, sizeof *d);
}

dyad_sentence *dyad_doc_add_sentence(dyad_doc *d)
{
    if (d->nsent == d->sent_cap) {
        int32_t cap = d->sent_cap ? d->sent_cap * 2 : 16;
        dyad_sentence *s = dyad_arena_alloc(&d->arena, sizeof *s * (size_t)cap);
        if (!s)
            return NULL;
        if (d->nsent)
            memcpy(s, d->sent, sizeof *s * (size_t)d->nsent);
        d->sent = s;
        d->sent_cap = cap;
    }
    dyad_sentence *s = &d->sent[d->nsent++];
    memset(s, 0, sizeof *s);
    return s;
}
