/* common.h — visibility macros, the status codes and the error buffer shared by every module. */
#ifndef DYAD_COMMON_H
#define DYAD_COMMON_H

#include <stddef.h>
#include <stdint.h>
#include <stdbool.h>

/* Three visibility levels: DYAD_API (exported from libdyad), DYAD_INTERNAL (shared between
 * library files, hidden from users of the shared object) and plain static. */
#if defined(__GNUC__)
#define DYAD_API __attribute__((visibility("default")))
#define DYAD_INTERNAL __attribute__((visibility("hidden")))
#define DYAD_PRINTF(a, b) __attribute__((format(printf, a, b)))
#else
#define DYAD_API
#define DYAD_INTERNAL
#define DYAD_PRINTF(a, b)
#endif

/* Status codes: 0 is success, failures are negative. Library functions return one of these and
 * fill a caller-supplied dyad_err with a message naming the file and line or the record id. */
typedef enum {
    DYAD_OK = 0,
    DYAD_ENOMEM = -1,   /* allocation failed */
    DYAD_EIO = -2,      /* read or write failed (errno-level) */
    DYAD_EFORMAT = -3,  /* malformed input: bad JSON, bad CoNLL-U, bad dictionary line */
    DYAD_EVERSION = -4, /* model file of another format version */
    DYAD_ECORRUPT = -5, /* checksum or bounds failure in a binary file */
    DYAD_EINVAL = -6,   /* bad argument or option */
    DYAD_ENOTFOUND = -7 /* file or entry not found */
} dyad_status;

#define DYAD_ERR_MAX 512

/* A caller-owned error message buffer. Functions write one message (the first failure wins
 * unless they call dyad_err_set again) and never print or exit. */
typedef struct dyad_err {
    int code;               /* last dyad_status set, DYAD_OK when none */
    char msg[DYAD_ERR_MAX]; /* NUL-terminated human-readable message */
} dyad_err;

DYAD_INTERNAL void dyad_err_clear(dyad_err *err);
/* Sets err->code and formats err->msg; returns code so callers can `return dyad_err_set(...)`.
 * err may be NULL, in which case only the code is returned. */
DYAD_INTERNAL int dyad_err_set(dyad_err *err, int code, const char *fmt, ...) DYAD_PRINTF(3, 4);
/* A short English name for a status code ("out of memory", "bad format", ...). */
DYAD_INTERNAL const char *dyad_status_name(int code);

#define DYAD_ARRAY_LEN(a) (sizeof(a) / sizeof((a)[0]))
#define DYAD_UNUSED(x) ((void)(x))

#endif
