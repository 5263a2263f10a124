/* fuzz_dict.c — libFuzzer harness for the dictionary loaders; FUZZ_DICT_KIND names the spec
 * prefix as a bare word (verbs, actors, agents, discards, issues; dyad = dyad's own format, no
 * prefix), so the build line needs no quoted string. */
#include "dict/dict.h"
#include "fuzz_common.h"

#ifndef FUZZ_DICT_KIND
#define FUZZ_DICT_KIND verbs
#endif
#define FUZZ_STR_(x) #x
#define FUZZ_STR(x) FUZZ_STR_(x)

int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size);

int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
    const char *path = fuzz_write_temp(data, size, ".dict");
    char spec[300];
    const char *kind = FUZZ_STR(FUZZ_DICT_KIND);
    if (strcmp(kind, "dyad") == 0)
        snprintf(spec, sizeof spec, "%s", path);
    else
        snprintf(spec, sizeof spec, "%s:%s", kind, path);
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
