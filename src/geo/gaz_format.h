/* gaz_format.h — the sections of a gazetteer index (a dyad model file, nlp/model_file.h).
 *
 * All integers are 32-bit in the writer's byte order (the container checks the probe).
 *   "gaz.meta"   nplaces, nslots (a power of two), nposts, nstr (bytes), source (string
 *                offset of the attribution line), nkeys
 *   "gaz.places" nplaces records of GAZ_PLACE_WORDS words:
 *                name, admin1, country (string offsets), geonames id, lat * 1e5, lon * 1e5
 *                (signed), population, level | rank << 8
 *   "gaz.slots"  nslots hash slots of 3 words: key (string offset of the normal form, or
 *                GAZ_EMPTY), first posting, posting count. Open addressing with linear probing
 *                from dyad_geo_key_hash(key) & (nslots - 1).
 *   "gaz.posts"  nposts place ids; each key's run is sorted by population, largest first
 *   "gaz.str"    NUL-terminated UTF-8 strings; offset 0 is "" */
#ifndef DYAD_GAZ_FORMAT_H
#define DYAD_GAZ_FORMAT_H

#define GAZ_META_WORDS 6u
#define GAZ_PLACE_WORDS 8u
#define GAZ_SLOT_WORDS 3u
#define GAZ_EMPTY 0xFFFFFFFFu

#endif
