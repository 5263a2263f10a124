/* test_tokenize.c — tokenizer and sentence splitter: EWT conventions, offsets, bad bytes, speed,
 * and agreement with the EWT dev words when the shared data is present. */
#include "check.h"

#include "base/alloc.h"
#include "text/tokenize.h"

#include <time.h>

/* Tokenizes text[0..n) into doc (reset first). */
static int tok(dyad_doc *d, const char *text, size_t n)
{
    dyad_err err;
    dyad_err_clear(&err);
    dyad_doc_reset(d);
    d->text = text;
    d->text_len = n;
    return dyad_tokenize(d, &err);
}

/* Words joined by spaces, sentences by " | ". */
static const char *render(const dyad_doc *d)
{
    static char buf[8192];
    size_t o = 0;
    buf[0] = 0;
    for (int32_t s = 0; s < d->nsent; s++) {
        if (s && o + 3 < sizeof buf)
            o += (size_t)snprintf(buf + o, sizeof buf - o, " |");
        for (int32_t w = 0; w < d->sent[s].n && o < sizeof buf; w++)
            o += (size_t)snprintf(buf + o, sizeof buf - o, "%s%s", (s || w) ? " " : "",
                                  d->sent[s].tok[w].form);
    }
    return buf;
}

static void expect(dyad_doc *d, const char *text, const char *want)
{
    int rc = tok(d, text, strlen(text));
    CHECK(rc == DYAD_OK, "tokenize '%s'", text);
    CHECK_STR(render(d), want, "tokens of '%s'", text);
}

static void conventions(dyad_doc *d)
{
    expect(d, "I don't know.", "I do n't know .");
    expect(d, "I'm sure it's fine, we can't go and won't stay.",
           "I 'm sure it 's fine , we ca n't go and wo n't stay .");
    expect(d, "You cannot stop. We're gonna win!", "You can not stop . | We 're gon na win !");
    expect(d, "Bush's plan.", "Bush 's plan .");
    expect(d, "They’ve said “no” and it’s over.", "They ’ve said “ no ” and it ’s over .");
    expect(d, "a long-term, 15-year deal", "a long - term , 15 - year deal");
    expect(d, "Mr. Smith met Dr. Jones in the U.S. on Jan. 5 at 10:30 a.m. today.",
           "Mr. Smith met Dr. Jones in the U.S. on Jan. 5 at 10:30 a.m. today .");
    expect(d, "It costs $3.5 million, or 1,000 units (e.g. cars).",
           "It costs $ 3.5 million , or 1,000 units ( e.g. cars ) .");
    expect(d, "Bloomberg gave US$100 million and HK$5 to the US.",
           "Bloomberg gave US$ 100 million and HK$ 5 to the US .");
    expect(d, "See http://www.example.com/a?b=1. Mail me@example.org now.",
           "See http://www.example.com/a?b=1 . | Mail me@example.org now .");
    expect(d, "Wait... what?! \"Yes.\" He left.", "Wait ... what ?! | \" Yes . \" | He left .");
    expect(d, "George W. Bush spoke", "George W. Bush spoke");
    expect(d, "because of X. So I left", "because of X . | So I left");
    expect(d, "\"Stop!\" she cried. In the '90s", "\" Stop ! \" she cried . | In the '90s");
    expect(d, "Peace — or war – now…", "Peace — or war – now …");
    expect(d, "Great :) see you :-). I dont know, 1990's", "Great :) see you :-) . | I do nt know , 1990's");
    expect(d, "He works at Acme Inc. The firm grew.", "He works at Acme Inc . | The firm grew .");
    expect(d, "the counterparty, CCNG, Inc.. Then", "the counterparty , CCNG , Inc. . | Then");
    expect(d, "call 303-832-8160 or 3-5213; e-mail non-human and/or b/c #tag (x) .doc", "call 303 - 832-8160 or 3-5213 ; e-mail non-human and / or b/c #tag ( x ) .doc");
    expect(d, "Mail franz371...@gmail.com <<File>> $$$", "Mail franz371...@gmail.com << File >> $$$");
    expect(d, "O'Brien and/or the countries' 1990s", "O'Brien and / or the countries ' 1990s");
    expect(d, "First para\n\nSecond para", "First para | Second para");
    expect(d, "one line\nnext line", "one line next line");
}

static void offsets_and_mwt(dyad_doc *d)
{
    const char *text = "  They don't (see).\n\nOK";
    CHECK(tok(d, text, strlen(text)) == DYAD_OK, "tokenize with offsets");
    CHECK(d->nsent == 2, "two sentences across a blank line (%d)", d->nsent);
    if (d->nsent != 2)
        return;
    dyad_sentence *s = &d->sent[0];
    CHECK(s->n == 7, "7 words in sentence 1 (%d)", s->n);
    CHECK(s->nmwt == 1 && s->mwt[0].first == 2 && s->mwt[0].last == 3, "don't is words 2-3");
    if (s->nmwt == 1)
        CHECK_STR(s->mwt[0].form, "don't", "mwt form");
    CHECK(s->tok[0].start == 2 && s->tok[0].end == 6, "They at 2..6");
    CHECK(s->tok[1].start == 7 && s->tok[1].end == 12 && s->tok[2].start == 7,
          "MWT parts carry the whole token span");
    CHECK(s->tok[1].space_after == 0 && s->tok[2].space_after == 1, "space_after across MWT");
    CHECK(s->tok[3].space_after == 0 && s->tok[6].space_after == 1, "space_after of ( and .");
    CHECK_STR(s->text, "They don't (see).", "sentence text");
    CHECK(s->start == 2 && s->end == 19, "sentence span");
    int ok = 1;
    for (int32_t i = 0; i < s->n; i++)
        ok &= s->tok[i].head == -1 && s->tok[i].upos == DYAD_UPOS_NONE && !s->tok[i].lemma;
    CHECK(ok, "no tags yet");
    CHECK_STR(d->sent[1].tok[0].form, "OK", "second sentence");
}

static void robustness(dyad_doc *d)
{
    CHECK(tok(d, "", 0) == DYAD_OK && d->nsent == 0, "empty text: no sentences");
    CHECK(tok(d, " \n\n\t ", 5) == DYAD_OK && d->nsent == 0, "blank text: no sentences");
    static const char bad[] = "ab\xff\xfe cd\0ef \xe2\x80 x. \xc3";
    CHECK(tok(d, bad, sizeof bad - 1) == DYAD_OK && d->nsent >= 1, "invalid UTF-8 and NUL");
    int inside = 1;
    for (int32_t s = 0; s < d->nsent; s++)
        for (int32_t w = 0; w < d->sent[s].n; w++)
            inside &= d->sent[s].tok[w].end <= sizeof bad - 1 &&
                      d->sent[s].tok[w].start < d->sent[s].tok[w].end;
    CHECK(inside, "bad-byte offsets stay inside the text");

    /* 10 MB without a full stop */
    size_t n = 10u << 20;
    char *big = dyad_malloc(n);
    CHECK(big != NULL, "allocate 10 MB");
    if (!big)
        return;
    for (size_t i = 0; i < n; i++)
        big[i] = (i % 6 == 5) ? ' ' : (char)('a' + i % 5);
    clock_t c0 = clock();
    int rc = tok(d, big, n);
    double secs = (double)(clock() - c0) / CLOCKS_PER_SEC;
    long words = 0;
    int32_t maxw = 0;
    for (int32_t s = 0; s < d->nsent; s++) {
        words += d->sent[s].n;
        if (d->sent[s].n > maxw)
            maxw = d->sent[s].n;
    }
    CHECK(rc == DYAD_OK && words == (long)(n / 6) + (n % 6 != 0), "10 MB: every word (%ld)", words);
    CHECK(maxw <= DYAD_MAX_SENT_WORDS && maxw > 0, "10 MB: sentences of <= %d words (%d)",
          DYAD_MAX_SENT_WORDS, maxw);
    printf("# 10 MB run-on text: %ld words in %.3f s = %.0f words/s\n", words, secs,
           secs > 0 ? words / secs : 0.0);
    /* 1 MB chunks without whitespace made of one repeated pattern each: linear, no crash */
    static const char *const pats[] = {"a-", "1-", ".a", "@", "a.", "'s", "n't", "x\xe2\x80\x99",
                                       "\xff", "(", "a/", "1,", "http://"};
    size_t m = 1u << 20;
    for (size_t p = 0; p < DYAD_ARRAY_LEN(pats); p++) {
        size_t pl = strlen(pats[p]);
        for (size_t i = 0; i < m; i++)
            big[i] = pats[p][i % pl];
        c0 = clock();
        rc = tok(d, big, m);
        secs = (double)(clock() - c0) / CLOCKS_PER_SEC;
        maxw = 0;
        for (int32_t s = 0; s < d->nsent; s++)
            if (d->sent[s].n > maxw)
                maxw = d->sent[s].n;
        CHECK(rc == DYAD_OK && d->nsent > 0 && maxw <= DYAD_MAX_SENT_WORDS && secs < 5.0,
              "1 MB of '%s' repeated: %d sentences, %.2f s", pats[p], d->nsent, secs);
    }
    dyad_free(big);
}

/* Gold word forms of each EWT dev sentence vs the tokenizer run on its `# text` line. */
static void ewt_dev(dyad_doc *d)
{
    const char *dir = check_shared_dir();
    if (!dir) {
        CHECK_SKIP("EWT dev agreement: no shared data");
        return;
    }
    char path[4200];
    snprintf(path, sizeof path, "%s/ud-english-ewt/en_ewt-ud-dev.conllu", dir);
    FILE *f = fopen(path, "r");
    if (!f) {
        CHECK_SKIP("EWT dev agreement: %s missing", path);
        return;
    }
    static char line[1 << 16], text[1 << 16], gold[1 << 17];
    size_t glen = 0;
    long sents = 0, same = 0;
    text[0] = 0;
    while (fgets(line, sizeof line, f)) {
        if (!strncmp(line, "# text = ", 9)) {
            snprintf(text, sizeof text, "%s", line + 9);
            text[strcspn(text, "\n")] = 0;
            glen = 0;
            gold[0] = 0;
        } else if (line[0] >= '0' && line[0] <= '9') {
            char *tab = strchr(line, '\t');
            size_t id = strcspn(line, "-.\t");
            if (!tab || line[id] != '\t')
                continue; /* MWT ranges and empty nodes */
            char *form = tab + 1;
            size_t fl = strcspn(form, "\t");
            if (glen + fl + 2 < sizeof gold) {
                memcpy(gold + glen, form, fl);
                glen += fl;
                gold[glen++] = ' ';
                gold[glen] = 0;
            }
        } else if (line[0] == '\n' && text[0]) {
            sents++;
            if (glen)
                gold[--glen] = 0;
            tok(d, text, strlen(text));
            /* compare words only, ignoring where sentences were split */
            static char sys[1 << 17];
            size_t o = 0;
            for (int32_t s = 0; s < d->nsent; s++)
                for (int32_t w = 0; w < d->sent[s].n && o + 1 < sizeof sys; w++)
                    o += (size_t)snprintf(sys + o, sizeof sys - o, "%s%s", o ? " " : "",
                                          d->sent[s].tok[w].form);
            sys[o] = 0;
            same += strcmp(sys, gold) == 0;
            if (strcmp(sys, gold) && getenv("DYAD_TOK_DIFF")) /* diagnostics on request */
                printf("# gold: %s\n#  sys: %s\n", gold, sys);
            text[0] = 0;
        }
    }
    fclose(f);
    double pct = sents ? 100.0 * (double)same / (double)sents : 0;
    printf("# EWT dev: %ld/%ld sentences tokenized exactly as gold (%.2f%%)\n", same, sents, pct);
    CHECK(sents > 1900 && pct > 90.0, "EWT dev exact-word sentences %.2f%% > 90%%", pct);
}

/* Every allocation of a tokenizer run failing in turn: DYAD_ENOMEM, never a crash or a leak. */
static void alloc_failures(void)
{
    const char *text = "Mr. Smith didn't go.\n\nThey’re “here” (now)... OK? Yes! "
                       "A long-term plan: 1,000 units, U.S. e-mail a@b.com.";
    int enomem = 0, ok_after = 0, other = 0;
    for (long nth = 1; nth < 200; nth++) {
        dyad_doc d;
        dyad_doc_init(&d);
        d.text = text;
        d.text_len = strlen(text);
        dyad_err err;
        dyad_err_clear(&err);
        dyad_alloc_fail_after(nth);
        int rc = dyad_tokenize(&d, &err);
        dyad_alloc_fail_after(0);
        if (rc == DYAD_ENOMEM)
            enomem++;
        else if (rc == DYAD_OK)
            ok_after++;
        else
            other++;
        dyad_doc_free(&d);
    }
    CHECK(enomem > 0 && ok_after > 0 && other == 0,
          "allocation failures: %d ENOMEM, %d runs complete, %d other", enomem, ok_after, other);
}

int main(void)
{
    dyad_doc d;
    dyad_doc_init(&d);
    conventions(&d);
    offsets_and_mwt(&d);
    robustness(&d);
    alloc_failures();
    ewt_dev(&d);
    dyad_doc_free(&d);
    CHECK_EXIT();
}
