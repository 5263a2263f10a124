/* kvtab.c — building, saving and loading the key/value tables of model files. */
#include "nlp/kvtab.h"

#include "base/alloc.h"

#include <string.h>

int dyad_kv_build(dyad_kv *kv, const uint64_t *keys, const uint64_t *vals, size_t n)
{
    memset(kv, 0, sizeof *kv);
    size_t ns = 16;
    while (ns < n * 2)
        ns *= 2;
    uint64_t *slots = dyad_calloc(ns * 2, sizeof *slots);
    if (!slots)
        return DYAD_ENOMEM;
    for (size_t i = 0; i < n; i++) {
        uint64_t k = dyad_kv_key(keys[i]), s = k & (ns - 1);
        while (slots[2 * s] != 0 && slots[2 * s] != k)
            s = (s + 1) & (ns - 1);
        slots[2 * s] = k;
        slots[2 * s + 1] = vals[i];
    }
    kv->slots = slots;
    kv->mask = ns - 1;
    kv->owned = slots;
    return DYAD_OK;
}

void dyad_kv_free(dyad_kv *kv)
{
    dyad_free(kv->owned);
    memset(kv, 0, sizeof *kv);
}

void dyad_kv_save(const dyad_kv *kv, dyad_mbuf *out)
{
    uint64_t ns = kv->slots ? kv->mask + 1 : 0;
    dyad_mbuf_u32(out, (uint32_t)ns);
    dyad_mbuf_align(out, 16);
    if (ns)
        dyad_mbuf_put(out, kv->slots, (size_t)ns * 16);
}

int dyad_kv_read(dyad_kv *kv, dyad_mcur *cur, dyad_err *err)
{
    memset(kv, 0, sizeof *kv);
    uint32_t ns = dyad_mcur_u32(cur);
    if (ns == 0)
        return dyad_mcur_check(cur, err);
    if ((ns & (ns - 1)) != 0)
        return dyad_err_set(err, DYAD_ECORRUPT, "%s: bad table size in section '%s'", cur->file,
                            cur->sec);
    kv->slots = dyad_mcur_array(cur, (size_t)ns * 2, 8, 16);
    if (dyad_mcur_check(cur, err) != DYAD_OK)
        return DYAD_ECORRUPT;
    kv->mask = ns - 1;
    bool empty = false;
    for (uint32_t s = 0; s < ns && !empty; s++)
        empty = kv->slots[2 * s] == 0;
    if (!empty)
        return dyad_err_set(err, DYAD_ECORRUPT, "%s: full table in section '%s'", cur->file,
                            cur->sec);
    return DYAD_OK;
}
