/* coder_validate.c — comparing coded events with a PETRARCH validation record's expectations. */
#include "coder/coder.h"

#include <stdlib.h>
#include <string.h>

#include "base/alloc.h"

static int cmp_str(const void *a, const void *b)
{
    return strcmp(*(const char *const *)a, *(const char *const *)b);
}

/* "SRC\tTGT\tCODE" keys, sorted; NULL on out of memory. */
static char **keys(int32_t n, const char *const *src, const char *const *tgt,
                   const char *const *code, size_t stride)
{
    char **k = dyad_calloc((size_t)n + 1, sizeof *k);
    if (!k)
        return NULL;
    for (int32_t i = 0; i < n; i++) {
        const char *s = *(const char *const *)((const char *)src + (size_t)i * stride);
        const char *t = *(const char *const *)((const char *)tgt + (size_t)i * stride);
        const char *c = *(const char *const *)((const char *)code + (size_t)i * stride);
        s = s ? s : "";
        t = t ? t : "";
        c = c ? c : "";
        size_t len = strlen(s) + strlen(t) + strlen(c) + 3;
        k[i] = dyad_malloc(len);
        if (!k[i]) {
            for (int32_t j = 0; j < i; j++)
                dyad_free(k[j]);
            dyad_free(k);
            return NULL;
        }
        strcpy(k[i], s);
        strcat(k[i], "\t");
        strcat(k[i], t);
        strcat(k[i], "\t");
        strcat(k[i], c);
    }
    if ((size_t)n > 1) /* qsort must not get a NULL array, even of 0 */
        qsort(k, (size_t)n, sizeof *k, cmp_str);
    return k;
}

static void free_keys(char **k, int32_t n)
{
    if (!k)
        return;
    for (int32_t i = 0; i < n; i++)
        dyad_free(k[i]);
    dyad_free(k);
}

bool dyad_coder_check_expected(const dyad_doc *doc, const dyad_event_list *ev, bool discarded)
{
    int32_t got = discarded ? 0 : ev->n;
    if (doc->expect_error || doc->expect_none)
        return got == 0;
    if (got != doc->nexpected)
        return false;
    if (got == 0)
        return true;
    char **a = keys(doc->nexpected, &doc->expected[0].source, &doc->expected[0].target,
                    &doc->expected[0].code, sizeof doc->expected[0]);
    char **b = keys(ev->n, &ev->ev[0].source.code, &ev->ev[0].target.code, &ev->ev[0].code,
                    sizeof ev->ev[0]);
    bool same = a && b;
    for (int32_t i = 0; same && i < got; i++)
        same = strcmp(a[i], b[i]) == 0;
    free_keys(a, doc->nexpected);
    free_keys(b, ev->n);
    return same;
}

void dyad_coder_format_expected(const dyad_doc *doc, dyad_strbuf *sb)
{
    if (doc->expect_error) {
        dyad_sb_printf(sb, "error:%s", doc->expect_error);
        return;
    }
    if (doc->expect_none || doc->nexpected == 0) {
        dyad_sb_puts(sb, "none");
        return;
    }
    for (int32_t i = 0; i < doc->nexpected; i++)
        dyad_sb_printf(sb, "%s%s %s %s", i ? ", " : "", doc->expected[i].source,
                       doc->expected[i].target, doc->expected[i].code);
}

void dyad_coder_format_events(const dyad_event_list *ev, dyad_strbuf *sb)
{
    if (ev->n == 0) {
        dyad_sb_puts(sb, "none");
        return;
    }
    for (int32_t i = 0; i < ev->n; i++)
        dyad_sb_printf(sb, "%s%s %s %s", i ? ", " : "", ev->ev[i].source.code,
                       ev->ev[i].target.code, ev->ev[i].code);
}
