/* test_model_file.c — model file round trip and every load-time check: checksum, version, truncation. */
#include "check.h"

#include "base/alloc.h"
#include "nlp/kvtab.h"
#include "nlp/model_file.h"
#include "nlp/perceptron.h"

#include <stdio.h>
#include <string.h>
#include <unistd.h>

static char path[256];

static long file_size(const char *p)
{
    FILE *f = fopen(p, "rb");
    if (!f)
        return -1;
    fseek(f, 0, SEEK_END);
    long n = ftell(f);
    fclose(f);
    return n;
}

static void poke(const char *p, long off, const void *bytes, size_t n)
{
    FILE *f = fopen(p, "r+b");
    if (!f)
        return;
    fseek(f, off, SEEK_SET);
    fwrite(bytes, 1, n, f);
    fclose(f);
}

/* Writes a file with a perceptron section and a key/value section. */
static int write_sample(dyad_pt_model *ref, dyad_err *err)
{
    dyad_pt_train *t = dyad_pt_train_new(3);
    if (!t)
        return DYAD_ENOMEM;
    uint64_t f1[2] = {11, 22}, f2[2] = {22, 33};
    for (int i = 0; i < 5; i++) {
        dyad_pt_train_update(t, f1, 2, 0, 1);
        dyad_pt_train_tick(t);
        dyad_pt_train_update(t, f2, 2, 2, 0);
        dyad_pt_train_tick(t);
    }
    int rc = dyad_pt_model_build(ref, t, 0, 0.0f);
    dyad_pt_train_free(t);
    if (rc != DYAD_OK)
        return rc;
    dyad_mbuf a = {0}, b = {0};
    dyad_pt_model_save(ref, &a);
    dyad_kv kv;
    uint64_t keys[3] = {5, 0, 77}, vals[3] = {50, 1, 770};
    if (dyad_kv_build(&kv, keys, vals, 3) != DYAD_OK)
        return DYAD_ENOMEM;
    dyad_kv_save(&kv, &b);
    dyad_kv_free(&kv);
    const char *names[2] = {"pt", "kv"};
    const dyad_mbuf *secs[2] = {&a, &b};
    rc = dyad_mf_write(path, 2, names, secs, err);
    dyad_mbuf_free(&a);
    dyad_mbuf_free(&b);
    return rc;
}

/* Scores by the stored layout (slots and pairs), as the model file has them. */
static void score_by_pairs(const dyad_pt_model *m, const uint64_t *f, int nf, float *sc)
{
    for (int i = 0; i < nf; i++) {
        uint32_t check = (uint32_t)(f[i] >> 32) | 1u, s = (uint32_t)f[i] & m->mask;
        while (m->slots[2 * s] && m->slots[2 * s] != check)
            s = (s + 1) & m->mask;
        if (!m->slots[2 * s])
            continue;
        uint32_t oc = m->slots[2 * s + 1];
        for (uint32_t j = 0; j < (oc & 0xFF); j++)
            sc[m->pairs[(oc >> 8) + j].cls] += (float)m->pairs[(oc >> 8) + j].q;
    }
}

/* A feature seen with every class is scored from a dense row, a rare one from its pairs: the
 * scores are those of the stored pairs, exactly. */
static void check_dense_rows(void)
{
    enum { NC = 45 };
    dyad_pt_train *t = dyad_pt_train_new(NC);
    uint64_t common[2] = {0x1234567890ull, 77}, rare[1] = {0xABCDEF0123ull};
    for (int c = 0; t && c + 1 < NC; c++) {
        dyad_pt_train_update(t, common, 2, c, c + 1);
        dyad_pt_train_tick(t);
        if (c % 9 == 0)
            dyad_pt_train_update(t, rare, 1, c + 1, c);
        dyad_pt_train_tick(t);
    }
    dyad_pt_model m;
    int rc = t ? dyad_pt_model_build(&m, t, 0, 0.0f) : DYAD_ENOMEM;
    dyad_pt_train_free(t);
    CHECK(rc == DYAD_OK, "build a %d-class model", NC);
    if (rc != DYAD_OK)
        return;
    uint64_t f[4] = {common[0], common[1], rare[0], 999};
    float want[NC] = {0}, got[NC] = {0};
    score_by_pairs(&m, f, 4, want);
    dyad_pt_score(&m, f, 4, got);
    int dense = 0;
    for (uint32_t s = 0; s <= m.mask; s++)
        dense += m.fast[2 * s] && (m.fast[2 * s + 1] & 0xFF) == 0;
    CHECK(dense == 2 && m.stride == 48, "the two common features are dense rows (%d, stride %u)",
          dense, m.stride);
    CHECK(memcmp(want, got, sizeof want) == 0, "dense and sparse rows score as their pairs");
    bool nonzero = false;
    for (int c = 0; c < NC; c++)
        nonzero |= got[c] != 0;
    CHECK(nonzero, "the scores are not all zero");
    dyad_pt_model_free(&m);
}

int main(void)
{
    snprintf(path, sizeof path, "/tmp/dyad_test_model_%ld.dm", (long)getpid());
    dyad_err err;
    dyad_err_clear(&err);
    dyad_pt_model ref;
    int rc = write_sample(&ref, &err);
    CHECK(rc == DYAD_OK, "write a model file (%s)", err.msg);

    dyad_mfile mf;
    rc = dyad_mf_open(&mf, path, &err);
    CHECK(rc == DYAD_OK, "open it again (%s)", err.msg);
    dyad_mcur c;
    dyad_pt_model m;
    rc = dyad_mf_section(&mf, "pt", &c, &err);
    CHECK(rc == DYAD_OK, "find section pt");
    rc = dyad_pt_model_read(&m, &c, 3, &err);
    CHECK(rc == DYAD_OK, "read the perceptron (%s)", err.msg);
    uint64_t f[3] = {11, 22, 33};
    float s1[3] = {0}, s2[3] = {0};
    dyad_pt_score(&ref, f, 3, s1);
    dyad_pt_score(&m, f, 3, s2);
    CHECK(m.nclass == 3 && memcmp(s1, s2, sizeof s1) == 0, "scores survive the round trip");
    CHECK(s1[0] != 0 || s1[1] != 0 || s1[2] != 0, "the weights are not all zero");
    float one[3] = {0};
    uint64_t f11 = 11;
    dyad_pt_score(&m, &f11, 1, one);
    CHECK(one[0] > 0 && one[1] < 0, "feature 11 favours class 0 over class 1");
    dyad_kv kv;
    uint64_t v = 0;
    rc = dyad_mf_section(&mf, "kv", &c, &err);
    if (rc == DYAD_OK)
        rc = dyad_kv_read(&kv, &c, &err);
    CHECK(rc == DYAD_OK, "read the key/value table");
    bool got = dyad_kv_get(&kv, 77, &v);
    CHECK(got && v == 770, "key 77 maps to 770");
    got = dyad_kv_get(&kv, 0, &v);
    CHECK(got && v == 1, "key 0 is stored too");
    got = dyad_kv_get(&kv, 78, &v);
    CHECK(!got, "key 78 is absent");
    rc = dyad_mf_section(&mf, "nope", &c, &err);
    CHECK(rc == DYAD_ECORRUPT, "missing section is an error");
    dyad_pt_model_free(&m);
    dyad_mf_close(&mf);
    dyad_pt_model_free(&ref);
    check_dense_rows();

    long size = file_size(path);
    /* A flipped payload byte: checksum error naming the file. */
    unsigned char x = 0xA5;
    poke(path, size - 3, &x, 1);
    dyad_err_clear(&err);
    rc = dyad_mf_open(&mf, path, &err);
    CHECK(rc == DYAD_ECORRUPT && strstr(err.msg, "checksum") && strstr(err.msg, path),
          "corrupted byte gives a checksum error naming the file (%s)", err.msg);

    /* Another format version (rewrite a good file first). */
    rc = write_sample(&ref, &err);
    CHECK(rc == DYAD_OK, "rewrite the model file");
    dyad_pt_model_free(&ref);
    uint32_t ver = 99;
    poke(path, 8, &ver, 4);
    dyad_err_clear(&err);
    rc = dyad_mf_open(&mf, path, &err);
    CHECK(rc == DYAD_EVERSION && strstr(err.msg, path), "wrong version gives a version error (%s)",
          err.msg);

    /* Truncated file. */
    rc = write_sample(&ref, &err);
    CHECK(rc == DYAD_OK, "rewrite the model file again");
    dyad_pt_model_free(&ref);
    rc = truncate(path, size - 100);
    CHECK(rc == 0, "truncate it");
    dyad_err_clear(&err);
    rc = dyad_mf_open(&mf, path, &err);
    CHECK(rc == DYAD_ECORRUPT && strstr(err.msg, "truncated"), "truncated file is rejected (%s)",
          err.msg);
    rc = truncate(path, 10) == 0 ? dyad_mf_open(&mf, path, &err) : -100;
    CHECK(rc == DYAD_ECORRUPT, "a 10-byte stub is rejected");
    rc = dyad_mf_open(&mf, "/nonexistent/x.dm", &err);
    CHECK(rc == DYAD_ENOTFOUND, "missing file");

    /* A section table pointing beyond the file: bounds error even with a valid checksum is
     * impossible to forge by hand, so check the cursor directly. */
    uint8_t buf[8] = {1, 0, 0, 0, 2, 0, 0, 0};
    dyad_mcur cur = {buf, sizeof buf, 0, "mem", "s", false};
    uint32_t a1 = dyad_mcur_u32(&cur), a2 = dyad_mcur_u32(&cur);
    CHECK(a1 == 1 && a2 == 2 && !cur.bad, "cursor reads in bounds");
    dyad_mcur_u32(&cur);
    rc = dyad_mcur_check(&cur, &err);
    CHECK(cur.bad && rc == DYAD_ECORRUPT, "cursor stops past the end");
    unlink(path);
    CHECK_EXIT();
}
