/* paths.h — where dyad finds its data (models, dictionaries, CAMEO table) at run time. */
#ifndef DYAD_PATHS_H
#define DYAD_PATHS_H

#include "base/common.h"

/* $DYAD_DATA when set, else the data/ folder of the source tree dyad was built in. */
DYAD_INTERNAL const char *dyad_data_dir(void);
/* Writes dyad_data_dir()/rel into buf (size n); returns buf. */
DYAD_INTERNAL const char *dyad_data_path(char *buf, size_t n, const char *rel);

#endif
