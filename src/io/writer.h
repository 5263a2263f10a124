/* writer.h — event writers (TSV, JSONL, SQLite) behind one interface chosen by name.
 *
 * Two ways in:
 *  - dyad_render_tsv / dyad_render_jsonl append one event record to a strbuf. They touch no
 *    shared state, so worker threads format in parallel and the writing thread only writes
 *    bytes (this is what `dyad code` does).
 *  - dyad_writer_open("tsv" | "jsonl" | "sqlite", path) gives a handle that takes one document
 *    with its events at a time, in input order, and writes them to a file ("-" = stdout) or to
 *    a SQLite database file.
 * Column lists, the JSON record and the SQLite schema are described at the top of
 * write_tsv.c, write_jsonl.c and write_sqlite.c. */
#ifndef DYAD_WRITER_H
#define DYAD_WRITER_H

#include "base/common.h"
#include "base/hash.h"
#include "base/strbuf.h"
#include "coder/event.h"
#include "text/doc.h"

typedef struct dyad_writer dyad_writer; /* opaque */

typedef struct dyad_writer_opts {
    bool header;    /* TSV: first line names the columns */
    int batch_docs; /* SQLite: at most this many documents per transaction (0 = 1000) */
    long commit_ms; /* SQLite: commit a transaction this old (milliseconds; 0 = 1000) */
} dyad_writer_opts;

/* Opens a writer for format "tsv", "jsonl" or "sqlite" on path ("-" = stdout for text
 * formats; the database file for sqlite, created when absent, WAL mode). opts may be NULL
 * (defaults). On success *out is owned by the caller (free with dyad_writer_close). */
DYAD_INTERNAL int dyad_writer_open_opts(dyad_writer **out, const char *format, const char *path,
                                        const dyad_writer_opts *opts, dyad_err *err);
/* dyad_writer_open_opts with default options. */
DYAD_INTERNAL int dyad_writer_open(dyad_writer **out, const char *format, const char *path,
                                   dyad_err *err);
/* Writes one document with its events (ev may be NULL or empty: SQLite still records the
 * article). Documents are written in call order. SQLite: an article written again replaces
 * its earlier rows (delete + insert in the current transaction). */
DYAD_INTERNAL int dyad_writer_doc(dyad_writer *w, const dyad_doc *doc, const dyad_event_list *ev,
                                  dyad_err *err);
/* As dyad_writer_doc with the article's status for the SQLite articles.status column:
 * "coded", "no-events", "discarded" (the discard dictionary threw the story out), ... NULL
 * means "coded" when there are events, else "no-events". Text formats ignore it. */
DYAD_INTERNAL int dyad_writer_doc_status(dyad_writer *w, const dyad_doc *doc,
                                         const dyad_event_list *ev, const char *status,
                                         dyad_err *err);
/* Flushes and commits: checks ferror/fclose for files, COMMIT for SQLite. After an error the
 * writer only accepts dyad_writer_close. */
DYAD_INTERNAL int dyad_writer_finish(dyad_writer *w, dyad_err *err);
/* Frees w. A SQLite transaction not yet committed by dyad_writer_finish is rolled back, so an
 * interrupted run leaves no half-written batch. NULL is fine. */
DYAD_INTERNAL void dyad_writer_close(dyad_writer *w);

/* Adds the id of every article stored in the SQLite database at path to ids (for --resume).
 * A database that does not exist yet has none. DYAD_EIO when it exists but cannot be read. */
DYAD_INTERNAL int dyad_sqlite_stored_ids(const char *path, dyad_intern *ids, dyad_err *err);

/* Appends the TSV column-name line ("EventID\tDate\t...\n"). */
DYAD_INTERNAL void dyad_render_tsv_header(dyad_strbuf *sb);
/* Appends one TSV line for event e of doc; index is e's place among the document's written
 * events and makes the EventID ("doc-3", as SQLite events.ev_idx). */
DYAD_INTERNAL void dyad_render_tsv_at(dyad_strbuf *sb, const dyad_doc *doc, const dyad_event *e,
                                      int index);
/* Appends one JSON line (with "\n") for event e of doc; index as for the TSV form. */
DYAD_INTERNAL void dyad_render_jsonl_at(dyad_strbuf *sb, const dyad_doc *doc,
                                        const dyad_event *e, int index);
/* Appends one JSON line as dyad_render_jsonl_at with one more member, "explain": the
 * explanation text (dyad code --format jsonl --explain). */
DYAD_INTERNAL void dyad_render_jsonl_explained(dyad_strbuf *sb, const dyad_doc *doc,
                                               const dyad_event *e, int index,
                                               const char *explain, size_t explain_len);
/* Appends a readable name for actor a: its dictionary entry's name ("Sergey Lavrov" for
 * SERGEY_LAVROV), or the words matched in the text when it has none (actor_label.c). */
DYAD_INTERNAL void dyad_render_actor_label(dyad_strbuf *sb, const dyad_actor *a);

/* Appends the records of every event of list, with EventIDs doc-0, doc-1, ... . */
DYAD_INTERNAL void dyad_render_tsv_list(dyad_strbuf *sb, const dyad_doc *doc,
                                        const dyad_event_list *list);
DYAD_INTERNAL void dyad_render_jsonl_list(dyad_strbuf *sb, const dyad_doc *doc,
                                          const dyad_event_list *list);
/* Appends e's evidence as one JSON object ({"source":{...},"verb":{...},"target":{...},
 * "note":...}); used by the JSONL record and the SQLite events.evidence column. */
DYAD_INTERNAL void dyad_render_evidence(dyad_strbuf *sb, const dyad_event *e);

#endif
