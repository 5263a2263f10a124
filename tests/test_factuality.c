/* test_factuality.c — factuality features on hand-made trees, model save/load, training on UDS data, the committed model on clear cases. */
#include "check.h"
#include "tree_spec.h"

#include "base/paths.h"
#include "nlp/factuality_train.h"

#include <math.h>
#include <stdio.h>
#include <string.h>
#include <unistd.h>

static const dyad_sentence *tree(dyad_doc *d, const char *spec)
{
    return tree_spec(d, spec, true);
}

#define ATTACKED "Troops troop NOUN NNS 2 nsubj; attacked attack VERB VBD 0 root;" \
    " the the DET DT 4 det; village village NOUN NN 2 obj; . . PUNCT . 2 punct"
#define NOT_ATTACK "Troops troop NOUN NNS 4 nsubj; did do AUX VBD 4 aux; not not PART RB 4 advmod;" \
    " attack attack VERB VB 0 root; the the DET DT 6 det; village village NOUN NN 4 obj;" \
    " . . PUNCT . 4 punct"
#define WILL_ATTACK "Troops troop NOUN NNS 3 nsubj; will will AUX MD 3 aux;" \
    " attack attack VERB VB 0 root; the the DET DT 5 det; village village NOUN NN 3 obj;" \
    " . . PUNCT . 3 punct"
#define REFUSED "Iran Iran PROPN NNP 2 nsubj; refused refuse VERB VBD 0 root; to to PART TO 4 mark;" \
    " release release VERB VB 2 xcomp; the the DET DT 6 det; tanker tanker NOUN NN 4 obj;" \
    " . . PUNCT . 2 punct"
#define SAID "Officials official NOUN NNS 2 nsubj; said say VERB VBD 0 root;" \
    " troops troop NOUN NNS 4 nsubj; attacked attack VERB VBD 2 ccomp; the the DET DT 6 det;" \
    " village village NOUN NN 4 obj; . . PUNCT . 2 punct"
#define CHILE "Chile Chile PROPN NNP 3 nsubj; will will AUX MD 3 aux;" \
    " support support VERB VB 0 root; Peru Peru PROPN NNP 3 obj; . . PUNCT . 3 punct"

/* Does predicate pred of spec have the feature named want (one line of the names)? */
static bool has_feature(dyad_doc *d, const char *spec, int32_t pred, const char *want)
{
    uint64_t f[DYAD_FACT_MAXF];
    dyad_strbuf names = DYAD_STRBUF_INIT;
    int n = dyad_fact_features(tree(d, spec), pred, f, DYAD_FACT_MAXF, &names);
    char line[128];
    snprintf(line, sizeof line, "\n%s\n", want);
    dyad_strbuf all = DYAD_STRBUF_INIT;
    dyad_sb_putc(&all, '\n');
    dyad_sb_puts(&all, names.data ? names.data : "");
    bool found = n > 0 && all.data && strstr(all.data, line) != NULL;
    if (!found)
        printf("# features of word %d:\n%s", pred, names.data ? names.data : "(none)\n");
    dyad_sb_free(&names);
    dyad_sb_free(&all);
    return found;
}

static void test_features(void)
{
    dyad_doc d;
    dyad_doc_init(&d);
    CHECK(has_feature(&d, CHILE, 2, "aux=will"), "Chile will support Peru: support has aux=will");
    CHECK(has_feature(&d, CHILE, 2, "scope=-|modal"), "... and the modal scope feature");
    CHECK(!has_feature(&d, ATTACKED, 1, "scope=-|modal") &&
              has_feature(&d, ATTACKED, 1, "scope=-|-"),
          "Troops attacked the village: no modal, no negation in scope");
    CHECK(has_feature(&d, REFUSED, 3, "g1.rl=xcomp|refuse"),
          "Iran refused to release the tanker: release is the xcomp of refuse");
    CHECK(has_feature(&d, REFUSED, 3, "mark=to"), "... with the infinitival mark to");
    CHECK(has_feature(&d, NOT_ATTACK, 3, "neg") && has_feature(&d, NOT_ATTACK, 3, "aux=do"),
          "Troops did not attack: negation and do-support");
    CHECK(has_feature(&d, SAID, 3, "g1.rl=ccomp|say"), "Officials said troops attacked: ccomp of say");
    CHECK(has_feature(&d, SAID, 1, "g1=ROOT"), "said is the root");

    uint64_t a[DYAD_FACT_MAXF], b[DYAD_FACT_MAXF];
    const dyad_sentence *s = tree(&d, REFUSED);
    int na = dyad_fact_features(s, 3, a, DYAD_FACT_MAXF, NULL);
    int nb = dyad_fact_features(s, 3, b, DYAD_FACT_MAXF, NULL);
    CHECK(na > 20 && na < DYAD_FACT_MAXF && na == nb && memcmp(a, b, (size_t)na * 8) == 0,
          "the same features twice (%d)", na);
    CHECK(dyad_fact_features(s, 7, a, DYAD_FACT_MAXF, NULL) == 0 &&
              dyad_fact_features(s, -1, a, DYAD_FACT_MAXF, NULL) == 0,
          "no features for a word outside the sentence");
    CHECK(dyad_fact_features(s, 3, a, 5, NULL) == 5, "the extractor stops at its capacity");
    CHECK(dyad_fact_rule_negative(s, 3) && !dyad_fact_rule_negative(s, 1),
          "rule baseline: release negative, refused positive");
    dyad_doc_free(&d);
}

/* A tiny model trained on the hand-made sentences survives a save/load round trip. */
static void test_round_trip(void)
{
    dyad_doc d[5];
    const char *specs[5] = {ATTACKED, NOT_ATTACK, WILL_ATTACK, REFUSED, SAID};
    int32_t preds[5] = {1, 3, 2, 3, 3};
    float values[5] = {1.2f, -1.1f, -1.0f, -1.2f, 1.0f};
    dyad_fact_item items[5];
    for (int i = 0; i < 5; i++) {
        dyad_doc_init(&d[i]);
        items[i] = (dyad_fact_item){tree(&d[i], specs[i]), preds[i], values[i]};
    }
    dyad_fact_info info = {12, 20, 0.0f, 0.1f};
    dyad_fact_model *m = NULL, *back = NULL;
    dyad_err err;
    dyad_err_clear(&err);
    int rc = dyad_fact_train(&m, items, 5, NULL, 0, &info, NULL, &err);
    CHECK(rc == DYAD_OK && m, "train a tiny model (%s)", err.msg);
    if (!m)
        return;
    dyad_fact_scores sc;
    dyad_fact_evaluate(m, items, 5, &sc);
    CHECK(sc.acc == 1.0 && sc.r > 0.9, "it fits its five sentences (sign %.2f, r %.3f)", sc.acc,
          sc.r);
    char path[128];
    snprintf(path, sizeof path, "/tmp/dyad_test_fact_%ld.dm", (long)getpid());
    CHECK(dyad_fact_save(m, path, &err) == DYAD_OK, "save (%s)", err.msg);
    CHECK(dyad_fact_load(&back, path, &err) == DYAD_OK && back, "load (%s)", err.msg);
    if (back) {
        bool same = true;
        for (int i = 0; i < 5; i++)
            same &= dyad_fact_score(m, items[i].s, preds[i]) ==
                    dyad_fact_score(back, items[i].s, preds[i]);
        CHECK(same, "the loaded model scores exactly as the trained one");
        CHECK(dyad_fact_model_info(back)->bits == 12 && dyad_fact_model_info(back)->epochs == 20,
              "settings kept in the file");
    }
    /* A flipped byte in the weights fails the checksum. */
    FILE *f = fopen(path, "r+b");
    if (f) {
        fseek(f, -3, SEEK_END);
        int c = fgetc(f);
        fseek(f, -3, SEEK_END);
        fputc(c ^ 0x5A, f);
        fclose(f);
    }
    dyad_fact_model *bad = NULL;
    CHECK(dyad_fact_load(&bad, path, &err) == DYAD_ECORRUPT && !bad, "corrupted file refused: %s",
          err.msg);
    CHECK(dyad_fact_load(&bad, "/nonexistent/factuality.dm", &err) == DYAD_ENOTFOUND,
          "missing file: %s", err.msg);
    unlink(path);
    dyad_fact_free(m);
    dyad_fact_free(back);
    for (int i = 0; i < 5; i++)
        dyad_doc_free(&d[i]);
}

/* Training on 2,000 UDS predicates for 2 epochs beats the majority class on dev. */
static void test_small_training(void)
{
    const char *shared = check_shared_dir();
    char uds[4160], trp[4160], dvp[4160];
    if (shared) {
        snprintf(uds, sizeof uds, "%s/uds", shared);
        snprintf(trp, sizeof trp, "%s/ud-english-ewt/en_ewt-ud-train.conllu", shared);
        snprintf(dvp, sizeof dvp, "%s/ud-english-ewt/en_ewt-ud-dev.conllu", shared);
    }
    if (!shared || access(uds, R_OK) != 0 || access(trp, R_OK) != 0) {
        CHECK_SKIP("UDS training slice: no ../shared/data (or $DYAD_SHARED) with uds/ and EWT");
        return;
    }
    dyad_err err;
    dyad_err_clear(&err);
    dyad_fact_uds *u = NULL;
    dyad_fact_set tr, dv;
    int rc = dyad_fact_uds_read(&u, uds, &err);
    CHECK(rc == DYAD_OK && dyad_fact_uds_count(u) == 27403, "UDS: 27,403 predicates (%s)",
          err.msg);
    if (rc != DYAD_OK)
        return;
    rc = dyad_fact_set_load(&tr, u, trp, 2000, &err);
    CHECK(rc == DYAD_OK && tr.n == 2000, "2,000 training predicates matched to EWT train");
    rc |= dyad_fact_set_load(&dv, u, dvp, 0, &err);
    CHECK(rc == DYAD_OK && dv.n == 2646 && dv.off_sentence == 0,
          "every dev predicate lands on a word (%zu)", dv.n);
    if (rc == DYAD_OK) {
        dyad_fact_info info = {16, 2, 0.0f, 0.05f};
        dyad_fact_model *m = NULL;
        dyad_fact_scores sc, maj, rul;
        rc = dyad_fact_train(&m, tr.items, tr.n, dv.items, dv.n, &info, &sc, &err);
        dyad_fact_baselines(tr.items, tr.n, dv.items, dv.n, &maj, &rul);
        CHECK(rc == DYAD_OK && sc.acc > maj.acc + 0.05,
              "dev sign accuracy %.2f%% > majority %.2f%% + 5", 100 * sc.acc, 100 * maj.acc);
        CHECK(sc.r > 0.5 && sc.mae < maj.mae, "dev r %.3f > 0.5, MAE %.3f < majority %.3f", sc.r,
              sc.mae, maj.mae);
        CHECK(rul.acc > maj.acc && rul.r > 0.3, "rule baseline: sign %.2f%%, r %.3f",
              100 * rul.acc, rul.r);
        dyad_fact_free(m);
    }
    dyad_fact_set_free(&tr);
    dyad_fact_set_free(&dv);
    dyad_fact_uds_free(u);
}

/* The committed model on clear cases of our own. */
static void test_committed_model(void)
{
    char path[4096];
    dyad_data_path(path, sizeof path, "models/factuality.dm");
    dyad_fact_model *m = NULL;
    dyad_err err;
    dyad_err_clear(&err);
    CHECK(dyad_fact_load(&m, path, &err) == DYAD_OK, "load data/models/factuality.dm (%s)",
          err.msg);
    if (!m)
        return;
    dyad_doc d;
    dyad_doc_init(&d);
    static const struct {
        const char *spec, *say;
        int32_t pred;
        bool happened;
    } cases[] = {
        {ATTACKED, "Troops attacked the village: attacked happened", 1, true},
        {WILL_ATTACK, "Troops will attack the village: attack did not (yet)", 2, false},
        {REFUSED, "Iran refused to release the tanker: release did not", 3, false},
        {REFUSED, "Iran refused to release the tanker: refused happened", 1, true},
        {SAID, "Officials said troops attacked the village: attacked happened", 3, true},
        {SAID, "Officials said troops attacked the village: said happened", 1, true},
        {CHILE, "Chile will support Peru: support did not (yet)", 2, false},
    };
    /* UDS annotates many negated predicates as happened (57% of "did not VB" in EWT train:
     * "did n't have", "did n't feel", but also eventive ones), so the model learns negation
     * as a strong push down rather than a sign flip: "did not attack" scores about 0.2 where
     * "attacked" scores about 1.1. Checked as that margin; see data/models/SCORES.md. */
    double yes = dyad_fact_score(m, tree(&d, ATTACKED), 1);
    double no = dyad_fact_score(m, tree(&d, NOT_ATTACK), 3);
    CHECK(yes - no > 0.6 && no < 0.5,
          "did not attack (%.2f) well below attacked (%.2f) [its sign: see SCORES.md]", no, yes);
    for (size_t i = 0; i < DYAD_ARRAY_LEN(cases); i++) {
        const dyad_sentence *s = tree(&d, cases[i].spec);
        double v = dyad_fact_score(m, s, cases[i].pred);
        CHECK(dyad_fact_happened(m, s, cases[i].pred) == cases[i].happened && isfinite(v),
              "%s (%.2f)", cases[i].say, v);
    }
    dyad_doc_free(&d);
    dyad_fact_free(m);
}

int main(void)
{
    test_features();
    test_round_trip();
    test_small_training();
    test_committed_model();
    CHECK_EXIT();
}
