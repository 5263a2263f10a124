/* geo_words.h — the English words place extraction reads around a name (geo_words.c). */
#ifndef DYAD_GEO_WORDS_H
#define DYAD_GEO_WORDS_H

#include "base/common.h"

/* How surely a preposition puts what follows at a place: 2 for in, at, near, outside,
 * inside, around, across, throughout, within, off, over, on; 1 for a destination (to, into,
 * towards); 0 for any other word. */
DYAD_INTERNAL int dyad_geo_locative_prep(const char *w, size_t n);
/* A noun naming a kind of place, whose "of" phrase names it: "the province of Helmand",
 * "the city of Aleppo", "the outskirts of Kabul", "the border town of ...". */
DYAD_INTERNAL bool dyad_geo_place_noun(const char *w, size_t n);
/* A word that may stand between a locative preposition and a place name: articles,
 * compass adjectives ("northern"), "restive", "capital", "Syrian" is handled by the caller. */
DYAD_INTERNAL bool dyad_geo_filler(const char *w, size_t n);
/* A lowercase word that may stand inside a place name ("Rio de Janeiro", "Bosnia and
 * Herzegovina", "Republic of the Congo"). */
DYAD_INTERNAL bool dyad_geo_connector(const char *w, size_t n);
/* A capitalised word that names no place where a name could be read ("March", "Monday",
 * "Parliament", "Congress"), however the gazetteer lists it. */
DYAD_INTERNAL bool dyad_geo_not_place(const char *w, size_t n);
/* A place name that is also a common personal name ("Jordan", "Chad", "Georgia", "Victoria"):
 * taken only in a locative phrase or a dateline. */
DYAD_INTERNAL bool dyad_geo_person_like(const char *w, size_t n);

#endif
