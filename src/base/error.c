/* error.c — the dyad_err message buffer and the names of status codes. */
#include "base/common.h"

#include <stdarg.h>
#include <stdio.h>

void dyad_err_clear(dyad_err *err)
{
    if (err) {
        err->code = DYAD_OK;
        err->msg[0] = '\0';
    }
}

int dyad_err_set(dyad_err *err, int code, const char *fmt, ...)
{
    if (err) {
        va_list ap;
        va_start(ap, fmt);
        vsnprintf(err->msg, sizeof err->msg, fmt, ap);
        va_end(ap);
        err->code = code;
    }
    return code;
}

const char *dyad_status_name(int code)
{
    switch (code) {
    case DYAD_OK: return "ok";
    case DYAD_ENOMEM: return "out of memory";
    case DYAD_EIO: return "input/output error";
    case DYAD_EFORMAT: return "bad format";
    case DYAD_EVERSION: return "version mismatch";
    case DYAD_ECORRUPT: return "corrupt data";
    case DYAD_EINVAL: return "invalid argument";
    case DYAD_ENOTFOUND: return "not found";
    default: return "unknown error";
    }
}
