/* reader.c — opens an input and dispatches record reading to the format's reader. */
#include "io/reader.h"

#include <string.h>

#include "base/alloc.h"
#include "io/reader_internal.h"

int dyad_input_format_parse(const char *name)
{
    if (!name)
        return -1;
    if (strcmp(name, "jsonl") == 0 || strcmp(name, "json") == 0)
        return DYAD_IN_JSONL;
    if (strcmp(name, "text") == 0 || strcmp(name, "txt") == 0)
        return DYAD_IN_TEXT;
    if (strcmp(name, "petrxml") == 0 || strcmp(name, "xml") == 0)
        return DYAD_IN_PETRXML;
    if (strcmp(name, "conllu") == 0)
        return DYAD_IN_CONLLU;
    if (strcmp(name, "csv") == 0)
        return DYAD_IN_CSV;
    return -1;
}

int dyad_reader_open(dyad_reader **out, const char *path, dyad_input_format fmt, dyad_err *err)
{
    *out = NULL;
    if ((unsigned)fmt > DYAD_IN_CSV)
        return dyad_err_set(err, DYAD_EINVAL, "%s: unknown input format %d", path, (int)fmt);
    dyad_reader *r = dyad_calloc(1, sizeof *r);
    if (!r)
        return dyad_err_set(err, DYAD_ENOMEM, "%s: out of memory", path);
    r->file = dyad_strdup(path);
    if (!r->file) {
        dyad_free(r);
        return dyad_err_set(err, DYAD_ENOMEM, "%s: out of memory", path);
    }
    int rc = dyad_input_open(&r->in, path, err);
    if (rc != DYAD_OK) {
        dyad_free(r->file);
        dyad_free(r);
        return rc;
    }
    r->fmt = fmt;
    *out = r;
    return DYAD_OK;
}

int dyad_reader_set_default_date(dyad_reader *r, const char *date, dyad_err *err)
{
    if (!date || !*date) {
        r->default_date[0] = '\0';
        return DYAD_OK;
    }
    char d[11];
    int rc = dyad_reader_norm_date(date, strlen(date), d);
    if (rc == -1)
        return dyad_err_set(err, DYAD_EINVAL, "bad date '%s': expected YYYY-MM-DD", date);
    if (rc == -2)
        return dyad_err_set(err, DYAD_EINVAL, "impossible date '%s'", date);
    memcpy(r->default_date, d, sizeof d);
    return DYAD_OK;
}

int dyad_reader_next(dyad_reader *r, dyad_doc *doc, dyad_err *err)
{
    dyad_doc_reset(doc);
    /* A copy per document: workers may still use it after this reader is closed. */
    doc->file = dyad_arena_strdup(&doc->arena, r->file);
    if (!doc->file) {
        doc->file = "-";
        return dyad_err_set(err, DYAD_ENOMEM, "%s: out of memory", r->file);
    }
    doc->index = r->index;
    int rc;
    switch (r->fmt) {
    case DYAD_IN_JSONL: rc = dyad_read_jsonl(r, doc, err); break;
    case DYAD_IN_TEXT: rc = dyad_read_text(r, doc, err); break;
    case DYAD_IN_PETRXML: rc = dyad_read_petrxml(r, doc, err); break;
    case DYAD_IN_CSV: rc = dyad_read_csv(r, doc, err); break;
    default: rc = dyad_read_conllu(r, doc, err); break;
    }
    if (rc == 1) {
        if (!doc->date[0] && r->default_date[0]) {
            char *d = dyad_arena_strdup(&doc->arena, r->default_date);
            if (!d)
                return dyad_err_set(err, DYAD_ENOMEM, "%s: out of memory", r->file);
            doc->date = d;
        }
        r->index++;
    }
    return rc;
}

void dyad_reader_close(dyad_reader *r)
{
    if (!r)
        return;
    dyad_read_petrxml_free(r);
    dyad_read_conllu_free(r);
    dyad_read_csv_free(r);
    dyad_input_close(r->in);
    dyad_free(r->file);
    dyad_free(r);
}

static bool digits(const char *s, size_t n)
{
    for (size_t i = 0; i < n; i++)
        if (s[i] < '0' || s[i] > '9')
            return false;
    return true;
}

static int num(const char *s, size_t n)
{
    int v = 0;
    for (size_t i = 0; i < n; i++)
        v = v * 10 + (s[i] - '0');
    return v;
}

int dyad_reader_norm_date(const char *s, size_t n, char out[11])
{
    int y, m, d;
    if (n == 8 && digits(s, 8)) {
        y = num(s, 4);
        m = num(s + 4, 2);
        d = num(s + 6, 2);
    } else if (n >= 10 && digits(s, 4) && s[4] == '-' && digits(s + 5, 2) && s[7] == '-' &&
               digits(s + 8, 2) && (n == 10 || s[10] == 'T' || s[10] == ' ')) {
        if (n > 10) { /* an ISO timestamp: HH:MM at least */
            if (n < 16 || !digits(s + 11, 2) || s[13] != ':' || !digits(s + 14, 2))
                return -1;
            if (num(s + 11, 2) > 23 || num(s + 14, 2) > 59)
                return -2;
        }
        y = num(s, 4);
        m = num(s + 5, 2);
        d = num(s + 8, 2);
    } else {
        return -1;
    }
    static const int mdays[12] = {31, 29, 31, 30, 31, 30, 31, 31, 30, 31, 30, 31};
    if (y < 1 || m < 1 || m > 12 || d < 1 || d > mdays[m - 1])
        return -2;
    if (m == 2 && d == 29 && !((y % 4 == 0 && y % 100 != 0) || y % 400 == 0))
        return -2;
    out[0] = (char)('0' + y / 1000);
    out[1] = (char)('0' + y / 100 % 10);
    out[2] = (char)('0' + y / 10 % 10);
    out[3] = (char)('0' + y % 10);
    out[4] = '-';
    out[5] = (char)('0' + m / 10);
    out[6] = (char)('0' + m % 10);
    out[7] = '-';
    out[8] = (char)('0' + d / 10);
    out[9] = (char)('0' + d % 10);
    out[10] = '\0';
    return 0;
}
