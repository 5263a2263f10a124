/* fuzz_reader.c — libFuzzer harness for every input reader; FUZZ_FORMAT picks the format
 * (DYAD_IN_JSONL, DYAD_IN_TEXT, DYAD_IN_PETRXML, DYAD_IN_CONLLU). Reads every record until the
 * end, the way `dyad code` does, so rejected records and recovery are exercised too. */
#include "fuzz_common.h"
#include "io/reader.h"

#ifndef FUZZ_FORMAT
#define FUZZ_FORMAT DYAD_IN_JSONL
#endif

int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size);

int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
    const char *path = fuzz_write_temp(data, size, ".in");
    dyad_err err;
    dyad_reader *r = NULL;
    if (dyad_reader_open(&r, path, FUZZ_FORMAT, &err) != DYAD_OK)
        return 0;
    dyad_doc doc;
    dyad_doc_init(&doc);
    for (int i = 0; i < 100000; i++) {
        int rc = dyad_reader_next(r, &doc, &err);
        if (rc == 0 || rc == DYAD_EIO || rc == DYAD_ENOMEM)
            break;
    }
    dyad_doc_free(&doc);
    dyad_reader_close(r);
    return 0;
}
