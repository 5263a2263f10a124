/* reader.h — input records from JSON lines, plain text, PETRARCH XML or CoNLL-U (gzip too). */
#ifndef DYAD_READER_H
#define DYAD_READER_H

#include "text/doc.h"

typedef enum {
    DYAD_IN_JSONL,   /* {"id","date","source","text", ...} per line */
    DYAD_IN_TEXT,    /* a whole file is one document; blank-line-separated paragraphs kept */
    DYAD_IN_PETRXML, /* PETRARCH <Sentence date= id=><Text>..</Text></Sentence> records */
    DYAD_IN_CONLLU,  /* sentences already tokenized; doc->pretokenized set */
    DYAD_IN_CSV      /* RFC 4180 rows under a header; columns by name (read_csv.c) */
} dyad_input_format;

/* Parses "jsonl", "text", "petrxml", "conllu", "csv"; returns -1 when unknown. */
DYAD_INTERNAL int dyad_input_format_parse(const char *name);

typedef struct dyad_reader dyad_reader; /* opaque */

/* Opens path ("-" = stdin); gzip is detected by its magic bytes. */
DYAD_INTERNAL int dyad_reader_open(dyad_reader **out, const char *path, dyad_input_format fmt,
                                   dyad_err *err);
/* Reads the next record into doc (which it resets first). Returns 1 when a document was read,
 * 0 at the end of input, or a negative dyad_status when this record was rejected: err then
 * names the file, line and record id, and the next call continues after the bad record.
 * DYAD_EIO (e.g. truncated gzip) ends the input. */
DYAD_INTERNAL int dyad_reader_next(dyad_reader *r, dyad_doc *doc, dyad_err *err);
DYAD_INTERNAL void dyad_reader_close(dyad_reader *r);
/* Date given to documents whose input has none (text and CoNLL-U input, JSON lines without
 * "date"): "YYYY-MM-DD" (YYYYMMDD accepted); NULL or "" clears it. DYAD_EINVAL for a bad or
 * impossible date. */
DYAD_INTERNAL int dyad_reader_set_default_date(dyad_reader *r, const char *date, dyad_err *err);
/* CSV input: which columns hold what, "id=NAME,date=NAME,text=NAME[,title=NAME,url=NAME,
 * source=NAME]" (NULL: the defaults; see read_csv.c). Call before the first record.
 * DYAD_EINVAL for a malformed spec. */
DYAD_INTERNAL int dyad_reader_set_columns(dyad_reader *r, const char *spec, dyad_err *err);
/* Checks a --columns spec without a reader: DYAD_OK or DYAD_EINVAL (err says why). */
DYAD_INTERNAL int dyad_csv_columns_check(const char *spec, dyad_err *err);

/* CoNLL-U input makes one document per `# newdoc` comment; a file without any makes one
 * document per sentence. Sentences of a document are joined with a space in doc->text, and
 * with a blank line ("\n\n") at `# newpar`. A malformed sentence is dropped: the document is
 * returned without it and the next call reports the rejection (file:line and why). */

#endif
