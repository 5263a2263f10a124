/* strbuf.h — a growable byte buffer for building output lines and messages. */
#ifndef DYAD_STRBUF_H
#define DYAD_STRBUF_H

#include "base/common.h"

typedef struct dyad_strbuf {
    char *data; /* NUL-terminated when len > 0 or after any append; owned */
    size_t len;
    size_t cap;
    bool failed; /* an append ran out of memory; later appends are no-ops */
} dyad_strbuf;

#define DYAD_STRBUF_INIT {NULL, 0, 0, false}

DYAD_INTERNAL void dyad_sb_append(dyad_strbuf *sb, const char *s, size_t n);
DYAD_INTERNAL void dyad_sb_puts(dyad_strbuf *sb, const char *s);
DYAD_INTERNAL void dyad_sb_putc(dyad_strbuf *sb, char c);
DYAD_INTERNAL void dyad_sb_printf(dyad_strbuf *sb, const char *fmt, ...) DYAD_PRINTF(2, 3);
/* Appends a decimal integer without locale or printf. */
DYAD_INTERNAL void dyad_sb_int(dyad_strbuf *sb, long long v);
/* Appends v with `decimals` digits after the point, locale-independent ("-3.40"). */
DYAD_INTERNAL void dyad_sb_fixed(dyad_strbuf *sb, double v, int decimals);
/* Appends s[0..n) as a JSON string literal, quotes included; invalid UTF-8 becomes U+FFFD. */
DYAD_INTERNAL void dyad_sb_json_str(dyad_strbuf *sb, const char *s, size_t n);
/* Appends s[0..n) with tabs, newlines and CRs replaced by spaces (for TSV cells). */
DYAD_INTERNAL void dyad_sb_tsv_cell(dyad_strbuf *sb, const char *s, size_t n);
DYAD_INTERNAL void dyad_sb_clear(dyad_strbuf *sb);
DYAD_INTERNAL void dyad_sb_free(dyad_strbuf *sb);

#endif
