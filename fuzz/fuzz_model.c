/* fuzz_model.c — libFuzzer harness for the model loaders: src/nlp/model_file.c (header, section
 * table, checksum) and the tagger, lemmatizer and parser section readers, on mutated model
 * files. Each input is tried twice: as it is (so header and checksum checks are fuzzed), then
 * with its payload size and crc32 fixed up, so mutations get past the checksum into the
 * section readers. A model that loads through dyad_nlp_load (the same file used as tagger.dm
 * and parser.dm) then tags and parses a sentence: a loader must reject anything that could make
 * later lookups go out of bounds. Seed: fuzz/corpus/model/seed1 (see make_model_seed.py). */
#include <sys/stat.h>
#include <zlib.h>

#include "fuzz_common.h"
#include "nlp/lemmatizer.h"
#include "nlp/model_file.h"
#include "nlp/nlp.h"
#include "nlp/parser.h"
#include "nlp/tagger.h"
#include "text/tokenize.h"

int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size);

static void put32(uint8_t *p, uint32_t v) { memcpy(p, &v, 4); }
static void put64(uint8_t *p, uint64_t v) { memcpy(p, &v, 8); }

static void try_readers(const uint8_t *d, size_t n)
{
    dyad_err err;
    dyad_mfile mf;
    if (dyad_mf_from_memory(&mf, d, n, "fuzz.dm", &err) != DYAD_OK) {
        if (err.msg[0] == 0)
            abort();
        return;
    }
    dyad_tagger tg;
    if (dyad_tagger_read(&tg, &mf, &err) == DYAD_OK)
        dyad_tagger_free(&tg);
    dyad_lemmatizer lm;
    if (dyad_lemmatizer_read(&lm, &mf, &err) == DYAD_OK)
        dyad_lemmatizer_free(&lm);
    dyad_parser p;
    if (dyad_parser_read(&p, &mf, &err) == DYAD_OK)
        dyad_parser_free(&p);
    dyad_mf_close(&mf);
}

/* Writes the model as DIR/tagger.dm and DIR/parser.dm, loads it the way dyad does and, when it
 * loads, annotates one sentence. */
static void try_nlp(const uint8_t *d, size_t n)
{
    static char dir[128];
    if (!dir[0]) {
        snprintf(dir, sizeof dir, "/tmp/dyad-fuzz-model-%ld", (long)getpid());
        mkdir(dir, 0700);
    }
    char path[256];
    const char *names[] = {"tagger.dm", "parser.dm"};
    for (int i = 0; i < 2; i++) {
        snprintf(path, sizeof path, "%s/%s", dir, names[i]);
        FILE *f = fopen(path, "wb");
        if (!f || fwrite(d, 1, n, f) != n || fclose(f) != 0)
            abort();
    }
    dyad_err err;
    dyad_nlp *nlp = NULL;
    if (dyad_nlp_load(&nlp, dir, &err) != DYAD_OK) {
        if (err.msg[0] == 0)
            abort();
        return;
    }
    dyad_nlp_work *w = dyad_nlp_work_new(nlp);
    dyad_doc doc;
    dyad_doc_init(&doc);
    static const char text[] = "The army attacked the rebels in Baghdad yesterday, officials said.";
    doc.text = text;
    doc.text_len = sizeof text - 1;
    if (w && dyad_tokenize(&doc, &err) == DYAD_OK)
        (void)dyad_nlp_annotate(nlp, w, &doc, &err);
    dyad_doc_free(&doc);
    dyad_nlp_work_free(w);
    dyad_nlp_free(nlp);
}

int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
    /* Heap copies of exactly size bytes so ASan sees reads past the end. */
    uint8_t *d = malloc(size ? size : 1);
    if (!d)
        abort();
    if (size)
        memcpy(d, data, size);
    try_readers(d, size);
    if (size >= DYAD_MF_HEADER) {
        put64(d + 24, size - DYAD_MF_HEADER);
        put32(d + 20, (uint32_t)crc32(crc32(0L, Z_NULL, 0), d + DYAD_MF_HEADER,
                                      (uInt)(size - DYAD_MF_HEADER)));
        try_readers(d, size);
        try_nlp(d, size);
    }
    free(d);
    return 0;
}
