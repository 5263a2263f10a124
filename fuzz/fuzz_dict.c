/* fuzz_dict.c — libFuzzer harness for the dictionary loaders; FUZZ_DICT_KIND is the spec
 * prefix ("verbs:", "actors:", "agents:", "discards:", "issues:" or "" for dyad's format). */
#include "dict/dict.h"
#include "fuzz_common.h"

#ifndef FUZZ_DICT_KIND
#define FUZZ_DICT_KIND "verbs:"
#endif

int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size);

int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
    const char *path = fuzz_write_temp(data, size, ".dict");
    char spec[300];
    snprintf(spec, sizeof spec, "%s%s", FUZZ_DICT_KIND, path);
    dyad_err err;
    dyad_dict *d = NULL;
    if (dyad_dict_new(&d, &err) != DYAD_OK)
        return 0;
    dyad_dict_diag diag = {0};
    if (dyad_dict_load(d, spec, &diag, &err) == DYAD_OK && dyad_dict_finish(d, &err) == DYAD_OK) {
        const char *words[] = {"THE", "PRESIDENT", "MET", "WITH", "ARNOR"};
        dyad_actor_match am;
        dyad_agent_match gm;
        int32_t len;
        dyad_dict_match_actor(d, words, 5, 20090306, &am);
        dyad_dict_match_agent(d, words + 1, 4, &gm);
        dyad_dict_find_verb(d, words + 2, 3, &len);
    }
    dyad_dict_free(d);
    return 0;
}
