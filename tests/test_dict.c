/* test_dict.c — dictionary readers (PETRARCH-2 files and dyad format), date ranges, plurals,
 * synsets, patterns, malformed lines, and the real Phoenix set when the shared data is there. */
#include "check.h"

#include "base/alloc.h"
#include "dict/dict.h"
#include "dict/dict_internal.h"

#include <string.h>
#include <time.h>

#define TD "tests/data/dict/"

typedef struct diag_log {
    char lines[64][256];
    int n;
} diag_log;

static void log_diag(void *ctx, const char *file, long line, const char *msg)
{
    diag_log *l = ctx;
    if (l->n < 64)
        snprintf(l->lines[l->n++], 256, "%s:%ld: %s", file, line, msg);
}

static bool logged(const diag_log *l, const char *prefix)
{
    for (int i = 0; i < l->n; i++)
        if (strncmp(l->lines[i], prefix, strlen(prefix)) == 0)
            return true;
    return false;
}

/* Splits a phrase into words in place. */
static int words(char *buf, const char **w)
{
    int n = 0;
    for (char *p = strtok(buf, " "); p && n < 32; p = strtok(NULL, " "))
        w[n++] = p;
    return n;
}

static const char *actor(const dyad_dict *d, const char *phrase, int32_t date, int32_t *len)
{
    char buf[256];
    const char *w[32];
    snprintf(buf, sizeof buf, "%s", phrase);
    int n = words(buf, w);
    dyad_actor_match m;
    if (!dyad_dict_match_actor(d, w, n, date, &m))
        return "(no match)";
    if (len)
        *len = m.len;
    return m.code ? m.code : "(no code)";
}

static const dyad_verb *verb(const dyad_dict *d, const char *phrase, int32_t *len)
{
    char buf[256];
    const char *w[32];
    snprintf(buf, sizeof buf, "%s", phrase);
    int n = words(buf, w);
    return dyad_dict_find_verb(d, w, n, len);
}

static const char *agent(const dyad_dict *d, const char *phrase, int32_t *len, bool *prefix)
{
    char buf[256];
    const char *w[32];
    snprintf(buf, sizeof buf, "%s", phrase);
    int n = words(buf, w);
    dyad_agent_match m;
    if (!dyad_dict_match_agent(d, w, n, &m))
        return "(no match)";
    if (len)
        *len = m.len;
    if (prefix)
        *prefix = m.prefix;
    return m.code;
}

static dyad_dict *load(const char *spec, diag_log *log, dyad_dict_diag *diag)
{
    dyad_dict *d = NULL;
    dyad_err err;
    dyad_err_clear(&err);
    memset(log, 0, sizeof *log);
    *diag = (dyad_dict_diag){log_diag, log, 0};
    if (dyad_dict_new(&d, &err) != DYAD_OK)
        return NULL;
    if (dyad_dict_load(d, spec, diag, &err) != DYAD_OK || dyad_dict_finish(d, &err) != DYAD_OK) {
        printf("# %s: %s\n", spec, err.msg);
        dyad_dict_free(d);
        return NULL;
    }
    return d;
}

static const dyad_pattern *find_pattern(const dyad_verb *v, const char *text)
{
    for (int32_t i = 0; v && i < v->npat; i++)
        if (strcmp(v->pat[i].text, text) == 0)
            return &v->pat[i];
    return NULL;
}

static void test_petr_verbs(void)
{
    diag_log log;
    dyad_dict_diag diag;
    dyad_dict *d = load("verbs:" TD "petr_verbs.txt", &log, &diag);
    CHECK(d != NULL, "petr verbs load");
    if (!d)
        return;
    int32_t len = 0;
    const dyad_verb *v = verb(d, "met", &len);
    CHECK(v && strcmp(v->name, "MEET") == 0 && len == 1, "irregular form MET -> MEET");
    CHECK(v && strcmp(v->code, "040") == 0, "verb takes the block code");
    CHECK(verb(d, "meeting", NULL) == v && verb(d, "Meets", NULL) == v, "listed forms, any case");
    CHECK(verb(d, "meeted", NULL) == NULL, "no regular forms when {forms} are listed");
    const dyad_verb *mw = verb(d, "met with Putin", &len);
    CHECK(mw && strcmp(mw->name, "MEET_WITH") == 0 && len == 2, "multi-word form MET WITH");
    const dyad_verb *st = verb(d, "stopped", NULL);
    CHECK(st && strcmp(st->code, "191") == 0, "own code [191] and doubled -ED form");
    CHECK(verb(d, "stops", NULL) == st && verb(d, "stopping", NULL) == st, "STOPS, STOPPING");
    CHECK(verb(d, "tries", NULL) && verb(d, "tried", NULL) && verb(d, "trying", NULL),
          "-IES/-IED/-YING");
    CHECK(verb(d, "caused", NULL) && verb(d, "causing", NULL) && verb(d, "causes", NULL),
          "E-drop forms");
    CHECK(verb(d, "pushes", NULL) && verb(d, "pushed", NULL), "-ES after SH");
    const dyad_verb *co = verb(d, "carried out", &len);
    CHECK(co && len == 2 && strcmp(co->code, "---") == 0, "+CARRY_OUT inflected, code [---]");
    CHECK(verb(d, "fought", NULL) && strcmp(verb(d, "fought", NULL)->code, "190") == 0,
          "second block");
    CHECK(v && v->npat == 5, "5 well-formed patterns (got %d)", v ? (int)v->npat : -1);
    const dyad_pattern *p = find_pattern(v, "* (WITH +)");
    CHECK(p && strcmp(p->code, "042") == 0 && p->code2 && strcmp(p->code2, "043") == 0,
          "paired code [042:043]");
    CHECK(p && p->n == 5 && p->elem[0].kind == DYAD_PE_VERB && p->elem[1].kind == DYAD_PE_OPEN &&
              p->elem[2].kind == DYAD_PE_WORD && strcmp(p->elem[2].word, "WITH") == 0 &&
              p->elem[3].kind == DYAD_PE_TARGET && p->elem[4].kind == DYAD_PE_CLOSE,
          "pattern elements * ( WITH + )");
    p = find_pattern(v, "$ * + (IN &PLACE)");
    CHECK(p && p->n == 7 && p->elem[0].kind == DYAD_PE_SOURCE && p->elem[2].kind == DYAD_PE_TARGET &&
              p->elem[5].kind == DYAD_PE_SYNSET && strcmp(p->elem[5].word, "&PLACE") == 0 &&
              p->elem[6].kind == DYAD_PE_CLOSE,
          "source, target, synset elements");
    p = find_pattern(v, "* {&WEAPON DEAL} %");
    CHECK(p && p->n == 6 && p->elem[1].kind == DYAD_PE_NP_OPEN && p->elem[4].kind == DYAD_PE_NP_CLOSE &&
              p->elem[5].kind == DYAD_PE_COMPOUND && strcmp(p->code, "---") == 0 && !p->code2,
          "noun-phrase braces, compound, [---]");
    p = find_pattern(v, "^ * OFF");
    CHECK(p && p->elem[0].kind == DYAD_PE_SKIP && strcmp(p->code, "---") == 0 && p->code2 &&
              strcmp(p->code2, "020") == 0,
          "skip element and [:020]");
    /* two literal elements each; the one with more elements first */
    CHECK(v && v->npat == 5 && strcmp(v->pat[0].text, "$ * + (IN &PLACE)") == 0 &&
              strcmp(v->pat[1].text, "* {&WEAPON DEAL} %") == 0 &&
              strcmp(v->pat[3].text, "^ * OFF") == 0 && strcmp(v->pat[4].text, "* TALKS") == 0,
          "most specific pattern first (got %s)", v && v->npat ? v->pat[0].text : "-");
    const char *gw[] = {"rocket", "launcher", "x"};
    CHECK(dyad_dict_match_synset(d, "&WEAPON", gw, 3) == 2, "synset phrase ROCKET_LAUNCHER");
    CHECK(dyad_dict_match_synset(d, "&weapon", gw, 1) == 0, "synset needs the whole phrase");
    const char *gun[] = {"Gun"};
    CHECK(dyad_dict_match_synset(d, "&WEAPON", gun, 1) == 1 &&
              dyad_dict_match_synset(d, "&PLACE", gun, 1) == 0,
          "synset membership is per synset");
    CHECK(logged(&log, TD "petr_verbs.txt:23: pattern has no '*'"), "pattern without * reported");
    CHECK(logged(&log, TD "petr_verbs.txt:22: unbalanced"), "unbalanced ( reported");
    CHECK(logged(&log, TD "petr_verbs.txt:24: pattern without [code]"), "pattern without code");
    CHECK(logged(&log, TD "petr_verbs.txt:26: verb block header without [code]"), "bad header");
    CHECK(logged(&log, TD "petr_verbs.txt:27: line outside"), "verb outside a block");
    CHECK(diag.errors == log.n && diag.errors == 5, "5 malformed lines (got %ld)", diag.errors);
    dyad_dict_stats stats;
    dyad_dict_get_stats(d, &stats);
    CHECK(stats.synsets == 2 && stats.patterns == 5 && stats.verbs == 8, "stats: 2 synsets, 5 patterns, 8 verbs");
    CHECK(d->transformations == 1, "TRANSFORMATIONS line counted and skipped");
    dyad_dict_free(d);
}

static void test_petr_actors(void)
{
    diag_log log;
    dyad_dict_diag diag;
    dyad_dict *d = load("actors:" TD "petr_actors.txt", &log, &diag);
    CHECK(d != NULL, "petr actors load");
    if (!d)
        return;
    int32_t len = 0;
    CHECK_STR(actor(d, "Lavrov said", 20090306, &len), "RUSGOV", "Lavrov 2009-03-06");
    CHECK(len == 1, "Lavrov is one word");
    CHECK_STR(actor(d, "Lavrov", 19990101, NULL), "RUSGOV", "Lavrov 1999 (UN range)");
    CHECK_STR(actor(d, "Lavrov", 19800101, NULL), "(no code)", "Lavrov 1980: no range applies");
    CHECK_STR(actor(d, "Lavrov", 0, NULL), "RUSGOV", "undated: latest range");
    CHECK_STR(actor(d, "foreign minister sergey lavrov", 20090306, &len), "RUSGOV", "long synonym");
    CHECK(len == 4, "longest synonym wins (4 words)");
    CHECK_STR(actor(d, "Hillary Clinton", 20050601, NULL), "USAELI", "Clinton 2005");
    CHECK_STR(actor(d, "Hillary Clinton", 20100601, NULL), "USAGOV", "Clinton 2010");
    CHECK_STR(actor(d, "Clinton", 20150101, NULL), "USAELI", "Clinton 2015 (undated code)");
    CHECK_STR(actor(d, "Hillary Clinton", 19700101, NULL), "USAELI", "Clinton 1970 (650101-000101)");
    CHECK_STR(actor(d, "Hillary Clinton", 0, NULL), "USAELI", "Clinton date 0: undated code");
    CHECK_STR(actor(d, "Boris Yeltsin", 19950101, NULL), "RUSGOV", "<991231 (two-digit 99)");
    CHECK_STR(actor(d, "Boris Yeltsin", 20050101, NULL), "RUSELI", "undated code after range");
    CHECK_STR(actor(d, "Boris Yeltsin", 0, NULL), "RUSELI", "date 0: the undated code");
    CHECK_STR(actor(d, "Russian Federation", 20010101, NULL), "RUS", "synonym of RUSSIA");
    CHECK_STR(actor(d, "russia", 0, NULL), "RUS", "case-insensitive");
    CHECK_STR(actor(d, "U.N.", 0, NULL), "IGOUNO", "uncoded name shares the next entry's code");
    CHECK_STR(actor(d, "Broken Dates", 20050101, NULL), "XYZ", "bad ranges skipped, rest kept");
    CHECK_STR(actor(d, "Sergey", 0, NULL), "(no match)", "no partial phrase match");
    CHECK(logged(&log, TD "petr_actors.txt:21: bad date range"), "7-digit date reported");
    CHECK(logged(&log, TD "petr_actors.txt:22: bad date range"), "9-digit date reported");
    CHECK(logged(&log, TD "petr_actors.txt:23: bad date range"), "reversed range reported");
    CHECK(logged(&log, TD "petr_actors.txt:25: actor 'NO_CODE_AT_ALL' has no code"),
          "entry without code reported");
    CHECK(diag.errors == 4, "4 malformed (got %ld)", diag.errors);
    dyad_actor_match m;
    const char *w[] = {"Lavrov"};
    CHECK(dyad_dict_match_actor(d, w, 1, 0, &m) && strcmp(m.name, "SERGEY_LAVROV") == 0 &&
              strcmp(m.where, TD "petr_actors.txt:4") == 0,
          "entry name and file:line");
    dyad_dict_free(d);
}

static void test_petr_agents(void)
{
    diag_log log;
    dyad_dict_diag diag;
    dyad_dict *d = load("agents:" TD "petr_agents.txt", &log, &diag);
    CHECK(d != NULL, "petr agents load");
    if (!d)
        return;
    int32_t len = 0;
    bool prefix = true;
    CHECK_STR(agent(d, "farmers", &len, &prefix), "AGR", "regular plural FARMERS");
    CHECK(!prefix, "[~AGR] is a suffix code");
    CHECK_STR(agent(d, "policies", NULL, NULL), "GOV", "plural -IES");
    CHECK_STR(agent(d, "churches", NULL, NULL), "REL", "plural -ES");
    CHECK_STR(agent(d, "cattlemen", NULL, NULL), "AGR", "!PERSON! substitution");
    CHECK_STR(agent(d, "cattlewoman", NULL, NULL), "AGR", "!PERSON! substitution 2");
    CHECK_STR(agent(d, "armed police", &len, NULL), "COP", "{} entry");
    CHECK(len == 2, "two words");
    CHECK_STR(agent(d, "armed polices", &len, NULL), "(no match)", "{}: no plural");
    CHECK_STR(agent(d, "chambers of commerce", &len, NULL), "BUS", "explicit plural");
    CHECK(len == 3, "explicit plural has 3 words");
    CHECK_STR(agent(d, "peacekeeping troops", NULL, &prefix), "IGO", "prefix form");
    CHECK(prefix, "[IGO~] is a prefix code");
    CHECK_STR(agent(d, "foreign ministers", &len, NULL), "GOV", "plural of last word");
    CHECK(logged(&log, TD "petr_agents.txt:11: agent without"), "bad bracket reported");
    CHECK(logged(&log, TD "petr_agents.txt:12: agent without"), "missing code reported");
    CHECK(logged(&log, TD "petr_agents.txt:13: unknown !SUBSTITUTION!"), "unknown subst reported");
    CHECK(diag.errors == 3, "3 malformed (got %ld)", diag.errors);
    dyad_dict_free(d);
}

static void test_discards_issues(void)
{
    diag_log log;
    dyad_dict_diag diag;
    dyad_dict *d = load("discards:" TD "petr_discards.txt", &log, &diag);
    CHECK(d != NULL && diag.errors == 0, "discards load");
    if (d) {
        bool story = false;
        const char *w1[] = {"World", "Cup", "final"}, *w2[] = {"football", "match"},
                   *w3[] = {"1914"}, *w4[] = {"football"}, *w5[] = {"years", "ago"},
                   *w6[] = {"April", "1942"}, *w7[] = {"2014", "competition"};
        CHECK(dyad_dict_match_discard(d, w1, 3, &story) == 2 && story, "+ story-level");
        CHECK(dyad_dict_match_discard(d, w2, 2, &story) == 2 && !story, "sentence-level");
        CHECK(dyad_dict_match_discard(d, w4, 1, &story) == 0, "partial phrase no match");
        /* Phoenix's years and "YEARS AGO" lines are time phrases: they date events, and are
         * not read as discards (issue 17: "attacked the town in 1994" is news) */
        CHECK(dyad_dict_match_discard(d, w3, 1, &story) == 0, "a year is not a discard");
        CHECK(dyad_dict_match_discard(d, w5, 2, &story) == 0, "years ago is not a discard");
        CHECK(dyad_dict_match_discard(d, w6, 2, &story) == 0, "April 1942 is not a discard");
        CHECK(dyad_dict_match_discard(d, w7, 2, &story) == 2, "2014 competition still is");
        dyad_dict_free(d);
    }
    d = load("issues:" TD "petr_issues.txt", &log, &diag);
    CHECK(d != NULL, "issues load");
    if (!d)
        return;
    const char *code = NULL;
    const char *a[] = {"teachers"}, *b[] = {"pre-k"}, *c[] = {"pre", "k"}, *e[] = {"prek"},
               *f[] = {"a", "head", "start"}, *g[] = {"head", "start"},
               *h[] = {"higher", "education"}, *j[] = {"jaish-e-mohammed"};
    CHECK(dyad_dict_match_issue(d, a, 1, &code) == 1 && strcmp(code, "TEACHERS") == 0,
          "n:teacher matches the plural");
    CHECK(dyad_dict_match_issue(d, b, 1, &code) == 1 && strcmp(code, "EARLY_CHILDHOOD") == 0,
          "pre+k as PRE-K");
    CHECK(dyad_dict_match_issue(d, c, 2, &code) == 2, "pre+k as PRE K");
    CHECK(dyad_dict_match_issue(d, e, 1, &code) == 1, "pre+k as PREK");
    CHECK(dyad_dict_match_issue(d, f, 3, &code) == 3 && code == NULL, "~negation: no code");
    CHECK(dyad_dict_match_issue(d, g, 2, &code) == 2 && code && strcmp(code, "EARLY_CHILDHOOD") == 0,
          "head start");
    CHECK(dyad_dict_match_issue(d, h, 2, &code) == 2 && strcmp(code, "EDUCATION") == 0,
          "no [code]: the CATEGORY");
    CHECK(dyad_dict_match_issue(d, j, 1, &code) == 1 && strcmp(code, "JEM") == 0, "a+b+c");
    CHECK(logged(&log, TD "petr_issues.txt:8: issue phrase outside"), "outside block reported");
    CHECK(diag.errors == 1, "1 malformed (got %ld)", diag.errors);
    dyad_dict_free(d);
}

static void test_time_phrases(void)
{
    static const struct {
        const char *p;
        bool time;
    } cases[] = {{"1994", true},           {"YEARS AGO", true},       {"three years ago", true},
                 {"15 months ago", true},  {"fifty_years_ago", true}, {"weeks later", true},
                 {"in 1994", true},        {"April 1942", true},      {"a few days earlier", true},
                 {"the early 1990s", false}, {"ago", false},          {"last", false},
                 {"2014 competition", false}, {"third round", false}, {"extra time", false},
                 {"march", true},          {"bronze medal", false},   {"", false}};
    for (size_t i = 0; i < sizeof cases / sizeof *cases; i++)
        CHECK(dyad_dict_time_phrase(cases[i].p, strlen(cases[i].p)) == cases[i].time,
              "time phrase '%s': %s", cases[i].p, cases[i].time ? "yes" : "no");
    /* dyad's format reports one as a malformed discard; the other alternatives load */
    diag_log log;
    dyad_dict_diag diag;
    dyad_dict *d = load("dyad:" TD "own_discards.txt", &log, &diag);
    CHECK(d && diag.errors == 1 &&
              logged(&log, TD "own_discards.txt:3: time phrase 'years ago' cannot be a discard"),
          "own format: a time phrase among discards is reported at file:line");
    if (!d)
        return;
    const char *a[] = {"years", "ago"}, *b[] = {"chess", "match"};
    CHECK(dyad_dict_match_discard(d, a, 2, NULL) == 0 &&
              dyad_dict_match_discard(d, b, 2, NULL) == 2,
          "own format: the time phrase is skipped, the phrase beside it loads");
    dyad_dict_free(d);
}

static void test_own(void)
{
    diag_log log;
    dyad_dict_diag diag;
    dyad_dict *d = load(TD "own.dict", &log, &diag);
    CHECK(d != NULL, "dyad format loads");
    if (!d)
        return;
    int32_t len = 0;
    CHECK_STR(actor(d, "the Kremlin", 0, &len), "RUS", "actor alternative");
    CHECK_STR(actor(d, "Sergei Lavrov", 20090306, &len), "RUSGOV", "open-ended range");
    CHECK_STR(actor(d, "Lavrov", 19900101, NULL), "(no code)", "before any range");
    CHECK_STR(actor(d, "Lavrov", 20000101, NULL), "RUSGOV", "closed range");
    CHECK_STR(actor(d, "Nobody Special", 0, NULL), "(no code)", "bad range skipped");
    bool prefix = false;
    CHECK_STR(agent(d, "foreign ministers", &len, &prefix), "GOV", "agent");
    CHECK(!prefix, "plain code is a suffix");
    CHECK_STR(agent(d, "peacekeepers", &len, &prefix), "IGO", "agent prefix");
    CHECK(prefix, "IGO~ is a prefix");
    const dyad_verb *v = verb(d, "met", &len);
    CHECK(v && strcmp(v->code, "040") == 0 && strcmp(v->name, "MEET") == 0, "verb form");
    CHECK(v && v->npat == 2, "2 patterns (got %d)", v ? (int)v->npat : -1);
    const dyad_pattern *p = find_pattern(v, "* (in &WEAPON talks)");
    CHECK(p && p->code2 && strcmp(p->code2, "043") == 0 && p->elem[3].kind == DYAD_PE_SYNSET,
          "pattern with synset and paired code");
    CHECK(verb(d, "clashed", NULL) && strcmp(verb(d, "clashed", NULL)->code, "190") == 0,
          "generated form CLASHED");
    const char *gw[] = {"rocket", "launcher"};
    CHECK(dyad_dict_match_synset(d, "&WEAPON", gw, 2) == 2, "synset");
    bool story = false;
    const char *h[] = {"horoscope"};
    CHECK(dyad_dict_match_discard(d, h, 1, &story) == 1 && story, "story discard");
    const char *code = NULL, *nw[] = {"nuclear", "weapons"}, *nf[] = {"nuclear", "weapon", "free"};
    CHECK(dyad_dict_match_issue(d, nw, 2, &code) == 2 && strcmp(code, "NUCLEAR") == 0, "issue");
    CHECK(dyad_dict_match_issue(d, nf, 3, &code) == 3 && code == NULL, "issue negation");
    CHECK(logged(&log, TD "own.dict:8: bad date range"), "reversed range reported");
    CHECK(logged(&log, TD "own.dict:18: pattern has no '*'"), "pattern without verb reported");
    CHECK(logged(&log, TD "own.dict:26: unknown section"), "unknown section reported");
    CHECK(logged(&log, TD "own.dict:27: entry before any @section"), "line after it reported");
    CHECK(diag.errors == 4, "4 malformed (got %ld)", diag.errors);
    dyad_dict_free(d);
}

/* Non-ASCII names match case-blind by Unicode ("ÁÑEZ" and "áñez" find "Áñez"). */
static void test_unicode_case(void)
{
    diag_log log;
    dyad_dict_diag diag;
    dyad_dict *d = load(TD "unicode_names.txt", &log, &diag);
    CHECK(d != NULL, "unicode_names.txt loads");
    if (!d)
        return;
    CHECK_STR(actor(d, "\xC3\x81\xC3\x91" "EZ", 20200101, NULL), "BOLGOV", "\"ÁÑEZ\" finds Áñez");
    CHECK_STR(actor(d, "\xC3\xA1\xC3\xB1" "ez", 20200101, NULL), "BOLGOV", "\"áñez\" finds Áñez");
    CHECK_STR(actor(d, "\xC5\x81UKASZ WR\xC3\x93" "BEL", 0, NULL), "POLGOV", "\"ŁUKASZ WRÓBEL\"");
    CHECK_STR(actor(d, "Anez", 20200101, NULL), "(no match)", "an unaccented spelling is another word");
    dyad_dict_free(d);
}

static void test_errors(void)
{
    dyad_dict *d = NULL;
    dyad_err err;
    dyad_err_clear(&err);
    /* CHECK evaluates its condition twice: calls with effects go outside it */
    int rc = dyad_dict_new(&d, &err);
    CHECK(rc == DYAD_OK, "new");
    rc = dyad_dict_load(d, "verbs:" TD "missing.txt", NULL, &err);
    CHECK(rc == DYAD_ENOTFOUND, "missing file: ENOTFOUND");
    CHECK(strstr(err.msg, "missing.txt") != NULL, "message names the file");
    rc = dyad_dict_load(d, TD "no-such-dir", NULL, &err);
    CHECK(rc == DYAD_ENOTFOUND, "missing dir");
    rc = dyad_dict_load(d, TD, NULL, &err);
    CHECK(rc == DYAD_OK, "folder of *.dict files");
    rc = dyad_dict_finish(d, &err);
    CHECK(rc == DYAD_OK, "finish");
    rc = dyad_dict_load(d, TD, NULL, &err);
    CHECK(rc == DYAD_EINVAL, "no load after finish");
    dyad_dict_stats st;
    dyad_dict_get_stats(d, &st);
    CHECK(st.actors == 3 && st.verbs == 2, "folder loaded own.dict only (actors %ld)", st.actors);
    const char *w[] = {"nothing"};
    dyad_actor_match m;
    CHECK(!dyad_dict_match_actor(d, w, 1, 0, &m) && !dyad_dict_find_verb(d, w, 0, NULL),
          "no match, n = 0 safe");
    dyad_dict_free(d);
    int32_t v = 0;
    CHECK(dyad_dict_parse_date("991231", 6, &v) && v == 19991231, "YYMMDD 99 -> 1999");
    CHECK(dyad_dict_parse_date("200101", 6, &v) && v == 20200101, "YYMMDD 20 -> 2020");
    CHECK(dyad_dict_parse_date("210101", 6, &v) && v == 19210101, "YYMMDD 21 -> 1921");
    CHECK(!dyad_dict_parse_date("991331", 6, &v), "month 13 rejected");
    /* out of memory at every step of a small load: an error, never a crash or leak */
    bool all_ok = true;
    for (long k = 1; k < 400; k += 7) {
        dyad_dict *x = NULL;
        dyad_alloc_fail_after(k);
        rc = dyad_dict_new(&x, &err);
        if (rc == DYAD_OK)
            rc = dyad_dict_load(x, "verbs:" TD "petr_verbs.txt", NULL, &err);
        if (rc == DYAD_OK)
            rc = dyad_dict_finish(x, &err);
        dyad_alloc_fail_after(0);
        all_ok &= rc == DYAD_OK || rc == DYAD_ENOMEM;
        dyad_dict_free(x);
    }
    CHECK(all_ok, "allocation failures give DYAD_ENOMEM");
}

static void test_refs(void)
{
    diag_log log;
    dyad_dict_diag diag;
    dyad_dict *d = load("verbs:" TD "petr_refs.txt", &log, &diag);
    CHECK(d != NULL && diag.errors == 0, "refs file loads clean");
    if (!d)
        return;
    long n = dyad_dict_check_refs(d, &diag);
    CHECK(n == 1 && diag.errors == 1, "one undefined synset reference (got %ld)", n);
    CHECK(logged(&log, TD "petr_refs.txt:7: pattern names undefined synset &UNKNOWN"),
          "undefined synset reported at the pattern's file:line");
    dyad_dict_free(d);
}

/* A stand-in for the CAMEO table: the codes these tests call known. */
static bool known_code(void *ctx, const char *code)
{
    (void)ctx;
    static const char *ok[] = {"190", "195", "043"};
    for (size_t i = 0; i < sizeof ok / sizeof *ok; i++)
        if (strcmp(code, ok[i]) == 0)
            return true;
    return false;
}

static void test_codes(void)
{
    diag_log log;
    dyad_dict_diag diag;
    dyad_dict *d = load("dyad:" TD "own_codes.txt", &log, &diag);
    CHECK(d != NULL && diag.errors == 0, "codes file loads clean (codes are checked later)");
    if (!d)
        return;
    long n = dyad_dict_check_codes(d, known_code, NULL, false, &diag);
    CHECK(n == 3 && diag.errors == 3, "three unknown codes reported (got %ld)", n);
    CHECK(logged(&log, TD "own_codes.txt:4: unknown CAMEO code 19O on verb WALLOP"),
          "an unknown verb code is reported at its file:line");
    CHECK(logged(&log, TD "own_codes.txt:7: unknown CAMEO code 999 on pattern"),
          "an unknown pattern code is reported at its file:line");
    CHECK(logged(&log, TD "own_codes.txt:9: unknown CAMEO code 0X4 on verb GREET"),
          "a bad second half of a pair is reported");
    const dyad_verb *v = verb(d, "smack", NULL);
    CHECK(v && v->npat == 2, "check alone keeps every entry");
    n = dyad_dict_check_codes(d, known_code, NULL, true, &diag);
    CHECK(n == 3, "dropping finds the same three");
    v = verb(d, "walloped", NULL);
    CHECK(v && strcmp(v->code, "---") == 0 && v->npat == 1 && find_pattern(v, "* + hard"),
          "a verb with an unknown code codes only through its patterns");
    v = verb(d, "smacked", NULL);
    CHECK(v && strcmp(v->code, "190") == 0 && v->npat == 1 && !find_pattern(v, "* + hard") &&
              find_pattern(v, "* + softly"),
          "a pattern with an unknown code is taken out, the others and '---' stay");
    v = verb(d, "greeted", NULL);
    CHECK(v && strcmp(v->code, "---") == 0 && !v->code2, "a pair with a bad half is dropped whole");
    n = dyad_dict_check_codes(d, known_code, NULL, false, &diag);
    CHECK(n == 0, "nothing unknown is left after dropping (got %ld)", n);
    dyad_dict_free(d);
}

static double now(void)
{
    struct timespec ts;
    clock_gettime(CLOCK_MONOTONIC, &ts);
    return (double)ts.tv_sec + ts.tv_nsec / 1e9;
}

static void test_phoenix(void)
{
    const char *shared = check_shared_dir();
    if (!shared) {
        CHECK_SKIP("Phoenix dictionaries: no shared data");
        return;
    }
    char spec[8192];
    if (strlen(shared) > 4000)
        return;
    snprintf(spec, sizeof spec, "phoenix:%s/petrarch2/dictionaries", shared);
    diag_log log;
    dyad_dict_diag diag;
    double t0 = now();
    dyad_dict *d = load(spec, &log, &diag);
    double secs = now() - t0;
    CHECK(d != NULL, "Phoenix set loads with no hard error (%.3f s, %ld malformed lines)", secs,
          diag.errors);
    if (!d)
        return;
    CHECK(diag.errors < 40, "few malformed lines in the Phoenix set (%ld)", diag.errors);
    CHECK_STR(actor(d, "Lavrov", 20090306, NULL), "RUSGOV", "Phoenix: Lavrov 2009-03-06");
    CHECK_STR(actor(d, "Hillary Clinton", 20050601, NULL), "USAELI", "Phoenix: Clinton 2005");
    CHECK_STR(actor(d, "Hillary Clinton", 20100601, NULL), "USAGOV", "Phoenix: Clinton 2010");
    const dyad_verb *v = verb(d, "met", NULL);
    CHECK(v && strcmp(v->code, "040") == 0 && v->npat > 10, "Phoenix: MET is 040 with patterns");
    dyad_dict_stats st;
    dyad_dict_get_stats(d, &st);
    CHECK(st.actors > 20000 && st.verbs > 1000 && st.agents > 1000 && st.patterns > 3000 &&
              st.issues > 1000 && st.discards > 100,
          "Phoenix stats: %ld actors, %ld verbs, %ld agents, %ld patterns", st.actors, st.verbs,
          st.agents, st.patterns);
    dyad_dict_free(d);
    const char *files[] = {"verbs:%s/petrarch2/dictionaries/PETR.Validate.verbs.txt",
                           "actors:%s/petrarch2/dictionaries/PETR.Validate.actors.txt",
                           "agents:%s/petrarch2/dictionaries/PETR.Validate.agents.txt",
                           "discards:%s/petrarch2/dictionaries/PETR.Validate.discards.txt"};
    for (size_t i = 0; i < sizeof files / sizeof *files; i++) {
        snprintf(spec, sizeof spec, files[i], shared);
        d = load(spec, &log, &diag);
        CHECK(d != NULL && diag.errors <= 1, "%s loads (%ld malformed)", strchr(files[i], '/') + 1,
              diag.errors);
        dyad_dict_free(d);
    }
}

int main(void)
{
    test_petr_verbs();
    test_petr_actors();
    test_petr_agents();
    test_discards_issues();
    test_time_phrases();
    test_own();
    test_unicode_case();
    test_errors();
    test_refs();
    test_codes();
    test_phoenix();
    CHECK_EXIT();
}
