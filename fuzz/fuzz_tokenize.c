/* fuzz_tokenize.c — libFuzzer harness for the sentence splitter and tokenizer: any bytes
 * (invalid UTF-8, NULs) must tokenize without a crash, with offsets inside the text. */
#include "fuzz_common.h"
#include "text/tokenize.h"

int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size);

int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
    dyad_doc doc;
    dyad_doc_init(&doc);
    char *text = dyad_arena_strndup(&doc.arena, (const char *)data, size);
    if (!text)
        abort();
    doc.text = text;
    doc.text_len = size;
    dyad_err err;
    if (dyad_tokenize(&doc, &err) == DYAD_OK) {
        for (int s = 0; s < doc.nsent; s++) {
            const dyad_sentence *st = &doc.sent[s];
            if (st->n > DYAD_MAX_SENT_WORDS)
                abort();
            for (int i = 0; i < st->n; i++)
                if (st->tok[i].start > st->tok[i].end || st->tok[i].end > size || !st->tok[i].form)
                    abort();
        }
    }
    dyad_doc_free(&doc);
    return 0;
}
