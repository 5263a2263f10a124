/* geo_name.h — the normal form under which place names are indexed and looked up. */
#ifndef DYAD_GEO_NAME_H
#define DYAD_GEO_NAME_H

#include "base/common.h"

/* Longest normal form kept (bytes, NUL included); longer names are not indexed. */
#define DYAD_GEO_KEY_MAX 96

/* Writes the normal form of the UTF-8 name s[0..n) into out (cap bytes, NUL-terminated):
 * Latin letters lowercased with their diacritics taken off ("São Paulo" -> "sao paulo",
 * "Rafaḩ" -> "rafah", "Kraków" -> "krakow"), apostrophes and full stops dropped ("N'Djamena"
 * -> "ndjamena", "St. Louis" -> "st louis"), hyphens, spaces and other separators made one
 * space. Returns the length, or 0 when the name has a letter of another script, is empty, or
 * does not fit: such a name gets no key. */
DYAD_INTERNAL size_t dyad_geo_norm(const char *s, size_t n, char *out, size_t cap);

/* FNV-1a 32-bit hash of a normal form (the index's hash). */
DYAD_INTERNAL uint32_t dyad_geo_key_hash(const char *key, size_t n);

#endif
