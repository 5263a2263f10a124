/* input.c — file/stdin byte stream, inflated with zlib when it is gzip, with capped line
 * reading. gzip is decoded with inflate() on our own buffer (not gzread) so that a truncated or
 * corrupt stream still delivers every byte decoded before the damage; the error comes after. */
#include "io/input.h"

#include <errno.h>
#include <fcntl.h>
#include <stdio.h>
#include <string.h>
#include <unistd.h>
#include <zlib.h>

#include "base/alloc.h"

#define CHUNK ((size_t)64 << 10)

struct dyad_input {
    int fd;
    char *name;
    char *buf;        /* buffered bytes [pos, end) */
    size_t pos, end, cap;
    size_t max_line;
    long lineno;
    bool eof;         /* the stream has no more bytes */
    bool skipping;    /* dropping the rest of an over-long line */
    /* Raw layer: bytes read from fd wait in zin[zpos, zlen) (plain data too). */
    unsigned char *zin;
    size_t zpos, zlen;
    bool started;     /* the format was detected */
    bool gzip;        /* inflating */
    bool zinit;       /* zs is initialised */
    bool in_member;   /* inside a gzip member (its end not seen yet) */
    bool fd_eof;      /* read() returned 0 */
    z_stream zs;
    int pend_rc;      /* an error to report after the bytes decoded before it */
    char pend_msg[DYAD_ERR_MAX];
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
    unsigned char *zin = dyad_malloc(CHUNK);
    if (!in || !name || !buf || !zin) {
        close(fd);
        dyad_free(in);
        dyad_free(name);
        dyad_free(buf);
        dyad_free(zin);
        return dyad_err_set(err, DYAD_ENOMEM, "%s: out of memory", path);
    }
    in->fd = fd;
    in->zin = zin;
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
    if (in->zinit)
        inflateEnd(&in->zs);
    close(in->fd);
    dyad_free(in->zin);
    dyad_free(in->name);
    dyad_free(in->buf);
    dyad_free(in);
}

/* Refills zin from fd when it is empty. Returns 1 when bytes are there, 0 at the end of the
 * file, DYAD_EIO on a read error. */
static int fill(dyad_input *in, dyad_err *err)
{
    if (in->zpos < in->zlen)
        return 1;
    in->zpos = in->zlen = 0;
    if (in->fd_eof)
        return 0;
    ssize_t r;
    do
        r = read(in->fd, in->zin, CHUNK);
    while (r < 0 && errno == EINTR);
    if (r < 0)
        return dyad_err_set(err, DYAD_EIO, "%s: read error: %s", in->name, strerror(errno));
    if (r == 0) {
        in->fd_eof = true;
        return 0;
    }
    in->zlen = (size_t)r;
    return 1;
}

/* Looks at the first two bytes: gzip's magic starts inflating, anything else passes through. */
static int detect(dyad_input *in, dyad_err *err)
{
    in->started = true;
    while (in->zlen < 2 && !in->fd_eof) { /* a pipe may deliver one byte at a time */
        ssize_t r;
        do
            r = read(in->fd, in->zin + in->zlen, CHUNK - in->zlen);
        while (r < 0 && errno == EINTR);
        if (r < 0)
            return dyad_err_set(err, DYAD_EIO, "%s: read error: %s", in->name, strerror(errno));
        if (r == 0)
            in->fd_eof = true;
        in->zlen += (size_t)r;
    }
    if (in->zlen >= 2 && in->zin[0] == 0x1f && in->zin[1] == 0x8b) {
        memset(&in->zs, 0, sizeof in->zs);
        if (inflateInit2(&in->zs, 16 + MAX_WBITS) != Z_OK)
            return dyad_err_set(err, DYAD_ENOMEM, "%s: cannot start inflating (zlib)", in->name);
        in->zinit = in->gzip = in->in_member = true;
    }
    return DYAD_OK;
}

/* Inflates into dst until some bytes come out, the data ends, or it is broken. Bytes decoded
 * before damage are returned first; the error is kept in pend_* for the next call. */
static long inflate_some(dyad_input *in, char *dst, size_t n, dyad_err *err)
{
    z_stream *zs = &in->zs;
    zs->next_out = (unsigned char *)dst;
    zs->avail_out = (uInt)n;
    while (zs->avail_out == n) {
        int f = fill(in, err);
        if (f < 0)
            return f;
        if (f == 0) {
            if (in->in_member) {
                in->pend_rc = DYAD_EIO;
                snprintf(in->pend_msg, sizeof in->pend_msg,
                         "%s: broken gzip data: unexpected end of file (truncated?)", in->name);
            }
            break;
        }
        if (!in->in_member) { /* another member follows, or trailing bytes (ignored, as gzip) */
            if (in->zin[in->zpos] != 0x1f) {
                in->zpos = in->zlen;
                in->fd_eof = true;
                break;
            }
            inflateReset(zs);
            in->in_member = true;
        }
        zs->next_in = in->zin + in->zpos;
        zs->avail_in = (uInt)(in->zlen - in->zpos);
        int ret = inflate(zs, Z_NO_FLUSH);
        in->zpos = in->zlen - zs->avail_in;
        if (ret == Z_STREAM_END) {
            in->in_member = false;
        } else if (ret != Z_OK && ret != Z_BUF_ERROR) {
            in->pend_rc = ret == Z_MEM_ERROR ? DYAD_ENOMEM : DYAD_EIO;
            snprintf(in->pend_msg, sizeof in->pend_msg, "%s: broken gzip data: %s", in->name,
                     zs->msg ? zs->msg : "corrupt stream");
            break;
        }
    }
    return (long)(n - zs->avail_out);
}

/* Reads raw bytes (inflated when gzip); a truncated or corrupt stream ends with DYAD_EIO after
 * the bytes decoded before the damage. */
static long raw_read(dyad_input *in, char *dst, size_t n, dyad_err *err)
{
    if (in->eof || n == 0)
        return 0;
    if (in->pend_rc) {
        in->eof = true;
        return dyad_err_set(err, in->pend_rc, "%s", in->pend_msg);
    }
    if (n > (size_t)1 << 30)
        n = (size_t)1 << 30;
    if (!in->started) {
        int rc = detect(in, err);
        if (rc != DYAD_OK) {
            in->eof = true;
            return rc;
        }
    }
    long got;
    if (in->gzip) {
        got = inflate_some(in, dst, n, err);
    } else {
        int f = fill(in, err);
        got = f;
        if (f > 0) {
            size_t k = in->zlen - in->zpos;
            if (k > n)
                k = n;
            memcpy(dst, in->zin + in->zpos, k);
            in->zpos += k;
            got = (long)k;
        }
    }
    if (got < 0) {
        in->eof = true;
        return got;
    }
    if (got == 0) {
        in->eof = true;
        if (in->pend_rc)
            return dyad_err_set(err, in->pend_rc, "%s", in->pend_msg);
    }
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
        if (got < 0) {
            if (in->end > in->pos && !in->skipping) { /* a line was cut off by the damage */
                char msg[DYAD_ERR_MAX];
                const char *m = err ? err->msg : "";
                size_t namelen = strlen(in->name);
                if (strncmp(m, in->name, namelen) == 0 && m[namelen] == ':' && m[namelen + 1] == ' ')
                    m += namelen + 2; /* the name comes first already */
                snprintf(msg, sizeof msg, "%s", m);
                in->pos = in->end = 0;
                return dyad_err_set(err, (int)got, "%s:%ld: %s (the line there is cut off)",
                                    in->name, in->lineno + 1, msg);
            }
            return (int)got;
        }
        in->end += (size_t)got;
    }
}
