/* minhash.h — near-duplicate articles: word 5-gram shingles, MinHash signatures, LSH bands. */
#ifndef DYAD_MINHASH_H
#define DYAD_MINHASH_H

#include "base/common.h"

#define DYAD_MINHASH_K 64     /* hashes per signature */
#define DYAD_MINHASH_BANDS 16 /* LSH bands of K/BANDS rows: pairs with Jaccard ~0.5+ collide */
#define DYAD_SHINGLE 5        /* words per shingle */

typedef struct dyad_minhash dyad_minhash; /* opaque: the signatures added so far */

DYAD_INTERNAL int dyad_minhash_new(dyad_minhash **out, dyad_err *err);
DYAD_INTERNAL void dyad_minhash_free(dyad_minhash *m);
/* Adds an article (id copied). Words are runs of letters/digits (ASCII folded to lower case,
 * other bytes kept). *self_dup receives the share (0..1) of its distinct shingles that occur
 * more than once in the text: near 1 when a page holds its text twice. Returns the article's
 * number (0-based), or DYAD_ENOMEM. Articles with fewer than DYAD_SHINGLE words get one
 * shingle of all their words. */
DYAD_INTERNAL int dyad_minhash_add(dyad_minhash *m, const char *id, const char *text, size_t n,
                                   double *self_dup);
/* Estimated Jaccard similarity of articles i and j (share of equal signature slots). */
DYAD_INTERNAL double dyad_minhash_similarity(const dyad_minhash *m, int i, int j);
/* Groups articles whose estimated Jaccard similarity with another member is >= threshold
 * (candidates from LSH buckets, then checked on the whole signature; groups are the
 * connected components). group[i] (caller array of dyad_minhash_count entries) receives the
 * smallest article number of i's group (i itself when it has no duplicate). */
DYAD_INTERNAL int dyad_minhash_groups(const dyad_minhash *m, double threshold, int *group,
                                      dyad_err *err);
DYAD_INTERNAL int dyad_minhash_count(const dyad_minhash *m);
DYAD_INTERNAL const char *dyad_minhash_id(const dyad_minhash *m, int i);

#endif
