/* perceptron.c — averaged perceptron training table, its compact serialisation and loading. */
#include "nlp/perceptron.h"

#include "base/alloc.h"

#include <math.h>
#include <stdlib.h>
#include <string.h>

struct dyad_pt_train {
    int nclass;
    uint64_t *keys;   /* nslots */
    int32_t *rowof;   /* nslots, -1 = empty */
    size_t nslots, nrows, rows_cap;
    float *w;         /* nrows * nclass current weights */
    double *u;        /* nrows * nclass: sum of clock * delta, for averaging */
    double clock;
};

dyad_pt_train *dyad_pt_train_new(int nclass)
{
    if (nclass < 1 || nclass > DYAD_PT_MAXCLASS)
        return NULL;
    dyad_pt_train *t = dyad_calloc(1, sizeof *t);
    if (!t)
        return NULL;
    t->nclass = nclass;
    t->nslots = 1u << 16;
    t->keys = dyad_malloc(t->nslots * sizeof *t->keys);
    t->rowof = dyad_malloc(t->nslots * sizeof *t->rowof);
    if (!t->keys || !t->rowof) {
        dyad_pt_train_free(t);
        return NULL;
    }
    memset(t->rowof, 0xFF, t->nslots * sizeof *t->rowof);
    t->clock = 1;
    return t;
}

void dyad_pt_train_free(dyad_pt_train *t)
{
    if (!t)
        return;
    dyad_free(t->keys);
    dyad_free(t->rowof);
    dyad_free(t->w);
    dyad_free(t->u);
    dyad_free(t);
}

size_t dyad_pt_train_rows(const dyad_pt_train *t) { return t->nrows; }

static int32_t find_row(const dyad_pt_train *t, uint64_t k)
{
    size_t mask = t->nslots - 1, s = (size_t)k & mask;
    while (t->rowof[s] >= 0) {
        if (t->keys[s] == k)
            return t->rowof[s];
        s = (s + 1) & mask;
    }
    return -1;
}

static int rehash(dyad_pt_train *t)
{
    size_t n = t->nslots * 2, mask = n - 1;
    uint64_t *keys = dyad_malloc(n * sizeof *keys);
    int32_t *rowof = dyad_malloc(n * sizeof *rowof);
    if (!keys || !rowof) {
        dyad_free(keys);
        dyad_free(rowof);
        return DYAD_ENOMEM;
    }
    memset(rowof, 0xFF, n * sizeof *rowof);
    for (size_t i = 0; i < t->nslots; i++) {
        if (t->rowof[i] < 0)
            continue;
        size_t s = (size_t)t->keys[i] & mask;
        while (rowof[s] >= 0)
            s = (s + 1) & mask;
        keys[s] = t->keys[i];
        rowof[s] = t->rowof[i];
    }
    dyad_free(t->keys);
    dyad_free(t->rowof);
    t->keys = keys;
    t->rowof = rowof;
    t->nslots = n;
    return DYAD_OK;
}

static int32_t add_row(dyad_pt_train *t, uint64_t k)
{
    int32_t r = find_row(t, k);
    if (r >= 0)
        return r;
    if ((t->nrows + 1) * 2 > t->nslots && rehash(t) != DYAD_OK)
        return -1;
    if (t->nrows + 1 > t->rows_cap) {
        size_t cap = t->rows_cap ? t->rows_cap * 2 : 4096;
        float *w = dyad_realloc(t->w, cap * (size_t)t->nclass * sizeof *w);
        if (!w)
            return -1;
        t->w = w;
        double *u = dyad_realloc(t->u, cap * (size_t)t->nclass * sizeof *u);
        if (!u)
            return -1;
        t->u = u;
        t->rows_cap = cap;
    }
    r = (int32_t)t->nrows++;
    memset(t->w + (size_t)r * t->nclass, 0, (size_t)t->nclass * sizeof *t->w);
    memset(t->u + (size_t)r * t->nclass, 0, (size_t)t->nclass * sizeof *t->u);
    size_t mask = t->nslots - 1, s = (size_t)k & mask;
    while (t->rowof[s] >= 0)
        s = (s + 1) & mask;
    t->keys[s] = k;
    t->rowof[s] = r;
    return r;
}

void dyad_pt_train_score(const dyad_pt_train *t, const uint64_t *feats, int nf, float *scores)
{
    for (int i = 0; i < nf; i++) {
        int32_t r = find_row(t, feats[i]);
        if (r < 0)
            continue;
        const float *w = t->w + (size_t)r * t->nclass;
        for (int c = 0; c < t->nclass; c++)
            scores[c] += w[c];
    }
}

void dyad_pt_train_tick(dyad_pt_train *t) { t->clock += 1; }

int dyad_pt_train_update(dyad_pt_train *t, const uint64_t *feats, int nf, int good, int bad)
{
    if (good == bad)
        return DYAD_OK;
    for (int i = 0; i < nf; i++) {
        int32_t r = add_row(t, feats[i]);
        if (r < 0)
            return DYAD_ENOMEM;
        size_t o = (size_t)r * t->nclass;
        t->w[o + good] += 1;
        t->u[o + good] += t->clock;
        t->w[o + bad] -= 1;
        t->u[o + bad] -= t->clock;
    }
    return DYAD_OK;
}

static float avg_weight(const dyad_pt_train *t, size_t i)
{
    return (float)(t->w[i] - t->u[i] / t->clock);
}

/* Builds slot and pair arrays for the rows kept; returns them in one heap block. */
static int build(const dyad_pt_train *t, size_t max_bytes, float min_abs, uint32_t *nslots_out,
                 uint32_t *npairs_out, float *scale_out, uint32_t **slots_out,
                 dyad_pt_pair **pairs_out)
{
    size_t nr = t->nrows, nc = (size_t)t->nclass;
    float *rmax = dyad_malloc((nr + 1) * sizeof *rmax);
    if (!rmax)
        return DYAD_ENOMEM;
    float gmax = 1e-9f;
    for (size_t r = 0; r < nr; r++) {
        float m = 0;
        for (size_t c = 0; c < nc; c++) {
            float a = fabsf(avg_weight(t, r * nc + c));
            if (a > m)
                m = a;
        }
        rmax[r] = m;
        if (m > gmax)
            gmax = m;
    }
    float cut = min_abs;
    if (max_bytes > 0) {
        /* Log-scale histograms of pair weights and row maxima; the cut is the smallest weight
         * for which pairs (4 bytes each) and the slot table (8 bytes a slot, a power of two at
         * load <= 3/4) fit in max_bytes. */
        enum { NB = 2048 };
        size_t *hp = dyad_calloc(NB, sizeof *hp), *hr = dyad_calloc(NB, sizeof *hr);
        if (!hp || !hr) {
            dyad_free(hp);
            dyad_free(hr);
            dyad_free(rmax);
            return DYAD_ENOMEM;
        }
#define DYAD_PT_BIN(x) ((x) <= 1e-6f ? 0 : (int)fminf(NB - 1, fmaxf(1.0f, 1024.0f + 32.0f * log2f(x))))
        for (size_t r = 0; r < nr; r++) {
            hr[DYAD_PT_BIN(rmax[r])]++;
            for (size_t c = 0; c < nc; c++)
                hp[DYAD_PT_BIN(fabsf(avg_weight(t, r * nc + c)))]++;
        }
        size_t pairs = 0, rows = 0;
        int b = NB - 1;
        for (; b > 0; b--) {
            size_t r = rows + hr[b], ns = 16;
            while (ns * 3 < r * 4)
                ns *= 2;
            if (4 * (pairs + hp[b]) + 8 * ns > max_bytes)
                break;
            pairs += hp[b];
            rows += hr[b];
        }
        if (b > 0) {
            float th = exp2f(((float)(b + 1) - 1024.0f) / 32.0f);
            if (th > cut)
                cut = th;
        }
#undef DYAD_PT_BIN
        dyad_free(hp);
        dyad_free(hr);
    }
    size_t kept = 0, npairs = 0;
    for (size_t r = 0; r < nr; r++) {
        if (rmax[r] <= cut)
            continue;
        kept++;
        for (size_t c = 0; c < nc; c++)
            if (fabsf(avg_weight(t, r * nc + c)) > cut)
                npairs++;
    }
    size_t nslots = 16;
    while (nslots * 3 < kept * 4) /* load factor at most 3/4 */
        nslots *= 2;
    uint32_t *slots = dyad_calloc(nslots * 2, sizeof *slots);
    dyad_pt_pair *pairs = dyad_malloc((npairs + 1) * sizeof *pairs);
    if (!slots || !pairs || npairs >= (1u << 24)) {
        dyad_free(slots);
        dyad_free(pairs);
        dyad_free(rmax);
        return DYAD_ENOMEM;
    }
    float scale = gmax / 32767.0f;
    size_t np = 0;
    for (size_t i = 0; i < t->nslots; i++) {
        int32_t r = t->rowof[i];
        if (r < 0 || rmax[r] <= cut)
            continue;
        uint64_t k = t->keys[i];
        size_t s = (size_t)k & (nslots - 1);
        while (slots[2 * s] != 0)
            s = (s + 1) & (nslots - 1);
        size_t first = np;
        for (size_t c = 0; c < nc; c++) {
            float v = avg_weight(t, (size_t)r * nc + c);
            if (fabsf(v) > cut) {
                pairs[np].q = (int16_t)lrintf(v / scale);
                pairs[np].cls = (uint16_t)c;
                np++;
            }
        }
        slots[2 * s] = (uint32_t)(k >> 32) | 1u;
        slots[2 * s + 1] = (uint32_t)(first << 8) | (uint32_t)(np - first);
    }
    dyad_free(rmax);
    *nslots_out = (uint32_t)nslots;
    *npairs_out = (uint32_t)np;
    *scale_out = scale;
    *slots_out = slots;
    *pairs_out = pairs;
    return DYAD_OK;
}

void dyad_pt_model_save(const dyad_pt_model *m, dyad_mbuf *out)
{
    dyad_mbuf_u32(out, m->nclass);
    dyad_mbuf_u32(out, m->mask + 1);
    dyad_mbuf_f32(out, m->scale);
    dyad_mbuf_u32(out, m->npairs);
    dyad_mbuf_align(out, 16);
    dyad_mbuf_put(out, m->slots, ((size_t)m->mask + 1) * 2 * sizeof *m->slots);
    dyad_mbuf_align(out, 16);
    dyad_mbuf_put(out, m->pairs, (size_t)m->npairs * sizeof *m->pairs);
}

/* m->fast and m->dense from m->slots and m->pairs (see dyad_pt_model). */
static int make_fast(dyad_pt_model *m)
{
    size_t n = (size_t)m->mask + 1, nd = 0;
    m->stride = (m->nclass + 7) & ~7u;
    for (size_t s = 0; s < n; s++) {
        uint32_t cnt = m->slots[2 * s + 1] & 0xFF;
        nd += m->slots[2 * s] && (cnt == 0 || cnt >= DYAD_PT_DENSE_MIN);
    }
    m->fast = dyad_malloc(n * 2 * sizeof *m->fast);
    m->dense = dyad_calloc(nd * m->stride + 1, sizeof *m->dense);
    if (!m->fast || !m->dense || nd >= (1u << 24))
        return DYAD_ENOMEM;
    nd = 0;
    for (size_t s = 0; s < n; s++) {
        uint32_t c = m->slots[2 * s], oc = m->slots[2 * s + 1], cnt = oc & 0xFF;
        if (c && (cnt == 0 || cnt >= DYAD_PT_DENSE_MIN)) {
            int16_t *row = m->dense + nd * m->stride;
            for (uint32_t j = 0; j < cnt; j++)
                row[m->pairs[(oc >> 8) + j].cls] = m->pairs[(oc >> 8) + j].q;
            oc = (uint32_t)nd++ << 8;
        }
        m->fast[2 * s] = c;
        m->fast[2 * s + 1] = oc;
    }
    return DYAD_OK;
}

int dyad_pt_model_read(dyad_pt_model *m, dyad_mcur *cur, uint32_t nclass, dyad_err *err)
{
    memset(m, 0, sizeof *m);
    m->nclass = dyad_mcur_u32(cur);
    uint32_t nslots = dyad_mcur_u32(cur);
    m->scale = dyad_mcur_f32(cur);
    uint32_t npairs = dyad_mcur_u32(cur);
    m->npairs = npairs;
    if (dyad_mcur_check(cur, err) != DYAD_OK)
        return err ? err->code : DYAD_ECORRUPT;
    if (m->nclass == 0 || m->nclass > DYAD_PT_MAXCLASS || nslots < 2 ||
        (nslots & (nslots - 1)) != 0 || !isfinite(m->scale))
        return dyad_err_set(err, DYAD_ECORRUPT, "%s: bad perceptron header in section '%s'",
                            cur->file, cur->sec);
    if (nclass && m->nclass != nclass)
        return dyad_err_set(err, DYAD_ECORRUPT, "%s: class count mismatch in section '%s'",
                            cur->file, cur->sec);
    m->mask = nslots - 1;
    m->slots = dyad_mcur_array(cur, (size_t)nslots * 2, 4, 16);
    m->pairs = dyad_mcur_array(cur, npairs, sizeof(dyad_pt_pair), 16);
    if (dyad_mcur_check(cur, err) != DYAD_OK)
        return err ? err->code : DYAD_ECORRUPT;
    /* Every run must lie inside the pair array and name a valid class; at least one empty slot
     * must exist so lookups terminate. */
    bool empty = false;
    for (uint32_t s = 0; s < nslots; s++) {
        if (m->slots[2 * s] == 0) {
            empty = true;
            continue;
        }
        uint32_t oc = m->slots[2 * s + 1];
        if ((uint64_t)(oc >> 8) + (oc & 0xFF) > npairs)
            return dyad_err_set(err, DYAD_ECORRUPT, "%s: weight run out of bounds in '%s'",
                                cur->file, cur->sec);
    }
    for (uint32_t i = 0; i < npairs; i++)
        if (m->pairs[i].cls >= m->nclass)
            return dyad_err_set(err, DYAD_ECORRUPT, "%s: bad class index in '%s'", cur->file,
                                cur->sec);
    if (!empty)
        return dyad_err_set(err, DYAD_ECORRUPT, "%s: full feature table in '%s'", cur->file,
                            cur->sec);
    if (make_fast(m) != DYAD_OK) {
        dyad_pt_model_free(m);
        return dyad_err_set(err, DYAD_ENOMEM, "%s: out of memory", cur->file);
    }
    return DYAD_OK;
}

int dyad_pt_model_build(dyad_pt_model *m, const dyad_pt_train *t, size_t max_bytes, float min_abs)
{
    uint32_t nslots, npairs, *slots;
    float scale;
    dyad_pt_pair *pairs;
    memset(m, 0, sizeof *m);
    int rc = build(t, max_bytes, min_abs, &nslots, &npairs, &scale, &slots, &pairs);
    if (rc != DYAD_OK)
        return rc;
    /* One block: slots then pairs, so freeing is a single call. */
    size_t sb = (size_t)nslots * 2 * sizeof *slots, pb = (size_t)npairs * sizeof *pairs;
    uint8_t *blk = dyad_malloc(sb + pb + 1);
    if (!blk) {
        dyad_free(slots);
        dyad_free(pairs);
        return DYAD_ENOMEM;
    }
    memcpy(blk, slots, sb);
    memcpy(blk + sb, pairs, pb);
    dyad_free(slots);
    dyad_free(pairs);
    m->nclass = (uint32_t)t->nclass;
    m->mask = nslots - 1;
    m->scale = scale;
    m->npairs = npairs;
    m->slots = (const uint32_t *)blk;
    m->pairs = (const dyad_pt_pair *)(blk + sb);
    m->owned = blk;
    if (make_fast(m) != DYAD_OK) {
        dyad_pt_model_free(m);
        return DYAD_ENOMEM;
    }
    return DYAD_OK;
}

void dyad_pt_model_free(dyad_pt_model *m)
{
    dyad_free(m->fast);
    dyad_free(m->dense);
    dyad_free(m->owned);
    memset(m, 0, sizeof *m);
}

/* On x86-64 with GCC the scorer is also built for AVX2 (chosen at load by the CPU): the
 * dense rows are then 256-bit adds. */
#if defined(__GNUC__) && !defined(__clang__) && defined(__x86_64__) && defined(__linux__)
#define DYAD_PT_CLONES __attribute__((target_clones("avx2", "default")))
#else
#define DYAD_PT_CLONES
#endif

typedef int16_t dyad_pt_v8s __attribute__((vector_size(16), aligned(2)));
typedef int32_t dyad_pt_v8i __attribute__((vector_size(32)));

/* Adds the weights of feats to scores[0..nclass), in units of m->scale (a positive factor,
 * so the ranking of classes is that of the real weights). Every partial sum is an integer
 * below 2^24, so the floats are exact whatever the order of the adds. Lookups are
 * memory-bound: the slots of a block of features are prefetched first, then their weight
 * runs, then summed (dense rows in 32-bit vector lanes). */
DYAD_PT_CLONES void dyad_pt_score(const dyad_pt_model *m, const uint64_t *feats, int nf,
                                 float *scores)
{
    enum { BLOCK = 128 };
    const dyad_pt_pair *run[BLOCK];
    const dyad_pt_v8s *row[BLOCK];
    uint32_t len[BLOCK];
    dyad_pt_v8i acc[(DYAD_PT_MAXCLASS + 8) / 8];
    int nv = (int)(m->stride / 8);
    bool dense = false;
    for (int v = 0; v < nv; v++)
        acc[v] = (dyad_pt_v8i){0};
    for (int base = 0; base < nf; base += BLOCK) {
        int nb = nf - base < BLOCK ? nf - base : BLOCK;
        for (int i = 0; i < nb; i++)
            __builtin_prefetch(&m->fast[2 * ((uint32_t)feats[base + i] & m->mask)]);
        for (int i = 0; i < nb; i++) {
            uint64_t k = feats[base + i];
            uint32_t check = (uint32_t)(k >> 32) | 1u;
            uint32_t s = (uint32_t)k & m->mask;
            len[i] = 0;
            row[i] = NULL;
            for (;;) {
                uint32_t c = m->fast[2 * s];
                if (c == 0)
                    break;
                if (c == check) {
                    uint32_t oc = m->fast[2 * s + 1];
                    if ((oc & 0xFF) == 0) {
                        row[i] = (const dyad_pt_v8s *)(m->dense + (size_t)(oc >> 8) * m->stride);
                        __builtin_prefetch(row[i]);
                    } else {
                        run[i] = m->pairs + (oc >> 8);
                        len[i] = oc & 0xFF;
                        __builtin_prefetch(run[i]);
                    }
                    break;
                }
                s = (s + 1) & m->mask;
            }
        }
        for (int i = 0; i < nb; i++) {
            if (row[i]) {
                dense = true;
                for (int v = 0; v < nv; v++)
                    acc[v] += __builtin_convertvector(row[i][v], dyad_pt_v8i);
                continue;
            }
            const dyad_pt_pair *p = run[i];
            for (uint32_t j = 0; j < len[i]; j++)
                scores[p[j].cls] += (float)p[j].q;
        }
    }
    if (dense)
        for (uint32_t c = 0; c < m->nclass; c++)
            scores[c] += (float)acc[c / 8][c % 8];
}

int dyad_pt_argmax(const float *scores, int n, const bool *allowed)
{
    int best = -1;
    float top = 0; /* scores[best], kept in a register */
    for (int i = 0; i < n; i++) {
        if (allowed && !allowed[i])
            continue;
        if (best < 0 || scores[i] > top) {
            best = i;
            top = scores[i];
        }
    }
    return best;
}
