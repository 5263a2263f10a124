/* model_file.h — versioned binary model files: header, section table, crc32; mmapped, read through a bounds-checked cursor. */
#ifndef DYAD_NLP_MODEL_FILE_H
#define DYAD_NLP_MODEL_FILE_H

#include "base/common.h"

/* On-disk layout (all integers in the writer's byte order, checked with the probe):
 *   offset size
 *   0      8   magic "DYADMDL\0"
 *   8      4   format version (DYAD_MF_VERSION)
 *   12     4   endianness probe 0x01020304
 *   16     4   number of sections
 *   20     4   crc32 (zlib) of the payload (every byte after the 32-byte header)
 *   24     8   payload size in bytes
 *   32     ... section table: per section name[16] (NUL-padded), offset u64, size u64
 *              (offsets from the file start, each 16-byte aligned), then the sections. */
#define DYAD_MF_VERSION 1u
#define DYAD_MF_HEADER 32u
#define DYAD_MF_NAME 16u

/* A growable byte buffer used to build sections before writing. */
typedef struct dyad_mbuf {
    uint8_t *p;
    size_t n, cap;
    bool failed; /* an append ran out of memory */
} dyad_mbuf;

DYAD_INTERNAL void dyad_mbuf_put(dyad_mbuf *b, const void *data, size_t n);
DYAD_INTERNAL void dyad_mbuf_u32(dyad_mbuf *b, uint32_t v);
DYAD_INTERNAL void dyad_mbuf_f32(dyad_mbuf *b, float v);
/* Pads with zero bytes up to a multiple of `align`. */
DYAD_INTERNAL void dyad_mbuf_align(dyad_mbuf *b, size_t align);
DYAD_INTERNAL void dyad_mbuf_free(dyad_mbuf *b);

/* Writes a model file of nsec sections (names up to 15 bytes). */
DYAD_INTERNAL int dyad_mf_write(const char *path, int nsec, const char *const *names,
                                const dyad_mbuf *const *secs, dyad_err *err);

/* A loaded model file: memory owned (mmapped or heap copy), immutable, shareable by threads. */
typedef struct dyad_mfile {
    const uint8_t *data;
    size_t size;
    bool mapped;
    char path[256];
} dyad_mfile;

/* Maps path and checks magic, version, probe, sizes, section table and checksum. */
DYAD_INTERNAL int dyad_mf_open(dyad_mfile *mf, const char *path, dyad_err *err);
/* Checks a model held in memory (data stays owned by the caller; mf borrows it). */
DYAD_INTERNAL int dyad_mf_from_memory(dyad_mfile *mf, const void *data, size_t size,
                                      const char *name, dyad_err *err);
DYAD_INTERNAL void dyad_mf_close(dyad_mfile *mf);

/* A bounds-checked reader over one section. */
typedef struct dyad_mcur {
    const uint8_t *p;
    size_t n, pos;
    const char *file; /* for messages */
    const char *sec;
    bool bad;         /* a read went out of bounds */
} dyad_mcur;

/* Positions cur on section `name`; DYAD_ECORRUPT when absent. */
DYAD_INTERNAL int dyad_mf_section(const dyad_mfile *mf, const char *name, dyad_mcur *cur,
                                  dyad_err *err);
DYAD_INTERNAL uint32_t dyad_mcur_u32(dyad_mcur *c);
DYAD_INTERNAL float dyad_mcur_f32(dyad_mcur *c);
/* Returns a pointer to n*elem bytes at the cursor after aligning to `align`, or NULL (bad set)
 * when they do not fit. */
DYAD_INTERNAL const void *dyad_mcur_array(dyad_mcur *c, size_t count, size_t elem, size_t align);
/* Fails with DYAD_ECORRUPT naming the file and section when the cursor went out of bounds. */
DYAD_INTERNAL int dyad_mcur_check(const dyad_mcur *c, dyad_err *err);

#endif
