/* dedup.h — the one-a-day event filter: an event is kept once per (date, source, target, code). */
#ifndef DYAD_DEDUP_H
#define DYAD_DEDUP_H

#include "base/common.h"

typedef struct dyad_oad dyad_oad; /* opaque: the keys seen so far */

DYAD_INTERNAL int dyad_oad_new(dyad_oad **out, dyad_err *err);
DYAD_INTERNAL void dyad_oad_free(dyad_oad *o);
/* 1 when (date, source, target, code) — full actor codes — is seen for the first time (keep
 * the event), 0 when it was seen before (drop it), DYAD_ENOMEM. NULL strings count as "". */
DYAD_INTERNAL int dyad_oad_first(dyad_oad *o, const char *date, const char *source,
                                 const char *target, const char *code);
/* Events seen and events dropped so far. */
DYAD_INTERNAL void dyad_oad_counts(const dyad_oad *o, long *seen, long *dropped);

#endif
