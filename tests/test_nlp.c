/* test_nlp.c — CoNLL-U reading, lemmatizer/tagger/parser training on a small EWT sample, tree validity of the committed model. */
#include "check.h"

#include "base/alloc.h"
#include "base/paths.h"
#include "io/conllu_write.h"
#include "nlp/conllu.h"
#include "nlp/nlp.h"
#include "nlp/tagger.h"
#include "nlp/train.h"

#include <stdio.h>
#include <string.h>
#include <sys/stat.h>
#include <unistd.h>

/* Every head in range, exactly one root, no cycles. */
static bool valid_tree(const dyad_sentence *s)
{
    int roots = 0;
    for (int32_t i = 0; i < s->n; i++) {
        int h = s->tok[i].head;
        if (h < 0 || h > s->n || h == i + 1 || !s->tok[i].deprel)
            return false;
        if (h == 0)
            roots++;
        int steps = 0;
        for (int x = i + 1; x != 0 && steps <= s->n; steps++)
            x = s->tok[x - 1].head;
        if (steps > s->n)
            return false;
    }
    return roots == 1;
}

static const char *sample =
    "# sent_id = a\n"
    "1\tThe\tthe\tDET\tDT\t_\t2\tdet\t_\t_\n"
    "2\tdog\tdog\tNOUN\tNN\t_\t3\tnsubj\t_\t_\n"
    "3\tbarks\tbark\tVERB\tVBZ\t_\t0\troot\t_\tSpaceAfter=No\n"
    "4\t.\t.\tPUNCT\t.\t_\t3\tpunct\t_\t_\n"
    "\n"
    "# sent_id = bad\n"
    "1\tOops\toops\tINTJ\tUH\t_\t0\troot\t_\n"
    "\n"
    "# sent_id = c\n"
    "1-2\tdon't\t_\t_\t_\t_\t_\t_\t_\t_\n"
    "1\tdo\tdo\tAUX\tVBP\t_\t3\taux\t_\t_\n"
    "2\tn't\tnot\tPART\tRB\t_\t3\tadvmod\t_\t_\n"
    "3\tgo\tgo\tVERB\tVB\t_\t0\troot\t_\t_\n"
    "\n"
    "# sent_id = huge (a HEAD beyond any int32: found by fuzz_cu)\n"
    "1\tHello\thello\tINTJ\tUH\t_\t5555555555555555550\troot\t_\t_\n"
    "\n";

static void test_conllu(void)
{
    char path[256];
    snprintf(path, sizeof path, "/tmp/dyad_test_nlp_%ld.conllu", (long)getpid());
    FILE *f = fopen(path, "w");
    if (!f) {
        CHECK(0, "create a temporary CoNLL-U file");
        return;
    }
    fputs(sample, f);
    fclose(f);
    dyad_cu_reader *r;
    dyad_err err;
    dyad_doc doc;
    dyad_doc_init(&doc);
    int rc = dyad_cu_open(&r, path, &err);
    CHECK(rc == DYAD_OK, "open CoNLL-U");
    if (rc != DYAD_OK)
        return;
    rc = dyad_cu_next(r, &doc, &err);
    CHECK(rc == 1 && doc.nsent == 1 && doc.sent[0].n == 4, "first sentence has 4 words");
    CHECK_STR(doc.sent[0].tok[1].form, "dog", "word 2 is 'dog'");
    CHECK(doc.sent[0].tok[2].head == 0 && doc.sent[0].tok[2].space_after == 0,
          "root and SpaceAfter=No kept");
    rc = dyad_cu_next(r, &doc, &err);
    char want[300];
    snprintf(want, sizeof want, "%s:8:", path);
    CHECK(rc == DYAD_EFORMAT && strstr(err.msg, want), "malformed line reported as file:line (%s)",
          err.msg);
    rc = dyad_cu_next(r, &doc, &err);
    CHECK(rc == 1 && doc.nsent == 2 && doc.sent[1].n == 3 && doc.sent[1].nmwt == 1,
          "reading continues after the bad sentence; multiword token kept");
    dyad_strbuf sb = DYAD_STRBUF_INIT;
    dyad_conllu_write_sentence(&sb, &doc.sent[1]);
    CHECK(sb.data && strstr(sb.data, "1-2\tdon't\t") && strstr(sb.data, "2\tn't\tnot\tPART\tRB\t"),
          "writer emits the range line and the words");
    dyad_sb_free(&sb);
    rc = dyad_cu_next(r, &doc, &err);
    CHECK(rc == DYAD_EFORMAT && strstr(err.msg, "bad HEAD '5555555555555555550'"),
          "a HEAD too large for a word index is rejected, not truncated (%s)", err.msg);
    rc = dyad_cu_next(r, &doc, &err);
    CHECK(rc == 0, "end of input");
    dyad_cu_close(r);
    dyad_doc_free(&doc);
    unlink(path);
}

/* Parses the words of text (space-separated) with nlp and checks the tree. */
static void parse_words(const dyad_nlp *nlp, const char *words, const char *what)
{
    dyad_doc doc;
    dyad_doc_init(&doc);
    dyad_sentence *s = dyad_doc_add_sentence(&doc);
    char buf[512];
    snprintf(buf, sizeof buf, "%s", words);
    int n = 0;
    s->tok = dyad_arena_calloc(&doc.arena, 64 * sizeof *s->tok);
    for (char *w = strtok(buf, " "); w && n < 64; w = strtok(NULL, " "))
        s->tok[n++].form = dyad_arena_strdup(&doc.arena, w);
    s->n = n;
    dyad_nlp_work *w = dyad_nlp_work_new(nlp);
    dyad_err err;
    int rc = dyad_nlp_annotate(nlp, w, &doc, &err);
    CHECK(rc == DYAD_OK, "%s: annotate", what);
    CHECK(valid_tree(s), "%s: a valid tree (heads in range, one root, no cycle)", what);
    bool tagged = true;
    for (int i = 0; i < n; i++)
        tagged = tagged && s->tok[i].xpos && s->tok[i].upos != DYAD_UPOS_NONE && s->tok[i].lemma;
    CHECK(tagged, "%s: every word has XPOS, UPOS and lemma", what);
    dyad_nlp_work_free(w);
    dyad_doc_free(&doc);
}

static void test_small_training(void)
{
    const char *shared = check_shared_dir();
    if (!shared) {
        CHECK_SKIP("train on 200 EWT sentences - no shared data");
        return;
    }
    char tb[4200], out[256];
    snprintf(tb, sizeof tb, "%s/ud-english-ewt", shared);
    snprintf(out, sizeof out, "/tmp/dyad_test_models_%ld", (long)getpid());
    /* without WordNet, training fails loudly instead of making a weaker lemmatizer */
    dyad_train_opts o = {tb, out, 2, 2, 200, "tests/data/no-such-wordnet", NULL, NULL, NULL, 0};
    dyad_err err;
    dyad_err_clear(&err);
    int rc = dyad_nlp_train(&o, &err);
    CHECK(rc == DYAD_ENOTFOUND && strstr(err.msg, "no-such-wordnet/index.noun is missing") &&
              strstr(err.msg, "wordnet-base"),
          "train without WordNet fails, naming the file and the package (%s)", err.msg);
    o.wordnet = "tests/data/wordnet"; /* a tiny stand-in of our own */
    dyad_err_clear(&err);
    rc = dyad_nlp_train(&o, &err);
    CHECK(rc == DYAD_OK, "train on 200 EWT sentences, 2 epochs (%s)", err.msg);
    dyad_nlp *nlp = NULL;
    rc = rc == DYAD_OK ? dyad_nlp_load(&nlp, out, &err) : rc;
    CHECK(rc == DYAD_OK, "load the small model (%s)", err.msg);
    if (nlp) {
        parse_words(nlp, "The president said that the talks would continue .", "small model");
        dyad_nlp_free(nlp);
    }
    char p[512];
    snprintf(p, sizeof p, "%s/tagger.dm", out);
    unlink(p);
    snprintf(p, sizeof p, "%s/parser.dm", out);
    unlink(p);
    rmdir(out);
}

/* A sentence of doc with the n words forms (no tags yet). */
static dyad_sentence *add_forms(dyad_doc *doc, const char *const *forms, int n)
{
    dyad_sentence *s = dyad_doc_add_sentence(doc);
    s->tok = dyad_arena_calloc(&doc->arena, (size_t)n * sizeof *s->tok);
    s->n = s->tok ? n : 0;
    for (int i = 0; i < s->n; i++)
        s->tok[i].form = forms[i];
    return s;
}

static void test_committed_model(void)
{
    char dir[4096];
    dyad_data_path(dir, sizeof dir, "models");
    dyad_nlp *nlp = NULL;
    dyad_err err;
    dyad_err_clear(&err);
    int rc = dyad_nlp_load(&nlp, dir, &err);
    CHECK(rc == DYAD_OK, "load the committed model from %s (%s)", dir, err.msg);
    if (!nlp)
        return;
    parse_words(nlp, "Rebels attacked the capital on Monday , officials said .", "committed model");
    parse_words(nlp, "Peace", "one-word sentence");
    dyad_doc doc;
    dyad_doc_init(&doc);
    const char *forms[] = {"The", "soldiers", "were", "running", "towards", "the", "cities", "."};
    dyad_sentence *s = add_forms(&doc, forms, 8);
    dyad_nlp_work *w = dyad_nlp_work_new(nlp);
    rc = dyad_nlp_annotate(nlp, w, &doc, &err);
    CHECK(rc == DYAD_OK, "annotate a sentence with inflected words");
    CHECK_STR(s->tok[1].lemma, "soldier", "lemma of 'soldiers'");
    CHECK_STR(s->tok[2].lemma, "be", "lemma of 'were'");
    CHECK_STR(s->tok[3].lemma, "run", "lemma of 'running'");
    CHECK_STR(s->tok[6].lemma, "city", "lemma of 'cities'");
    CHECK(s->tok[1].upos == DYAD_UPOS_NOUN && s->tok[0].upos == DYAD_UPOS_DET,
          "UPOS of 'The soldiers' is DET NOUN");
    CHECK(s->tok[1].head == 4 && strcmp(s->tok[1].deprel, "nsubj") == 0,
          "'soldiers' is the nsubj of 'running'");
    /* verbs the treebank does not have: the suffix rule's guess ("declin") gives way to the
     * WordNet base form */
    const char *forms2[] = {"Russia", "declined", "to", "comment", ",", "declining", "talks", "."};
    dyad_sentence *s2 = add_forms(&doc, forms2, 8);
    rc = dyad_nlp_annotate(nlp, w, &doc, &err);
    CHECK(rc == DYAD_OK, "annotate a sentence with verbs unknown to the treebank");
    CHECK(s2->tok[1].xpos && strcmp(s2->tok[1].xpos, "VBD") == 0, "'declined' is VBD (%s)",
          s2->tok[1].xpos ? s2->tok[1].xpos : "none");
    CHECK_STR(s2->tok[1].lemma, "decline", "lemma of 'declined' (VBD)");
    CHECK_STR(s2->tok[5].lemma, "decline", "lemma of 'declining'");
    dyad_nlp_work_free(w);
    dyad_doc_free(&doc);
    dyad_nlp_free(nlp);
}

/* The tagger's memo of forms changes neither a word feature nor a tag: 300 sentences over
 * real words, 6,000 made-up ones (more than the memo holds, so places are taken over), words
 * too long for it, and words first in one sentence and inside another. */
static void test_tag_memo(void)
{
    char dir[4096], path[4200];
    dyad_data_path(dir, sizeof dir, "models");
    snprintf(path, sizeof path, "%s/tagger.dm", dir);
    dyad_mfile mf;
    dyad_tagger tg;
    dyad_err err;
    dyad_err_clear(&err);
    int rc = dyad_mf_open(&mf, path, &err);
    CHECK(rc == DYAD_OK, "open %s (%s)", path, err.msg);
    if (rc != DYAD_OK)
        return;
    rc = dyad_tagger_read(&tg, &mf, &err);
    CHECK(rc == DYAD_OK, "read the tagger (%s)", err.msg);
    if (rc != DYAD_OK) {
        dyad_mf_close(&mf);
        return;
    }
    static const char *const real[] = {
        "The", "the", "talks", "Talks", "said", "Russia", "will", "meet", "in", "Geneva", ".",
        ",", "officials", "attacked", "rebels", "on", "Monday", "peace", "deal", "signed",
        "minister", "Lavrov", "Clinton", "to", "a", "that", "it", "was", "declined", "US",
        "internationalization-of-the-negotiations", "supercalifragilisticexpialidocious-ness",
        "3,000", "U.N.", "Kubiak", "running", "cities", "and", "of", "protests"};
    enum { NSENT = 300, NW = 20 };
    dyad_tag_memo *memo = dyad_tag_memo_new(&tg);
    CHECK(memo != NULL, "make a memo");
    dyad_token tok_a[NW], tok_b[NW];
    dyad_wfeat wf_a[NW], wf_b[NW];
    char made[NSENT * NW][16];
    unsigned x = 12345, same_tags = 0, same_feats = 0;
    for (int si = 0; memo && si < NSENT; si++) {
        memset(tok_a, 0, sizeof tok_a);
        for (int i = 0; i < NW; i++) {
            x = x * 1103515245u + 12345u;
            int k = si * NW + i;
            if ((x >> 16) % 10 < 6) {
                tok_a[i].form = real[(x >> 8) % DYAD_ARRAY_LEN(real)];
            } else {
                snprintf(made[k], sizeof made[k], "%sor%dvan", k % 3 ? "k" : "K", k);
                tok_a[i].form = made[k];
            }
        }
        memcpy(tok_b, tok_a, sizeof tok_b);
        dyad_sentence a = {.tok = tok_a, .n = NW}, b = {.tok = tok_b, .n = NW};
        dyad_tag_sentence(&tg, memo, &a, wf_a, NULL);
        dyad_tag_sentence(&tg, NULL, &b, wf_b, NULL);
        bool tags = true;
        for (int i = 0; i < NW; i++)
            tags = tags && tok_a[i].xpos == tok_b[i].xpos && tok_a[i].upos == tok_b[i].upos;
        same_tags += tags;
        same_feats += memcmp(wf_a, wf_b, sizeof wf_a) == 0;
    }
    CHECK(same_tags == NSENT, "tags with and without the memo agree (%u of %d sentences)",
          same_tags, NSENT);
    CHECK(same_feats == NSENT, "word features with and without the memo agree (%u of %d)",
          same_feats, NSENT);
    dyad_tag_memo_free(memo);
    dyad_tagger_free(&tg);
    dyad_mf_close(&mf);
}

/* A letter outside ASCII has its case as its ASCII kin have: "Áñez" is shaped and flagged as
 * "Anez" is, "ÁÑEZ" as "ANEZ", "café" as "cafe"; a sign outside the Latin letters is not. */
static void test_latin_letters(void)
{
    static const char *const pairs[][2] = {
        {"\xc3\x81\xc3\xb1" "ez", "Anez"},     /* Áñez */
        {"\xc3\x81\xc3\x91" "EZ", "ANEZ"},     /* ÁÑEZ */
        {"caf\xc3\xa9", "cafe"},                /* café */
        {"\xc5\x81ukasz", "Lukasz"},            /* Łukasz */
        {"Erdo\xc4\x9f" "an", "Erdogan"},       /* Erdoğan */
        {"\xc3\x96zil", "Ozil"},                /* Özil */
    };
    for (size_t i = 0; i < DYAD_ARRAY_LEN(pairs); i++) {
        dyad_wfeat a, b;
        dyad_tag_form_features(NULL, pairs[i][0], strlen(pairs[i][0]), &a);
        dyad_tag_form_features(NULL, pairs[i][1], strlen(pairs[i][1]), &b);
        CHECK(a.shape == b.shape && a.flags == b.flags, "%s has the shape and case flags of %s",
              pairs[i][0], pairs[i][1]);
    }
    dyad_wfeat sign, plain;
    dyad_tag_form_features(NULL, "\xc3\x97" "3", 3, &sign); /* ×3: a sign, no letter */
    dyad_tag_form_features(NULL, "x3", 2, &plain);
    CHECK(sign.shape != plain.shape, "the multiplication sign is no letter");
}

int main(void)
{
    test_latin_letters();
    test_conllu();
    test_committed_model();
    test_tag_memo();
    test_small_training();
    CHECK_EXIT();
}
