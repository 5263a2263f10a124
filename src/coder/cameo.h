/* cameo.h — the CAMEO event code table (code, label, Goldstein weight, quad class, PLOVER). */
#ifndef DYAD_CAMEO_H
#define DYAD_CAMEO_H

#include "base/common.h"
#include "coder/event.h"

typedef struct dyad_cameo dyad_cameo; /* opaque, immutable after loading */

/* The symmetric acts, whose two directions are one event (docs/CODEBOOK.md §4): consult (040),
 * meet at a third location (044), negotiate (046), sign a formal agreement (057). The coder
 * codes them once per pair; the scorer matches them either way round. */
#define DYAD_CAMEO_SYMMETRIC "040,044,046,057"

typedef struct dyad_cameo_entry {
    const char *code;   /* "042", "0874", or a root "04" */
    const char *root;   /* the 2-digit root, "04" */
    const char *label;  /* "Make a visit" */
    double goldstein;   /* -10 .. +10 */
    int quad;           /* 1 verbal coop, 2 material coop, 3 verbal conflict, 4 material conflict */
    const char *plover; /* PLOVER category ("CONSULT"), "" when the conversion gives none */
    const char *plover_mode;    /* PLOVER mode ("visit"), "" when none */
    const char *plover_context; /* PLOVER context(s), ';'-separated, "" when none */
} dyad_cameo_entry;

/* Loads data/cameo as laid out in the source tree. path is a folder holding cameo.tsv and
 * (optionally) plover.tsv, or the path of a table file itself (then no PLOVER table); NULL means
 * dyad_data_path("cameo"). Malformed lines are errors (DYAD_EFORMAT, "file:line: message"). */
DYAD_INTERNAL int dyad_cameo_load(dyad_cameo **out, const char *path, dyad_err *err);

/* As dyad_cameo_load with the two files named. table_path NULL → data/cameo/cameo.tsv;
 * plover_path NULL → data/cameo/plover.tsv, "" → no PLOVER table (every plover is ""). The
 * PLOVER file may only name codes of the table. Table format: see the header of cameo.tsv. */
DYAD_INTERNAL int dyad_cameo_load_files(dyad_cameo **out, const char *table_path,
                                        const char *plover_path, dyad_err *err);

DYAD_INTERNAL void dyad_cameo_free(dyad_cameo *c);

/* The entry for code. A code the table lacks but whose parent it has ("0875" → "087",
 * "099" → "09") gets the nearest listed parent's entry: entry->code then differs from code,
 * and goldstein/quad/plover are the parent's. NULL for codes that are not 2-4 digits
 * ("---", "") or whose root is unknown. */
DYAD_INTERNAL const dyad_cameo_entry *dyad_cameo_find(const dyad_cameo *c, const char *code);

/* true when the table lists code, or code is one digit longer than a listed code (a CAMEO
 * sub-code the table leaves out, as "1952" under "195" or "176" under "17", which
 * dyad_cameo_find resolves to that parent). "999", "19O", "0999" (no "099") are not known. */
DYAD_INTERNAL bool dyad_cameo_known(const dyad_cameo *c, const char *code);

/* Number of entries and the i-th one, in code order (for listing and tests). */
DYAD_INTERNAL size_t dyad_cameo_count(const dyad_cameo *c);
DYAD_INTERNAL const dyad_cameo_entry *dyad_cameo_at(const dyad_cameo *c, size_t i);

/* true when code is one of DYAD_CAMEO_SYMMETRIC. */
DYAD_INTERNAL bool dyad_cameo_symmetric(const char *code);

/* Sets ev->root, ev->quad, ev->goldstein and ev->plover from ev->code through c (strings
 * borrowed from the table). Returns false (and leaves ev alone) when the code is not found. */
DYAD_INTERNAL bool dyad_cameo_fill_event(const dyad_cameo *c, dyad_event *ev);

#endif
