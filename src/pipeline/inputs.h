/* inputs.h — a list of input files read one after another as one stream of records, with an
 * estimate of the bytes consumed for progress and ETA. */
#ifndef DYAD_INPUTS_H
#define DYAD_INPUTS_H

#include "io/reader.h"

typedef struct dyad_inputs dyad_inputs; /* opaque */

/* Prepares to read paths[0..n) ("-" = stdin) in order, each in format fmt. The paths are
 * borrowed and must outlive the object. Stats every file for the total size (stdin and pipes
 * count 0). Opens nothing yet. */
DYAD_INTERNAL int dyad_inputs_new(dyad_inputs **out, const char *const *paths, int n,
                                  dyad_input_format fmt, dyad_err *err);
DYAD_INTERNAL void dyad_inputs_free(dyad_inputs *in);

/* Date for records whose input has none (text and CoNLL-U input, JSON lines without "date"):
 * "YYYY-MM-DD" (YYYYMMDD accepted), NULL for none; DYAD_EINVAL (err says why) for a bad or
 * impossible date. With require, a record still without a date after that is returned as
 * rejected (DYAD_EFORMAT, "no date"). Call before the first dyad_inputs_next. */
DYAD_INTERNAL int dyad_inputs_set_date(dyad_inputs *in, const char *date, bool require,
                                       dyad_err *err);

/* Records whose text is longer than max bytes are returned as rejected (DYAD_EFORMAT,
 * "record too long", naming the record, its size and --max-record-bytes): coding needs about
 * 40 times a record's size in memory. 0 (the default) sets no limit beyond the reader's. */
DYAD_INTERNAL void dyad_inputs_set_max_text(dyad_inputs *in, size_t max);

/* CSV input: the column spec each file's reader gets (dyad_reader_set_columns; borrowed, NULL
 * for the defaults). Check it first with dyad_csv_columns_check. */
DYAD_INTERNAL void dyad_inputs_set_columns(dyad_inputs *in, const char *spec);

/* A dyad_pipe_ops.next callback (ctx = the dyad_inputs): the next record of the current file,
 * moving to the next file at its end. A record whose id an earlier record of the run had is
 * rejected (DYAD_EFORMAT, "duplicate id", naming both places): event ids and database rows are
 * keyed by it. The ids seen are kept (memory grows with their total length). A file that cannot be opened, or that ends in a read
 * error (truncated gzip), is returned as one rejected record naming the file; reading goes on
 * with the next file. Call from one thread only. */
DYAD_INTERNAL int dyad_inputs_next(void *ctx, dyad_doc *doc, dyad_err *err);

/* Sum of the regular files' sizes (0 when none is a regular file: then no ETA). */
DYAD_INTERNAL uint64_t dyad_inputs_total_bytes(const dyad_inputs *in);
/* Estimated input bytes consumed so far: the sizes of finished files plus the text read from
 * the current one (capped at its size). Safe to call from another thread. */
DYAD_INTERNAL uint64_t dyad_inputs_done_bytes(const dyad_inputs *in);
/* Files that could not be opened or ended in a read error. */
DYAD_INTERNAL long dyad_inputs_failed_files(const dyad_inputs *in);

#endif
