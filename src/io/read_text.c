/* read_text.c — a whole plain-text file (or stdin) as one document named after the file
 * ("stdin" for standard input). */
#include <stdio.h>
#include <string.h>

#include "base/alloc.h"
#include "base/utf8.h"
#include "io/reader_internal.h"

int dyad_read_text(dyad_reader *r, dyad_doc *doc, dyad_err *err)
{
    if (r->done)
        return 0;
    r->done = true;
    doc->line = 1;
    /* the arena copy of the file name; text read from stdin is the document "stdin" */
    doc->id = strcmp(doc->file, "-") == 0 ? "stdin" : doc->file;
    size_t max = dyad_input_max_line(r->in);
    size_t cap = (size_t)64 << 10, len = 0;
    char *buf = dyad_malloc(cap + 1);
    if (!buf)
        return dyad_err_set(err, DYAD_ENOMEM, "%s: out of memory", r->file);
    for (;;) {
        if (len == cap) {
            if (cap > max) {
                dyad_free(buf);
                return dyad_err_set(err, DYAD_EFORMAT, "%s: the text is over the %zu-byte limit",
                                    r->file, max);
            }
            char *nb = dyad_realloc(buf, cap * 2 + 1);
            if (!nb) {
                dyad_free(buf);
                return dyad_err_set(err, DYAD_ENOMEM, "%s: out of memory", r->file);
            }
            buf = nb;
            cap *= 2;
        }
        long got = dyad_input_read(r->in, buf + len, cap - len, err);
        if (got < 0) {
            dyad_free(buf);
            return (int)got;
        }
        if (got == 0)
            break;
        len += (size_t)got;
    }
    if (len > max) {
        dyad_free(buf);
        return dyad_err_set(err, DYAD_EFORMAT, "%s: the text is over the %zu-byte limit", r->file,
                            max);
    }
    size_t start = 0;
    if (len >= 3 && memcmp(buf, "\xEF\xBB\xBF", 3) == 0) /* byte-order mark */
        start = 3;
    size_t bad = dyad_utf8_first_invalid(buf + start, len - start);
    if (bad < len - start && buf[start + bad] == '\0') {
        dyad_free(buf);
        return dyad_err_set(err, DYAD_EFORMAT, "%s: NUL character at byte %zu", r->file,
                            start + bad);
    }
    /* invalid UTF-8 is repaired: each bad byte becomes U+FFFD, and the record says so */
    size_t nbad = 0, tl = len - start;
    char *t = dyad_arena_alloc(&doc->arena, bad < len - start ? 3 * tl + 1 : tl + 1);
    if (t && bad < len - start)
        tl = dyad_utf8_repair(buf + start, len - start, t, &nbad);
    else if (t) {
        memcpy(t, buf + start, tl);
        t[tl] = '\0';
    }
    dyad_free(buf);
    if (!t)
        return dyad_err_set(err, DYAD_ENOMEM, "%s: out of memory", r->file);
    if (memchr(t, '\0', tl))
        return dyad_err_set(err, DYAD_EFORMAT, "%s: NUL character", r->file);
    doc->text = t;
    doc->text_len = tl;
    if (nbad > 0) {
        char b[400];
        snprintf(b, sizeof b, "%.200s (id %.60s): invalid UTF-8: %zu byte%s replaced by U+FFFD "
                 "(the first at byte %zu)", r->file, doc->id ? doc->id : r->file, nbad,
                 nbad == 1 ? "" : "s", start + bad + 1);
        if (!(doc->warning = dyad_arena_strdup(&doc->arena, b)))
            return dyad_err_set(err, DYAD_ENOMEM, "%s: out of memory", r->file);
    }
    return 1;
}
