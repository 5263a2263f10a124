/* minhash.c — shingling, MinHash signatures and LSH banding for near-duplicate articles. */
#include "agg/minhash.h"

#include <stdlib.h>
#include <string.h>

#include "base/alloc.h"
#include "base/hash.h"

struct dyad_minhash {
    uint64_t *sig; /* count * K */
    char **ids;
    int count;
    size_t cap;
};

int dyad_minhash_new(dyad_minhash **out, dyad_err *err)
{
    *out = dyad_calloc(1, sizeof **out);
    return *out ? DYAD_OK : dyad_err_set(err, DYAD_ENOMEM, "out of memory");
}

void dyad_minhash_free(dyad_minhash *m)
{
    if (!m)
        return;
    for (int i = 0; i < m->count; i++)
        dyad_free(m->ids[i]);
    dyad_free(m->ids);
    dyad_free(m->sig);
    dyad_free(m);
}

int dyad_minhash_count(const dyad_minhash *m) { return m->count; }
const char *dyad_minhash_id(const dyad_minhash *m, int i) { return m->ids[i]; }

static bool word_byte(unsigned char c)
{
    return (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z') || (c >= '0' && c <= '9') || c >= 0x80;
}

static int cmp_u64(const void *a, const void *b)
{
    uint64_t x = *(const uint64_t *)a, y = *(const uint64_t *)b;
    return x < y ? -1 : x > y;
}

int dyad_minhash_add(dyad_minhash *m, const char *id, const char *text, size_t n,
                     double *self_dup)
{
    *self_dup = 0;
    /* word hashes */
    uint64_t *w = NULL;
    size_t nw = 0, wcap = 0;
    char word[256];
    for (size_t i = 0; i < n;) {
        while (i < n && !word_byte((unsigned char)text[i]))
            i++;
        size_t len = 0;
        while (i < n && word_byte((unsigned char)text[i])) {
            char c = text[i++];
            if (len < sizeof word)
                word[len++] = (char)(c >= 'A' && c <= 'Z' ? c + 32 : c);
        }
        if (!len)
            break;
        if (dyad_grow(&w, &wcap, nw + 1, sizeof *w) != DYAD_OK) {
            dyad_free(w);
            return DYAD_ENOMEM;
        }
        w[nw++] = dyad_hash(word, len);
    }
    /* shingle hashes */
    size_t ns = nw >= DYAD_SHINGLE ? nw - DYAD_SHINGLE + 1 : 1;
    uint64_t *sh = dyad_malloc(ns * sizeof *sh);
    if (!sh || dyad_grow(&m->sig, &m->cap, (size_t)(m->count + 1) * DYAD_MINHASH_K,
                         sizeof *m->sig) != DYAD_OK) {
        dyad_free(w);
        dyad_free(sh);
        return DYAD_ENOMEM;
    }
    for (size_t i = 0; i < ns; i++) {
        uint64_t h = 0x5348494E474C45ULL;
        for (size_t j = i; j < i + DYAD_SHINGLE && j < nw; j++)
            h = dyad_hash_mix(h, w[j]);
        sh[i] = h;
    }
    dyad_free(w);
    /* self-duplication: distinct shingles that occur twice or more */
    if (ns > 1) /* qsort must not get a NULL array, even of 0 */
        qsort(sh, ns, sizeof *sh, cmp_u64);
    size_t distinct = 0, repeated = 0;
    for (size_t i = 0; i < ns;) {
        size_t j = i + 1;
        while (j < ns && sh[j] == sh[i])
            j++;
        distinct++;
        repeated += j - i > 1;
        i = j;
    }
    if (nw >= DYAD_SHINGLE && distinct)
        *self_dup = (double)repeated / (double)distinct;
    /* signature: the minimum of K independent hash functions over the shingle set */
    uint64_t *sig = m->sig + (size_t)m->count * DYAD_MINHASH_K;
    for (int k = 0; k < DYAD_MINHASH_K; k++) {
        uint64_t seed = dyad_hash_mix(0x243F6A8885A308D3ULL, (uint64_t)k + 1), best = UINT64_MAX;
        for (size_t i = 0; i < ns; i++) {
            uint64_t h = dyad_hash_mix(seed, sh[i]);
            if (h < best)
                best = h;
        }
        sig[k] = best;
    }
    dyad_free(sh);
    size_t icap = (size_t)m->count;
    char **ids = dyad_realloc(m->ids, (icap + 1) * sizeof *ids);
    if (!ids)
        return DYAD_ENOMEM;
    m->ids = ids;
    if (!(ids[m->count] = dyad_strdup(id ? id : "")))
        return DYAD_ENOMEM;
    return m->count++;
}

double dyad_minhash_similarity(const dyad_minhash *m, int i, int j)
{
    const uint64_t *a = m->sig + (size_t)i * DYAD_MINHASH_K, *b = m->sig + (size_t)j * DYAD_MINHASH_K;
    int same = 0;
    for (int k = 0; k < DYAD_MINHASH_K; k++)
        same += a[k] == b[k];
    return (double)same / DYAD_MINHASH_K;
}

static int find(int *p, int x)
{
    while (p[x] != x)
        x = p[x] = p[p[x]];
    return x;
}

typedef struct bucket_entry {
    uint64_t key; /* band number mixed with its rows */
    int art;
} bucket_entry;

static int cmp_bucket(const void *a, const void *b)
{
    const bucket_entry *x = a, *y = b;
    if (x->key != y->key)
        return x->key < y->key ? -1 : 1;
    return (x->art > y->art) - (x->art < y->art);
}

int dyad_minhash_groups(const dyad_minhash *m, double threshold, int *group, dyad_err *err)
{
    int n = m->count;
    const int rows = DYAD_MINHASH_K / DYAD_MINHASH_BANDS;
    bucket_entry *b = dyad_malloc(((size_t)n * DYAD_MINHASH_BANDS + 1) * sizeof *b);
    if (!b)
        return dyad_err_set(err, DYAD_ENOMEM, "out of memory");
    for (int i = 0; i < n; i++) {
        group[i] = i;
        for (int band = 0; band < DYAD_MINHASH_BANDS; band++) {
            uint64_t h = (uint64_t)band + 1;
            for (int r = 0; r < rows; r++)
                h = dyad_hash_mix(h, m->sig[(size_t)i * DYAD_MINHASH_K + (size_t)(band * rows + r)]);
            b[(size_t)i * DYAD_MINHASH_BANDS + (size_t)band] = (bucket_entry){h, i};
        }
    }
    size_t nb = (size_t)n * DYAD_MINHASH_BANDS;
    if (nb > 1) /* qsort must not get a NULL array, even of 0 */
        qsort(b, nb, sizeof *b, cmp_bucket);
    /* within a bucket, check every member against the bucket's first ones (buckets of
     * near-duplicates are small; a member joins when similar to any earlier member) */
    for (size_t s = 0; s < nb;) {
        size_t e = s + 1;
        while (e < nb && b[e].key == b[s].key)
            e++;
        for (size_t x = s + 1; x < e; x++)
            for (size_t y = s; y < x && y < s + 32; y++) {
                int p = find(group, b[x].art), q = find(group, b[y].art);
                if (p != q && dyad_minhash_similarity(m, b[x].art, b[y].art) >= threshold)
                    group[p > q ? p : q] = p < q ? p : q;
            }
        s = e;
    }
    dyad_free(b);
    for (int i = 0; i < n; i++)
        group[i] = find(group, i);
    return DYAD_OK;
}
