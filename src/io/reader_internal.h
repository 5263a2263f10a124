/* reader_internal.h — the reader state shared by reader.c and the per-format read_*.c files. */
#ifndef DYAD_READER_INTERNAL_H
#define DYAD_READER_INTERNAL_H

#include "base/strbuf.h"
#include "io/input.h"
#include "io/reader.h"

typedef struct dyad_petr_state dyad_petr_state; /* read_petrxml.c */
typedef struct dyad_cu_state dyad_cu_state;     /* read_conllu.c */
typedef struct dyad_csv_state dyad_csv_state;   /* read_csv.c */

struct dyad_reader {
    dyad_input *in;
    dyad_input_format fmt;
    char *file;            /* the name given to doc->file */
    long index;            /* records returned so far */
    char default_date[11]; /* "" or YYYY-MM-DD */
    bool done;             /* text: the single document was returned */
    dyad_cu_state *cu;     /* conllu */
    dyad_csv_state *csv;   /* csv: the column names and the row being read */
    /* petrxml */
    dyad_petr_state *petr;
};

/* Normalises a date ("YYYY-MM-DD", "YYYYMMDD" or "YYYY-MM-DDTHH:MM:SS..." ) into out
 * ("YYYY-MM-DD"). Returns 0, or -1 for a bad format, -2 for an impossible date. */
DYAD_INTERNAL int dyad_reader_norm_date(const char *s, size_t n, char out[11]);

DYAD_INTERNAL int dyad_read_jsonl(dyad_reader *r, dyad_doc *doc, dyad_err *err);
DYAD_INTERNAL int dyad_read_text(dyad_reader *r, dyad_doc *doc, dyad_err *err);
DYAD_INTERNAL int dyad_read_conllu(dyad_reader *r, dyad_doc *doc, dyad_err *err);
DYAD_INTERNAL int dyad_read_petrxml(dyad_reader *r, dyad_doc *doc, dyad_err *err);
DYAD_INTERNAL void dyad_read_petrxml_free(dyad_reader *r);
DYAD_INTERNAL void dyad_read_conllu_free(dyad_reader *r);
DYAD_INTERNAL int dyad_read_csv(dyad_reader *r, dyad_doc *doc, dyad_err *err);
DYAD_INTERNAL void dyad_read_csv_free(dyad_reader *r);

#endif
