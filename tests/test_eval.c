/* test_eval.c — the CoNLL-U scorer on hand-made files with exact scores, and the tokenizer's
 * segmentation scores on raw EWT dev text when the shared data is present. */
#include "check.h"

#include "base/alloc.h"
#include "base/strbuf.h"
#include "nlp/eval.h"
#include "nlp/eval_roots.h"
#include "text/tokenize.h"

#include <math.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <unistd.h>

#define L(id, form, lemma, upos, xpos, head, rel) \
    id "\t" form "\t" lemma "\t" upos "\t" xpos "\t_\t" head "\t" rel "\t_\t_\n"

static const char gold[] =
    "# text = I don't know.\n"
    L("1", "I", "I", "PRON", "PRP", "4", "nsubj")
    "2-3\tdon't\t_\t_\t_\t_\t_\t_\t_\t_\n"
    L("2", "do", "do", "AUX", "VBP", "4", "aux")
    L("3", "n't", "not", "PART", "RB", "4", "advmod")
    L("4", "know", "know", "VERB", "VB", "0", "root")
    L("5", ".", ".", "PUNCT", ".", "4", "punct")
    "\n"
    "# text = Go home.\n"
    L("1", "Go", "go", "VERB", "VB", "0", "root")
    L("2", "home", "home", "ADV", "RB", "1", "advmod")
    L("3", ".", ".", "PUNCT", ".", "1", "punct")
    "\n";

/* One sentence instead of two, don't unsplit, "home." one token, Go mistagged. */
static const char sys[] =
    L("1", "I", "I", "PRON", "_", "3", "nsubj:pass")
    L("2", "don't", "don't", "AUX", "_", "3", "aux")
    L("3", "know", "know", "VERB", "_", "0", "root")
    L("4", ".", ".", "PUNCT", ".", "3", "obj")
    L("5", "Go", "Go", "NOUN", "_", "3", "conj")
    L("6", "home.", "home.", "NOUN", "_", "5", "obj")
    "\n";

static bool near(double a, double b) { return fabs(a - b) < 1e-9; }

static void exact_scores(void)
{
    dyad_eval_result r;
    dyad_err err;
    dyad_err_clear(&err);
    int rc = dyad_eval_buffers(gold, sizeof gold - 1, sys, sizeof sys - 1, &r, &err);
    CHECK(rc == DYAD_OK, "eval of the tiny files (%s)", err.msg);
    if (rc != DYAD_OK)
        return;
    const dyad_eval_score *m = r.m;
    CHECK(m[DYAD_EVAL_SENTENCES].gold == 2 && m[DYAD_EVAL_SENTENCES].system == 1 &&
          m[DYAD_EVAL_SENTENCES].correct == 0, "sentences 0 of 2 gold / 1 system");
    CHECK(m[DYAD_EVAL_TOKENS].gold == 7 && m[DYAD_EVAL_TOKENS].system == 6 &&
          m[DYAD_EVAL_TOKENS].correct == 5, "tokens 5 correct of 7 gold / 6 system");
    CHECK(near(dyad_eval_f1(&m[DYAD_EVAL_TOKENS]), 10.0 / 13.0), "token F1 = 10/13");
    CHECK(near(dyad_eval_precision(&m[DYAD_EVAL_TOKENS]), 5.0 / 6.0) &&
          near(dyad_eval_recall(&m[DYAD_EVAL_TOKENS]), 5.0 / 7.0), "token P 5/6, R 5/7");
    CHECK(m[DYAD_EVAL_WORDS].gold == 8 && m[DYAD_EVAL_WORDS].system == 6 &&
          m[DYAD_EVAL_WORDS].correct == 4, "words: 4 aligned (I, know, ., Go)");
    CHECK(near(dyad_eval_f1(&m[DYAD_EVAL_WORDS]), 8.0 / 14.0), "word F1 = 8/14");
    CHECK(m[DYAD_EVAL_UPOS].correct == 3, "UPOS 3 (Go mistagged)");
    CHECK(near(dyad_eval_aligned_acc(&m[DYAD_EVAL_UPOS]), 0.75), "UPOS aligned accuracy 3/4");
    CHECK(m[DYAD_EVAL_XPOS].correct == 1, "XPOS 1 (only .)");
    CHECK(m[DYAD_EVAL_LEMMA].correct == 3, "lemmas 3 (Go vs go)");
    CHECK(m[DYAD_EVAL_UAS].correct == 3, "UAS 3 (Go is not the root)");
    CHECK(m[DYAD_EVAL_LAS].correct == 2, "LAS 2 (nsubj:pass counts as nsubj, . is not obj)");
    CHECK(near(dyad_eval_f1(&m[DYAD_EVAL_LAS]), 4.0 / 14.0), "LAS F1 = 4/14");

    rc = dyad_eval_buffers(gold, sizeof gold - 1, gold, sizeof gold - 1, &r, &err);
    int all = rc == DYAD_OK;
    for (int k = 0; k < DYAD_EVAL_NMETRICS && all; k++)
        all = near(dyad_eval_f1(&r.m[k]), 1.0);
    CHECK(all, "gold against itself: every F1 is 1");
}

static void errors(void)
{
    dyad_eval_result r;
    dyad_err err;
    dyad_err_clear(&err);
    static const char other[] = L("1", "You", "you", "PRON", "PRP", "0", "root") "\n";
    CHECK(dyad_eval_buffers(gold, sizeof gold - 1, other, sizeof other - 1, &r, &err) ==
              DYAD_EFORMAT && strstr(err.msg, "differ"), "different texts: %s", err.msg);
    static const char bad[] = "1\tI\tI\n\n";
    CHECK(dyad_eval_buffers(bad, sizeof bad - 1, gold, sizeof gold - 1, &r, &err) ==
              DYAD_EFORMAT && strstr(err.msg, "gold:1"), "short line: %s", err.msg);
    static const char badhead[] = L("1", "I", "I", "PRON", "PRP", "7", "nsubj") "\n";
    CHECK(dyad_eval_buffers(badhead, sizeof badhead - 1, badhead, sizeof badhead - 1, &r,
                            &err) == DYAD_EFORMAT, "head beyond the sentence: %s", err.msg);
    CHECK(dyad_eval_files("/nonexistent/gold.conllu", "/nonexistent/sys.conllu", &r, &err) ==
              DYAD_ENOTFOUND, "missing file: %s", err.msg);
    CHECK(dyad_eval_buffers("", 0, "", 0, &r, &err) == DYAD_OK &&
              r.m[DYAD_EVAL_WORDS].gold == 0 && dyad_eval_f1(&r.m[DYAD_EVAL_WORDS]) == 0.0,
          "two empty files score 0 without dividing by zero");
}

/* Every allocation of a scoring run failing in turn: DYAD_ENOMEM or a complete result. */
static void alloc_failures(void)
{
    int enomem = 0, ok = 0, other = 0;
    for (long nth = 1; nth < 100; nth++) {
        dyad_eval_result r;
        dyad_err err;
        dyad_err_clear(&err);
        dyad_alloc_fail_after(nth);
        int rc = dyad_eval_buffers(gold, sizeof gold - 1, sys, sizeof sys - 1, &r, &err);
        dyad_alloc_fail_after(0);
        if (rc == DYAD_ENOMEM)
            enomem++;
        else if (rc == DYAD_OK && r.m[DYAD_EVAL_TOKENS].correct == 5)
            ok++;
        else
            other++;
    }
    CHECK(enomem > 0 && ok > 0 && other == 0, "allocation failures: %d ENOMEM, %d complete, %d other",
          enomem, ok, other);
}

/* Reads a file into a heap buffer. */
static char *slurp(const char *path, size_t *n)
{
    FILE *f = fopen(path, "rb");
    if (!f)
        return NULL;
    fseek(f, 0, SEEK_END);
    long len = ftell(f);
    fseek(f, 0, SEEK_SET);
    char *b = len >= 0 ? dyad_malloc((size_t)len + 1) : NULL;
    if (b && fread(b, 1, (size_t)len, f) != (size_t)len) {
        dyad_free(b);
        b = NULL;
    }
    fclose(f);
    if (b)
        b[len] = 0;
    *n = (size_t)len;
    return b;
}

/* Raw dev text: the `# text` lines, joined by a space, with a blank line at each new paragraph
 * or document; tokenized and scored against the gold file. */
static void raw_dev(void)
{
    const char *dir = check_shared_dir();
    if (!dir) {
        CHECK_SKIP("raw EWT dev segmentation: no shared data");
        return;
    }
    char path[4200];
    snprintf(path, sizeof path, "%s/ud-english-ewt/en_ewt-ud-dev.conllu", dir);
    size_t gn;
    char *g = slurp(path, &gn);
    if (!g) {
        CHECK_SKIP("raw EWT dev segmentation: %s missing", path);
        return;
    }
    dyad_strbuf raw = DYAD_STRBUF_INIT, out = DYAD_STRBUF_INIT;
    for (char *p = g; p < g + gn;) {
        char *e = strchr(p, '\n');
        if (!e)
            e = g + gn;
        if (!strncmp(p, "# newdoc", 8) || !strncmp(p, "# newpar", 8)) {
            if (raw.len)
                dyad_sb_puts(&raw, "\n\n");
        } else if (!strncmp(p, "# text = ", 9)) {
            if (raw.len && raw.data[raw.len - 1] != '\n')
                dyad_sb_putc(&raw, ' ');
            dyad_sb_append(&raw, p + 9, (size_t)(e - p - 9));
        }
        p = e + 1;
    }
    dyad_doc d;
    dyad_doc_init(&d);
    d.text = raw.data;
    d.text_len = raw.len;
    dyad_err err;
    dyad_err_clear(&err);
    int rc = dyad_tokenize(&d, &err);
    CHECK(rc == DYAD_OK && !raw.failed, "tokenize raw EWT dev (%zu bytes)", raw.len);
    for (int32_t s = 0; s < d.nsent; s++) {
        const dyad_sentence *st = &d.sent[s];
        int32_t m = 0;
        for (int32_t w = 0; w < st->n; w++) {
            if (m < st->nmwt && st->mwt[m].first == w + 1) {
                dyad_sb_printf(&out, "%d-%d\t%s\t_\t_\t_\t_\t_\t_\t_\t_\n", st->mwt[m].first,
                               st->mwt[m].last, st->mwt[m].form);
                m++;
            }
            dyad_sb_printf(&out, "%d\t%s\t_\t_\t_\t_\t%d\t_\t_\t_\n", w + 1, st->tok[w].form,
                           w == 0 ? 0 : 1);
        }
        dyad_sb_putc(&out, '\n');
    }
    dyad_eval_result r;
    rc = dyad_eval_buffers(g, gn, out.data ? out.data : "", out.len, &r, &err);
    CHECK(rc == DYAD_OK, "score raw EWT dev (%s)", err.msg);
    if (rc == DYAD_OK) {
        double tf = dyad_eval_f1(&r.m[DYAD_EVAL_TOKENS]), wf = dyad_eval_f1(&r.m[DYAD_EVAL_WORDS]),
               sf = dyad_eval_f1(&r.m[DYAD_EVAL_SENTENCES]);
        printf("# raw EWT dev: tokens F1 %.2f%%, words F1 %.2f%%, sentences F1 %.2f%% "
               "(%ld gold / %ld system sentences)\n", 100 * tf, 100 * wf, 100 * sf,
               r.m[DYAD_EVAL_SENTENCES].gold, r.m[DYAD_EVAL_SENTENCES].system);
        CHECK(tf > 0.97 && wf > 0.97, "raw EWT dev token and word F1 above 97%%");
        CHECK(sf > 0.60, "raw EWT dev sentence F1 above 60%%");
    }
    dyad_doc_free(&d);
    dyad_sb_free(&raw);
    dyad_sb_free(&out);
    dyad_free(g);
}

/* Non-verb roots: four sentences of our own, one of each kind, read back from a file. */
static void nonverb_roots(void)
{
    static const char conllu[] =
        /* finite, verb root */
        L("1", "Troops", "troop", "NOUN", "NNS", "2", "nsubj")
        L("2", "left", "leave", "VERB", "VBD", "0", "root")
        L("3", ".", ".", "PUNCT", ".", "2", "punct") "\n"
        /* finite, past participle read as an adjective: the noun became the root */
        L("1", "Officers", "officer", "NOUN", "NNS", "0", "root")
        L("2", "ended", "end", "ADJ", "VBD", "3", "amod")
        L("3", "talks", "talk", "NOUN", "NNS", "1", "appos") "\n"
        /* finite copular clause: a noun root with a cop dependent is right */
        L("1", "She", "she", "PRON", "PRP", "3", "nsubj")
        L("2", "is", "be", "AUX", "VBZ", "3", "cop")
        L("3", "minister", "minister", "NOUN", "NN", "0", "root") "\n"
        /* no finite verb: a headline */
        L("1", "Floods", "flood", "NOUN", "NNS", "0", "root")
        L("2", "in", "in", "ADP", "IN", "3", "case")
        L("3", "Peru", "Peru", "PROPN", "NNP", "1", "nmod") "\n";
    char path[] = "/tmp/dyad-roots-XXXXXX";
    int fd = mkstemp(path);
    CHECK(fd >= 0, "temporary file");
    if (fd < 0)
        return;
    FILE *f = fdopen(fd, "w");
    fputs(conllu, f);
    fclose(f);
    dyad_roots_result r;
    dyad_err err;
    dyad_err_clear(&err);
    int rc = dyad_roots_file(path, &r, &err);
    CHECK(rc == DYAD_OK, "roots of %s (%s)", path, err.msg);
    CHECK(r.sentences == 4 && r.finite == 3 && r.nonverb == 1,
          "4 sentences, 3 finite, 1 non-verb root (got %ld, %ld, %ld)", r.sentences, r.finite,
          r.nonverb);
    CHECK(near(dyad_roots_share(&r), 1.0 / 3.0), "share 1/3");
    /* the list names the one sentence counted: its number (no sent_id, no text) and root */
    char buf[256] = "";
    FILE *list = tmpfile();
    CHECK(list != NULL, "temporary list file");
    if (list) {
        rc = dyad_roots_file_list(path, &r, list, &err);
        rewind(list);
        size_t got = fread(buf, 1, sizeof buf - 1, list);
        buf[got] = 0;
        fclose(list);
        CHECK(rc == DYAD_OK && r.nonverb == 1 && !strcmp(buf, "2\tOfficers/NOUN\t\n"),
              "list: the second sentence, rooted in 'Officers' (got '%.*s')",
              (int)strcspn(buf, "\n"), buf);
    }
    unlink(path);
    rc = dyad_roots_file(path, &r, &err);
    CHECK(rc != DYAD_OK && strstr(err.msg, path), "a missing file is an error naming it (%s)",
          err.msg);
}

int main(void)
{
    exact_scores();
    errors();
    alloc_failures();
    raw_dev();
    nonverb_roots();
    CHECK_EXIT();
}
