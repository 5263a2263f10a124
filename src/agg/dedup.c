/* dedup.c — one-a-day filter over (date, source, target, code) keys in an intern table. */
#include "agg/dedup.h"

#include <string.h>

#include "base/alloc.h"
#include "base/hash.h"
#include "base/strbuf.h"

struct dyad_oad {
    dyad_intern keys;
    dyad_strbuf key;
    long seen, dropped;
};

int dyad_oad_new(dyad_oad **out, dyad_err *err)
{
    *out = dyad_calloc(1, sizeof **out);
    if (!*out)
        return dyad_err_set(err, DYAD_ENOMEM, "out of memory");
    dyad_intern_init(&(*out)->keys);
    return DYAD_OK;
}

void dyad_oad_free(dyad_oad *o)
{
    if (!o)
        return;
    dyad_intern_free(&o->keys);
    dyad_sb_free(&o->key);
    dyad_free(o);
}

static void part(dyad_strbuf *sb, const char *s)
{
    if (s)
        dyad_sb_puts(sb, s);
    dyad_sb_putc(sb, '\x1f'); /* unit separator: cannot occur in codes or dates */
}

int dyad_oad_first(dyad_oad *o, const char *date, const char *source, const char *target,
                   const char *code)
{
    dyad_sb_clear(&o->key);
    part(&o->key, date);
    part(&o->key, source);
    part(&o->key, target);
    part(&o->key, code);
    if (o->key.failed)
        return DYAD_ENOMEM;
    uint32_t before = o->keys.count;
    if (dyad_intern_add(&o->keys, o->key.data, o->key.len) < 0)
        return DYAD_ENOMEM;
    o->seen++;
    if (o->keys.count == before) {
        o->dropped++;
        return 0;
    }
    return 1;
}

void dyad_oad_counts(const dyad_oad *o, long *seen, long *dropped)
{
    *seen = o->seen;
    *dropped = o->dropped;
}
