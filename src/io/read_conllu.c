/* read_conllu.c — CoNLL-U sentences into pretokenized documents (one per `# newdoc`, else one
 * per sentence), with gold columns, multiword tokens and offsets into the rebuilt text. */
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "base/alloc.h"
#include "base/strbuf.h"
#include "base/utf8.h"
#include "io/reader_internal.h"

struct dyad_cu_state {
    dyad_strbuf text;     /* text of the document being built */
    dyad_token *tok;      /* words of the sentence being read */
    size_t ntok, captok;
    dyad_mwt *mwt;
    size_t nmwt, capmwt;
    uint8_t *mwt_space;   /* SpaceAfter of each multiword token */
    size_t capsp;
    char *sent_id, *sent_text;
    bool newpar;
    char *next_doc_id;    /* a `# newdoc` was read: it opens the next document */
    bool have_next_doc;
    bool eof;
    char pend_msg[DYAD_ERR_MAX]; /* why the sentence being read is rejected */
    char **pend;          /* rejections not yet reported, oldest first [phead, npend) */
    size_t phead, npend, cappend;
};

void dyad_read_conllu_free(dyad_reader *r)
{
    dyad_cu_state *c = r->cu;
    if (!c)
        return;
    dyad_sb_free(&c->text);
    dyad_free(c->tok);
    dyad_free(c->mwt);
    dyad_free(c->mwt_space);
    dyad_free(c->sent_id);
    dyad_free(c->sent_text);
    dyad_free(c->next_doc_id);
    for (size_t i = c->phead; i < c->npend; i++)
        dyad_free(c->pend[i]);
    dyad_free(c->pend);
    dyad_free(c);
    r->cu = NULL;
}

static void sentence_clear(dyad_cu_state *c)
{
    c->ntok = c->nmwt = 0;
    dyad_free(c->sent_id);
    dyad_free(c->sent_text);
    c->sent_id = c->sent_text = NULL;
    c->newpar = false;
}

/* Splits a word line into 10 tab-separated fields; returns the field count found. */
static int split10(char *line, char *f[10])
{
    int n = 0;
    char *p = line;
    for (;;) {
        char *t = strchr(p, '\t');
        if (n < 10)
            f[n] = p;
        n++;
        if (!t)
            break;
        *t = '\0';
        p = t + 1;
    }
    return n;
}

static bool parse_uint(const char *s, long *v)
{
    if (!*s)
        return false;
    long x = 0;
    for (; *s; s++) {
        if (*s < '0' || *s > '9' || x > 100000000)
            return false;
        x = x * 10 + (*s - '0');
    }
    *v = x;
    return true;
}

/* "_" → NULL, else an arena copy. */
static const char *col(dyad_doc *doc, const char *s, bool *oom)
{
    if (strcmp(s, "_") == 0)
        return NULL;
    char *d = dyad_arena_strdup(&doc->arena, s);
    if (!d)
        *oom = true;
    return d;
}

static bool misc_no_space(const char *misc)
{
    for (const char *p = misc; *p;) {
        const char *e = strchr(p, '|');
        size_t n = e ? (size_t)(e - p) : strlen(p);
        if (n == 13 && memcmp(p, "SpaceAfter=No", 13) == 0)
            return true;
        p += n + (e ? 1 : 0);
    }
    return false;
}

/* Parses one word or multiword line into the sentence being read. Returns DYAD_OK, or an error
 * message in why (a static string) for a malformed line; DYAD_ENOMEM. */
static int word_line(dyad_cu_state *c, dyad_doc *doc, char *line, const char **why)
{
    char *f[10];
    int nf = split10(line, f);
    if (nf != 10) {
        *why = nf < 10 ? "fewer than 10 tab-separated columns" : "more than 10 tab-separated columns";
        return DYAD_EFORMAT;
    }
    if (strchr(f[0], '.'))
        return DYAD_OK; /* an empty node of enhanced dependencies */
    bool oom = false;
    char *dash = strchr(f[0], '-');
    if (dash) {
        *dash = '\0';
        long a, b;
        if (!parse_uint(f[0], &a) || !parse_uint(dash + 1, &b) || a < 1 || b <= a) {
            *why = "bad multiword token range";
            return DYAD_EFORMAT;
        }
        if ((long)c->ntok + 1 != a) {
            *why = "multiword token range does not start at the next word";
            return DYAD_EFORMAT;
        }
        if (dyad_grow(&c->mwt, &c->capmwt, c->nmwt + 1, sizeof *c->mwt) ||
            dyad_grow(&c->mwt_space, &c->capsp, c->capmwt, 1))
            return DYAD_ENOMEM;
        dyad_mwt *m = &c->mwt[c->nmwt];
        m->first = (int32_t)a;
        m->last = (int32_t)b;
        m->form = dyad_arena_strdup(&doc->arena, f[1]);
        c->mwt_space[c->nmwt] = !misc_no_space(f[9]);
        c->nmwt++;
        return m->form ? DYAD_OK : DYAD_ENOMEM;
    }
    long id, head = -1;
    if (!parse_uint(f[0], &id)) {
        *why = "the ID column is not a number";
        return DYAD_EFORMAT;
    }
    if (id != (long)c->ntok + 1) {
        *why = "word IDs are not consecutive from 1";
        return DYAD_EFORMAT;
    }
    if (strcmp(f[6], "_") != 0 && !parse_uint(f[6], &head)) {
        *why = "the HEAD column is not a number";
        return DYAD_EFORMAT;
    }
    int upos = DYAD_UPOS_NONE;
    if (strcmp(f[3], "_") != 0) {
        upos = dyad_upos_parse(f[3], strlen(f[3]));
        if (upos == DYAD_UPOS_NONE) {
            *why = "unknown UPOS tag";
            return DYAD_EFORMAT;
        }
    }
    if (dyad_grow(&c->tok, &c->captok, c->ntok + 1, sizeof *c->tok))
        return DYAD_ENOMEM;
    dyad_token *t = &c->tok[c->ntok];
    memset(t, 0, sizeof *t);
    t->form = dyad_arena_strdup(&doc->arena, f[1]);
    if (!t->form)
        oom = true;
    /* A lone "_" lemma of an underscore word is the word itself. */
    t->lemma = (strcmp(f[1], "_") == 0 && strcmp(f[2], "_") == 0) ? t->form : col(doc, f[2], &oom);
    t->xpos = col(doc, f[4], &oom);
    t->feats = col(doc, f[5], &oom);
    t->deprel = col(doc, f[7], &oom);
    t->head = (int32_t)head;
    t->upos = (uint8_t)upos;
    t->space_after = !misc_no_space(f[9]);
    c->ntok++;
    return oom ? DYAD_ENOMEM : DYAD_OK;
}

/* Finds form in text[cur..n) after optional whitespace; best effort when it is not there. */
static void place(const char *text, size_t n, size_t *cur, const char *form, uint32_t base,
                  uint32_t *start, uint32_t *end)
{
    size_t fl = strlen(form), p = *cur;
    while (p < n && (text[p] == ' ' || text[p] == '\t' || text[p] == '\n'))
        p++;
    size_t s = p;
    if (!(fl <= n - p && memcmp(text + p, form, fl) == 0)) {
        const char *hit = NULL;
        if (fl > 0 && fl <= n - p) {
            /* look a little ahead only, so a text that disagrees stays linear */
            for (size_t k = p; k + fl <= n && k <= p + 64 && !hit; k++)
                if (memcmp(text + k, form, fl) == 0)
                    hit = text + k;
        }
        s = hit ? (size_t)(hit - text) : p;
    }
    size_t e = s + fl > n ? n : s + fl;
    *start = base + (uint32_t)s;
    *end = base + (uint32_t)e;
    *cur = e;
}

/* Validates the sentence and appends it to doc. Returns DYAD_OK, DYAD_EFORMAT with why set,
 * or DYAD_ENOMEM. */
static int finish_sentence(dyad_cu_state *c, dyad_doc *doc, const char **why)
{
    int32_t n = (int32_t)c->ntok;
    for (int32_t i = 0; i < n; i++)
        if (c->tok[i].head > n) {
            *why = "HEAD points past the last word";
            return DYAD_EFORMAT;
        }
    for (size_t m = 0; m < c->nmwt; m++)
        if (c->mwt[m].last > n) {
            *why = "multiword token range goes past the last word";
            return DYAD_EFORMAT;
        }
    /* The sentence text: # text, or the surface forms with their spacing. */
    dyad_strbuf built = DYAD_STRBUF_INIT;
    const char *stext = c->sent_text;
    if (!stext) {
        size_t m = 0;
        for (int32_t i = 0; i < n;) {
            if (m < c->nmwt && c->mwt[m].first == i + 1) {
                dyad_sb_puts(&built, c->mwt[m].form);
                if (c->mwt_space[m] && c->mwt[m].last < n)
                    dyad_sb_putc(&built, ' ');
                i = c->mwt[m].last;
                m++;
                continue;
            }
            dyad_sb_puts(&built, c->tok[i].form);
            if (c->tok[i].space_after && i + 1 < n)
                dyad_sb_putc(&built, ' ');
            i++;
        }
        if (built.failed)
            return DYAD_ENOMEM;
        stext = built.data ? built.data : "";
    }
    size_t slen = strlen(stext);
    if (c->text.len > 0)
        dyad_sb_puts(&c->text, c->newpar ? "\n\n" : " ");
    uint32_t base = (uint32_t)c->text.len;
    dyad_sb_append(&c->text, stext, slen);
    dyad_sentence *s = dyad_doc_add_sentence(doc);
    dyad_token *tok = dyad_arena_alloc(&doc->arena, sizeof *tok * (size_t)(n ? n : 1));
    dyad_mwt *mw = c->nmwt ? dyad_arena_alloc(&doc->arena, sizeof *mw * c->nmwt) : NULL;
    char *tcopy = dyad_arena_strndup(&doc->arena, stext, slen);
    const char *sid = c->sent_id ? dyad_arena_strdup(&doc->arena, c->sent_id) : NULL;
    if (!s || !tok || (c->nmwt && !mw) || !tcopy || (c->sent_id && !sid) || c->text.failed) {
        dyad_sb_free(&built);
        return DYAD_ENOMEM;
    }
    memcpy(tok, c->tok, sizeof *tok * (size_t)n);
    if (c->nmwt)
        memcpy(mw, c->mwt, sizeof *mw * c->nmwt);
    size_t cur = 0, m = 0;
    for (int32_t i = 0; i < n;) {
        if (m < c->nmwt && mw[m].first == i + 1) {
            uint32_t st, en;
            place(stext, slen, &cur, mw[m].form, base, &st, &en);
            for (int32_t k = mw[m].first - 1; k < mw[m].last; k++) {
                tok[k].start = st;
                tok[k].end = en;
                tok[k].space_after = k + 1 == mw[m].last ? c->mwt_space[m] : 0;
            }
            i = mw[m].last;
            m++;
            continue;
        }
        place(stext, slen, &cur, tok[i].form, base, &tok[i].start, &tok[i].end);
        i++;
    }
    dyad_sb_free(&built);
    s->tok = tok;
    s->n = n;
    s->mwt = mw;
    s->nmwt = (int32_t)c->nmwt;
    s->start = base;
    s->end = base + (uint32_t)slen;
    s->sent_id = sid;
    s->text = tcopy;
    return DYAD_OK;
}

/* The value of "# key = value" comments, or NULL. */
static const char *comment_value(const char *line, const char *key)
{
    const char *p = line + 1;
    while (*p == ' ')
        p++;
    size_t k = strlen(key);
    if (strncmp(p, key, k) != 0)
        return NULL;
    p += k;
    while (*p == ' ')
        p++;
    if (*p == '\0')
        return p;
    if (*p != '=')
        return NULL;
    p++;
    while (*p == ' ')
        p++;
    return p;
}

/* A document's date from its comments ("# date = 2015-08-21", GUM's "# meta::dateCreated = ..."):
 * DYAD_OK with doc->date set, or with *why set when the date is bad; DYAD_ENOMEM. */
static int doc_date(dyad_doc *doc, const char *v, const char **why)
{
    char d[11];
    int drc = dyad_reader_norm_date(v, strlen(v), d);
    if (drc) {
        *why = drc == -1 ? "bad date in the document's date comment"
                         : "impossible date in the document's date comment";
        return DYAD_OK;
    }
    char *dc = dyad_arena_strdup(&doc->arena, d);
    if (!dc)
        return DYAD_ENOMEM;
    doc->date = dc;
    return DYAD_OK;
}

/* Reports the oldest rejected sentence not yet reported. */
static int pop_pending(dyad_cu_state *c, dyad_err *err)
{
    char *m = c->pend[c->phead++];
    int rc = dyad_err_set(err, DYAD_EFORMAT, "%s", m);
    dyad_free(m);
    if (c->phead == c->npend)
        c->phead = c->npend = 0;
    return rc;
}

/* "# newdoc" or "# newdoc id = X". */
static bool is_newdoc(const char *line)
{
    if (line[0] != '#')
        return false;
    const char *p = line + 1;
    while (*p == ' ')
        p++;
    return strncmp(p, "newdoc", 6) == 0 && (p[6] == '\0' || p[6] == ' ' || p[6] == '=');
}

static int oom(dyad_reader *r, dyad_err *err)
{
    return dyad_err_set(err, DYAD_ENOMEM, "%s:%ld: out of memory", r->file,
                        dyad_input_lineno(r->in));
}

/* Ends the current document: its text and id. */
static int finish_doc(dyad_reader *r, dyad_doc *doc, const char *doc_id, dyad_err *err)
{
    dyad_cu_state *c = r->cu;
    char *t = dyad_arena_strndup(&doc->arena, c->text.data ? c->text.data : "", c->text.len);
    if (!t)
        return oom(r, err);
    doc->text = t;
    doc->text_len = c->text.len;
    if (doc_id && *doc_id)
        doc->id = dyad_arena_strdup(&doc->arena, doc_id);
    else if (doc->nsent > 0 && doc->sent[0].sent_id)
        doc->id = doc->sent[0].sent_id;
    else {
        char b[64];
        snprintf(b, sizeof b, ":%ld", doc->line);
        dyad_strbuf sb = DYAD_STRBUF_INIT;
        dyad_sb_puts(&sb, r->file);
        dyad_sb_puts(&sb, b);
        doc->id = sb.failed ? NULL : dyad_arena_strndup(&doc->arena, sb.data, sb.len);
        dyad_sb_free(&sb);
    }
    if (!doc->id)
        return oom(r, err);
    return 1;
}

/* A `# newdoc` document with bad sentences is still one record: its good sentences are kept
 * and it is reported as repaired (doc->warning), or, with none left, it is rejected as a whole.
 * Either way the message names its first bad sentence: "FILE:LINE (id X): bad sentence: why;
 * ..."; the queued messages of its bad sentences are dropped. */
static void doc_problem(dyad_reader *r, const dyad_doc *doc, const char *doc_id, char *out,
                        size_t outn)
{
    dyad_cu_state *c = r->cu;
    const char *m = c->pend[c->phead];
    size_t fl = strlen(r->file);
    /* the message starts "FILE:LINE: "; put the id after FILE:LINE */
    const char *rest = strncmp(m, r->file, fl) == 0 && m[fl] == ':' ? m + fl + 1 : m;
    size_t nline = strspn(rest, "0123456789");
    const char *why = rest[nline] == ':' ? rest + nline + 2 : rest;
    size_t wl = strlen(why);
    static const char skipped[] = "; sentence skipped";
    if (wl >= sizeof skipped - 1 && strcmp(why + wl - (sizeof skipped - 1), skipped) == 0)
        wl -= sizeof skipped - 1;
    char id[64];
    if (doc_id && *doc_id)
        snprintf(id, sizeof id, "%.60s", doc_id);
    else
        snprintf(id, sizeof id, "%.40s:%ld", r->file, doc->line);
    size_t nbad = c->npend - c->phead;
    if (doc->nsent == 0)
        snprintf(out, outn, "%s:%.*s (id %s): bad sentence: %.*s; no good sentence left, the "
                 "document is rejected", r->file, (int)nline, rest, id, (int)wl, why);
    else
        snprintf(out, outn, "%s:%.*s (id %s): bad sentence: %.*s; %zu bad sentence%s left out, "
                 "%d coded", r->file, (int)nline, rest, id, (int)wl, why, nbad,
                 nbad == 1 ? "" : "s", (int)doc->nsent);
    while (c->phead < c->npend)
        dyad_free(c->pend[c->phead++]);
    c->phead = c->npend = 0;
}

int dyad_read_conllu(dyad_reader *r, dyad_doc *doc, dyad_err *err)
{
    if (!r->cu) {
        r->cu = dyad_calloc(1, sizeof *r->cu);
        if (!r->cu)
            return oom(r, err);
    }
    dyad_cu_state *c = r->cu;
restart:
    if (c->phead < c->npend)
        return pop_pending(c, err);
    doc->pretokenized = true;
    dyad_sb_clear(&c->text);
    sentence_clear(c);
    bool by_newdoc = c->have_next_doc;
    char *doc_id = c->next_doc_id;
    c->next_doc_id = NULL;
    c->have_next_doc = false;
    long sent_line = 0;
    bool bad = false, any = false;
    int rc = DYAD_OK;
    for (;;) {
        const char *cl;
        size_t len;
        int g = c->eof ? 0 : dyad_input_getline(r->in, &cl, &len, err);
        long ln = dyad_input_lineno(r->in);
        if (g < 0 && g != DYAD_EFORMAT) {
            dyad_free(doc_id);
            return g;
        }
        if (g == 0)
            c->eof = true;
        if (g == DYAD_EFORMAT) { /* over-long line: its sentence is rejected */
            if (!bad)
                snprintf(c->pend_msg, sizeof c->pend_msg, "%.400s; sentence skipped", err->msg);
            bad = true;
            if (!sent_line)
                sent_line = ln;
            continue;
        }
        bool blank = g == 0 || len == 0;
        if (!blank && !sent_line) {
            /* The first line of a sentence: a new document may start here. */
            if (is_newdoc(cl)) {
                const char *v = comment_value(cl, "newdoc id");
                if (any || doc->nsent > 0 || c->phead < c->npend) {
                    c->have_next_doc = true;
                    c->next_doc_id = dyad_strdup(v ? v : "");
                    if (!c->next_doc_id) {
                        dyad_free(doc_id);
                        return oom(r, err);
                    }
                    break;
                }
                by_newdoc = true;
                dyad_free(doc_id);
                doc_id = dyad_strdup(v ? v : "");
                if (!doc_id)
                    return oom(r, err);
                if (!doc->line)
                    doc->line = ln;
                continue;
            }
            sent_line = ln;
            if (!doc->line)
                doc->line = ln;
        }
        if (!blank) {
            if (bad)
                continue;
            char *line = (char *)cl;
            size_t inval = dyad_utf8_first_invalid(line, len);
            const char *why = NULL;
            if (inval < len) {
                why = line[inval] == '\0' ? "NUL byte" : "invalid UTF-8";
            } else if (line[0] == '#') {
                const char *v;
                if ((v = comment_value(line, "sent_id")) && !c->sent_id) {
                    if (!(c->sent_id = dyad_strdup(v)))
                        rc = DYAD_ENOMEM;
                } else if ((v = comment_value(line, "text")) && !c->sent_text) {
                    if (!(c->sent_text = dyad_strdup(v)))
                        rc = DYAD_ENOMEM;
                } else if (comment_value(line, "newpar")) {
                    c->newpar = true;
                } else if (by_newdoc && !doc->date[0] &&
                           ((v = comment_value(line, "date")) ||
                            (v = comment_value(line, "meta::dateCreated")))) {
                    rc = doc_date(doc, v, &why);
                }
            } else {
                rc = word_line(c, doc, line, &why);
            }
            if (rc == DYAD_ENOMEM) {
                dyad_free(doc_id);
                return oom(r, err);
            }
            if (why) {
                if (!bad)
                    snprintf(c->pend_msg, sizeof c->pend_msg, "%s:%ld: %s; sentence skipped",
                             r->file, ln, why);
                bad = true;
            }
            rc = DYAD_OK;
            continue;
        }
        /* A blank line or the end: the sentence (if any) is complete. */
        if (sent_line) {
            const char *why = NULL;
            if (!bad && c->ntok == 0)
                why = "a sentence without words";
            if (!bad && !why) {
                rc = finish_sentence(c, doc, &why);
                if (rc == DYAD_ENOMEM) {
                    dyad_free(doc_id);
                    return oom(r, err);
                }
            }
            if (why && !bad)
                snprintf(c->pend_msg, sizeof c->pend_msg, "%s:%ld: %s; sentence skipped", r->file,
                         sent_line, why);
            if (why) {
                bad = true;
            }
            if (bad) {
                char *m = dyad_strdup(c->pend_msg);
                if (!m || dyad_grow(&c->pend, &c->cappend, c->npend + 1, sizeof *c->pend)) {
                    dyad_free(m);
                    dyad_free(doc_id);
                    return oom(r, err);
                }
                c->pend[c->npend++] = m;
            } else
                any = true;
            sentence_clear(c);
            sent_line = 0;
            bad = false;
            rc = DYAD_OK;
            if (!by_newdoc)
                break; /* one sentence, one document */
        }
        if (c->eof)
            break;
    }
    if (by_newdoc && c->phead < c->npend) {
        char m[600];
        doc_problem(r, doc, doc_id, m, sizeof m);
        if (doc->nsent == 0) {
            dyad_free(doc_id);
            return dyad_err_set(err, DYAD_EFORMAT, "%s", m);
        }
        if (!(doc->warning = dyad_arena_strdup(&doc->arena, m))) {
            dyad_free(doc_id);
            return oom(r, err);
        }
    }
    if (doc->nsent == 0) {
        dyad_free(doc_id);
        if (c->phead < c->npend)
            return pop_pending(c, err);
        if (c->eof && !c->have_next_doc)
            return 0;
        /* A `# newdoc` with no sentence before the next one: read on. */
        doc->line = 0;
        goto restart;
    }
    int frc = finish_doc(r, doc, doc_id, err);
    dyad_free(doc_id);
    return frc;
}
