/* model_file.c — writing and checking dyad model files (see model_file.h for the layout). */
#include "nlp/model_file.h"

#include "base/alloc.h"

#include <errno.h>
#include <fcntl.h>
#include <stdio.h>
#include <string.h>
#include <sys/mman.h>
#include <sys/stat.h>
#include <unistd.h>
#include <zlib.h>

static const char mf_magic[8] = {'D', 'Y', 'A', 'D', 'M', 'D', 'L', 0};
#define MF_PROBE 0x01020304u
#define MF_ENTRY (DYAD_MF_NAME + 16u)

void dyad_mbuf_put(dyad_mbuf *b, const void *data, size_t n)
{
    if (b->failed || n == 0)
        return;
    if (b->n + n > b->cap) {
        size_t cap = b->cap;
        if (dyad_grow(&b->p, &cap, b->n + n, 1) != DYAD_OK) {
            b->failed = true;
            return;
        }
        b->cap = cap;
    }
    memcpy(b->p + b->n, data, n);
    b->n += n;
}

void dyad_mbuf_u32(dyad_mbuf *b, uint32_t v) { dyad_mbuf_put(b, &v, 4); }
void dyad_mbuf_f32(dyad_mbuf *b, float v) { dyad_mbuf_put(b, &v, 4); }

void dyad_mbuf_align(dyad_mbuf *b, size_t align)
{
    static const uint8_t zeros[64];
    size_t pad = (align - b->n % align) % align;
    dyad_mbuf_put(b, zeros, pad);
}

void dyad_mbuf_free(dyad_mbuf *b)
{
    dyad_free(b->p);
    memset(b, 0, sizeof *b);
}

static void put_u64(uint8_t *p, uint64_t v) { memcpy(p, &v, 8); }
static void put_u32(uint8_t *p, uint32_t v) { memcpy(p, &v, 4); }
static uint64_t get_u64(const uint8_t *p)
{
    uint64_t v;
    memcpy(&v, p, 8);
    return v;
}
static uint32_t get_u32(const uint8_t *p)
{
    uint32_t v;
    memcpy(&v, p, 4);
    return v;
}

static uint32_t payload_crc(const uint8_t *p, size_t n)
{
    uLong crc = crc32(0L, Z_NULL, 0);
    while (n > 0) { /* zlib takes uInt lengths */
        uInt chunk = n > (1u << 30) ? (1u << 30) : (uInt)n;
        crc = crc32(crc, p, chunk);
        p += chunk;
        n -= chunk;
    }
    return (uint32_t)crc;
}

int dyad_mf_write(const char *path, int nsec, const char *const *names,
                  const dyad_mbuf *const *secs, dyad_err *err)
{
    dyad_mbuf out = {0};
    size_t table = DYAD_MF_HEADER + (size_t)nsec * MF_ENTRY;
    uint8_t zero[DYAD_MF_HEADER] = {0};
    dyad_mbuf_put(&out, zero, DYAD_MF_HEADER);
    for (int i = 0; i < nsec; i++) {
        uint8_t e[MF_ENTRY] = {0};
        dyad_mbuf_put(&out, e, MF_ENTRY);
    }
    for (int i = 0; i < nsec; i++) {
        dyad_mbuf_align(&out, 16);
        if (out.failed)
            break;
        uint8_t *e = out.p + DYAD_MF_HEADER + (size_t)i * MF_ENTRY;
        size_t nl = strlen(names[i]);
        memcpy(e, names[i], nl < DYAD_MF_NAME - 1 ? nl : DYAD_MF_NAME - 1);
        put_u64(e + DYAD_MF_NAME, out.n);
        put_u64(e + DYAD_MF_NAME + 8, secs[i]->n);
        dyad_mbuf_put(&out, secs[i]->p, secs[i]->n);
    }
    if (out.failed || secs == NULL) {
        dyad_mbuf_free(&out);
        return dyad_err_set(err, DYAD_ENOMEM, "%s: out of memory building the model", path);
    }
    (void)table;
    memcpy(out.p, mf_magic, 8);
    put_u32(out.p + 8, DYAD_MF_VERSION);
    put_u32(out.p + 12, MF_PROBE);
    put_u32(out.p + 16, (uint32_t)nsec);
    put_u32(out.p + 20, payload_crc(out.p + DYAD_MF_HEADER, out.n - DYAD_MF_HEADER));
    put_u64(out.p + 24, out.n - DYAD_MF_HEADER);
    int rc = DYAD_OK;
    FILE *f = fopen(path, "wb");
    if (!f) {
        rc = dyad_err_set(err, DYAD_EIO, "%s: cannot create: %s", path, strerror(errno));
    } else {
        size_t w = fwrite(out.p, 1, out.n, f);
        if (fclose(f) != 0 || w != out.n)
            rc = dyad_err_set(err, DYAD_EIO, "%s: write failed: %s", path, strerror(errno));
    }
    dyad_mbuf_free(&out);
    return rc;
}

static int mf_check(dyad_mfile *mf, dyad_err *err)
{
    const uint8_t *d = mf->data;
    const char *name = mf->path;
    if (mf->size < DYAD_MF_HEADER || memcmp(d, mf_magic, 8) != 0)
        return dyad_err_set(err, DYAD_ECORRUPT, "%s: not a dyad model file (bad magic)", name);
    if (get_u32(d + 12) != MF_PROBE)
        return dyad_err_set(err, DYAD_ECORRUPT,
                            "%s: model written on a machine of other byte order", name);
    uint32_t ver = get_u32(d + 8);
    if (ver != DYAD_MF_VERSION)
        return dyad_err_set(err, DYAD_EVERSION,
                            "%s: model format version %u, this dyad reads version %u "
                            "(retrain with 'dyad train')", name, ver, DYAD_MF_VERSION);
    uint64_t psize = get_u64(d + 24);
    if (psize != mf->size - DYAD_MF_HEADER)
        return dyad_err_set(err, DYAD_ECORRUPT,
                            "%s: truncated or padded model (payload %llu bytes, file has %llu)",
                            name, (unsigned long long)psize,
                            (unsigned long long)(mf->size - DYAD_MF_HEADER));
    if (payload_crc(d + DYAD_MF_HEADER, (size_t)psize) != get_u32(d + 20))
        return dyad_err_set(err, DYAD_ECORRUPT, "%s: checksum mismatch (corrupted model)", name);
    uint32_t nsec = get_u32(d + 16);
    if (nsec > 1024 || DYAD_MF_HEADER + (uint64_t)nsec * MF_ENTRY > mf->size)
        return dyad_err_set(err, DYAD_ECORRUPT, "%s: bad section table", name);
    for (uint32_t i = 0; i < nsec; i++) {
        const uint8_t *e = d + DYAD_MF_HEADER + (size_t)i * MF_ENTRY;
        uint64_t off = get_u64(e + DYAD_MF_NAME), sz = get_u64(e + DYAD_MF_NAME + 8);
        if (e[DYAD_MF_NAME - 1] != 0 || off % 16 != 0 || off > mf->size || sz > mf->size - off)
            return dyad_err_set(err, DYAD_ECORRUPT, "%s: section %u out of bounds", name, i);
    }
    return DYAD_OK;
}

int dyad_mf_from_memory(dyad_mfile *mf, const void *data, size_t size, const char *name,
                        dyad_err *err)
{
    memset(mf, 0, sizeof *mf);
    mf->data = data;
    mf->size = size;
    snprintf(mf->path, sizeof mf->path, "%s", name);
    return mf_check(mf, err);
}

int dyad_mf_open(dyad_mfile *mf, const char *path, dyad_err *err)
{
    memset(mf, 0, sizeof *mf);
    snprintf(mf->path, sizeof mf->path, "%s", path);
    int fd = open(path, O_RDONLY);
    if (fd < 0)
        return dyad_err_set(err, errno == ENOENT ? DYAD_ENOTFOUND : DYAD_EIO,
                            "%s: cannot open model: %s", path, strerror(errno));
    struct stat st;
    if (fstat(fd, &st) != 0) {
        close(fd);
        return dyad_err_set(err, DYAD_EIO, "%s: %s", path, strerror(errno));
    }
    if (st.st_size < (off_t)DYAD_MF_HEADER) {
        close(fd);
        return dyad_err_set(err, DYAD_ECORRUPT, "%s: truncated model (%lld bytes)", path,
                            (long long)st.st_size);
    }
    void *p = mmap(NULL, (size_t)st.st_size, PROT_READ, MAP_PRIVATE, fd, 0);
    close(fd);
    if (p == MAP_FAILED)
        return dyad_err_set(err, DYAD_EIO, "%s: mmap failed: %s", path, strerror(errno));
    mf->data = p;
    mf->size = (size_t)st.st_size;
    mf->mapped = true;
    int rc = mf_check(mf, err);
    if (rc != DYAD_OK)
        dyad_mf_close(mf);
    return rc;
}

void dyad_mf_close(dyad_mfile *mf)
{
    if (mf->mapped && mf->data)
        munmap((void *)mf->data, mf->size);
    mf->data = NULL;
    mf->size = 0;
    mf->mapped = false;
}

int dyad_mf_section(const dyad_mfile *mf, const char *name, dyad_mcur *cur, dyad_err *err)
{
    uint32_t nsec = get_u32(mf->data + 16);
    for (uint32_t i = 0; i < nsec; i++) {
        const uint8_t *e = mf->data + DYAD_MF_HEADER + (size_t)i * MF_ENTRY;
        if (strncmp((const char *)e, name, DYAD_MF_NAME) == 0) {
            uint64_t off = get_u64(e + DYAD_MF_NAME);
            cur->p = mf->data + off;
            cur->n = (size_t)get_u64(e + DYAD_MF_NAME + 8);
            cur->pos = 0;
            cur->file = mf->path;
            cur->sec = (const char *)e;
            cur->bad = false;
            return DYAD_OK;
        }
    }
    return dyad_err_set(err, DYAD_ECORRUPT, "%s: no section '%s'", mf->path, name);
}

const void *dyad_mcur_array(dyad_mcur *c, size_t count, size_t elem, size_t align)
{
    if (c->bad)
        return NULL;
    size_t pos = (c->pos + align - 1) / align * align;
    if (pos > c->n || (elem && count > (c->n - pos) / elem)) {
        c->bad = true;
        return NULL;
    }
    c->pos = pos + count * elem;
    return c->p + pos;
}

uint32_t dyad_mcur_u32(dyad_mcur *c)
{
    const void *p = dyad_mcur_array(c, 1, 4, 1);
    return p ? get_u32(p) : 0;
}

float dyad_mcur_f32(dyad_mcur *c)
{
    const void *p = dyad_mcur_array(c, 1, 4, 1);
    float v = 0;
    if (p)
        memcpy(&v, p, 4);
    return v;
}

int dyad_mcur_check(const dyad_mcur *c, dyad_err *err)
{
    if (c->bad)
        return dyad_err_set(err, DYAD_ECORRUPT, "%s: section '%s' is shorter than its content",
                            c->file, c->sec ? c->sec : "?");
    return DYAD_OK;
}
