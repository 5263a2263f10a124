/* cmd_code.c — `dyad code`: news in, CAMEO events out, through the multithreaded pipeline. */
#include "cli/commands.h"
#include "cli/opts.h"
#include "cli/outputs.h"
#include "dict/dict.h"
#include "io/writer.h"
#include "pipeline/code_stage.h"
#include "pipeline/inputs.h"
#include "pipeline/stage_glue.h"

#include <errno.h>
#include <stdlib.h>
#include <string.h>
#include <sys/resource.h>
#include <sys/stat.h>
#include <unistd.h>

typedef struct code_args {
    const char *input, *format, *model, *db, *shard, *output, *rejects, *date, *max_record,
        *columns, *gazetteer, *wordnet;
    dyad_optlist dict;
    int no_geo, explain, one_a_day, header, quiet, parse_all, reparse, resume, literal, dyads_only,
        expand, no_expand;
    long jobs;
} code_args;

/* --max-record-bytes default: coding takes about 40 times a record's size in memory, so this
 * keeps one worker thread under about 350 MiB (README, "Memory"). */
#define DEFAULT_MAX_RECORD "8M"

/* stderr lists this many rejected records; --rejects FILE keeps them all. */
#define MAX_SHOWN_REJECTS 100
/* The summary counts rejections by reason; reasons beyond these many count as "other". */
#define MAX_REASONS 12

typedef struct reject_reason {
    char text[48];
    long n;
} reject_reason;

typedef struct code_run {
    dyad_code_stage *cs;
    dyad_pipe_ops stage; /* the stage's own callbacks; emit is wrapped below */
    dyad_inputs *in;
    bool progress;
    long shown_rejects;   /* rejections listed on stderr (at most MAX_SHOWN_REJECTS) */
    long repaired;        /* records coded after a repair (doc.warning), listed like rejects */
    bool quiet;           /* -q: no per-record messages either */
    FILE *rejects;        /* --rejects FILE: every rejection, one per line; or NULL */
    bool rejects_failed;  /* writing it failed: the summary must not point to it */
    dyad_intern stored;   /* --resume: ids of the articles already in the database */
    bool resume;
    long skipped;         /* records skipped because their id is stored */
    reject_reason reason[MAX_REASONS];
    int nreasons;
    long other_reasons;
} code_run;

static const dyad_cmd_usage usage = {
    "code",
    "[OPTIONS] [FILE|-]...",
    "Codes news articles into CAMEO events: splits sentences, tags and parses them, finds "
    "source, verb and target with the dictionaries and writes one record per event, in "
    "input order whatever -j is. Inputs may be gzip-compressed; no FILE or '-' reads stdin.\n"
    "--explain writes, instead of the TSV records, a readable account of each event's "
    "evidence (sentence, actor entries and names, verb pattern); with --format jsonl the "
    "records are kept and each gets the account as its \"explain\" member; with --db the "
    "records are still stored.\n"
    "--resume (with --db) skips the articles whose id the database already has, so a run "
    "that was stopped can be started again over the same input; the summary counts them. "
    "The database commits every second or 1,000 articles, whichever comes first.\n"
    "A record with more than --max-record-bytes of text (default 8M) is rejected, naming "
    "its id and size: coding takes about 40 times a record's size in memory per worker "
    "thread.\n"
    "--shard K/N codes only the records whose id hashes to shard K of N (see "
    "docs/SCALING.md): N runs with K = 1..N together code every record exactly once.\n"
    "Only the sentences the coder can use are parsed: those in which the dictionaries find "
    "an event word and two parties (actors, agents, pronouns), and those with an actor that "
    "a later sentence may refer back to; --parse-all parses all (slower, same events).\n"
    "Every record needs a date: its own, or the --date given to records without one (text "
    "input has none; a CoNLL-U document has one when it carries a '# date = YYYY-MM-DD' or "
    "GUM's '# meta::dateCreated' comment); a record left without a date is rejected.\n"
    "CSV input (RFC 4180): the header row names the columns; --columns says which hold the "
    "id, date and text (default: the columns named id, date and text), and optionally a "
    "title (coded as the first paragraph), url and source; other columns are kept as meta.\n"
    "CoNLL-U input: a sentence that gives lemma, UPOS, XPOS, head and relation for every "
    "word is coded with that parse (any UD parser's, or gold trees); others are tagged and "
    "parsed.\n"
    "--reparse tags and parses every sentence.\n"
    "Acts are coded as docs/CODEBOOK.md says: \"will support\" is an intent (03x), \"threatened "
    "to shell\" a threat (13x), \"urged X to leave\" a request to X, \"may attack\" and \"if X "
    "attacks\" no event; --literal codes every act as stated, as PETRARCH does. One-sided "
    "acts (a crowd's protest with no one it is aimed at) have an empty target and the note "
    "actor-only, as PLOVER codes them; --dyads-only leaves them out.\n"
    "Each event is placed (TSV Lat, Lon, LocationName, StateName, CountryCode; JSONL "
    "\"location\"; SQLite events.lat ...) from a locative phrase of its sentence (\"in Kabul\"), "
    "else the dateline, else the article's most named place, with the gazetteer index that "
    "`make` builds from GeoNames (README, \"Where it happened\"); --no-geo leaves them unplaced. "
    "The coder reads the index too, with or without --no-geo: an agent located by a place "
    "it names (\"police in Mombasa\") takes the place's country.\n"
    "--expand generalises the verbs with WordNet (Debian's wordnet-base, read from "
    "/usr/share/wordnet or --wordnet DIR when the dictionaries are loaded): a verb in no "
    "dictionary takes the code of a dictionary verb that is its synonym, or its direct "
    "hypernym, in its most frequent sense (never a general verb's: make, move, change, talk "
    "...; never across CAMEO roots). Such events are of lower confidence and say so: JSONL "
    "evidence \"via\": \"wordnet:reprove->criticize\"; the pattern evidence and --explain "
    "name it too. It is off unless --expand is given (--no-expand, the default, codes with "
    "the dictionaries alone, and wins over --expand); without WordNet's files coding goes on "
    "without it and stderr says so once.\n"
    "Every record read ends as coded, no event, discarded or rejected; rejected records are "
    "listed on stderr (the first 100; --rejects FILE keeps all) with their reason and id or "
    "file:line, and the summary adds them up, with the count for each reason.\n"
    "While stderr is a terminal a progress line shows articles/s, sentences/s, events and, "
    "when the input sizes are known, the share done and an ETA.\n"
    "Event ids: <document id>-<n>, n the 0-based number of the event among the events "
    "written for that document (TSV EventID, JSONL \"id\", SQLite events.ev_idx).\n"
    "Exit status: 0 ok, 1 some records rejected, 2 usage, 3 data/model/input file,\n"
    "4 writing output failed, 5 internal error.",
    "  dyad code examples/news.jsonl\n"
    "  dyad code --format jsonl --explain examples/news.jsonl\n"
    "  dyad code -j 8 --db events.sqlite news-2024-*.jsonl.gz\n"
    "  dyad code --input text --date 2024-03-04 article.txt\n"
    "  dyad code --dict phoenix:../shared/data/petrarch2/dictionaries --dict my.dict news.jsonl\n"
    "  dyad code --shard 3/16 corpus.jsonl.gz > part-03.tsv",
};

static int online_cpus(void)
{
    long n = sysconf(_SC_NPROCESSORS_ONLN);
    return n < 1 ? 1 : n > 256 ? 256 : (int)n;
}

/* Trampolines: the pipeline has one ctx, the stages have theirs. With --resume, records whose
 * id is already stored are skipped here, before any work is done on them. */
static int cli_next(void *ctx, dyad_doc *doc, dyad_err *err)
{
    code_run *r = ctx;
    for (;;) {
        int rc = dyad_inputs_next(r->in, doc, err);
        if (rc != 1 || !r->resume || !doc->id ||
            dyad_intern_find(&r->stored, doc->id, strlen(doc->id)) < 0)
            return rc;
        r->skipped++;
    }
}

static uint64_t cli_position(void *ctx) { return dyad_inputs_done_bytes(((code_run *)ctx)->in); }

static int cli_worker_new(void *ctx, void **w, dyad_err *err)
{
    code_run *r = ctx;
    *w = NULL;
    return r->stage.worker_new ? r->stage.worker_new(r->stage.ctx, w, err) : DYAD_OK;
}

static void cli_worker_free(void *ctx, void *w)
{
    code_run *r = ctx;
    if (r->stage.worker_free)
        r->stage.worker_free(r->stage.ctx, w);
}

static void cli_process(void *ctx, void *w, dyad_pipe_item *it)
{
    code_run *r = ctx;
    r->stage.process(r->stage.ctx, w, it);
}

/* The reason of a rejection for the summary: the message after its "file:line[ (id X)]: "
 * prefix, up to a detail (": ", " at ", " '"), e.g. "bad JSON", "no date", "impossible date". */
static void count_reason(code_run *r, const char *msg)
{
    const char *p = strstr(msg, ": ");
    p = p ? p + 2 : msg;
    size_t n = strlen(p);
    const char *cuts[] = {": ", " at ", " '"};
    for (size_t i = 0; i < DYAD_ARRAY_LEN(cuts); i++) {
        const char *c = strstr(p, cuts[i]);
        if (c && (size_t)(c - p) < n)
            n = (size_t)(c - p);
    }
    if (n >= sizeof r->reason[0].text)
        n = sizeof r->reason[0].text - 1;
    for (int i = 0; i < r->nreasons; i++)
        if (strlen(r->reason[i].text) == n && memcmp(r->reason[i].text, p, n) == 0) {
            r->reason[i].n++;
            return;
        }
    if (r->nreasons == MAX_REASONS) {
        r->other_reasons++;
        return;
    }
    memcpy(r->reason[r->nreasons].text, p, n);
    r->reason[r->nreasons].text[n] = '\0';
    r->reason[r->nreasons++].n = 1;
}

/* The pipeline's emit: rejected records are reported here (the library does not print),
 * everything else goes to the stage's writer. */
static int cli_emit(void *ctx, dyad_pipe_item *it, dyad_err *err)
{
    code_run *r = ctx;
    if (it->outcome == DYAD_PIPE_REJECTED) {
        count_reason(r, it->err.msg);
        if (r->rejects && fprintf(r->rejects, "%s\n", it->err.msg) < 0) {
            r->rejects_failed = true;
            return dyad_err_set(err, DYAD_EIO, "writing the rejects file failed: %s",
                                strerror(errno));
        }
        /* -q keeps quiet about records, not about files that cannot be read (DYAD_EIO) */
        if (r->shown_rejects < MAX_SHOWN_REJECTS && (!r->quiet || it->status == DYAD_EIO)) {
            if (r->progress)
                fputs("\r\033[K", stderr);
            fprintf(stderr, "dyad code: rejected: %s\n", it->err.msg);
            r->shown_rejects++;
        }
        return DYAD_OK;
    }
    if (it->doc.warning) {
        if (r->repaired < MAX_SHOWN_REJECTS && !r->quiet) {
            if (r->progress)
                fputs("\r\033[K", stderr);
            fprintf(stderr, "dyad code: repaired: %s\n", it->doc.warning);
        }
        r->repaired++;
    }
    return r->stage.emit(r->stage.ctx, it, err);
}

static void cli_tick(void *ctx, const dyad_pipe_stats *st, bool final)
{
    code_run *r = ctx;
    if (!r->progress)
        return;
    if (final) {
        fputs("\r\033[K", stderr);
        return;
    }
    double s = st->seconds > 0 ? st->seconds : 1e-9;
    /* the input read up to the last record written, not the reader's lead of a few batches */
    uint64_t total = dyad_inputs_total_bytes(r->in), done = st->pos;
    fprintf(stderr, "\r\033[K%ld articles (%.0f/s), %ld sentences (%.0f/s), %ld events",
            st->read, (double)st->read / s, st->sentences, (double)st->sentences / s, st->events);
    if (total > 0 && done > 0 && done <= total) {
        /* ETA from the input bytes coded so far (an estimate: see inputs.h) */
        long left = (long)(s * (double)(total - done) / (double)done + 0.5);
        fprintf(stderr, ", %.0f%%, ETA %ld:%02ld:%02ld", 100.0 * (double)done / (double)total,
                left / 3600, left / 60 % 60, left % 60);
    }
    fflush(stderr);
}

static void print_summary(const dyad_pipe_stats *st, const code_run *r, const code_args *a)
{
    double s = st->seconds > 0 ? st->seconds : 1e-9;
    fprintf(stderr,
            "dyad code: %ld records: %ld coded (%ld events), %ld no event, %ld discarded, "
            "%ld rejected",
            st->read, st->outcome[DYAD_PIPE_CODED], st->events, st->outcome[DYAD_PIPE_NOEVENT],
            st->outcome[DYAD_PIPE_DISCARDED], st->outcome[DYAD_PIPE_REJECTED]);
    if (r->repaired > 0)
        fprintf(stderr, "; %ld of them repaired (bad bytes replaced or bad sentences left out)",
                r->repaired);
    if (a->shard)
        fprintf(stderr, "; %ld in other shards", st->other_shard);
    if (a->resume)
        fprintf(stderr, "; %ld skipped: already in the database", r->skipped);
    long filtered = dyad_code_stage_filtered(r->cs);
    if (a->one_a_day)
        fprintf(stderr, "; %ld repeated events dropped (one-a-day)", filtered);
    long rej = st->outcome[DYAD_PIPE_REJECTED];
    if (rej > 0) {
        fprintf(stderr, "\ndyad code: rejected %ld:", rej);
        for (int i = 0; i < r->nreasons; i++)
            fprintf(stderr, "%s %ld %s", i ? "," : "", r->reason[i].n, r->reason[i].text);
        if (r->other_reasons)
            fprintf(stderr, ", %ld other", r->other_reasons);
    }
    if (rej > r->shown_rejects)
        fprintf(stderr, "\ndyad code: only the first %ld rejected records are listed above%s%s%s",
                r->shown_rejects,
                !a->rejects ? "; --rejects FILE keeps them all"
                : r->rejects_failed ? "; writing them all to " : "; all are in ",
                a->rejects ? a->rejects : "", r->rejects_failed ? " failed" : "");
    struct rusage ru;
    getrusage(RUSAGE_SELF, &ru);
    fprintf(stderr, "\ndyad code: %ld sentences (%ld parsed), %ld words in %.2f s (%.0f articles/s, "
            "%.0f sentences/s, %.0f words/s); peak memory %.1f MiB\n",
            st->sentences, st->parsed, st->words, st->seconds, (double)st->read / s,
            (double)st->sentences / s, (double)st->words / s, (double)ru.ru_maxrss / 1024.0);
}

/* Malformed dictionary entries are counted, not listed: `dyad dict check` lists them. */
static void dict_report(void *ctx, const char *file, long line, const char *msg)
{
    (void)file, (void)line, (void)msg;
    (*(long *)ctx)++;
}

/* "N", "NK", "NM" or "NG" (powers of 1024) → bytes in *out; false when malformed or 0. */
static bool parse_size(const char *s, size_t *out)
{
    char *end;
    errno = 0;
    unsigned long long v = strtoull(s, &end, 10);
    if (end == s || errno || *s == '-')
        return false;
    int shift = 0;
    if (*end == 'K' || *end == 'k')
        shift = 10;
    else if (*end == 'M' || *end == 'm')
        shift = 20;
    else if (*end == 'G' || *end == 'g')
        shift = 30;
    if (shift)
        end++;
    if (*end || v == 0 || v > (SIZE_MAX >> shift))
        return false;
    *out = (size_t)(v << shift);
    return true;
}

/* Checks the options that need no data; returns 0 or an exit code after printing. */
static int check_args(const code_args *a, dyad_pipe_config *pc, size_t *max_record)
{
    if (!parse_size(a->max_record, max_record)) {
        fprintf(stderr, "dyad code: --max-record-bytes expects a size such as 8388608, 8192K "
                        "or 8M, got '%s'\n", a->max_record);
        return DYAD_EXIT_USAGE;
    }
    if (strcmp(a->format, "tsv") != 0 && strcmp(a->format, "jsonl") != 0) {
        fprintf(stderr, "dyad code: unknown --format '%s' (tsv, jsonl)\n", a->format);
        return DYAD_EXIT_USAGE;
    }
    if (a->jobs < 1 || a->jobs > 1024) {
        fprintf(stderr, "dyad code: -j expects 1..1024, got %ld\n", a->jobs);
        return DYAD_EXIT_USAGE;
    }
    if (a->resume && !a->db) {
        fputs("dyad code: --resume needs --db FILE (the database to resume)\n", stderr);
        return DYAD_EXIT_USAGE;
    }
    pc->threads = (int)a->jobs;
    if (a->shard) {
        dyad_err err;
        if (dyad_shard_parse(a->shard, &pc->shard_k, &pc->shard_n, &err) != DYAD_OK) {
            fprintf(stderr, "dyad code: %s\n", err.msg);
            return DYAD_EXIT_USAGE;
        }
    }
    return 0;
}

/* The stages this build has, and the input format they read; 0 or an exit code. */
static int check_build(const code_args *a, dyad_input_format *fmt)
{
    const char *missing = dyad_glue_missing();
    if (missing) {
        fprintf(stderr, "dyad code: this build of dyad has no %s yet\n", missing);
        return DYAD_EXIT_DATA;
    }
    int f = dyad_input_format_parse(a->input);
    if (f < 0) {
        fprintf(stderr, "dyad code: unknown --input '%s' (jsonl, text, petrxml, conllu, csv)\n",
                a->input);
        return DYAD_EXIT_USAGE;
    }
    dyad_err err;
    if (a->columns && (f != DYAD_IN_CSV || dyad_csv_columns_check(a->columns, &err) != DYAD_OK)) {
        fprintf(stderr, "dyad code: %s\n", f != DYAD_IN_CSV ? "--columns needs --input csv" : err.msg);
        return DYAD_EXIT_USAGE;
    }
    *fmt = (dyad_input_format)f;
    return 0;
}

int dyad_cmd_code(int argc, char **argv)
{
    code_args a = {.input = "jsonl", .format = "tsv", .jobs = online_cpus(),
                   .max_record = DEFAULT_MAX_RECORD};
    const dyad_opt opts[] = {
        {"input", 'i', DYAD_OPT_STR, &a.input, "FORMAT", "input: jsonl (default), text, petrxml, conllu, csv"},
        {"columns", 0, DYAD_OPT_STR, &a.columns, "SPEC", "CSV: which columns hold id, date, text, title, url, source"},
        {"format", 'f', DYAD_OPT_STR, &a.format, "FORMAT", "output: tsv (default) or jsonl"},
        {"dict", 'd', DYAD_OPT_LIST, &a.dict, "SPEC", "dictionary set (repeatable; default data/dict)"},
        {"model", 'm', DYAD_OPT_STR, &a.model, "DIR", "tagger/parser models (default data/models)"},
        {"db", 0, DYAD_OPT_STR, &a.db, "FILE", "also store the events in this SQLite database"},
        {"resume", 0, DYAD_OPT_FLAG, &a.resume, NULL, "with --db: skip articles already stored"},
        {"explain", 0, DYAD_OPT_FLAG, &a.explain, NULL, "each event's evidence for people (jsonl: as a field)"},
        {"one-a-day", 0, DYAD_OPT_FLAG, &a.one_a_day, NULL, "keep one event per date, dyad and code"},
        {"jobs", 'j', DYAD_OPT_INT, &a.jobs, "N", "worker threads (default: online CPUs)"},
        {"shard", 0, DYAD_OPT_STR, &a.shard, "K/N", "code only shard K of N (hash of the id)"},
        {"header", 0, DYAD_OPT_FLAG, &a.header, NULL, "TSV: first line names the columns"},
        {"output", 'o', DYAD_OPT_STR, &a.output, "FILE", "write records to FILE (default stdout)"},
        {"rejects", 0, DYAD_OPT_STR, &a.rejects, "FILE", "list every rejected record in FILE"},
        {"max-record-bytes", 0, DYAD_OPT_STR, &a.max_record, "N", "reject records with more text (default 8M; K, M, G)"},
        {"date", 0, DYAD_OPT_STR, &a.date, "YYYY-MM-DD", "date of records that have none (text, undated CoNLL-U input)"},
        {"quiet", 'q', DYAD_OPT_FLAG, &a.quiet, NULL, "no progress line and no summary"},
        {"parse-all", 0, DYAD_OPT_FLAG, &a.parse_all, NULL, "parse every sentence (slower, same events)"},
        {"reparse", 0, DYAD_OPT_FLAG, &a.reparse, NULL, "CoNLL-U: tag and parse again even where the input gives the parse"},
        {"literal", 0, DYAD_OPT_FLAG, &a.literal, NULL, "code every act as stated, as PETRARCH does (no intents, requests, modality)"},
        {"dyads-only", 0, DYAD_OPT_FLAG, &a.dyads_only, NULL, "no one-sided events (a protest without a target)"},
        {"no-geo", 0, DYAD_OPT_FLAG, &a.no_geo, NULL, "do not place events (Lat, Lon, location left empty)"},
        {"expand", 0, DYAD_OPT_FLAG, &a.expand, NULL, "generalise verbs with WordNet (lower-confidence events, marked \"via\")"},
        {"no-expand", 0, DYAD_OPT_FLAG, &a.no_expand, NULL, "no verbs generalised with WordNet: the dictionaries alone (default)"},
        {"wordnet", 0, DYAD_OPT_STR, &a.wordnet, "DIR", "WordNet dict folder (default /usr/share/wordnet, Debian wordnet-base)"},
        {"gazetteer", 0, DYAD_OPT_STR, &a.gazetteer, "FILE", "gazetteer index (default $DYAD_GAZETTEER or data/geo/gazetteer.dm)"},
        {NULL, 0, DYAD_OPT_FLAG, NULL, NULL, NULL},
    };
    int npos = 0;
    int prc = dyad_opts_parse(opts, &usage, argc, argv, &npos);
    if (prc == 1)
        return dyad_finish_stdout(DYAD_EXIT_OK);
    if (prc != 0)
        return DYAD_EXIT_USAGE;
    dyad_input_format fmt;
    dyad_pipe_config pc = {0};
    size_t max_record = 0;
    int rc = check_args(&a, &pc, &max_record);
    if (rc)
        return rc;

    static const char *const stdin_only[] = {"-"};
    const char *const *paths = npos ? (const char *const *)argv + 1 : stdin_only;
    int npaths = npos ? npos : 1;
    for (int i = 0; i < npaths; i++) {
        struct stat sb;
        if (strcmp(paths[i], "-") != 0 && stat(paths[i], &sb) != 0) {
            fprintf(stderr, "dyad code: cannot open %s: %s\n", paths[i], strerror(errno));
            return DYAD_EXIT_DATA;
        }
    }
    const dyad_outpath outs[] = {{"-o", a.output}, {"--rejects", a.rejects}, {"--db", a.db}};
    if ((rc = dyad_check_outputs("code", paths, npaths, outs, 3, !a.output)) != 0)
        return rc;
    if ((rc = check_build(&a, &fmt)) != 0)
        return rc;

    FILE *out = stdout;
    if (a.output && !(out = fopen(a.output, "w"))) {
        fprintf(stderr, "dyad code: cannot write %s: %s\n", a.output, strerror(errno));
        return DYAD_EXIT_WRITE;
    }
    code_run r = {.progress = !a.quiet && isatty(STDERR_FILENO), .quiet = a.quiet != 0,
                  .resume = a.resume != 0};
    dyad_intern_init(&r.stored);
    if (a.rejects && !(r.rejects = fopen(a.rejects, "w"))) {
        fprintf(stderr, "dyad code: cannot write %s: %s\n", a.rejects, strerror(errno));
        if (out != stdout)
            fclose(out);
        return DYAD_EXIT_WRITE;
    }
    dyad_code_cfg cfg = {
        .model_dir = a.model, .dicts = a.dict.items, .ndicts = a.dict.n, .format = a.format,
        .header = a.header != 0, .explain = a.explain != 0, .one_a_day = a.one_a_day != 0,
        .db_path = a.db, .out = out, .dict_report = dict_report, .parse_all = a.parse_all != 0,
        .reparse = a.reparse != 0, .literal = a.literal != 0, .dyads_only = a.dyads_only != 0,
        .no_geo = a.no_geo != 0, .gazetteer = a.gazetteer, .expand = dyad_dict_expand_wanted(a.expand, a.no_expand),
        .wordnet = a.wordnet,
    };
    long dict_skipped = 0;
    cfg.dict_report_ctx = &dict_skipped;
    dyad_err err;
    dyad_err_clear(&err);
    dyad_pipe_stats st;
    memset(&st, 0, sizeof st);
    if (dyad_inputs_new(&r.in, paths, npaths, fmt, &err) != DYAD_OK) {
        fprintf(stderr, "dyad code: %s\n", err.msg);
        rc = DYAD_EXIT_INTERNAL;
        goto done;
    }
    dyad_inputs_set_max_text(r.in, max_record);
    dyad_inputs_set_columns(r.in, a.columns);
    if (dyad_inputs_set_date(r.in, a.date, true, &err) != DYAD_OK) {
        fprintf(stderr, "dyad code: --date: %s\n", err.msg);
        rc = DYAD_EXIT_USAGE;
        goto done;
    }
    if (r.resume && (rc = dyad_sqlite_stored_ids(a.db, &r.stored, &err)) != DYAD_OK) {
        fprintf(stderr, "dyad code: --resume: %s\n", err.msg);
        rc = rc == DYAD_ENOMEM ? DYAD_EXIT_INTERNAL : DYAD_EXIT_WRITE;
        goto done;
    }
    rc = dyad_code_stage_new(&r.cs, &cfg, &err);
    if (rc != DYAD_OK) {
        fprintf(stderr, "dyad code: %s\n", err.msg);
        rc = rc == DYAD_ENOMEM ? DYAD_EXIT_INTERNAL
             : rc == DYAD_EIO  ? DYAD_EXIT_WRITE /* an output, as -o and --rejects */
                               : DYAD_EXIT_DATA;
        goto done;
    }
    if (dyad_code_stage_geo_note(r.cs) && !a.quiet)
        fprintf(stderr, "dyad code: %s\n", dyad_code_stage_geo_note(r.cs));
    if (dyad_code_stage_expand_note(r.cs) && !a.quiet)
        fprintf(stderr, "dyad code: %s\n", dyad_code_stage_expand_note(r.cs));
    if (dict_skipped > 0 && !a.quiet)
        fprintf(stderr, "dyad code: %ld malformed dictionary entries skipped "
                        "('dyad dict check SPEC' lists them)\n", dict_skipped);
    dyad_code_stage_ops(r.cs, &r.stage);
    dyad_pipe_ops ops = {&r,       cli_next, cli_worker_new, cli_worker_free, cli_process,
                         cli_emit, cli_tick, cli_position};
    int prc2 = dyad_pipe_run(&pc, &ops, &st, &err);
    if (prc2 == DYAD_OK)
        prc2 = dyad_code_stage_finish(r.cs, &err);
    if (prc2 != DYAD_OK) {
        /* a failed write to stdout is reported once, by dyad_finish_stdout */
        if (!(prc2 == DYAD_EIO && out == stdout && ferror(stdout)))
            fprintf(stderr, "dyad code: %s\n", err.msg);
        rc = prc2 == DYAD_EIO ? DYAD_EXIT_WRITE : DYAD_EXIT_INTERNAL;
    } else if (dyad_inputs_failed_files(r.in) > 0) {
        rc = DYAD_EXIT_DATA;
    } else {
        rc = st.outcome[DYAD_PIPE_REJECTED] > 0 ? DYAD_EXIT_REJECTED : DYAD_EXIT_OK;
    }
    /* the rejects file is complete before the summary may point to it */
    if (r.rejects && !r.rejects_failed && (fflush(r.rejects) != 0 || ferror(r.rejects))) {
        fprintf(stderr, "dyad code: writing %s failed: %s\n", a.rejects, strerror(errno));
        r.rejects_failed = true;
        rc = DYAD_EXIT_WRITE;
    }
    if (!a.quiet)
        print_summary(&st, &r, &a);
done:
    if (!st.reader_abandoned) /* else the blocked reader thread still uses it */
        dyad_inputs_free(r.in);
    dyad_code_stage_free(r.cs);
    dyad_intern_free(&r.stored);
    if (r.rejects && fclose(r.rejects) != 0 && !r.rejects_failed) {
        fprintf(stderr, "dyad code: writing %s failed: %s\n", a.rejects, strerror(errno));
        rc = DYAD_EXIT_WRITE;
    }
    if (out != stdout && fclose(out) != 0 && rc != DYAD_EXIT_WRITE) {
        fprintf(stderr, "dyad code: writing %s failed: %s\n", a.output, strerror(errno));
        rc = DYAD_EXIT_WRITE;
    }
    return dyad_finish_stdout(rc);
}
