/* fuzz_cu.c — libFuzzer harness for the CoNLL-U treebank reader used by `dyad train`, `dyad
 * eval` and `dyad parse --input conllu` (src/nlp/conllu.c): every sentence read has sane heads,
 * malformed ones are skipped with a message, and the reader always reaches the end. */
#include "fuzz_common.h"
#include "nlp/conllu.h"

int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size);

int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
    const char *path = fuzz_write_temp(data, size, ".conllu");
    dyad_err err;
    dyad_cu_reader *r = NULL;
    if (dyad_cu_open(&r, path, &err) != DYAD_OK)
        return 0;
    for (int i = 0; i < 100000; i++) {
        dyad_doc doc;
        dyad_doc_init(&doc);
        int rc = dyad_cu_next(r, &doc, &err);
        if (rc == 1) {
            for (int s = 0; s < doc.nsent; s++) {
                const dyad_sentence *st = &doc.sent[s];
                for (int t = 0; t < st->n; t++)
                    if (!st->tok[t].form || st->tok[t].head < -1 || st->tok[t].head > st->n)
                        abort();
            }
        } else if (rc != 0 && err.msg[0] == 0) {
            abort(); /* a rejection must say why */
        }
        (void)dyad_cu_line(r);
        dyad_doc_free(&doc);
        if (rc == 0 || rc == DYAD_EIO || rc == DYAD_ENOMEM)
            break;
    }
    dyad_cu_close(r);
    return 0;
}
