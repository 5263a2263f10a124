/* test_lookups.c — the fast paths of word look-ups give the answers of the plain ones: the
 * dictionary's phrases that share a first word (one comparison of it per slot, dict.c), as
 * written ("US") or in any case ("Us Weekly"), and the coder's word sets (coder_words.c)
 * against dyad_coder_is_any, from several threads at once. */
#include "check.h"

#include "coder/coder_internal.h"
#include "coder/coder_words.h"
#include "dict/dict.h"

#include <pthread.h>
#include <string.h>

/* The code of the longest actor phrase at the start of the space-separated words, with its
 * length in words: "CODE/len", or "-" when none. */
static const char *actor(const dyad_dict *d, const char *phrase)
{
    static char out[64];
    char buf[256];
    const char *w[32];
    int n = 0;
    snprintf(buf, sizeof buf, "%s", phrase);
    for (char *p = strtok(buf, " "); p && n < 32; p = strtok(NULL, " "))
        w[n++] = p;
    dyad_actor_match m;
    if (!dyad_dict_match_actor(d, w, n, 0, &m))
        return "-";
    snprintf(out, sizeof out, "%s/%d", m.code ? m.code : "?", (int)m.len);
    return out;
}

static void test_shared_first_words(void)
{
    dyad_dict *d = NULL;
    dyad_err err;
    dyad_err_clear(&err);
    CHECK(dyad_dict_new(&d, &err) == DYAD_OK, "dictionary made");
    if (!d)
        return;
    dyad_dict_diag diag = {NULL, NULL, 0};
    if (dyad_dict_load(d, "tests/data/lookups/first_words.dict", &diag, &err) != DYAD_OK ||
        dyad_dict_finish(d, &err) != DYAD_OK) {
        CHECK(0, "first_words.dict loads: %s", err.msg);
        dyad_dict_free(d);
        return;
    }
    static const struct {
        const char *phrase, *want;
    } cases[] = {
        {"United States of America said", "USA/4"},
        {"UNITED STATES OF", "USA/2"},
        {"united nations security council", "IGOUNO/4"},
        {"United Nations Security", "IGOUNO/2"},
        {"United Kingdom", "GBR/2"},
        {"United Arab Emirates", "-"},
        {"United", "-"},
        {"US", "USA/1"},
        {"us", "-"}, /* "US" as written only, though "Us Weekly" shares its first word */
        {"Us", "-"},
        {"us weekly", "USAMED/2"}, /* after "US Army", whose "US" does not match "us" */
        {"US Weekly", "USAMED/2"},
        {"US Army", "USAMIL/2"},
        {"us army", "-"},
        {"USA", "USA/1"},
        {"usa", "-"},
    };
    for (size_t i = 0; i < sizeof cases / sizeof *cases; i++)
        CHECK_STR(actor(d, cases[i].phrase), cases[i].want, "'%s'", cases[i].phrase);
    dyad_dict_free(d);
}

static const char *const listed[] = {"minister", "President", "SPOKESMAN", "mp",  "he",
                                     "it",       "'s",        "\xE2\x80\x99s", "sit-in", "Mr.",
                                     "a",        "an",        "the",       "x",   "y"};
static const char *const probes[] = {
    "minister", "Minister", "MINISTER", "ministers", "ministe", "president", "PRESIDENT",
    "spokesman", "Spokesman", "MP", "Mp", "He", "HE", "it", "its", "'S", "\xE2\x80\x99S",
    "\xE2\x80\x99s", "Sit-In", "sit-ins", "mr.", "MR", "A", "An", "AN", "The", "thE", "X", "z",
    "", "\xC3\xA1", "\xC3\x81", "m", "president ", " president"};
static dyad_coder_words listed_set = DYAD_CODER_WORDS(listed);

/* Every probe, in the set as in the list; the number of disagreements. */
static void *disagreements(void *out)
{
    int bad = 0;
    for (int round = 0; round < 50; round++)
        for (size_t i = 0; i < sizeof probes / sizeof *probes; i++)
            bad += dyad_coder_in_words(probes[i], &listed_set) !=
                   dyad_coder_is_any(probes[i], listed, sizeof listed / sizeof *listed);
    *(int *)out = bad;
    return NULL;
}

static void test_word_sets(void)
{
    enum { THREADS = 4 };
    pthread_t th[THREADS];
    int bad[THREADS] = {0};
    int started = 0;
    for (int i = 0; i < THREADS; i++) /* the first look-ups race to build the table */
        started += pthread_create(&th[i], NULL, disagreements, &bad[i]) == 0;
    for (int i = 0; i < started; i++)
        pthread_join(th[i], NULL);
    CHECK(started == THREADS, "threads started");
    int total = 0;
    for (int i = 0; i < THREADS; i++)
        total += bad[i];
    CHECK(total == 0, "word set answers as dyad_coder_is_any (%d disagreements)", total);
    for (size_t i = 0; i < sizeof listed / sizeof *listed; i++)
        CHECK(dyad_coder_in_words(listed[i], &listed_set), "'%s' in its own set", listed[i]);
    CHECK(dyad_coder_in_words("SIT-IN", &listed_set) && !dyad_coder_in_words("sitin", &listed_set),
          "folds letters only");
    CHECK(!dyad_coder_in_words(NULL, &listed_set), "NULL is in no set");
    static const char *const none[] = {"only"};
    static dyad_coder_words small = DYAD_CODER_WORDS(none);
    CHECK(dyad_coder_in_words("ONLY", &small) && !dyad_coder_in_words("on", &small),
          "a set of one word");
}

int main(void)
{
    test_shared_first_words();
    test_word_sets();
    CHECK_EXIT();
}
