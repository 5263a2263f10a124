/* gold_read.h — reads a hand-coded gold standard of events (TSV) for `dyad score`.
 *
 * Format (documented for users in data/eval/README.md, "Gold format"): one row per line,
 * tab-separated; '#' lines, blank lines and a header whose first field is "doc" are skipped.
 *   1 doc     document id (the record id; "doc" in dyad's JSONL events)
 *   2 anchor  an exact substring of the event's sentence holding the trigger word, or "#N"
 *             (0-based sentence index), or "-" on a row that only declares the document
 *   3 source  full actor code (USAGOV, ---CVL)
 *   4 target  full actor code or "-" (no target)
 *   5 code    CAMEO code of dyad's table (3 or 4 digits)
 *   6 alt     optional: comma-separated alternatives: 2 digits = a root, 3-4 = a full code
 *   7 class   optional: req (default), opt, neg
 *   8 plover  optional: PLOVER category; derived from the code when "-" or empty
 *   9 note    optional free text
 */
#ifndef DYAD_GOLD_READ_H
#define DYAD_GOLD_READ_H

#include "base/arena.h"
#include "base/common.h"
#include "base/hash.h"
#include "coder/cameo.h"

#define DYAD_GOLD_MAX_ALT 8

typedef enum { DYAD_GOLD_REQ = 0, DYAD_GOLD_OPT = 1, DYAD_GOLD_NEG = 2 } dyad_gold_class;

/* One gold row. Strings live in the gold's arena. */
typedef struct dyad_gold_row {
    int32_t doc;          /* document index (dyad_gold_doc_id) */
    bool doc_only;        /* anchor "-": declares the document, no event */
    int32_t sent;         /* "#N" anchor: N; -1 for a text anchor */
    const char *anchor;   /* text anchor with whitespace runs collapsed and trimmed; or the
                           * "#N" / "-" as written */
    const char *source;   /* full actor code */
    const char *target;   /* full actor code, "" for "-" */
    const char *code;     /* CAMEO code */
    char alt_root[DYAD_GOLD_MAX_ALT][3]; /* alternative roots ("04"), including the roots of */
    int n_alt_root;                      /* the alternative full codes */
    char alt_code[DYAD_GOLD_MAX_ALT][5]; /* alternative full codes ("042") */
    int n_alt_code;
    dyad_gold_class cls;
    const char *plover;   /* given or derived PLOVER category, "" when none */
    const char *note;     /* "" when none */
    long line;            /* line number in the file */
} dyad_gold_row;

typedef struct dyad_gold {
    dyad_arena arena;
    dyad_intern docs;     /* document ids → dense indexes, in order of first appearance */
    dyad_gold_row *rows;  /* event rows and doc-only rows, in file order */
    size_t n, cap;
    long n_bad;           /* bad lines seen by dyad_gold_read */
} dyad_gold;

/* Initialises an empty gold. cameo validates codes and derives PLOVER categories; it must
 * outlive the gold (borrowed strings). */
DYAD_INTERNAL void dyad_gold_init(dyad_gold *g);
DYAD_INTERNAL void dyad_gold_free(dyad_gold *g);

/* Parses one line (without its newline) of file `name` at `lineno` and adds its row. Comment,
 * blank and header lines add nothing. Returns DYAD_OK, DYAD_EFORMAT with err = "name:line:
 * what is wrong" (nothing added), or DYAD_ENOMEM. */
DYAD_INTERNAL int dyad_gold_add_line(dyad_gold *g, const dyad_cameo *cameo, const char *line,
                                     size_t len, const char *name, long lineno, dyad_err *err);

/* Reads a whole gold file (gzip allowed, "-" = stdin). Each bad line is reported through
 * on_bad(ctx, message) — at most max_report of them; g->n_bad counts them all — and reading
 * goes on. Returns DYAD_OK, DYAD_EFORMAT when some line was bad (err: how many), or the
 * status of an open/read failure (err names the file). */
DYAD_INTERNAL int dyad_gold_read(dyad_gold *g, const dyad_cameo *cameo, const char *path,
                                 void (*on_bad)(void *ctx, const char *msg), void *ctx,
                                 long max_report, dyad_err *err);

/* Number of gold documents; index of a document id, or -1 when not in the gold. */
DYAD_INTERNAL size_t dyad_gold_ndocs(const dyad_gold *g);
DYAD_INTERNAL int32_t dyad_gold_doc_id(const dyad_gold *g, const char *doc);
DYAD_INTERNAL const char *dyad_gold_doc_name(const dyad_gold *g, int32_t id);

/* Copies s with every run of whitespace (space, tab, CR, LF, FF, VT) made one space and the
 * ends trimmed, into a (NULL on out of memory). */
DYAD_INTERNAL char *dyad_collapse_ws(dyad_arena *a, const char *s, size_t n);

#endif
