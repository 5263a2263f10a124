/* writer.c — dyad_writer: picks the TSV, JSONL or SQLite back end by name and feeds it. */
#include "io/writer.h"

#include <errno.h>
#include <stdio.h>
#include <string.h>

#include "base/alloc.h"
#include "io/write_sqlite.h"

enum { W_TSV, W_JSONL, W_SQLITE };

struct dyad_writer {
    int kind;
    FILE *f;          /* text formats */
    bool own_f;       /* opened by us (not stdout) */
    char *path;
    dyad_strbuf sb;
    dyad_sqlite_store *db;
    bool failed;
};

int dyad_writer_open_opts(dyad_writer **out, const char *format, const char *path,
                          const dyad_writer_opts *opts, dyad_err *err)
{
    *out = NULL;
    int kind;
    if (strcmp(format, "tsv") == 0)
        kind = W_TSV;
    else if (strcmp(format, "jsonl") == 0)
        kind = W_JSONL;
    else if (strcmp(format, "sqlite") == 0)
        kind = W_SQLITE;
    else
        return dyad_err_set(err, DYAD_EINVAL, "unknown output format '%s' (tsv, jsonl, sqlite)",
                            format);
    dyad_writer *w = dyad_calloc(1, sizeof *w);
    if (!w || !(w->path = dyad_strdup(path))) {
        dyad_free(w);
        return dyad_err_set(err, DYAD_ENOMEM, "out of memory");
    }
    w->kind = kind;
    int rc = DYAD_OK;
    if (kind == W_SQLITE) {
        rc = dyad_sqlite_open(&w->db, path, opts ? opts->batch_docs : 0, opts ? opts->commit_ms : 0,
                               err);
    } else if (strcmp(path, "-") == 0) {
        w->f = stdout;
    } else if (!(w->f = fopen(path, "w"))) {
        rc = dyad_err_set(err, DYAD_EIO, "%s: cannot open for writing: %s", path,
                          strerror(errno));
    } else {
        w->own_f = true;
    }
    if (rc == DYAD_OK && kind == W_TSV && opts && opts->header)
        dyad_render_tsv_header(&w->sb);
    if (rc != DYAD_OK) {
        dyad_writer_close(w);
        return rc;
    }
    *out = w;
    return DYAD_OK;
}

int dyad_writer_open(dyad_writer **out, const char *format, const char *path, dyad_err *err)
{
    return dyad_writer_open_opts(out, format, path, NULL, err);
}

static int flush(dyad_writer *w, dyad_err *err)
{
    if (w->sb.failed)
        return dyad_err_set(err, DYAD_ENOMEM, "out of memory formatting output");
    if (w->sb.len && fwrite(w->sb.data, 1, w->sb.len, w->f) != w->sb.len)
        return dyad_err_set(err, DYAD_EIO, "%s: write failed: %s", w->path, strerror(errno));
    dyad_sb_clear(&w->sb);
    return DYAD_OK;
}

int dyad_writer_doc(dyad_writer *w, const dyad_doc *doc, const dyad_event_list *ev,
                    dyad_err *err)
{
    return dyad_writer_doc_status(w, doc, ev, NULL, err);
}

int dyad_writer_doc_status(dyad_writer *w, const dyad_doc *doc, const dyad_event_list *ev,
                           const char *status, dyad_err *err)
{
    if (w->failed)
        return dyad_err_set(err, DYAD_EINVAL, "%s: writer already failed", w->path);
    int rc;
    if (w->kind == W_SQLITE) {
        rc = dyad_sqlite_doc(w->db, doc, ev, status, err);
    } else {
        if (w->kind == W_TSV)
            dyad_render_tsv_list(&w->sb, doc, ev);
        else
            dyad_render_jsonl_list(&w->sb, doc, ev);
        rc = w->sb.len >= 65536 || w->sb.failed ? flush(w, err) : DYAD_OK;
    }
    if (rc != DYAD_OK)
        w->failed = true;
    return rc;
}

int dyad_writer_finish(dyad_writer *w, dyad_err *err)
{
    if (w->failed)
        return dyad_err_set(err, DYAD_EINVAL, "%s: writer already failed", w->path);
    int rc;
    if (w->kind == W_SQLITE) {
        rc = dyad_sqlite_commit(w->db, err);
    } else if (!w->f) {
        rc = DYAD_OK; /* finished before */
    } else if ((rc = flush(w, err)) == DYAD_OK) {
        if (fflush(w->f) != 0 || ferror(w->f))
            rc = dyad_err_set(err, DYAD_EIO, "%s: writing output failed: %s", w->path,
                              strerror(errno));
        if (w->own_f) {
            if (fclose(w->f) != 0 && rc == DYAD_OK)
                rc = dyad_err_set(err, DYAD_EIO, "%s: closing output failed: %s", w->path,
                                  strerror(errno));
            w->own_f = false;
            w->f = NULL;
        }
    }
    if (rc != DYAD_OK)
        w->failed = true;
    return rc;
}

void dyad_writer_close(dyad_writer *w)
{
    if (!w)
        return;
    if (w->own_f && w->f)
        fclose(w->f);
    dyad_sqlite_close(w->db);
    dyad_sb_free(&w->sb);
    dyad_free(w->path);
    dyad_free(w);
}
