/* cmd_dict.c — `dyad dict check|stats|coverage|lookup`: load dictionaries, report problems,
 * count entries per CAMEO code, show lookups. */
#include "cli/commands.h"
#include "cli/opts.h"

#include "base/alloc.h"
#include "base/paths.h"
#include "base/strbuf.h"
#include "coder/cameo.h"
#include "coder/coder.h"
#include "dict/dict.h"

#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <time.h>

static const dyad_cmd_usage usage = {
    "dict",
    "check|stats|coverage [--dict SPEC]... [SPEC...]  |  lookup [--dict SPEC]... PHRASE...",
    "Loads dictionaries and reports on them. check: print every malformed entry as file:line: "
    "reason (exit 1 when any), among them verbs and patterns whose code is not in the CAMEO "
    "table (data/cameo/cameo.tsv; '---' and PETRARCH placeholders such as [+++] are allowed; "
    "dyad code skips such entries). stats: entries per kind and the load time. coverage: every "
    "code of the CAMEO table with its number of verb entries and patterns (a code the table "
    "lacks counts under its listed parent), then the codes with none; --json for one JSON "
    "object. check, stats and coverage also take the SPECs as arguments (dyad dict check "
    "my.dict). lookup PHRASE: how "
    "the phrase resolves as actor (code on --date), agent, verb (with its patterns), discard and "
    "issue. With --expand, stats and lookup also generalise the verbs with WordNet as dyad "
    "code --expand does (--wordnet DIR, default /usr/share/wordnet): stats adds the verbs it "
    "added (wordnet_verbs, from a synonym or a hypernym, lemmas left out as ambiguous) and "
    "the time it took; lookup shows such a verb's \"via wordnet:...\". "
    "SPEC is phoenix:DIR, verbs:FILE, actors:FILE, agents:FILE, discards:FILE, "
    "issues:FILE, or a dyad-format FILE or DIR of *.dict files; default: the project's data/dict.",
    "  dyad dict check --dict phoenix:DICTDIR\n"
    "  dyad dict lookup --dict phoenix:DICTDIR --date 2009-03-06 Lavrov\n"
    "  dyad dict stats\n"
    "  dyad dict coverage --json --dict phoenix:DICTDIR"};

typedef struct args {
    dyad_optlist dicts;
    const char *date, *wordnet;
    int quiet, json, expand, no_expand;
} args;

typedef struct diag_ctx {
    bool print;
} diag_ctx;

static void report(void *ctx, const char *file, long line, const char *msg)
{
    diag_ctx *c = ctx;
    if (c->print)
        printf("%s:%ld: %s\n", file, line, msg);
}

static bool code_known(void *ctx, const char *code)
{
    return dyad_coder_code_known(ctx, code);
}

/* Reports the verbs and patterns whose code the CAMEO table does not know. */
static int check_codes(dyad_dict *d, dyad_dict_diag *diag)
{
    dyad_cameo *cameo = NULL;
    dyad_err err;
    dyad_err_clear(&err);
    if (dyad_cameo_load(&cameo, NULL, &err) != DYAD_OK) {
        fprintf(stderr, "dyad dict: %s\n", err.msg);
        return err.code == DYAD_ENOMEM ? DYAD_EXIT_INTERNAL : DYAD_EXIT_DATA;
    }
    dyad_dict_check_codes(d, code_known, cameo, false, diag);
    dyad_cameo_free(cameo);
    return DYAD_EXIT_OK;
}

/* Verb entries and patterns per code of the CAMEO table (same order as dyad_cameo_at). */
typedef struct coverage {
    const dyad_cameo *cameo;
    long *verbs, *patterns;
    long unknown; /* codes that are not in the table, nor under a listed parent */
} coverage;

static void count_code(void *ctx, const char *code, bool pattern)
{
    coverage *cv = ctx;
    const dyad_cameo_entry *e = dyad_cameo_find(cv->cameo, code);
    size_t n = dyad_cameo_count(cv->cameo);
    for (size_t i = 0; e && i < n; i++)
        if (dyad_cameo_at(cv->cameo, i) == e) {
            (pattern ? cv->patterns : cv->verbs)[i]++;
            return;
        }
    cv->unknown++;
}

/* dyad dict coverage: a TSV table (or --json) of entries per CAMEO code, and the codes without. */
static int show_coverage(const dyad_dict *d, bool json)
{
    dyad_cameo *cameo = NULL;
    dyad_err err;
    dyad_err_clear(&err);
    if (dyad_cameo_load(&cameo, NULL, &err) != DYAD_OK) {
        fprintf(stderr, "dyad dict: %s\n", err.msg);
        return err.code == DYAD_ENOMEM ? DYAD_EXIT_INTERNAL : DYAD_EXIT_DATA;
    }
    size_t n = dyad_cameo_count(cameo);
    coverage cv = {cameo, dyad_calloc(n + 1, sizeof(long)), dyad_calloc(n + 1, sizeof(long)), 0};
    if (!cv.verbs || !cv.patterns) {
        dyad_free(cv.verbs);
        dyad_free(cv.patterns);
        dyad_cameo_free(cameo);
        fprintf(stderr, "dyad dict: out of memory\n");
        return DYAD_EXIT_INTERNAL;
    }
    dyad_dict_each_code(d, count_code, &cv);
    size_t none = 0;
    for (size_t i = 0; i < n; i++)
        none += !cv.verbs[i] && !cv.patterns[i];
    dyad_strbuf sb = DYAD_STRBUF_INIT;
    if (json)
        dyad_sb_puts(&sb, "{\"codes\":[");
    else
        dyad_sb_puts(&sb, "code\tverbs\tpatterns\tlabel\n");
    for (size_t i = 0; i < n; i++) {
        const dyad_cameo_entry *e = dyad_cameo_at(cameo, i);
        if (json) {
            dyad_sb_printf(&sb, "%s{\"code\":\"%s\",\"label\":", i ? "," : "", e->code);
            dyad_sb_json_str(&sb, e->label, strlen(e->label));
            dyad_sb_printf(&sb, ",\"verbs\":%ld,\"patterns\":%ld}", cv.verbs[i], cv.patterns[i]);
        } else {
            dyad_sb_printf(&sb, "%s\t%ld\t%ld\t%s\n", e->code, cv.verbs[i], cv.patterns[i],
                           e->label);
        }
    }
    if (json)
        dyad_sb_puts(&sb, "],\"none\":[");
    else
        dyad_sb_printf(&sb, "# %zu of %zu codes have no verb entry or pattern:", none, n);
    for (size_t i = 0, k = 0; i < n; i++) {
        if (cv.verbs[i] || cv.patterns[i])
            continue;
        const char *c = dyad_cameo_at(cameo, i)->code;
        dyad_sb_printf(&sb, json ? "%s\"%s\"" : "%s%s", json ? (k ? "," : "") : " ", c);
        k++;
    }
    if (json)
        dyad_sb_printf(&sb, "],\"total\":%zu,\"covered\":%zu,\"unknown\":%ld}\n", n, n - none,
                       cv.unknown);
    else
        dyad_sb_printf(&sb, "\n# %ld entr%s with a code the table does not know\n", cv.unknown,
                       cv.unknown == 1 ? "y" : "ies");
    fwrite(sb.data, 1, sb.len, stdout);
    dyad_sb_free(&sb);
    dyad_free(cv.verbs);
    dyad_free(cv.patterns);
    dyad_cameo_free(cameo);
    return DYAD_EXIT_OK;
}

static double now(void)
{
    struct timespec ts;
    clock_gettime(CLOCK_MONOTONIC, &ts);
    return (double)ts.tv_sec + ts.tv_nsec / 1e9;
}

static int load(const args *a, dyad_dict **d, dyad_dict_diag *diag, double *secs)
{
    dyad_err err;
    dyad_err_clear(&err);
    double t0 = now();
    if (dyad_dict_new(d, &err) != DYAD_OK) {
        fprintf(stderr, "dyad dict: %s\n", err.msg);
        return DYAD_EXIT_INTERNAL;
    }
    char buf[4096];
    int nd = a->dicts.n;
    for (int i = 0; i < (nd ? nd : 1); i++) {
        const char *spec = nd ? a->dicts.items[i] : dyad_data_path(buf, sizeof buf, "dict");
        if (dyad_dict_load(*d, spec, diag, &err) != DYAD_OK) {
            fprintf(stderr, "dyad dict: %s\n", err.msg);
            return err.code == DYAD_ENOMEM ? DYAD_EXIT_INTERNAL : DYAD_EXIT_DATA;
        }
    }
    if (dyad_dict_finish(*d, &err) != DYAD_OK) {
        fprintf(stderr, "dyad dict: %s\n", err.msg);
        return DYAD_EXIT_INTERNAL;
    }
    *secs = now() - t0;
    return DYAD_EXIT_OK;
}

/* Generalises d's verbs with WordNet (dict.h) as dyad code does; missing WordNet files are
 * said on stderr (ex->seconds is then -1) and are no error. */
static int expand(const args *a, dyad_dict *d, dyad_dict_expansion *ex)
{
    dyad_err err;
    dyad_err_clear(&err);
    int rc = dyad_dict_expand_wordnet(d, a->wordnet, ex, &err);
    if (rc == DYAD_OK)
        return DYAD_EXIT_OK;
    fprintf(stderr, "dyad dict: %s%s\n", rc == DYAD_ENOMEM ? "" : "verbs not generalised with "
            "WordNet: ", err.msg);
    ex->seconds = -1;
    return rc == DYAD_ENOMEM ? DYAD_EXIT_INTERNAL : DYAD_EXIT_OK;
}

static bool parse_date(const char *s, int32_t *out)
{
    int y, m, dd;
    char extra;
    if (sscanf(s, "%4d-%2d-%2d%c", &y, &m, &dd, &extra) != 3 || m < 1 || m > 12 || dd < 1 ||
        dd > 31)
        return false;
    *out = y * 10000 + m * 100 + dd;
    return true;
}

static const char *kind_name(int k)
{
    static const char *names[] = {"word", "synset", "*", "$", "+", "%", "^", "(", ")", "{", "}"};
    return k >= 0 && k < (int)(sizeof names / sizeof *names) ? names[k] : "?";
}

static void show_verb(const dyad_verb *v, int32_t len)
{
    printf("verb: %s code %s%s%s (%s%s%s), %d word%s, %d pattern%s\n", v->name, v->code,
           v->code2 ? ":" : "", v->code2 ? v->code2 : "", v->where, v->via ? ", via " : "",
           v->via ? v->via : "", (int)len, len == 1 ? "" : "s", (int)v->npat,
           v->npat == 1 ? "" : "s");
    for (int32_t i = 0; i < v->npat; i++) {
        const dyad_pattern *p = &v->pat[i];
        printf("  %s%s%s  [%s]  (%s) =", p->code, p->code2 ? ":" : "", p->code2 ? p->code2 : "",
               p->text, p->where);
        for (int32_t k = 0; k < p->n; k++)
            printf(" %s", p->elem[k].word ? p->elem[k].word : kind_name(p->elem[k].kind));
        printf("\n");
    }
}

/* Splits the phrase arguments into words (on spaces and '_'). */
static int split_words(int npos, char **pos, char *buf, size_t cap, const char **w, int maxw)
{
    size_t used = 0;
    buf[0] = 0;
    for (int i = 0; i < npos; i++) {
        size_t l = strlen(pos[i]);
        if (used + l + 2 >= cap)
            break;
        if (used)
            buf[used++] = ' ';
        memcpy(buf + used, pos[i], l + 1);
        used += l;
    }
    int n = 0;
    for (char *p = buf; *p && n < maxw;) {
        while (*p == ' ' || *p == '_')
            *p++ = 0;
        if (!*p)
            break;
        w[n++] = p;
        while (*p && *p != ' ' && *p != '_')
            p++;
    }
    return n;
}

static int lookup(const dyad_dict *d, int npos, char **pos, int32_t date)
{
    char buf[4096];
    const char *w[256];
    int n = split_words(npos, pos, buf, sizeof buf, w, 256);
    if (!n) {
        fprintf(stderr, "dyad dict lookup: give a phrase\n");
        return DYAD_EXIT_USAGE;
    }
    int found = 0;
    dyad_actor_match am;
    if (dyad_dict_match_actor(d, w, n, date, &am)) {
        printf("actor: %s (%s), %d word%s, code %s", am.name, am.where, (int)am.len,
               am.len == 1 ? "" : "s", am.code ? am.code : "(none on this date)");
        if (am.capital && am.code && strlen(am.code) > 3)
            printf(" (a capital: %.3s where it is a place)", am.code);
        if (date)
            printf(" on %04d-%02d-%02d\n", (int)(date / 10000), (int)(date / 100 % 100),
                   (int)(date % 100));
        else /* say which date the code is for: none given means the undated or latest one */
            printf(" (no --date: the undated or latest code)\n");
        found++;
    }
    dyad_agent_match gm;
    if (dyad_dict_match_agent(d, w, n, &gm)) {
        printf("agent: %s (%s), %d word%s, code %s%s%s\n", gm.name, gm.where, (int)gm.len,
               gm.len == 1 ? "" : "s", gm.prefix ? "" : "~", gm.code, gm.prefix ? "~" : "");
        found++;
    }
    int32_t vl = 0;
    const dyad_verb *v = dyad_dict_find_verb(d, w, n, &vl);
    if (v) {
        show_verb(v, vl);
        found++;
    }
    bool story = false;
    int dl = dyad_dict_match_discard(d, w, n, &story);
    if (dl) {
        printf("discard: %d word%s, %s\n", dl, dl == 1 ? "" : "s", story ? "story" : "sentence");
        found++;
    }
    const char *ic = NULL;
    int il = dyad_dict_match_issue(d, w, n, &ic);
    if (il) {
        printf("issue: %d word%s, %s\n", il, il == 1 ? "" : "s", ic ? ic : "(negation: no issue)");
        found++;
    }
    if (!found)
        printf("no entry\n");
    return found ? DYAD_EXIT_OK : DYAD_EXIT_REJECTED;
}

int dyad_cmd_dict(int argc, char **argv)
{
    args a;
    memset(&a, 0, sizeof a);
    const dyad_opt opts[] = {
        {"dict", 'd', DYAD_OPT_LIST, &a.dicts, "SPEC", "dictionary to load (repeatable)"},
        {"dict", 'D', DYAD_OPT_LIST, &a.dicts, "SPEC", NULL}, /* -D: the old short name */
        {"date", 0, DYAD_OPT_STR, &a.date, "YYYY-MM-DD", "lookup: the date actor codes apply to"},
        {"quiet", 'q', DYAD_OPT_FLAG, &a.quiet, NULL, "check: print only the count"},
        {"json", 0, DYAD_OPT_FLAG, &a.json, NULL, "coverage: one JSON object"},
        {"expand", 0, DYAD_OPT_FLAG, &a.expand, NULL, "stats, lookup: generalise verbs with WordNet"},
        {"no-expand", 0, DYAD_OPT_FLAG, &a.no_expand, NULL, "stats, lookup: no verbs generalised with WordNet (default)"},
        {"wordnet", 0, DYAD_OPT_STR, &a.wordnet, "DIR", "WordNet dict folder (default /usr/share/wordnet)"},
        {NULL, 0, DYAD_OPT_FLAG, NULL, NULL, NULL},
    };
    int npos = 0;
    int r = dyad_opts_parse(opts, &usage, argc, argv, &npos);
    if (r)
        return dyad_finish_stdout(r == 1 ? DYAD_EXIT_OK : DYAD_EXIT_USAGE);
    const char *sub = npos ? argv[1] : NULL;
    if (!sub || (strcmp(sub, "check") && strcmp(sub, "stats") && strcmp(sub, "coverage") &&
                 strcmp(sub, "lookup"))) {
        fprintf(stderr, "dyad dict: expected check, stats, coverage or lookup (see dyad dict "
                        "--help)\n");
        return dyad_finish_stdout(DYAD_EXIT_USAGE);
    }
    if (strcmp(sub, "lookup") != 0) { /* check/stats/coverage: the arguments are more SPECs */
        for (int i = 2; i <= npos; i++) {
            if (a.dicts.n == (int)DYAD_ARRAY_LEN(a.dicts.items)) {
                fprintf(stderr, "dyad dict: at most %d dictionary specs\n", a.dicts.n);
                return dyad_finish_stdout(DYAD_EXIT_USAGE);
            }
            a.dicts.items[a.dicts.n++] = argv[i];
        }
    }
    int32_t date = 0;
    if (a.date && !parse_date(a.date, &date)) {
        fprintf(stderr, "dyad dict: --date must be YYYY-MM-DD\n");
        return dyad_finish_stdout(DYAD_EXIT_USAGE);
    }
    diag_ctx dc = {strcmp(sub, "check") == 0 && !a.quiet};
    dyad_dict_diag diag = {report, &dc, 0};
    dyad_dict *d = NULL;
    double secs = 0;
    int rc = load(&a, &d, &diag, &secs);
    bool expanding = dyad_dict_expand_wanted(a.expand, a.no_expand);
    if (rc == DYAD_EXIT_OK) {
        if (strcmp(sub, "check") == 0) {
            dyad_dict_check_refs(d, &diag);
            rc = check_codes(d, &diag);
            if (rc == DYAD_EXIT_OK) {
                printf("%ld malformed entr%s\n", diag.errors, diag.errors == 1 ? "y" : "ies");
                rc = diag.errors ? DYAD_EXIT_REJECTED : DYAD_EXIT_OK;
            }
        } else if (strcmp(sub, "stats") == 0) {
            dyad_dict_stats st;
            dyad_dict_get_stats(d, &st); /* the dictionaries' own entries */
            printf("actors\t%ld\nactor_names\t%ld\nagents\t%ld\nagent_names\t%ld\nverbs\t%ld\n"
                   "verb_forms\t%ld\npatterns\t%ld\nsynsets\t%ld\ndiscards\t%ld\nissues\t%ld\n"
                   "malformed\t%ld\nload_seconds\t%.3f\n",
                   st.actors, st.actor_names, st.agents, st.agent_names, st.verbs, st.verb_forms,
                   st.patterns, st.synsets, st.discards, st.issues, diag.errors, secs);
            dyad_dict_expansion ex;
            if (expanding && (rc = expand(&a, d, &ex)) == DYAD_EXIT_OK && ex.seconds >= 0)
                printf("wordnet_verbs\t%ld\nwordnet_synonyms\t%ld\nwordnet_hypernyms\t%ld\n"
                       "wordnet_ambiguous\t%ld\nwordnet_seconds\t%.3f\n",
                       ex.synonyms + ex.hypernyms, ex.synonyms, ex.hypernyms, ex.ambiguous,
                       ex.seconds);
        } else if (strcmp(sub, "coverage") == 0) {
            rc = show_coverage(d, a.json != 0);
        } else {
            dyad_dict_expansion ex;
            if (!expanding || (rc = expand(&a, d, &ex)) == DYAD_EXIT_OK)
                rc = lookup(d, npos - 1, argv + 2, date);
        }
    }
    dyad_dict_free(d);
    return dyad_finish_stdout(rc);
}
