/* inputs.c — reads several input files in order as one record stream; tracks bytes consumed. */
#include "pipeline/inputs.h"
#include "pipeline/stage_glue.h"

#include "base/alloc.h"

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
    for (int i = 0; i < n; i++) {
        struct stat sb;
        if (strcmp(paths[i], "-") != 0 && stat(paths[i], &sb) == 0 && S_ISREG(sb.st_mode))
            in->size[i] = (uint64_t)sb.st_size;
        in->total += in->size[i];
    }
    *out = in;
    return DYAD_OK;
}

void dyad_inputs_free(dyad_inputs *in)
{
    if (!in)
        return;
    if (in->r)
        dyad_reader_close(in->r);
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

int dyad_inputs_next(void *ctx, dyad_doc *doc, dyad_err *err)
{
    dyad_inputs *in = ctx;
    while (in->cur < in->n) {
        if (!in->r) {
            int rc = dyad_reader_open(&in->r, in->paths[in->cur], in->fmt, err);
            if (rc != DYAD_OK) {
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
            return 1;
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

uint64_t dyad_inputs_total_bytes(const dyad_inputs *in) { return in->total; }

uint64_t dyad_inputs_done_bytes(const dyad_inputs *in)
{
    return __atomic_load_n(&in->done, __ATOMIC_RELAXED);
}

long dyad_inputs_failed_files(const dyad_inputs *in)
{
    return __atomic_load_n(&in->failed, __ATOMIC_RELAXED);
}
