/* write_sqlite.h — the SQLite event store behind dyad_writer (private to src/io). */
#ifndef DYAD_WRITE_SQLITE_H
#define DYAD_WRITE_SQLITE_H

#include "io/writer.h"

typedef struct dyad_sqlite_store dyad_sqlite_store; /* opaque */

/* The schema as SQL (CREATE TABLE/INDEX IF NOT EXISTS ...). */
DYAD_INTERNAL const char *dyad_sqlite_schema(void);
/* Opens (creating when absent) the database at path, WAL mode, schema applied. A batch is
 * committed after batch_docs articles or commit_ms milliseconds (0: 1000 and 1000). */
DYAD_INTERNAL int dyad_sqlite_open(dyad_sqlite_store **out, const char *path, int batch_docs,
                                   long commit_ms, dyad_err *err);
/* Replaces the article doc and its sentences and events (inside the open batch transaction;
 * commits when the batch is full or old enough). status NULL: "coded" or "no-events". */
DYAD_INTERNAL int dyad_sqlite_doc(dyad_sqlite_store *s, const dyad_doc *doc,
                                  const dyad_event_list *ev, const char *status, dyad_err *err);
/* Commits the open transaction. */
DYAD_INTERNAL int dyad_sqlite_commit(dyad_sqlite_store *s, dyad_err *err);
/* Rolls back what is not committed and closes. NULL is fine. */
DYAD_INTERNAL void dyad_sqlite_close(dyad_sqlite_store *s);

#endif
