/* inputs.c — reads several input files in order as one record stream; tracks bytes consumed. */
#include "pipeline/inputs.h"
#include "pipeline/stage_glue.h"

#include "base/alloc.h"
#include "base/hash.h"

#include <string.h>
#include <sys/stat.h>

struct dyad_inputs {
    const char *const *paths;
    int n, cur;             /* cur: index of the open file, or of the next to open */
    dyad_input_format fmt;
    dyad_reader *r;         /* the open reader, or NULL */
    uint64_t *size;         /* size of each regular file, 0 otherwise */
    uint64_t total;
    uint64_t finished;      /* sizes of the files read to the end */
    uint64_t cur_text;      /* text bytes read from the current file */
    uint64_t done;          /* published estimate (atomic) */
    long failed;            /* atomic */
    size_t max_text;        /* longest record text accepted (bytes), 0 = no limit */
    const char *columns;    /* CSV column spec (borrowed), or NULL */
    char date[11];          /* default date "YYYY-MM-DD", or "" */
    bool require_date;
    /* every id read so far (a record whose id is already here is rejected), and where each
     * was first read: the file index and line, by intern id */
    dyad_intern ids;
    int32_t *first_file;
    long *first_line;
    size_t first_cap;
};

int dyad_inputs_new(dyad_inputs **out, const char *const *paths, int n, dyad_input_format fmt,
                    dyad_err *err)
{
    *out = NULL;
    dyad_inputs *in = dyad_calloc(1, sizeof *in);
    if (!in || !(in->size = dyad_calloc(n > 0 ? (size_t)n : 1, sizeof *in->size))) {
        dyad_free(in);
        return dyad_err_set(err, DYAD_ENOMEM, "out of memory");
    }
    in->paths = paths;
    in->n = n;
    in->fmt = fmt;
    dyad_intern_init(&in->ids);
    for (int i = 0; i < n; i++) {
        struct stat sb;
        if (strcmp(paths[i], "-") != 0 && stat(paths[i], &sb) == 0 && S_ISREG(sb.st_mode))
            in->size[i] = (uint64_t)sb.st_size;
        in->total += in->size[i];
    }
    *out = in;
    return DYAD_OK;
}

/* "YYYY-MM-DD" or "YYYYMMDD" naming a real day → out "YYYY-MM-DD"; false otherwise. */
static bool norm_date(const char *s, char out[11])
{
    size_t n = strlen(s);
    bool dashed = n == 10 && s[4] == '-' && s[7] == '-';
    if (!dashed && n != 8)
        return false;
    int v[8], k = 0;
    for (size_t i = 0; i < n; i++) {
        if (dashed && (i == 4 || i == 7))
            continue;
        if (s[i] < '0' || s[i] > '9')
            return false;
        v[k++] = s[i] - '0';
    }
    int y = v[0] * 1000 + v[1] * 100 + v[2] * 10 + v[3], m = v[4] * 10 + v[5], d = v[6] * 10 + v[7];
    static const int mdays[12] = {31, 29, 31, 30, 31, 30, 31, 31, 30, 31, 30, 31};
    bool leap = (y % 4 == 0 && y % 100 != 0) || y % 400 == 0;
    if (y < 1 || m < 1 || m > 12 || d < 1 || d > mdays[m - 1] || (m == 2 && d == 29 && !leap))
        return false;
    for (int i = 0, j = 0; i < 10; i++)
        out[i] = (i == 4 || i == 7) ? '-' : (char)('0' + v[j++]);
    out[10] = '\0';
    return true;
}

int dyad_inputs_set_date(dyad_inputs *in, const char *date, bool require, dyad_err *err)
{
    in->require_date = require;
    in->date[0] = '\0';
    if (date && !norm_date(date, in->date))
        return dyad_err_set(err, DYAD_EINVAL,
                            "bad date '%s': expected a real day as YYYY-MM-DD", date);
    return DYAD_OK;
}

void dyad_inputs_free(dyad_inputs *in)
{
    if (!in)
        return;
    if (in->r)
        dyad_reader_close(in->r);
    dyad_intern_free(&in->ids);
    dyad_free(in->first_file);
    dyad_free(in->first_line);
    dyad_free(in->size);
    dyad_free(in);
}

static void publish(dyad_inputs *in)
{
    uint64_t cur = 0;
    if (in->cur < in->n) {
        cur = in->cur_text;
        if (in->size[in->cur] && cur > in->size[in->cur])
            cur = in->size[in->cur];
    }
    __atomic_store_n(&in->done, in->finished + cur, __ATOMIC_RELAXED);
}

static void end_file(dyad_inputs *in)
{
    if (in->r)
        dyad_reader_close(in->r);
    in->r = NULL;
    in->finished += in->size[in->cur];
    in->cur_text = 0;
    in->cur++;
    publish(in);
}

/* Records doc's id as seen; DYAD_EFORMAT (err names both places) when it was seen before. */
static int check_new_id(dyad_inputs *in, const dyad_doc *doc, dyad_err *err)
{
    const char *id = doc->id ? doc->id : "";
    size_t n = strlen(id);
    uint32_t before = in->ids.count;
    int32_t k = dyad_intern_add(&in->ids, id, n);
    if (k < 0)
        return dyad_err_set(err, DYAD_ENOMEM, "%s:%ld: out of memory", doc->file, doc->line);
    if (in->ids.count == before)
        return dyad_err_set(err, DYAD_EFORMAT,
                            "%s:%ld (id %.200s): duplicate id: the record at %s:%ld has it "
                            "already; ids must be unique in a run",
                            doc->file ? doc->file : "-", doc->line, id,
                            in->paths[in->first_file[k]], in->first_line[k]);
    if ((size_t)k >= in->first_cap) {
        size_t cap = in->first_cap;
        if (dyad_grow((void **)&in->first_file, &cap, (size_t)k + 1, sizeof *in->first_file) !=
                DYAD_OK ||
            dyad_grow((void **)&in->first_line, &in->first_cap, (size_t)k + 1,
                      sizeof *in->first_line) != DYAD_OK)
            return dyad_err_set(err, DYAD_ENOMEM, "%s:%ld: out of memory", doc->file, doc->line);
    }
    in->first_file[k] = in->cur;
    in->first_line[k] = doc->line;
    return DYAD_OK;
}

int dyad_inputs_next(void *ctx, dyad_doc *doc, dyad_err *err)
{
    dyad_inputs *in = ctx;
    while (in->cur < in->n) {
        if (!in->r) {
            int rc = dyad_reader_open(&in->r, in->paths[in->cur], in->fmt, err);
            if (rc == DYAD_OK && in->date[0])
                rc = dyad_reader_set_default_date(in->r, in->date, err);
            if (rc == DYAD_OK && in->fmt == DYAD_IN_CSV)
                rc = dyad_reader_set_columns(in->r, in->columns, err);
            if (rc != DYAD_OK) {
                dyad_reader_close(in->r);
                in->r = NULL;
                __atomic_add_fetch(&in->failed, 1, __ATOMIC_RELAXED);
                dyad_doc_reset(doc);
                doc->file = in->paths[in->cur];
                end_file(in);
                return rc < 0 ? rc : DYAD_EIO;
            }
        }
        int rc = dyad_reader_next(in->r, doc, err);
        if (rc == 1) {
            in->cur_text += doc->text_len;
            publish(in);
            if (in->require_date && (!doc->date || !doc->date[0]))
                return dyad_err_set(err, DYAD_EFORMAT,
                                    "%s:%ld (id %s): no date: the record has none and no "
                                    "--date YYYY-MM-DD was given", doc->file ? doc->file : "-",
                                    doc->line, doc->id ? doc->id : "");
            int irc = check_new_id(in, doc, err);
            if (irc == DYAD_OK && in->max_text > 0 && doc->text_len > in->max_text)
                return dyad_err_set(err, DYAD_EFORMAT,
                                    "%s:%ld (id %s): record too long: %zu bytes of text, over "
                                    "--max-record-bytes %zu (raise it to code this record)",
                                    doc->file ? doc->file : "-", doc->line,
                                    doc->id ? doc->id : "", doc->text_len, in->max_text);
            return irc == DYAD_OK ? 1 : irc;
        }
        if (rc == 0) {
            end_file(in);
            continue;
        }
        if (rc == DYAD_EIO) { /* the rest of this file cannot be read */
            __atomic_add_fetch(&in->failed, 1, __ATOMIC_RELAXED);
            end_file(in);
        }
        return rc;
    }
    return 0;
}

void dyad_inputs_set_max_text(dyad_inputs *in, size_t max) { in->max_text = max; }

void dyad_inputs_set_columns(dyad_inputs *in, const char *spec) { in->columns = spec; }

uint64_t dyad_inputs_total_bytes(const dyad_inputs *in) { return in->total; }

uint64_t dyad_inputs_done_bytes(const dyad_inputs *in)
{
    return __atomic_load_n(&in->done, __ATOMIC_RELAXED);
}

long dyad_inputs_failed_files(const dyad_inputs *in)
{
    return __atomic_load_n(&in->failed, __ATOMIC_RELAXED);
}
