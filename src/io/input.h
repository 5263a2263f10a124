/* input.h — a byte stream over a file or stdin with transparent gzip and capped line reading. */
#ifndef DYAD_INPUT_H
#define DYAD_INPUT_H

#include "base/common.h"

/* Lines (and whole text documents) longer than this are rejected. */
#define DYAD_INPUT_MAX_LINE ((size_t)64 << 20)

typedef struct dyad_input dyad_input; /* opaque */

/* Opens path ("-" = stdin). Gzip data is recognised by its magic bytes and inflated; other
 * data is passed through unchanged. */
DYAD_INTERNAL int dyad_input_open(dyad_input **out, const char *path, dyad_err *err);
/* Changes the line cap (tests use a small one). */
DYAD_INTERNAL void dyad_input_set_max_line(dyad_input *in, size_t max);
DYAD_INTERNAL size_t dyad_input_max_line(const dyad_input *in);
/* Reads the next line without its "\n" (a trailing "\r" is dropped too). *line stays valid
 * until the next call; it is NUL-terminated (the line itself may hold NUL bytes: use *len).
 * Returns 1 for a line, 0 at the end, DYAD_EFORMAT for a line over the cap (skipped; reading
 * may go on), DYAD_EIO when the stream is broken (truncated gzip, read error), DYAD_ENOMEM. */
DYAD_INTERNAL int dyad_input_getline(dyad_input *in, const char **line, size_t *len,
                                     dyad_err *err);
/* Reads up to n raw bytes (not mixed with getline). Returns the byte count, 0 at the end, or a
 * negative dyad_status. */
DYAD_INTERNAL long dyad_input_read(dyad_input *in, char *buf, size_t n, dyad_err *err);
/* The 1-based number of the line last returned by getline (0 before the first). */
DYAD_INTERNAL long dyad_input_lineno(const dyad_input *in);
/* The name used in messages ("-" for stdin). */
DYAD_INTERNAL const char *dyad_input_name(const dyad_input *in);
DYAD_INTERNAL void dyad_input_close(dyad_input *in);

#endif
