/* cmd_validate.c — `dyad validate`: code PETRARCH validation records and compare with their
 * expected events, per category. */
#include "cli/commands.h"
#include "cli/opts.h"
#include "coder/cameo.h"
#include "coder/coder.h"
#include "dict/dict.h"
#include "io/reader.h"
#include "nlp/nlp.h"
#include "text/tokenize.h"

#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <sys/stat.h>

typedef struct validate_args {
    const char *dict_dir, *model, *wordnet;
    int verbose, allow_failures, literal, expand, no_expand;
} validate_args;

static const dyad_cmd_usage usage = {
    "validate",
    "[OPTIONS] FILE.xml",
    "Codes the <Text> of every PETRARCH validation record with dyad's own tokenizer, parser\n"
    "and coder (the <Parse> trees in the file are ignored) and compares the events with the\n"
    "record's <EventCoding> elements as multisets of (source, target, code). noevents=\"True\"\n"
    "expects no event; a record with error=\"...\" (dateline, sentencediscard, storydiscard)\n"
    "passes when nothing is coded; error=\"bad_input_parse\" records test a broken <Parse> tree,\n"
    "which dyad does not read: they are skipped and counted apart. The dictionaries named in\n"
    "<Environment> (Verbfile, Actorfile, Agentfile, Discardfile) are loaded from --dict-dir,\n"
    "else from the file's folder, else from ../dictionaries beside it. Prints passed/total per\n"
    "category, each failure (id, text, expected, got) and ends with \"N passed, N failed\".\n"
    "<Config option=\"require_dyad\" value=\"false\"> applies to the records after it: an event\n"
    "may then lack a target actor (\"---\" for an uncoded object or prepositional phrase);\n"
    "<Config option=\"new_actor_length\" value=\"N\"> makes uncoded proper-noun phrases of at\n"
    "most N words actors coded by their words.\n"
    "The coder presents acts as docs/CODEBOOK.md says: \"will break relations\" is an intent,\n"
    "\"urged X to leave\" a request, \"may attack\" no event. PETRARCH's records code every act\n"
    "as stated; --literal codes that way too (dyad code --literal), to test the dictionaries\n"
    "and patterns apart from the codebook's reading of modality.\n"
    "--expand generalises verbs in no dictionary with WordNet as dyad code --expand does\n"
    "(--wordnet DIR, default /usr/share/wordnet; without its files stderr says so and\n"
    "validation goes on); --no-expand, the default, tests the dictionaries alone.\n"
    "Exit status: 0 every record passed, 1 some failed (0 with --allow-failures), 2 usage,\n"
    "3 a dictionary, model or the file could not be loaded, 5 internal error.",
    "  dyad validate ../shared/data/petrarch2/text/PETR.UnitTest.records.xml\n"
    "  dyad validate --verbose --dict-dir ../shared/data/petrarch2/dictionaries FILE.xml",
};

/* The dictionary file names of the <Environment> block (defaults: PETR.Validate.*). */
typedef struct env_files {
    char verbs[256], actors[256], agents[256], discards[256];
} env_files;

static void env_tag(const char *xml, const char *tag, char *out, size_t cap)
{
    char open[64], close[64];
    snprintf(open, sizeof open, "<%s>", tag);
    snprintf(close, sizeof close, "</%s>", tag);
    const char *p = strstr(xml, open);
    if (!p)
        return;
    p += strlen(open);
    const char *e = strstr(p, close);
    if (!e)
        return;
    while (p < e && (*p == ' ' || *p == '\t' || *p == '\n' || *p == '\r'))
        p++;
    while (e > p && (e[-1] == ' ' || e[-1] == '\t' || e[-1] == '\n' || e[-1] == '\r'))
        e--;
    if ((size_t)(e - p) < cap && e > p) {
        memcpy(out, p, (size_t)(e - p));
        out[e - p] = 0;
    }
}

static void read_environment(const char *path, env_files *env)
{
    snprintf(env->verbs, sizeof env->verbs, "PETR.Validate.verbs.txt");
    snprintf(env->actors, sizeof env->actors, "PETR.Validate.actors.txt");
    snprintf(env->agents, sizeof env->agents, "PETR.Validate.agents.txt");
    snprintf(env->discards, sizeof env->discards, "PETR.Validate.discards.txt");
    FILE *f = fopen(path, "rb");
    if (!f)
        return;
    static char head[1 << 16]; /* the <Environment> block is near the top */
    size_t n = fread(head, 1, sizeof head - 1, f);
    head[n] = 0;
    fclose(f);
    const char *envp = strstr(head, "<Environment>");
    if (!envp)
        return;
    env_tag(envp, "Verbfile", env->verbs, sizeof env->verbs);
    env_tag(envp, "Actorfile", env->actors, sizeof env->actors);
    env_tag(envp, "Agentfile", env->agents, sizeof env->agents);
    env_tag(envp, "Discardfile", env->discards, sizeof env->discards);
}

/* The coder options in force for each record: PETRARCH's <Config option="require_dyad"
 * value="false"> applies to the records after it, until changed. */
typedef struct record_opts {
    char id[64];
    bool require_dyad;
    int new_actor_length;
} record_opts;

typedef struct record_table {
    record_opts *v;
    size_t n, cap;
} record_table;

/* The value of attr="..." in the tag starting at p (up to '>'), into out; false when absent. */
static bool tag_attr(const char *p, const char *attr, char *out, size_t cap)
{
    const char *end = strchr(p, '>');
    size_t al = strlen(attr);
    for (const char *q = p; q && *q && (!end || q < end); q++) {
        if (strncmp(q, attr, al) != 0 || q[al] != '=' || q[al + 1] != '"' ||
            (q > p && q[-1] != ' ' && q[-1] != '\t' && q[-1] != '\n'))
            continue;
        const char *v = q + al + 2, *e = strchr(v, '"');
        if (!e || (size_t)(e - v) >= cap)
            return false;
        memcpy(out, v, (size_t)(e - v));
        out[e - v] = 0;
        return true;
    }
    return false;
}

static void read_record_opts(const char *path, record_table *t)
{
    FILE *f = fopen(path, "rb");
    if (!f)
        return;
    char *text = NULL;
    size_t n = 0, cap = 0;
    for (;;) {
        if (n + 65536 + 1 > cap) {
            size_t nc = cap ? cap * 2 : 1 << 20;
            char *g = realloc(text, nc);
            if (!g)
                break;
            text = g;
            cap = nc;
        }
        size_t got = fread(text + n, 1, 65536, f);
        n += got;
        if (got == 0)
            break;
    }
    fclose(f);
    if (!text)
        return;
    text[n] = 0;
    bool require_dyad = true;
    int new_actor_length = 0;
    for (const char *p = text; (p = strchr(p, '<')) != NULL; p++) {
        char opt[64], val[64], id[64];
        if (strncmp(p, "<Config", 7) == 0 && tag_attr(p, "option", opt, sizeof opt) &&
            tag_attr(p, "value", val, sizeof val) && strcmp(opt, "require_dyad") == 0) {
            require_dyad = !(val[0] == 'f' || val[0] == 'F' || val[0] == '0');
        } else if (strncmp(p, "<Config", 7) == 0 && tag_attr(p, "option", opt, sizeof opt) &&
                   tag_attr(p, "value", val, sizeof val) && strcmp(opt, "new_actor_length") == 0) {
            new_actor_length = atoi(val);
        } else if (strncmp(p, "<Sentence ", 10) == 0 && tag_attr(p, "id", id, sizeof id)) {
            if (t->n == t->cap) {
                size_t nc = t->cap ? t->cap * 2 : 256;
                record_opts *g = realloc(t->v, nc * sizeof *g);
                if (!g)
                    break;
                t->v = g;
                t->cap = nc;
            }
            snprintf(t->v[t->n].id, sizeof t->v[t->n].id, "%s", id);
            t->v[t->n].new_actor_length = new_actor_length;
            t->v[t->n++].require_dyad = require_dyad;
        }
    }
    free(text);
}

/* The options of record id (PETRARCH's defaults when the record is not in the table). */
static dyad_coder_options options_of(const record_table *t, const char *id, bool literal)
{
    dyad_coder_options o = {.require_dyad = true, .literal = literal};
    for (size_t i = 0; id && i < t->n; i++)
        if (strcmp(t->v[i].id, id) == 0) {
            o.require_dyad = t->v[i].require_dyad;
            o.new_actor_length = t->v[i].new_actor_length;
            break;
        }
    return o;
}

static bool is_file(const char *p)
{
    struct stat st;
    return stat(p, &st) == 0 && S_ISREG(st.st_mode);
}

/* Picks the folder holding the verb dictionary: dir, else dir/../dictionaries. */
static void dict_folder(const char *xml, const char *dict_dir, const env_files *env, char *out,
                        size_t cap)
{
    char base[4096];
    if (dict_dir) {
        snprintf(base, sizeof base, "%s", dict_dir);
    } else {
        snprintf(base, sizeof base, "%s", xml);
        char *slash = strrchr(base, '/');
        if (slash)
            *slash = 0;
        else
            snprintf(base, sizeof base, ".");
    }
    char probe[8192];
    if (snprintf(probe, sizeof probe, "%s/%s", base, env->verbs) < (int)sizeof probe &&
        is_file(probe)) {
        snprintf(out, cap, "%s", base);
        return;
    }
    if (snprintf(out, cap, "%s/../dictionaries", base) >= (int)cap)
        snprintf(out, cap, "%s", base);
}

static void print_diag(void *ctx, const char *file, long line, const char *msg)
{
    long *shown = ctx;
    if ((*shown)++ < 10)
        fprintf(stderr, "dyad validate: %s:%ld: %s\n", file, line, msg);
}

static int load_dicts(dyad_dict **out, const char *folder, const env_files *env,
                      const validate_args *a, dyad_err *err)
{
    if (dyad_dict_new(out, err) != DYAD_OK)
        return DYAD_EXIT_INTERNAL;
    const char *kinds[4] = {"verbs", "actors", "agents", "discards"};
    const char *files[4] = {env->verbs, env->actors, env->agents, env->discards};
    long shown = 0;
    dyad_dict_diag diag = {print_diag, &shown, 0};
    for (int i = 0; i < 4; i++) {
        char spec[8192];
        if (snprintf(spec, sizeof spec, "%s:%s/%s", kinds[i], folder, files[i]) >= (int)sizeof spec)
            return dyad_err_set(err, DYAD_EINVAL, "dictionary path too long"), DYAD_EXIT_DATA;
        if (dyad_dict_load(*out, spec, &diag, err) != DYAD_OK)
            return DYAD_EXIT_DATA;
    }
    if (diag.errors)
        fprintf(stderr, "dyad validate: %ld malformed dictionary entries skipped\n", diag.errors);
    if (dyad_dict_finish(*out, err) != DYAD_OK)
        return DYAD_EXIT_DATA;
    if (!dyad_dict_expand_wanted(a->expand, a->no_expand))
        return DYAD_EXIT_OK;
    dyad_err werr;
    dyad_err_clear(&werr);
    int rc = dyad_dict_expand_wordnet(*out, a->wordnet, NULL, &werr);
    if (rc == DYAD_ENOMEM)
        return dyad_err_set(err, rc, "%s", werr.msg), DYAD_EXIT_INTERNAL;
    if (rc != DYAD_OK)
        fprintf(stderr, "dyad validate: verbs not generalised with WordNet: %s\n", werr.msg);
    return DYAD_EXIT_OK;
}

typedef struct category {
    char name[64];
    long passed, total;
} category;

static void count(category *cats, int *ncat, const char *name, bool ok)
{
    int i = 0;
    for (; i < *ncat; i++)
        if (strcmp(cats[i].name, name) == 0)
            break;
    if (i == *ncat) {
        if (*ncat == 63)
            i = 63; /* the rest share the last row */
        else
            (*ncat)++;
        snprintf(cats[i].name, sizeof cats[i].name, "%s", i == 63 ? "(other)" : name);
    }
    cats[i].total++;
    cats[i].passed += ok;
}

static int run(const char *path, dyad_coder *coder, const dyad_nlp *nlp, dyad_nlp_work *w,
               bool verbose, bool literal)
{
    record_table opts = {NULL, 0, 0};
    read_record_opts(path, &opts);
    dyad_reader *r;
    dyad_err err;
    dyad_err_clear(&err);
    if (dyad_reader_open(&r, path, DYAD_IN_PETRXML, &err) != DYAD_OK) {
        fprintf(stderr, "dyad validate: %s\n", err.msg);
        return DYAD_EXIT_DATA;
    }
    static category cats[64];
    int ncat = 0, rc = DYAD_EXIT_OK;
    long passed = 0, failed = 0, skipped = 0;
    dyad_doc doc;
    dyad_doc_init(&doc);
    dyad_strbuf sb = DYAD_STRBUF_INIT, fails = DYAD_STRBUF_INIT;
    for (;;) {
        dyad_err_clear(&err);
        int got = dyad_reader_next(r, &doc, &err);
        if (got == 0)
            break;
        if (got < 0) {
            fprintf(stderr, "dyad validate: rejected: %s\n", err.msg);
            if (got == DYAD_EIO || got == DYAD_ENOMEM) {
                rc = got == DYAD_EIO ? DYAD_EXIT_DATA : DYAD_EXIT_INTERNAL;
                break;
            }
            failed++;
            count(cats, &ncat, "(unreadable)", false);
            continue;
        }
        dyad_event_list ev = {NULL, 0, 0};
        bool discarded = false;
        int st = doc.pretokenized ? DYAD_OK : dyad_tokenize(&doc, &err);
        if (st == DYAD_OK)
            st = dyad_nlp_annotate(nlp, w, &doc, &err);
        if (st == DYAD_OK) {
            dyad_coder_options o = options_of(&opts, doc.id, literal);
            dyad_coder_set_options(coder, &o);
            st = dyad_coder_code(coder, &doc, &ev, &discarded, &err);
        }
        if (st != DYAD_OK) {
            fprintf(stderr, "dyad validate: %s: %s\n", doc.id, err.msg);
            rc = DYAD_EXIT_INTERNAL;
            break;
        }
        if (doc.expect_error && strcmp(doc.expect_error, "bad_input_parse") == 0) {
            skipped++; /* tests PETRARCH's handling of a broken <Parse>, which dyad ignores */
            continue;
        }
        bool ok = dyad_coder_check_expected(&doc, &ev, discarded);
        count(cats, &ncat, doc.category ? doc.category : "(none)", ok);
        if (ok) {
            passed++;
            continue;
        }
        failed++;
        dyad_sb_printf(&fails, "FAIL %s [%s]\n  text:     ", doc.id,
                       doc.category ? doc.category : "");
        dyad_sb_tsv_cell(&fails, doc.text, doc.text_len);
        dyad_sb_puts(&fails, "\n  expected: ");
        dyad_coder_format_expected(&doc, &fails);
        dyad_sb_puts(&fails, "\n  got:      ");
        if (discarded)
            dyad_sb_puts(&fails, "(story discarded) ");
        dyad_coder_format_events(&ev, &fails);
        dyad_sb_putc(&fails, '\n');
        if (verbose)
            for (int32_t i = 0; i < ev.n; i++)
                dyad_coder_explain(coder, &doc, &ev.ev[i], &fails);
    }
    dyad_reader_close(r);
    if (rc == DYAD_EXIT_OK) {
        if (fails.len)
            fwrite(fails.data, 1, fails.len, stdout);
        printf("%-16s %7s %7s %7s\n", "category", "passed", "total", "rate");
        for (int i = 0; i < ncat; i++)
            printf("%-16s %7ld %7ld %6.1f%%\n", cats[i].name, cats[i].passed, cats[i].total,
                   100.0 * (double)cats[i].passed / (double)cats[i].total);
        if (skipped)
            printf("%ld records skipped: error=\"bad_input_parse\" tests the <Parse> tree, which "
                   "dyad does not read\n",
                   skipped);
        printf("%ld passed, %ld failed\n", passed, failed);
        if (failed > 0)
            rc = DYAD_EXIT_REJECTED;
    }
    dyad_sb_free(&sb);
    dyad_sb_free(&fails);
    dyad_doc_free(&doc);
    free(opts.v);
    return rc;
}

int dyad_cmd_validate(int argc, char **argv)
{
    validate_args a = {0};
    const dyad_opt opts[] = {
        {"dict-dir", 'd', DYAD_OPT_STR, &a.dict_dir, "DIR",
         "folder of the dictionaries the file names"},
        {"model", 'm', DYAD_OPT_STR, &a.model, "DIR", "folder with tagger.dm and parser.dm"},
        {"verbose", 'v', DYAD_OPT_FLAG, &a.verbose, NULL, "explain the events of each failure"},
        {"literal", 0, DYAD_OPT_FLAG, &a.literal, NULL,
         "code every act as stated, as PETRARCH does (no intents, requests, modality)"},
        {"allow-failures", 0, DYAD_OPT_FLAG, &a.allow_failures, NULL,
         "exit 0 when the run finished, whatever the pass rate"},
        {"expand", 0, DYAD_OPT_FLAG, &a.expand, NULL,
         "generalise verbs with WordNet, as dyad code --expand"},
        {"no-expand", 0, DYAD_OPT_FLAG, &a.no_expand, NULL,
         "no verbs generalised with WordNet: the dictionaries alone (default)"},
        {"wordnet", 0, DYAD_OPT_STR, &a.wordnet, "DIR",
         "WordNet dict folder (default /usr/share/wordnet)"},
        {NULL, 0, DYAD_OPT_FLAG, NULL, NULL, NULL},
    };
    int npos = 0;
    int r = dyad_opts_parse(opts, &usage, argc, argv, &npos);
    if (r == 1)
        return dyad_finish_stdout(DYAD_EXIT_OK);
    if (r != 0)
        return DYAD_EXIT_USAGE;
    if (npos != 1) {
        fprintf(stderr, "dyad validate: give one validation file (see dyad validate --help)\n");
        return DYAD_EXIT_USAGE;
    }
    const char *path = argv[1];
    env_files env;
    read_environment(path, &env);
    char folder[4096];
    dict_folder(path, a.dict_dir, &env, folder, sizeof folder);
    dyad_err err;
    dyad_err_clear(&err);
    dyad_dict *dict = NULL;
    dyad_nlp *nlp = NULL;
    dyad_nlp_work *w = NULL;
    dyad_coder *coder = NULL;
    int rc = load_dicts(&dict, folder, &env, &a, &err);
    if (rc == DYAD_EXIT_OK &&
        dyad_nlp_load(&nlp, a.model ? a.model : dyad_nlp_default_dir(), &err) != DYAD_OK)
        rc = DYAD_EXIT_DATA;
    if (rc == DYAD_EXIT_OK && !(w = dyad_nlp_work_new(nlp))) {
        dyad_err_set(&err, DYAD_ENOMEM, "out of memory");
        rc = DYAD_EXIT_INTERNAL;
    }
    dyad_cameo *cameo = NULL; /* for --verbose evidence only: codes compare without it */
    if (rc == DYAD_EXIT_OK && dyad_cameo_load(&cameo, NULL, &err) != DYAD_OK) {
        cameo = NULL;
        dyad_err_clear(&err);
    }
    if (rc == DYAD_EXIT_OK && dyad_coder_new(&coder, dict, cameo, &err) != DYAD_OK)
        rc = err.code == DYAD_ENOMEM ? DYAD_EXIT_INTERNAL : DYAD_EXIT_DATA;
    if (rc != DYAD_EXIT_OK)
        fprintf(stderr, "dyad validate: %s\n", err.msg);
    else
        rc = run(path, coder, nlp, w, a.verbose != 0, a.literal != 0);
    if (rc == DYAD_EXIT_REJECTED && a.allow_failures)
        rc = DYAD_EXIT_OK;
    dyad_coder_free(coder);
    if (cameo)
        dyad_cameo_free(cameo);
    dyad_nlp_work_free(w);
    if (nlp)
        dyad_nlp_free(nlp);
    if (dict)
        dyad_dict_free(dict);
    return dyad_finish_stdout(rc);
}
