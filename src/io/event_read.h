/* event_read.h — reads back the events that `dyad code` wrote (JSONL, TSV) or stored (SQLite). */
#ifndef DYAD_EVENT_READ_H
#define DYAD_EVENT_READ_H

#include "coder/event.h"

/* One event read back, with the fields of its document that the writers record. All strings
 * are borrowed from the reader and valid until the next dyad_evread_next call. */
typedef struct dyad_evrec {
    const char *doc;         /* article id */
    const char *date;        /* "YYYY-MM-DD" or "" */
    const char *source_name; /* news outlet, "" when unknown */
    const char *text;        /* the sentence ("" when the format does not carry it) */
    const char *meta;        /* JSONL "meta" object body or NULL */
    int ev_idx;              /* index of the event in its document (-1 when unknown) */
    dyad_event ev;           /* sent, actors (code/root/agent/text), code, quad, goldstein, ...;
                                ev.loc points at loc when the record was placed, else NULL */
    dyad_location loc;       /* where it happened (JSONL "location", TSV 19-23, SQLite lat...) */
} dyad_evrec;

typedef enum { DYAD_EVFMT_JSONL, DYAD_EVFMT_TSV, DYAD_EVFMT_SQLITE } dyad_evfmt;

typedef struct dyad_evread dyad_evread; /* opaque */

/* Opens path ("-" = stdin; gzip allowed for text) and detects its format: a SQLite database
 * by its file header, JSONL when the first non-blank line starts with '{', else TSV (with or
 * without the header line). */
DYAD_INTERNAL int dyad_evread_open(dyad_evread **out, const char *path, dyad_err *err);
DYAD_INTERNAL dyad_evfmt dyad_evread_format(const dyad_evread *r);
/* Reads the next event: 1 when *rec is filled, 0 at the end, a negative dyad_status on a bad
 * record (err names file and line; reading may go on) or a broken stream. */
DYAD_INTERNAL int dyad_evread_next(dyad_evread *r, dyad_evrec *rec, dyad_err *err);
DYAD_INTERNAL void dyad_evread_close(dyad_evread *r);
/* The input line of the record last returned (JSONL/TSV; NULL for SQLite), without its
 * newline; valid until the next call. */
DYAD_INTERNAL const char *dyad_evread_line(const dyad_evread *r, size_t *len);

#include "base/arena.h"
#include "text/doc.h"

/* Deep-copies src into dst with every string in arena a. DYAD_OK or DYAD_ENOMEM. */
DYAD_INTERNAL int dyad_evrec_copy(dyad_arena *a, const dyad_evrec *src, dyad_evrec *dst);
/* Rebuilds the document of n records of one article (copies as from dyad_evrec_copy, in their
 * order) for the writers: doc gets id, date, source and one sentence per index up to the
 * highest (text from the records, "" where no event names it); *list gets the events, in
 * order. doc must be initialised (dyad_doc_init); sentences live in doc->arena, the strings
 * stay borrowed from the records. DYAD_OK or DYAD_ENOMEM. */
DYAD_INTERNAL int dyad_evrec_doc(const dyad_evrec *recs, int n, dyad_doc *doc,
                                 dyad_event_list *list);

#endif
