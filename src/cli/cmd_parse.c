/* cmd_parse.c — `dyad parse`: CoNLL-U sentences in, tagged, lemmatized and parsed CoNLL-U out. */
#include "cli/commands.h"
#include "cli/opts.h"
#include "cli/outputs.h"
#include "frames/frames.h"
#include "io/reader.h"
#include "io/conllu_write.h"
#include "nlp/conllu.h"
#include "nlp/nlp.h"
#include "text/tokenize.h"

#include <stdio.h>
#include <string.h>

typedef struct parse_args {
    const char *input, *model, *columns;
    int tag_only, frames;
} parse_args;

static const dyad_cmd_usage usage = {
    "parse",
    "[OPTIONS] [FILE|-]...",
    "Tags (UPOS, XPOS), lemmatizes and dependency-parses sentences and writes CoNLL-U.\n"
    "With --input conllu (the default) the given sentences and tokens are kept and UPOS, XPOS,\n"
    "LEMMA, HEAD and DEPREL predicted anew (FEATS become '_'). With text, jsonl, csv or petrxml\n"
    "the records are split into sentences and tokens first (sent_id: record id and sentence\n"
    "number). Inputs may be gzip-compressed (not conllu). No FILE or '-' reads stdin.\n"
    "CSV: a header row names the columns; --columns id=NAME,date=NAME,text=NAME picks them.\n"
    "A malformed sentence is reported with file:line and skipped; the rest is parsed.\n"
    "--frames adds the predicate-argument frames the coder reads (src/frames) as comment\n"
    "lines '# frame = ...' before each sentence's words.\n"
    "Models: --model DIR, else $DYAD_MODELS, else the data/models folder of the build.\n"
    "Exit status: 0 ok, 1 some sentences rejected, 2 usage, 3 model or input unreadable,\n"
    "4 writing output failed, 5 internal error.",
    "  dyad parse --input conllu ../shared/data/ud-english-ewt/en_ewt-ud-dev.conllu\n"
    "  dyad parse --input conllu --tag-only sentences.conllu\n"
    "  dyad parse --input jsonl examples/news.jsonl\n"
    "  echo 'Iran refused to release the tanker.' | dyad parse --input text --frames",
};

/* Appends s as CoNLL-U to sb, after its frames as comments when asked. */
static void write_sentence(dyad_strbuf *sb, dyad_doc *doc, const dyad_sentence *s, bool frames)
{
    if (frames) {
        dyad_frames f;
        dyad_err err;
        dyad_strbuf fb = DYAD_STRBUF_INIT;
        if (dyad_frames_build(s, NULL, &doc->arena, &f, &err) == DYAD_OK)
            dyad_frames_print(&f, &fb);
        for (const char *p = fb.data; p && *p;) {
            size_t n = strcspn(p, "\n");
            dyad_sb_puts(sb, "# frame = ");
            dyad_sb_append(sb, p, n);
            dyad_sb_putc(sb, '\n');
            p += n + (p[n] == '\n');
        }
        sb->failed |= fb.failed;
        dyad_sb_free(&fb);
    }
    dyad_conllu_write_sentence(sb, s);
}

static int parse_file(const dyad_nlp *nlp, dyad_nlp_work *w, const char *path,
                      const parse_args *a, dyad_doc *doc, dyad_strbuf *sb, long *rejected)
{
    dyad_cu_reader *r;
    dyad_err err;
    dyad_err_clear(&err);
    if (dyad_cu_open(&r, path, &err) != DYAD_OK) {
        fprintf(stderr, "dyad parse: %s\n", err.msg);
        return DYAD_EXIT_DATA;
    }
    int exit_rc = DYAD_EXIT_OK;
    for (;;) {
        dyad_doc_reset(doc);
        doc->file = path;
        dyad_err_clear(&err);
        int rc = dyad_cu_next(r, doc, &err);
        if (rc == 0)
            break;
        if (rc == DYAD_EFORMAT) {
            fprintf(stderr, "dyad parse: rejected: %s\n", err.msg);
            (*rejected)++;
            continue;
        }
        if (rc < 0) {
            fprintf(stderr, "dyad parse: %s\n", err.msg);
            exit_rc = rc == DYAD_ENOMEM ? DYAD_EXIT_INTERNAL : DYAD_EXIT_DATA;
            break;
        }
        dyad_sentence *s = &doc->sent[doc->nsent - 1];
        rc = dyad_nlp_annotate_sentence(nlp, w, doc, s, a->tag_only, &err);
        if (rc != DYAD_OK) {
            fprintf(stderr, "dyad parse: %s:%ld: %s\n", path, dyad_cu_line(r), err.msg);
            exit_rc = DYAD_EXIT_INTERNAL;
            break;
        }
        dyad_sb_clear(sb);
        write_sentence(sb, doc, s, a->frames && !a->tag_only);
        if (sb->failed) {
            exit_rc = DYAD_EXIT_INTERNAL;
            break;
        }
        if (fwrite(sb->data, 1, sb->len, stdout) != sb->len) {
            exit_rc = DYAD_EXIT_WRITE;
            break;
        }
    }
    dyad_cu_close(r);
    return exit_rc;
}

/* Records from dyad_reader (text, jsonl, petrxml): tokenize, annotate, write. */
static int parse_records(const dyad_nlp *nlp, dyad_nlp_work *w, const char *path,
                         dyad_input_format fmt, const parse_args *a, dyad_doc *doc,
                         dyad_strbuf *sb, long *rejected)
{
    dyad_reader *r;
    dyad_err err;
    dyad_err_clear(&err);
    if (dyad_reader_open(&r, path, fmt, &err) != DYAD_OK) {
        fprintf(stderr, "dyad parse: %s\n", err.msg);
        return DYAD_EXIT_DATA;
    }
    if (fmt == DYAD_IN_CSV && dyad_reader_set_columns(r, a->columns, &err) != DYAD_OK) {
        fprintf(stderr, "dyad parse: %s\n", err.msg);
        dyad_reader_close(r);
        return DYAD_EXIT_USAGE;
    }
    int exit_rc = DYAD_EXIT_OK;
    for (;;) {
        dyad_err_clear(&err);
        int rc = dyad_reader_next(r, doc, &err);
        if (rc == 0)
            break;
        if (rc == DYAD_EIO || rc == DYAD_ENOMEM) {
            fprintf(stderr, "dyad parse: %s\n", err.msg);
            exit_rc = rc == DYAD_ENOMEM ? DYAD_EXIT_INTERNAL : DYAD_EXIT_DATA;
            break;
        }
        if (rc < 0) {
            fprintf(stderr, "dyad parse: rejected: %s\n", err.msg);
            (*rejected)++;
            continue;
        }
        if (!doc->pretokenized && dyad_tokenize(doc, &err) != DYAD_OK) {
            fprintf(stderr, "dyad parse: %s:%ld: %s\n", doc->file ? doc->file : path, doc->line,
                    err.msg);
            exit_rc = DYAD_EXIT_INTERNAL;
            break;
        }
        for (int32_t i = 0; i < doc->nsent && rc >= 0; i++)
            rc = dyad_nlp_annotate_sentence(nlp, w, doc, &doc->sent[i], a->tag_only, &err);
        if (rc < 0) {
            fprintf(stderr, "dyad parse: %s:%ld: %s\n", doc->file ? doc->file : path, doc->line,
                    err.msg);
            exit_rc = DYAD_EXIT_INTERNAL;
            break;
        }
        dyad_sb_clear(sb);
        for (int32_t i = 0; i < doc->nsent; i++) {
            dyad_sentence *s = &doc->sent[i];
            char id[64];
            if (!s->sent_id) {
                snprintf(id, sizeof id, "-%d", (int)i + 1);
                size_t n = strlen(doc->id);
                char *sid = dyad_arena_alloc(&doc->arena, n + strlen(id) + 1);
                if (sid) {
                    memcpy(sid, doc->id, n);
                    strcpy(sid + n, id);
                }
                s->sent_id = sid;
            }
            if (!s->text && s->end > s->start && s->end <= doc->text_len)
                s->text = dyad_arena_strndup(&doc->arena, doc->text + s->start, s->end - s->start);
            write_sentence(sb, doc, s, a->frames && !a->tag_only);
        }
        if (sb->failed) {
            exit_rc = DYAD_EXIT_INTERNAL;
            break;
        }
        if (sb->len && fwrite(sb->data, 1, sb->len, stdout) != sb->len) {
            exit_rc = DYAD_EXIT_WRITE;
            break;
        }
    }
    dyad_reader_close(r);
    return exit_rc;
}

int dyad_cmd_parse(int argc, char **argv)
{
    parse_args a = {"conllu", NULL, NULL, 0, 0};
    const dyad_opt opts[] = {
        {"input", 'i', DYAD_OPT_STR, &a.input, "FORMAT", "conllu (default), text, jsonl, csv or petrxml"},
        {"columns", 0, DYAD_OPT_STR, &a.columns, "SPEC", "CSV: which columns hold id, date, text, title, url, source"},
        {"model", 'm', DYAD_OPT_STR, &a.model, "DIR", "folder with tagger.dm and parser.dm"},
        {"tag-only", 0, DYAD_OPT_FLAG, &a.tag_only, NULL, "tag and lemmatize, do not parse"},
        {"frames", 0, DYAD_OPT_FLAG, &a.frames, NULL, "add each sentence's predicate-argument frames"},
        {NULL, 0, DYAD_OPT_FLAG, NULL, NULL, NULL},
    };
    int npos = 0;
    int r = dyad_opts_parse(opts, &usage, argc, argv, &npos);
    if (r == 1)
        return dyad_finish_stdout(DYAD_EXIT_OK);
    if (r != 0)
        return DYAD_EXIT_USAGE;
    int fmt = dyad_input_format_parse(a.input);
    if (fmt < 0) {
        fprintf(stderr, "dyad parse: unknown --input '%s' (text, jsonl, csv, petrxml, conllu)\n",
                a.input);
        return DYAD_EXIT_USAGE;
    }
    dyad_err cerr;
    if (a.columns && (fmt != DYAD_IN_CSV || dyad_csv_columns_check(a.columns, &cerr) != DYAD_OK)) {
        fprintf(stderr, "dyad parse: %s\n", fmt != DYAD_IN_CSV ? "--columns needs --input csv"
                                                               : cerr.msg);
        return DYAD_EXIT_USAGE;
    }
    static const char *const stdin_only[] = {"-"};
    int rc = dyad_check_outputs("parse", npos ? (const char *const *)argv + 1 : stdin_only,
                                npos ? npos : 1, NULL, 0, 1);
    if (rc != 0)
        return rc;
    dyad_nlp *nlp;
    dyad_err err;
    dyad_err_clear(&err);
    const char *dir = a.model ? a.model : dyad_nlp_default_dir();
    if (dyad_nlp_load(&nlp, dir, &err) != DYAD_OK) {
        fprintf(stderr, "dyad parse: %s\n", err.msg);
        return DYAD_EXIT_DATA;
    }
    dyad_nlp_work *w = dyad_nlp_work_new(nlp);
    dyad_doc doc;
    dyad_doc_init(&doc);
    dyad_strbuf sb = DYAD_STRBUF_INIT;
    long rejected = 0;
    if (!w) {
        rc = DYAD_EXIT_INTERNAL;
    } else {
        for (int i = 1; i <= (npos ? npos : 1) && rc == DYAD_EXIT_OK; i++) {
            const char *path = npos ? argv[i] : "-";
            rc = fmt == DYAD_IN_CONLLU
                     ? parse_file(nlp, w, path, &a, &doc, &sb, &rejected)
                     : parse_records(nlp, w, path, (dyad_input_format)fmt, &a, &doc, &sb,
                                     &rejected);
        }
    }
    if (rc == DYAD_EXIT_OK && rejected > 0) {
        fprintf(stderr, "dyad parse: %ld sentence(s) rejected\n", rejected);
        rc = DYAD_EXIT_REJECTED;
    }
    dyad_sb_free(&sb);
    dyad_doc_free(&doc);
    dyad_nlp_work_free(w);
    dyad_nlp_free(nlp);
    return dyad_finish_stdout(rc);
}
