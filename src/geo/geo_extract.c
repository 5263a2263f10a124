/* geo_extract.c — place names in sentences: the longest run of capitalised words (with
 * "de", "and", "of the"... inside) that the gazetteer knows, and how surely it names where
 * something happened: the words before it are read back over articles, compass adjectives
 * and place nouns to a locative preposition ("in the northern province of Helmand", "at the
 * border near Rafah", "the outskirts of Kabul"). A name glued to another capitalised word
 * ("Paris Agreement", "Michael Jordan", "Kabul University"), or to a particle of an Arabic
 * name ("Sabah al-Ahmad", "bin Salman"), is part of another name and no place; nor are months, weekdays and the like (geo_words.c). */
#include "geo/geo_mention.h"

#include "geo/geo_name.h"
#include "geo/geo_words.h"

#include <string.h>

/* Longest place name looked up, in words. */
#define MAX_NAME_WORDS 6
/* Words read back from a name to its preposition. */
#define MAX_LOOKBACK 6

int dyad_geo_mentions_push(dyad_arena *a, dyad_geo_mentions *list, const dyad_geo_mention *m)
{
    if (list->n == list->cap) {
        int32_t cap = list->cap ? list->cap * 2 : 16;
        dyad_geo_mention *nm = dyad_arena_alloc(a, (size_t)cap * sizeof *nm);
        if (!nm)
            return DYAD_ENOMEM;
        if (list->n)
            memcpy(nm, list->m, (size_t)list->n * sizeof *nm);
        list->m = nm;
        list->cap = cap;
    }
    list->m[list->n++] = *m;
    return DYAD_OK;
}

/* True when the word starts with a capital letter (ASCII, Latin-1 or Latin Extended-A). */
static bool capital(const char *w)
{
    const unsigned char *u = (const unsigned char *)w;
    if (u[0] >= 'A' && u[0] <= 'Z')
        return true;
    if (u[0] == 0xC3)
        return u[1] >= 0x80 && u[1] <= 0x9E && u[1] != 0x97;
    if (u[0] == 0xC4 || u[0] == 0xC5) /* U+0100..U+017F: capitals at even code points */
        return ((((unsigned)u[0] & 0x1F) << 6 | (u[1] & 0x3F)) & 1) == 0;
    return false;
}

static size_t wlen(const dyad_token *t) { return strlen(t->form); }

/* The strength of the phrase that ends just before word i: reads back over fillers, place
 * nouns, "of" and capitalised adjectives ("Syrian") to a preposition. */
static uint8_t strength_before(const dyad_sentence *s, int32_t i)
{
    bool of_place = false; /* "of" right after a place noun: "the province of" */
    for (int32_t k = i - 1, steps = 0; k >= 0 && steps < MAX_LOOKBACK; k--, steps++) {
        const dyad_token *t = &s->tok[k];
        size_t n = wlen(t);
        int prep = dyad_geo_locative_prep(t->form, n);
        if (prep && !(k == i - 1 && strcmp(t->form, "on") == 0))
            return prep == 2 ? GEO_LOCATIVE : GEO_TOWARDS;
        if (strcmp(t->form, "of") == 0) {
            if (k > 0 && dyad_geo_place_noun(s->tok[k - 1].form, wlen(&s->tok[k - 1])))
                of_place = true;
            else
                return GEO_BARE;
            continue;
        }
        if (dyad_geo_place_noun(t->form, n) || dyad_geo_filler(t->form, n))
            continue;
        if (capital(t->form) && k < i - 1 && steps < 3) /* "the Syrian city of" */
            continue;
        break;
    }
    return of_place ? GEO_LOCATIVE : GEO_BARE;
}

/* True when words first..last may be a name: capitalised ends, connectors inside. */
static bool name_shape(const dyad_sentence *s, int32_t first, int32_t last)
{
    if (!capital(s->tok[first].form) || !capital(s->tok[last].form))
        return false;
    for (int32_t k = first + 1; k < last; k++)
        if (!capital(s->tok[k].form) && !dyad_geo_connector(s->tok[k].form, wlen(&s->tok[k])))
            return false;
    return true;
}

/* The longest span from word i that the gazetteer knows; *last and *ids and *n set; false when
 * none. */
static bool longest(const dyad_gaz *gaz, const dyad_doc *doc, const dyad_sentence *s, int32_t i,
                    int32_t *last, const uint32_t **ids, uint32_t *n)
{
    int32_t top = i + MAX_NAME_WORDS - 1 < s->n - 1 ? i + MAX_NAME_WORDS - 1 : s->n - 1;
    for (int32_t j = top; j >= i; j--) {
        if (!name_shape(s, i, j))
            continue;
        char key[DYAD_GEO_KEY_MAX];
        uint32_t a = s->tok[i].start, b = s->tok[j].end;
        if (b <= a || b > doc->text_len)
            continue;
        size_t k = dyad_geo_norm(doc->text + a, b - a, key, sizeof key);
        if (k && (*n = dyad_gaz_find(gaz, key, k, ids)) > 0) {
            *last = j;
            return true;
        }
    }
    return false;
}

/* True when the word just before `first` is a capitalised word that makes the name part of a
 * longer one ("Michael Jordan"): not the sentence's first word, not a preposition. */
static bool glued_before(const dyad_sentence *s, int32_t first)
{
    if (first == 0)
        return false;
    const dyad_token *t = &s->tok[first - 1];
    size_t n = wlen(t);
    return capital(t->form) && !dyad_geo_locative_prep(t->form, n) && !dyad_geo_filler(t->form, n);
}

/* Word k of s is a particle of an Arabic personal name: "al" or "el" before a hyphen
 * ("Sabah al-Ahmad al-Sabah", tokenized "al - Ahmad"), or "bin", "ibn", "bint", "abu". */
static bool name_particle(const dyad_sentence *s, int32_t k)
{
    static const char *const words[] = {"bin", "ibn", "bint", "abu", "Abu", "Bin"};
    if (k < 0 || k >= s->n)
        return false;
    const char *w = s->tok[k].form;
    if ((strcmp(w, "al") == 0 || strcmp(w, "el") == 0 || strcmp(w, "Al") == 0 ||
         strcmp(w, "El") == 0) &&
        k + 1 < s->n && strcmp(s->tok[k + 1].form, "-") == 0)
        return true;
    if (strncmp(w, "al-", 3) == 0 || strncmp(w, "el-", 3) == 0)
        return true;
    for (size_t i = 0; i < sizeof words / sizeof words[0]; i++)
        if (strcmp(w, words[i]) == 0)
            return true;
    return false;
}

/* The name i..last is glued to such a particle: one follows it, or one comes just before
 * ("al-Sabah": "al", "-", "Sabah"). */
static bool glued_particle(const dyad_sentence *s, int32_t i, int32_t last)
{
    return name_particle(s, last + 1) || name_particle(s, i - 1) ||
           (i >= 2 && strcmp(s->tok[i - 1].form, "-") == 0 && name_particle(s, i - 2));
}

static int sentence_mentions(const dyad_gaz *gaz, dyad_doc *doc, int32_t si,
                             dyad_geo_mentions *out)
{
    const dyad_sentence *s = &doc->sent[si];
    int32_t before = out->n;
    for (int32_t i = 0; i < s->n;) {
        int32_t last;
        const uint32_t *ids;
        uint32_t n;
        if (!capital(s->tok[i].form) || !longest(gaz, doc, s, i, &last, &ids, &n)) {
            i++;
            continue;
        }
        const dyad_token *t = &s->tok[i];
        bool one = last == i;
        bool glued = (last + 1 < s->n && capital(s->tok[last + 1].form)) ||
                     glued_before(s, i) || glued_particle(s, i, last);
        if (glued || (one && dyad_geo_not_place(t->form, wlen(t)))) {
            i = last + 1;
            continue;
        }
        dyad_geo_mention m = {si, i, last, t->start, s->tok[last].end, ids, n,
                              strength_before(s, i),
                              one && dyad_geo_person_like(t->form, wlen(t)), -1, false};
        if (dyad_geo_mentions_push(&doc->arena, out, &m) != DYAD_OK)
            return DYAD_ENOMEM;
        i = last + 1;
    }
    /* "Paris, Texas": a name right after another one and a comma may qualify it */
    for (int32_t k = before + 1; k < out->n; k++) {
        dyad_geo_mention *p = &out->m[k - 1], *q = &out->m[k];
        if (q->first == p->last + 2 && strcmp(s->tok[p->last + 1].form, ",") == 0) {
            p->qualifier = k;
            q->is_qualifier = true;
            q->strength = p->strength;
        }
    }
    return DYAD_OK;
}

int dyad_geo_find_mentions(const dyad_gaz *gaz, dyad_doc *doc, dyad_geo_mentions *out)
{
    memset(out, 0, sizeof *out);
    for (int32_t si = 0; si < doc->nsent; si++)
        if (sentence_mentions(gaz, doc, si, out) != DYAD_OK)
            return DYAD_ENOMEM;
    dyad_geo_mention d;
    if (dyad_geo_dateline(gaz, doc, &d) && dyad_geo_mentions_push(&doc->arena, out, &d) != DYAD_OK)
        return DYAD_ENOMEM;
    return DYAD_OK;
}
