/* input.c — file/stdin byte stream through zlib (gzip or plain) with capped line reading. */
#include "io/input.h"

#include <errno.h>
#include <fcntl.h>
#include <string.h>
#include <unistd.h>
#include <zlib.h>

#include "base/alloc.h"

#define CHUNK ((size_t)64 << 10)

struct dyad_input {
    gzFile gz;
    char *name;
    char *buf;        /* buffered bytes [pos, end) */
    size_t pos, end, cap;
    size_t max_line;
    long lineno;
    bool eof;         /* the stream has no more bytes */
    bool skipping;    /* dropping the rest of an over-long line */
};

int dyad_input_open(dyad_input **out, const char *path, dyad_err *err)
{
    *out = NULL;
    bool is_stdin = strcmp(path, "-") == 0;
    int fd = is_stdin ? dup(0) : open(path, O_RDONLY);
    if (fd < 0) {
        int e = errno;
        return dyad_err_set(err, e == ENOENT ? DYAD_ENOTFOUND : DYAD_EIO, "%s: cannot open: %s",
                            path, strerror(e));
    }
    dyad_input *in = dyad_calloc(1, sizeof *in);
    char *name = dyad_strdup(path);
    char *buf = dyad_malloc(CHUNK + 1);
    if (!in || !name || !buf) {
        close(fd);
        dyad_free(in);
        dyad_free(name);
        dyad_free(buf);
        return dyad_err_set(err, DYAD_ENOMEM, "%s: out of memory", path);
    }
    gzFile gz = gzdopen(fd, "rb");
    if (!gz) {
        close(fd);
        dyad_free(in);
        dyad_free(name);
        dyad_free(buf);
        return dyad_err_set(err, DYAD_ENOMEM, "%s: cannot start reading (zlib)", path);
    }
    gzbuffer(gz, (unsigned)CHUNK);
    in->gz = gz;
    in->name = name;
    in->buf = buf;
    in->cap = CHUNK;
    in->max_line = DYAD_INPUT_MAX_LINE;
    *out = in;
    return DYAD_OK;
}

void dyad_input_set_max_line(dyad_input *in, size_t max) { in->max_line = max ? max : 1; }
size_t dyad_input_max_line(const dyad_input *in) { return in->max_line; }
long dyad_input_lineno(const dyad_input *in) { return in->lineno; }
const char *dyad_input_name(const dyad_input *in) { return in->name; }

void dyad_input_close(dyad_input *in)
{
    if (!in)
        return;
    if (in->gz)
        gzclose(in->gz);
    dyad_free(in->name);
    dyad_free(in->buf);
    dyad_free(in);
}

/* Reads raw bytes from zlib; reports a truncated or corrupt stream as DYAD_EIO. */
static long raw_read(dyad_input *in, char *dst, size_t n, dyad_err *err)
{
    if (in->eof || n == 0)
        return 0;
    if (n > (size_t)1 << 30)
        n = (size_t)1 << 30;
    int got = gzread(in->gz, dst, (unsigned)n);
    int zerr = Z_OK;
    const char *msg = gzerror(in->gz, &zerr);
    if (got < 0 || (zerr != Z_OK && zerr != Z_STREAM_END)) {
        in->eof = true;
        if (zerr == Z_ERRNO)
            return dyad_err_set(err, DYAD_EIO, "%s: read error: %s", in->name, strerror(errno));
        return dyad_err_set(err, DYAD_EIO, "%s: broken gzip data: %s", in->name,
                            msg ? msg : "unknown zlib error");
    }
    if (got == 0)
        in->eof = true;
    return got;
}

long dyad_input_read(dyad_input *in, char *dst, size_t n, dyad_err *err)
{
    if (in->pos < in->end) { /* bytes buffered by an earlier getline */
        size_t k = in->end - in->pos;
        if (k > n)
            k = n;
        memcpy(dst, in->buf + in->pos, k);
        in->pos += k;
        return (long)k;
    }
    return raw_read(in, dst, n, err);
}

/* Makes room for at least `want` more bytes after end, compacting first. */
static int make_room(dyad_input *in, size_t want, dyad_err *err)
{
    if (in->pos > 0) {
        memmove(in->buf, in->buf + in->pos, in->end - in->pos);
        in->end -= in->pos;
        in->pos = 0;
    }
    if (in->cap - in->end >= want)
        return DYAD_OK;
    size_t ncap = in->cap * 2;
    while (ncap - in->end < want)
        ncap *= 2;
    char *nb = dyad_realloc(in->buf, ncap + 1);
    if (!nb)
        return dyad_err_set(err, DYAD_ENOMEM, "%s: out of memory for a line of %zu bytes",
                            in->name, in->end);
    in->buf = nb;
    in->cap = ncap;
    return DYAD_OK;
}

int dyad_input_getline(dyad_input *in, const char **line, size_t *len, dyad_err *err)
{
    size_t scanned = 0; /* bytes after pos known to hold no newline */
    for (;;) {
        char *start = in->buf + in->pos;
        size_t have = in->end - in->pos;
        char *nl = have > scanned ? memchr(start + scanned, '\n', have - scanned) : NULL;
        if (in->skipping) {
            if (nl) {
                in->pos += (size_t)(nl - start) + 1;
                in->skipping = false;
                scanned = 0;
                continue;
            }
            in->pos = in->end = 0;
        } else if (nl || (in->eof && have > 0)) {
            size_t n = nl ? (size_t)(nl - start) : have;
            in->pos += nl ? n + 1 : n;
            in->lineno++;
            if (n > in->max_line)
                return dyad_err_set(err, DYAD_EFORMAT, "%s:%ld: line of %zu bytes is over the %zu-byte limit",
                                    in->name, in->lineno, n, in->max_line);
            if (n > 0 && start[n - 1] == '\r')
                n--;
            start[n] = '\0';
            *line = start;
            *len = n;
            return 1;
        } else if (have > in->max_line) {
            in->lineno++;
            in->skipping = true;
            in->pos = in->end = 0;
            return dyad_err_set(err, DYAD_EFORMAT, "%s:%ld: line is over the %zu-byte limit",
                                in->name, in->lineno, in->max_line);
        } else {
            scanned = have;
        }
        if (in->eof)
            return 0;
        int rc = make_room(in, CHUNK, err);
        if (rc != DYAD_OK)
            return rc;
        long got = raw_read(in, in->buf + in->end, in->cap - in->end, err);
        if (got < 0)
            return (int)got;
        in->end += (size_t)got;
    }
}
