/* test_wordnet.c — generalisation of the verb dictionary with WordNet (dict_wordnet.c) on the
 * made-up WordNet of tests/data/wordnet_verbs (its README says what each lemma should get),
 * and, when Debian's wordnet-base is installed, on the real one. */
#include "check.h"

#include "dict/dict.h"

#include <string.h>
#include <sys/stat.h>

#define WD "tests/data/wordnet_verbs"

static dyad_dict *load(const char *spec)
{
    dyad_dict *d = NULL;
    dyad_err err;
    dyad_err_clear(&err);
    if (dyad_dict_new(&d, &err) != DYAD_OK)
        return NULL;
    if (dyad_dict_load(d, spec, NULL, &err) != DYAD_OK || dyad_dict_finish(d, &err) != DYAD_OK) {
        printf("# %s: %s\n", spec, err.msg);
        dyad_dict_free(d);
        return NULL;
    }
    return d;
}

static const dyad_verb *verb(const dyad_dict *d, const char *w)
{
    const char *words[1] = {w};
    int32_t len = 0;
    return dyad_dict_find_verb(d, words, 1, &len);
}

/* The lemma got code (and via) from the expansion. */
static void expect(const dyad_dict *d, const char *w, const char *code, const char *via)
{
    const dyad_verb *v = verb(d, w);
    bool ok = v && v->via && strcmp(v->code, code) == 0 && strcmp(v->via, via) == 0 &&
              v->npat == 0;
    CHECK(ok, "%s takes %s, %s", w, code, via);
    if (!ok && v)
        printf("#   got %s %s\n", v->code, v->via ? v->via : "(a dictionary entry)");
}

static void expect_none(const dyad_dict *d, const char *w, const char *why)
{
    const dyad_verb *v = verb(d, w);
    CHECK(!v || !v->via, "%s is not generalised: %s", w, why);
    if (v && v->via)
        printf("#   got %s %s\n", v->code, v->via);
}

static void test_fixture(void)
{
    dyad_dict *d = load(WD "/test.dict");
    CHECK(d != NULL, "the fixture dictionary loads");
    if (!d)
        return;
    CHECK(verb(d, "inveigh") == NULL, "before: inveigh has no entry");
    dyad_dict_expansion st;
    dyad_err err;
    dyad_err_clear(&err);
    int rc = dyad_dict_expand_wordnet(d, WD, &st, &err);
    CHECK(rc == DYAD_OK, "expansion with the fixture WordNet runs (%s)", err.msg);
    CHECK(st.synonyms == 2 && st.hypernyms == 4 && st.ambiguous == 1,
          "2 verbs from synonyms, 4 from hypernyms, 1 lemma ambiguous (got %ld, %ld, %ld)",
          st.synonyms, st.hypernyms, st.ambiguous);
    expect(d, "lambaste", "111", "wordnet:lambaste->criticize");
    expect(d, "decry", "111", "wordnet:decry->criticize");
    expect(d, "INVEIGH", "111", "wordnet:inveigh->criticize"); /* any case, as every lookup */
    expect(d, "assail", "190", "wordnet:assail->attack");
    expect(d, "slay", "1823", "wordnet:slay->kill");
    expect(d, "tour", "042", "wordnet:tour->visit");
    const dyad_verb *tour = verb(d, "tour"), *visit = verb(d, "visit");
    CHECK(tour && tour->code2 && strcmp(tour->code2, "043") == 0,
          "a pair code passes on whole (tour 042:043)");
    CHECK(tour && visit && strcmp(tour->where, visit->where) == 0,
          "the new entry keeps the file:line of the verb it came from");
    expect_none(d, "rail", "only the first sense is looked at");
    expect_none(d, "blaze", "a one-word discard");
    expect_none(d, "whisper", "its hypernym talk is a general verb");
    expect_none(d, "forge", "its hypernym make is a general verb");
    expect_none(d, "speak", "a general verb itself");
    expect_none(d, "encounter", "meet's sense is of motion, not an act of root 04");
    expect_none(d, "assemble", "only meet's second sense");
    expect_none(d, "accept", "welcome and agree disagree on the CAMEO root");
    expect_none(d, "slew", "verb.exc lists it as an inflected form");
    expect_none(d, "punch", "hit has more direct hyponyms than DYAD_WORDNET_MAX_HYPONYMS");
    expect_none(d, "utter", "a plain statement (010) does not spread");
    const dyad_verb *crit = verb(d, "criticize");
    CHECK(crit && !crit->via && strcmp(crit->code, "111") == 0,
          "dictionary entries are left as they were");
    CHECK(verb(d, "decried") == NULL, "only the lemma is added, no inflected forms");
    dyad_dict_free(d);
}

static void test_missing(void)
{
    dyad_dict *d = load(WD "/test.dict");
    if (!d)
        return;
    dyad_dict_stats before, after;
    dyad_dict_get_stats(d, &before);
    dyad_err err;
    dyad_err_clear(&err);
    int rc = dyad_dict_expand_wordnet(d, "tests/data/no-such-wordnet", NULL, &err);
    dyad_dict_get_stats(d, &after);
    CHECK(rc == DYAD_ENOTFOUND && strstr(err.msg, "index.verb") != NULL,
          "missing WordNet files: DYAD_ENOTFOUND naming the file (%s)", err.msg);
    CHECK(before.verbs == after.verbs && verb(d, "decry") == NULL,
          "missing WordNet files: the dictionary is unchanged");
    dyad_dict_free(d);
}

static void test_general(void)
{
    const char *general[] = {"BE", "HAVE", "MAKE", "MOVE", "CHANGE", "ACT", "GET", "GIVE",
                             "TAKE", "CAUSE", "TALK", "USE", "TRAVEL"};
    bool all = true;
    for (size_t i = 0; i < DYAD_ARRAY_LEN(general); i++)
        all = all && dyad_wordnet_general(general[i]);
    CHECK(all, "the top-level verbs are general (the list is sorted for bsearch)");
    CHECK(!dyad_wordnet_general("CRITICIZE") && !dyad_wordnet_general("KILL"),
          "criticize and kill are not general");
}

/* The real WordNet with the project's dictionaries: a few verbs the dictionaries lack. */
static void test_real(void)
{
    struct stat sb;
    if (stat(DYAD_WORDNET_DIR "/data.verb", &sb) != 0) {
        CHECK_SKIP("WordNet: " DYAD_WORDNET_DIR " not installed (Debian wordnet-base, make deps)");
        return;
    }
    dyad_dict *d = load("data/dict");
    if (!d) {
        CHECK_SKIP("WordNet: data/dict not found (run from the repository root)");
        return;
    }
    dyad_dict_expansion st;
    dyad_err err;
    dyad_err_clear(&err);
    int rc = dyad_dict_expand_wordnet(d, NULL, &st, &err);
    CHECK(rc == DYAD_OK && st.synonyms + st.hypernyms > 100,
          "the real WordNet adds verbs to data/dict (%ld)", st.synonyms + st.hypernyms);
    CHECK(st.seconds < 0.5, "and quickly (%.3f s)", st.seconds);
    const dyad_verb *v = verb(d, "repudiate");
    CHECK(v && v->via && strncmp(v->code, "12", 2) == 0, "repudiate rejects (12x) via %s",
          v && v->via ? v->via : "nothing");
    v = verb(d, "counterattack");
    CHECK(v && v->via && strncmp(v->code, "19", 2) == 0, "counterattack fights (19x) via %s",
          v && v->via ? v->via : "nothing");
    const char *never[] = {"show", "need", "come", "remember", "feel", "expect", "check"};
    bool none = true;
    for (size_t i = 0; i < DYAD_ARRAY_LEN(never); i++) {
        v = verb(d, never[i]);
        if (v && v->via) {
            printf("#   %s got %s %s\n", never[i], v->code, v->via);
            none = false;
        }
    }
    CHECK(none, "common verbs of perception, need, motion and thought take no code");
    dyad_dict_free(d);
}

int main(void)
{
    test_fixture();
    test_missing();
    test_general();
    test_real();
    CHECK_EXIT();
}
