/* fuzz_events.c — libFuzzer harness for the events reader (src/io/event_read.c) behind `dyad
 * series`, `dyad plot` and `dyad dedup`: JSONL, TSV and gzip input of any bytes is read to the
 * end (bad records rejected with a message), and every record read can be copied and rebuilt
 * into a document. SQLite input is detected by its header; fuzzing SQLite itself is out of
 * scope, so inputs starting with the SQLite magic are skipped. */
#include "fuzz_common.h"
#include "io/event_read.h"

int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size);

int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
    if (size >= 6 && memcmp(data, "SQLite", 6) == 0)
        return 0;
    const char *path = fuzz_write_temp(data, size, ".events");
    dyad_err err;
    dyad_evread *r = NULL;
    if (dyad_evread_open(&r, path, &err) != DYAD_OK)
        return 0;
    (void)dyad_evread_format(r);
    dyad_arena a;
    dyad_arena_init(&a, 0);
    for (int i = 0; i < 100000; i++) {
        dyad_evrec rec;
        int rc = dyad_evread_next(r, &rec, &err);
        if (rc == 0)
            break;
        if (rc < 0) {
            if (err.msg[0] == 0)
                abort(); /* a rejection must say why */
            if (rc == DYAD_EIO || rc == DYAD_ENOMEM)
                break;
            continue;
        }
        if (!rec.doc || !rec.date || !rec.source_name || !rec.text)
            abort();
        size_t len = 0;
        (void)dyad_evread_line(r, &len);
        dyad_evrec copy;
        if (dyad_evrec_copy(&a, &rec, &copy) == DYAD_OK) {
            dyad_doc doc;
            dyad_doc_init(&doc);
            dyad_event_list list;
            memset(&list, 0, sizeof list);
            if (copy.ev.sent < 1000 && dyad_evrec_doc(&copy, 1, &doc, &list) == DYAD_OK)
                (void)list.n; /* the list lives in doc.arena */
            dyad_doc_free(&doc);
        }
    }
    dyad_arena_free(&a);
    dyad_evread_close(r);
    return 0;
}
