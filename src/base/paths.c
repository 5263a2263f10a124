/* paths.c — data folder lookup: environment first, then the build-time default. */
#include "base/paths.h"

#include <stdio.h>
#include <stdlib.h>

#ifndef DYAD_DATADIR
#define DYAD_DATADIR "data"
#endif

const char *dyad_data_dir(void)
{
    const char *env = getenv("DYAD_DATA");
    return (env && *env) ? env : DYAD_DATADIR;
}

const char *dyad_data_path(char *buf, size_t n, const char *rel)
{
    snprintf(buf, n, "%s/%s", dyad_data_dir(), rel);
    return buf;
}
