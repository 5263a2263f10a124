/* geo_mention.h — place names found in a document (private to src/geo). */
#ifndef DYAD_GEO_MENTION_H
#define DYAD_GEO_MENTION_H

#include "geo/gaz.h"
#include "text/doc.h"

/* How surely a mention says where something happened. */
enum {
    GEO_BARE = 0,     /* a place name anywhere ("Jordan said", "Syrian"), story context only */
    GEO_TOWARDS = 1,  /* after a preposition of destination ("sent troops to Mali") */
    GEO_LOCATIVE = 2, /* in a locative phrase ("in Kabul", "the outskirts of Kabul") */
    GEO_DATELINE = 3  /* the article's dateline ("KABUL, Jan 3 (Reuters) -") */
};

typedef struct dyad_geo_mention {
    int32_t sent;          /* sentence index; -1 for the dateline */
    int32_t first, last;   /* its words in the sentence (inclusive); -1 for the dateline */
    uint32_t start, end;   /* byte offsets in doc->text */
    const uint32_t *ids;   /* the places the name may be (gazetteer ids, most populous first) */
    uint32_t n;
    uint8_t strength;      /* GEO_BARE .. GEO_DATELINE */
    bool person_like;      /* also a personal name ("Jordan", "Chad") */
    int32_t qualifier;     /* index of the mention that follows after a comma and may be its
                              division or country ("Paris, Texas"), -1 */
    bool is_qualifier;     /* this mention qualifies the one before it */
} dyad_geo_mention;

typedef struct dyad_geo_mentions {
    dyad_geo_mention *m;   /* in doc->arena */
    int32_t n, cap;
} dyad_geo_mentions;

/* Finds the place names of every tokenized sentence of doc, in text order, then the dateline
 * (if any) last, into *out (memory from doc->arena). DYAD_OK or DYAD_ENOMEM. */
DYAD_INTERNAL int dyad_geo_find_mentions(const dyad_gaz *gaz, dyad_doc *doc,
                                         dyad_geo_mentions *out);
/* The dateline of doc as a mention ("KABUL, Jan 3 (Reuters) -", "WASHINGTON (AP) —"): true
 * when the text opens with one whose place the gazetteer knows. */
DYAD_INTERNAL bool dyad_geo_dateline(const dyad_gaz *gaz, const dyad_doc *doc,
                                     dyad_geo_mention *m);
/* Appends m to list (doc arena). DYAD_OK or DYAD_ENOMEM. */
DYAD_INTERNAL int dyad_geo_mentions_push(dyad_arena *a, dyad_geo_mentions *list,
                                         const dyad_geo_mention *m);

#endif
