/* test_conllu.c — CoNLL-U reader (documents, MWTs, offsets, rejections) and writer round trip. */
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "base/strbuf.h"
#include "check.h"
#include "io/conllu_write.h"
#include "io/reader.h"

/* Every token's offsets lie inside doc->text and MWT parts share their token's range. */
static int offsets_ok(const dyad_doc *d)
{
    for (int32_t s = 0; s < d->nsent; s++) {
        const dyad_sentence *st = &d->sent[s];
        if (st->end > d->text_len || st->start > st->end)
            return 0;
        for (int32_t i = 0; i < st->n; i++)
            if (st->tok[i].start > st->tok[i].end || st->tok[i].end > d->text_len ||
                st->tok[i].start < st->start || st->tok[i].end > st->end)
                return 0;
    }
    return 1;
}

static void test_docs(void)
{
    dyad_reader *r;
    dyad_err err;
    dyad_doc d;
    dyad_doc_init(&d);
    int rc = dyad_reader_open(&r, "tests/data/io/docs.conllu", DYAD_IN_CONLLU, &err);
    CHECK(rc == DYAD_OK, "open docs.conllu");
    if (rc)
        return;
    rc = dyad_reader_next(r, &d, &err);
    CHECK(rc == 1, "docA read");
    CHECK_STR(d.id, "docA", "doc id from # newdoc id");
    CHECK(d.pretokenized, "pretokenized set");
    CHECK(d.nsent == 2, "docA keeps its 2 good sentences (got %d)", d.nsent);
    CHECK_STR(d.text, "We don't know. Yes!", "doc text joins sentence texts");
    CHECK(offsets_ok(&d), "offsets inside the text");
    if (d.nsent == 2) {
        const dyad_sentence *s = &d.sent[0];
        CHECK_STR(s->sent_id, "a-1", "sent_id");
        CHECK(s->n == 5, "empty node skipped: 5 words (got %d)", s->n);
        CHECK(s->nmwt == 1 && s->mwt[0].first == 2 && s->mwt[0].last == 3, "MWT 2-3");
        CHECK_STR(s->mwt[0].form, "don't", "MWT form");
        CHECK(s->tok[1].start == 3 && s->tok[1].end == 8 && s->tok[2].start == 3,
              "MWT words share the token's offsets");
        CHECK(s->tok[1].space_after == 0 && s->tok[2].space_after == 1, "MWT spacing");
        CHECK(s->tok[3].space_after == 0 && s->tok[4].space_after == 1, "SpaceAfter=No");
        CHECK_STR(s->tok[0].lemma, "we", "lemma");
        CHECK_STR(s->tok[0].feats, "Case=Nom", "feats");
        CHECK(s->tok[1].feats == NULL, "'_' becomes NULL");
        CHECK(s->tok[0].upos == DYAD_UPOS_PRON && s->tok[0].head == 3, "upos and head");
        CHECK_STR(s->tok[2].deprel, "root", "deprel");
        CHECK(memcmp(d.text + s->tok[3].start, "know", 4) == 0, "token offset matches form");
        CHECK(d.sent[1].start == 15 && memcmp(d.text + d.sent[1].tok[1].start, "!", 1) == 0,
              "second sentence offsets");
        CHECK_STR(d.sent[1].text, "Yes!", "text rebuilt from forms without # text");
    }
    /* a bad sentence inside a document is no record of its own: the document is one record,
     * repaired (its bad sentences left out), and says so in doc.warning */
    CHECK(d.warning && strstr(d.warning, "docs.conllu:15 (id docA): bad sentence:") &&
              strstr(d.warning, "columns") && strstr(d.warning, "1 bad sentence left out"),
          "docA's bad sentence: warning names the line, the id and the columns: %s",
          d.warning ? d.warning : "(null)");
    rc = dyad_reader_next(r, &d, &err);
    CHECK(rc == 1 && d.nsent == 1, "docB read: one record for the document, bad sentences and all");
    CHECK_STR(d.id, "docB", "docB id");
    CHECK_STR(d.text, "Fine here.", "docB keeps only its good sentence");
    CHECK(d.warning && strstr(d.warning, "docs.conllu:22 (id docB)") &&
              strstr(d.warning, "HEAD") && strstr(d.warning, "2 bad sentences left out"),
          "docB: the first bad sentence (head out of range) named, both counted: %s",
          d.warning ? d.warning : "(null)");
    rc = dyad_reader_next(r, &d, &err);
    CHECK(rc == 0, "end of docs.conllu");
    dyad_reader_close(r);
    dyad_doc_free(&d);
}

/* A `# newdoc` document takes its date from a `# date` or GUM's `# meta::dateCreated` comment;
 * one without keeps the reader's default; a bad date comment is named and its sentence left
 * out, and the next date comment of the document is read instead. */
static void test_dated(void)
{
    dyad_reader *r;
    dyad_err err;
    dyad_doc d;
    dyad_doc_init(&d);
    int rc = dyad_reader_open(&r, "tests/data/io/dated.conllu", DYAD_IN_CONLLU, &err);
    CHECK(rc == DYAD_OK, "open dated.conllu");
    if (rc)
        return;
    CHECK(dyad_reader_set_default_date(r, "2000-01-01", &err) == DYAD_OK, "default date");
    rc = dyad_reader_next(r, &d, &err);
    CHECK(rc == 1 && d.nsent == 1, "GUM-style document read");
    CHECK_STR(d.date, "2015-08-21", "date from # meta::dateCreated");
    rc = dyad_reader_next(r, &d, &err);
    CHECK(rc == 1, "undated document read");
    CHECK_STR(d.date, "2000-01-01", "no date comment: the default date");
    rc = dyad_reader_next(r, &d, &err);
    CHECK(rc == 1 && d.nsent == 1, "document with a bad date comment keeps its good sentence");
    CHECK_STR(d.date, "2019-01-05", "the next date comment (# date = 20190105) is read");
    CHECK(d.warning && strstr(d.warning, "id baddate") && strstr(d.warning, "impossible date"),
          "the bad date is named with the document id: %s", d.warning ? d.warning : "(null)");
    rc = dyad_reader_next(r, &d, &err);
    CHECK(rc == 0, "end of dated.conllu");
    dyad_reader_close(r);
    dyad_doc_free(&d);
}

static void test_sentences(void)
{
    dyad_reader *r;
    dyad_err err;
    dyad_doc d;
    dyad_doc_init(&d);
    if (dyad_reader_open(&r, "tests/data/io/sents.conllu", DYAD_IN_CONLLU, &err) != DYAD_OK) {
        CHECK(0, "open sents.conllu: %s", err.msg);
        return;
    }
    CHECK(dyad_reader_set_default_date(r, "20200131", &err) == DYAD_OK, "default date set");
    int rc = dyad_reader_next(r, &d, &err);
    CHECK(rc == 1 && d.nsent == 1, "no # newdoc: a document per sentence");
    CHECK_STR(d.text, "Hello, world", "text rebuilt from forms");
    CHECK_STR(d.id, "tests/data/io/sents.conllu:1", "id FILE:LINE without sent_id");
    CHECK_STR(d.date, "2020-01-31", "default date applied");
    rc = dyad_reader_next(r, &d, &err);
    CHECK(rc == DYAD_EFORMAT && strstr(err.msg, ":6:") && strstr(err.msg, "UPOS"),
          "unknown UPOS rejected with its line: %s", err.msg);
    rc = dyad_reader_next(r, &d, &err);
    CHECK(rc == 1 && d.nsent == 1 && d.sent[0].n == 2, "sentence after the bad one, no final blank line");
    CHECK_STR(d.id, "s3", "id from sent_id");
    if (rc == 1 && d.nsent == 1)
        CHECK_STR(d.sent[0].tok[0].lemma, "_", "underscore word keeps lemma _");
    CHECK(dyad_reader_next(r, &d, &err) == 0, "end of sents.conllu");
    dyad_reader_close(r);
    dyad_doc_free(&d);
}

/* The first 8 columns plus SpaceAfter=No of a word line (or the range line's 2 columns). */
static void key_of(const char *line, char *out, size_t n)
{
    char tmp[4096];
    snprintf(tmp, sizeof tmp, "%s", line);
    char *f[10] = {0};
    int k = 0;
    for (char *p = tmp; k < 10; k++) {
        f[k] = p;
        char *t = strchr(p, '\t');
        if (!t)
            break;
        *t = '\0';
        p = t + 1;
    }
    int noSpace = f[9] && strstr(f[9], "SpaceAfter=No") != NULL;
    snprintf(out, n, "%s|%s|%s|%s|%s|%s|%s|%s|%d", f[0], f[1] ? f[1] : "", f[2] ? f[2] : "",
             f[3] ? f[3] : "", f[4] ? f[4] : "", f[5] ? f[5] : "", f[6] ? f[6] : "",
             f[7] ? f[7] : "", noSpace);
}

static void test_round_trip(void)
{
    const char *shared = check_shared_dir();
    if (!shared) {
        CHECK_SKIP("EWT dev round trip: no shared data");
        return;
    }
    char path[4096];
    snprintf(path, sizeof path, "%.3000s/ud-english-ewt/en_ewt-ud-dev.conllu", shared);
    FILE *orig = fopen(path, "r");
    if (!orig) {
        CHECK_SKIP("EWT dev round trip: %s absent", path);
        return;
    }
    dyad_reader *r;
    dyad_err err;
    dyad_doc d;
    dyad_doc_init(&d);
    if (dyad_reader_open(&r, path, DYAD_IN_CONLLU, &err) != DYAD_OK) {
        CHECK(0, "open EWT dev: %s", err.msg);
        fclose(orig);
        return;
    }
    dyad_strbuf sb = DYAD_STRBUF_INIT;
    long docs = 0, sents = 0, words = 0, rejected = 0, bad_offsets = 0, text_mismatch = 0;
    int rc;
    while ((rc = dyad_reader_next(r, &d, &err)) != 0) {
        if (rc < 0) {
            rejected++;
            if (rc != DYAD_EFORMAT)
                break;
            continue;
        }
        docs++;
        if (!offsets_ok(&d))
            bad_offsets++;
        for (int32_t s = 0; s < d.nsent; s++) {
            sents++;
            words += d.sent[s].n;
            /* sentence text sits in the document text at its offsets */
            size_t sl = strlen(d.sent[s].text);
            if (d.sent[s].end - d.sent[s].start != sl ||
                memcmp(d.text + d.sent[s].start, d.sent[s].text, sl) != 0)
                text_mismatch++;
            dyad_conllu_write_sentence(&sb, &d.sent[s]);
        }
    }
    CHECK(rejected == 0, "EWT dev: no sentence rejected (%ld; last: %s)", rejected,
          rejected ? err.msg : "");
    CHECK(docs > 100 && sents > 2000, "EWT dev: %ld documents, %ld sentences, %ld words", docs,
          sents, words);
    CHECK(bad_offsets == 0 && text_mismatch == 0, "EWT dev: offsets consistent (%ld, %ld)",
          bad_offsets, text_mismatch);
    /* Compare word and range lines, in order, between the file and what was written. */
    char line[8192], a[8192], b[8192];
    const char *p = sb.data ? sb.data : "";
    long compared = 0, differ = 0;
    while (fgets(line, sizeof line, orig)) {
        line[strcspn(line, "\r\n")] = '\0';
        if (!line[0] || line[0] == '#')
            continue;
        char *tab = strchr(line, '\t');
        if (tab && memchr(line, '.', (size_t)(tab - line)))
            continue; /* empty nodes are not kept */
        /* next non-comment, non-blank written line */
        const char *q;
        for (;;) {
            q = strchr(p, '\n');
            if (!q) {
                q = p + strlen(p);
                break;
            }
            if (q > p && *p != '#')
                break;
            p = q + 1;
        }
        size_t n = (size_t)(q - p);
        char wl[8192];
        snprintf(wl, sizeof wl, "%.*s", (int)n, p);
        p = *q ? q + 1 : q;
        key_of(line, a, sizeof a);
        key_of(wl, b, sizeof b);
        compared++;
        if (strcmp(a, b) != 0) {
            if (differ++ < 3)
                printf("#   orig:    %s\n#   written: %s\n", a, b);
        }
    }
    CHECK(compared > 20000 && differ == 0,
          "EWT dev round trip: %ld word/range lines, %ld differ in columns 1-8 or SpaceAfter",
          compared, differ);
    fclose(orig);
    dyad_sb_free(&sb);
    dyad_reader_close(r);
    dyad_doc_free(&d);
}

int main(void)
{
    test_docs();
    test_dated();
    test_sentences();
    test_round_trip();
    CHECK_EXIT();
}
