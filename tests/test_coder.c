/* test_coder.c — the event coder on hand-parsed sentences with a small in-test lexicon. */
#include "check.h"

#include <stdio.h>
#include <stdlib.h>
#include <strings.h>
#include <time.h>

#include "base/strbuf.h"
#include "coder/cameo.h"
#include "coder/coder.h"
#include "dict/dict.h"
#include "text/doc.h"

/* ---- a tiny lexicon: phrases of space-separated words ---- */

typedef struct {
    const char *phrase, *code, *name;
    int32_t from;
} lx_entry;

static const lx_entry actors[] = {
    {"Russia", "RUS", "RUSSIA", 0},
    {"Russian", "RUS", "RUSSIA", 0},
    {"Ukraine", "UKR", "UKRAINE", 0},
    {"Ukrainian", "UKR", "UKRAINE", 0},
    {"France", "FRA", "FRANCE", 0},
    {"Germany", "DEU", "GERMANY", 0},
    {"Barack Obama", "USAGOV", "OBAMA", 20090120},
    {"Obama", "USAGOV", "OBAMA", 20090120},
    {"Lavrov", "RUSGOV", "LAVROV", 20040309},
    {"Benelux", "BEL/NLD/LUX", "BENELUX", 0},
    {"Bank of France", "FRABUS", "BANK_OF_FRANCE", 0},
};
static const lx_entry agents[] = {
    {"foreign minister", "GOV", "MINISTER", 0}, {"minister", "GOV", "MINISTER", 0},
    {"ministers", "GOV", "MINISTER", 0},        {"president", "GOV", "PRESIDENT", 0},
    {"presidents", "GOV", "PRESIDENT", 0},      {"rebels", "REB", "REBEL", 0},
    {"soldiers", "MIL", "SOLDIER", 0},          {"MSF", "NGO~", "MSF", 0},
};
static const lx_entry discards[] = {{"football", "", "", 0}, {"horoscope", "+", "", 0}};
static const lx_entry issues[] = {{"natural gas", "ENERGY", "", 0},
                                  {"gas", "ENERGY", "", 0},
                                  {"laughing gas", NULL, "", 0}}; /* a negation: no issue */

static int phrase_len(const char *phrase, const char *const *w, int n)
{
    char buf[128];
    snprintf(buf, sizeof buf, "%s", phrase);
    int k = 0;
    for (char *save = NULL, *t = strtok_r(buf, " ", &save); t; t = strtok_r(NULL, " ", &save), k++)
        if (k >= n || strcasecmp(t, w[k]) != 0)
            return 0;
    return k;
}

static const lx_entry *longest(const lx_entry *e, size_t ne, const char *const *w, int n, int *len)
{
    const lx_entry *best = NULL;
    *len = 0;
    for (size_t i = 0; i < ne; i++) {
        int l = phrase_len(e[i].phrase, w, n);
        if (l > *len) {
            *len = l;
            best = &e[i];
        }
    }
    return best;
}

static bool t_actor(const void *ctx, const char *const *w, int n, int32_t date,
                    dyad_actor_match *out)
{
    (void)ctx;
    int len;
    const lx_entry *e = longest(actors, DYAD_ARRAY_LEN(actors), w, n, &len);
    if (!e || (e->from && date && date < e->from))
        return false;
    *out = (dyad_actor_match){len, e->code, e->name, "test:actors", false, e->from != 0};
    return true;
}

static bool t_agent(const void *ctx, const char *const *w, int n, dyad_agent_match *out)
{
    (void)ctx;
    int len;
    const lx_entry *e = longest(agents, DYAD_ARRAY_LEN(agents), w, n, &len);
    if (!e)
        return false;
    size_t cl = strlen(e->code);
    bool prefix = cl && e->code[cl - 1] == '~';
    static char codes[DYAD_ARRAY_LEN(agents)][8];
    size_t idx = (size_t)(e - agents);
    snprintf(codes[idx], sizeof codes[idx], "%.*s", (int)(prefix ? cl - 1 : cl), e->code);
    *out = (dyad_agent_match){len, codes[idx], prefix, e->name, "test:agents"};
    return true;
}

static const dyad_pattern_elem with_target[] = {
    {DYAD_PE_VERB, NULL}, {DYAD_PE_WORD, "WITH"}, {DYAD_PE_TARGET, NULL}};
static const dyad_pattern_elem direct[] = {{DYAD_PE_VERB, NULL}, {DYAD_PE_TARGET, NULL}};
static const dyad_pattern_elem in_secret[] = {
    {DYAD_PE_VERB, NULL}, {DYAD_PE_WORD, "IN"}, {DYAD_PE_WORD, "SECRET"}, {DYAD_PE_TARGET, NULL}};
static const dyad_pattern meet_pat[] = {{in_secret, 4, "046", NULL, "* IN_SECRET +", "test:0"},
                                        {with_target, 3, "040", NULL, "* WITH +", "test:1"}};
static const dyad_pattern_elem never_target[] = {
    {DYAD_PE_WORD, "NEVER"}, {DYAD_PE_VERB, NULL}, {DYAD_PE_TARGET, NULL}};
static const dyad_pattern attack_pat[] = {{never_target, 3, "013", NULL, "NEVER * +", "test:3"}};
static const dyad_pattern visit_pat[] = {{direct, 2, "042", "043", "* +", "test:2"}};
static const dyad_pattern_elem effort[] = {{DYAD_PE_VERB, NULL}, {DYAD_PE_WORD, "EFFORT"}};
static const dyad_pattern abandon_pat[] = {{effort, 2, "987", NULL, "* EFFORT", "test:4"}};

static const struct {
    const char *forms;
    dyad_verb v;
} verbs[] = {
    {"meet met meeting", {"MEET", "040", meet_pat, 2, "test:10", NULL, NULL}},
    {"talk talks", {"TALK", "040", NULL, 0, "test:11", NULL, NULL}},
    {"visit visited", {"VISIT", "---", visit_pat, 1, "test:12", NULL, NULL}},
    {"attack attacked", {"ATTACK", "190", attack_pat, 1, "test:13", NULL, NULL}},
    {"agree agreed", {"AGREE", "030", NULL, 0, "test:14", NULL, NULL}},
    {"say said", {"SAY", "010", NULL, 0, "test:15", NULL, NULL}},
    {"restore restored", {"RESTORE", "064", NULL, 0, "test:17", NULL, NULL}},
    {"accuse accused", {"ACCUSE", "112", NULL, 0, "test:16", NULL, NULL}},
    {"arrive arrived", {"ARRIVE", "032", NULL, 0, "test:18", "033", NULL}}, /* "[032:033]" */
    {"sign signed", {"SIGN", "081", NULL, 0, "test:19", NULL, NULL}},
    {"abandon abandoned", {"ABANDON", "345", abandon_pat, 1, "test:20", NULL, NULL}},
    {"report reported", {"REPORT", "025?", NULL, 0, "test:21", NULL, NULL}},
    /* a verb generalised with WordNet (dict.h, dyad_dict_expand_wordnet) */
    {"reprove reproved", {"REPROVE", "111", NULL, 0, "test:22", NULL, "wordnet:reprove->criticize"}},
};

static const dyad_verb *t_verb(const void *ctx, const char *const *w, int n, int32_t *len)
{
    (void)ctx;
    if (n < 1)
        return NULL;
    for (size_t i = 0; i < DYAD_ARRAY_LEN(verbs); i++) {
        char buf[128];
        snprintf(buf, sizeof buf, "%s", verbs[i].forms);
        for (char *save = NULL, *t = strtok_r(buf, " ", &save); t; t = strtok_r(NULL, " ", &save))
            if (strcasecmp(t, w[0]) == 0) {
                *len = 1;
                return &verbs[i].v;
            }
    }
    return NULL;
}

static int t_discard(const void *ctx, const char *const *w, int n, bool *story)
{
    (void)ctx;
    int len;
    const lx_entry *e = longest(discards, DYAD_ARRAY_LEN(discards), w, n, &len);
    if (e)
        *story = e->code[0] == '+';
    return e ? len : 0;
}

static int t_issue(const void *ctx, const char *const *w, int n, const char **code)
{
    (void)ctx;
    int len;
    const lx_entry *e = longest(issues, DYAD_ARRAY_LEN(issues), w, n, &len);
    if (e)
        *code = e->code;
    return e ? len : 0;
}

/* ---- documents from a compact parse: "form lemma UPOS head deprel" per word, ';' between
 * words, '|' between sentences ---- */

static void build(dyad_doc *d, const char *date, const char *parse)
{
    dyad_doc_reset(d);
    d->id = "t";
    d->date = date;
    dyad_strbuf text = DYAD_STRBUF_INIT;
    char *copy = dyad_arena_strdup(&d->arena, parse);
    char *ssave = NULL;
    for (char *st = strtok_r(copy, "|", &ssave); st; st = strtok_r(NULL, "|", &ssave)) {
        dyad_sentence *s = dyad_doc_add_sentence(d);
        s->tok = dyad_arena_calloc(&d->arena, 64 * sizeof *s->tok);
        s->start = (uint32_t)text.len;
        char *wsave = NULL;
        for (char *w = strtok_r(st, ";", &wsave); w && s->n < 64; w = strtok_r(NULL, ";", &wsave)) {
            char form[64], lemma[64], upos[16], rel[32];
            int head;
            if (sscanf(w, "%63s %63s %15s %d %31s", form, lemma, upos, &head, rel) != 5)
                continue;
            dyad_token *t = &s->tok[s->n++];
            if (text.len)
                dyad_sb_putc(&text, ' ');
            t->start = (uint32_t)text.len;
            dyad_sb_puts(&text, form);
            t->end = (uint32_t)text.len;
            t->form = dyad_arena_strdup(&d->arena, form);
            t->lemma = dyad_arena_strdup(&d->arena, lemma);
            t->upos = (uint8_t)dyad_upos_parse(upos, strlen(upos));
            t->head = head;
            t->deprel = dyad_arena_strdup(&d->arena, rel);
        }
        s->end = (uint32_t)text.len;
    }
    d->text = dyad_arena_strdup(&d->arena, text.data ? text.data : "");
    d->text_len = text.len;
    for (int32_t i = 0; i < d->nsent; i++)
        d->sent[i].text = dyad_arena_strndup(&d->arena, d->text + d->sent[i].start,
                                             d->sent[i].end - d->sent[i].start);
    dyad_sb_free(&text);
}

/* Codes doc and renders its events as "SRC TGT CODE" joined by ", ". */
static const char *code(const dyad_coder *c, dyad_doc *d, dyad_event_list *ev, bool *disc)
{
    static char buf[512];
    *ev = (dyad_event_list){NULL, 0, 0};
    dyad_err err;
    dyad_err_clear(&err);
    if (dyad_coder_code(c, d, ev, disc, &err) != DYAD_OK)
        return "coder error";
    buf[0] = 0;
    for (int32_t i = 0; i < ev->n; i++)
        snprintf(buf + strlen(buf), sizeof buf - strlen(buf), "%s%s %s %s", i ? ", " : "",
                 ev->ev[i].source.code, ev->ev[i].target.code, ev->ev[i].code);
    return buf;
}

#define S_RUS_MIN_MET_UKR                                                                          \
    "The the DET 4 det;Russian Russian ADJ 4 amod;foreign foreign ADJ 4 amod;"                     \
    "minister minister NOUN 5 nsubj;met meet VERB 0 root;with with ADP 7 case;"                    \
    "Ukraine Ukraine PROPN 5 obl;. . PUNCT 5 punct"

#define S_RUS_MIN_MET_UKR2                                                                         \
    "Lavrov Lavrov PROPN 2 nsubj;visited visit VERB 0 root;France France PROPN 2 obj;"             \
    "on on ADP 5 case;Monday Monday PROPN 2 obl;. . PUNCT 2 punct"

int main(void)
{
    dyad_coder_lex lex = {NULL, t_actor, t_agent, t_verb, NULL, t_discard, t_issue, NULL};
    dyad_coder *c = NULL;
    dyad_err err;
    dyad_err_clear(&err);
    int rc = dyad_coder_new_lex(&c, &lex, NULL, &err);
    CHECK(rc == DYAD_OK && c, "coder made");
    dyad_coder_lex bad = {0};
    dyad_coder *c2 = NULL;
    rc = dyad_coder_new_lex(&c2, &bad, NULL, &err);
    CHECK(rc == DYAD_EINVAL && !c2, "coder refuses a lexicon without lookups");
    dyad_doc d;
    dyad_doc_init(&d);
    dyad_event_list ev;
    bool disc;

    build(&d, "2014-05-02", S_RUS_MIN_MET_UKR);
    CHECK_STR(code(c, &d, &ev, &disc), "RUSGOV UKR 040", "country adjective + agent, * WITH +");
    if (ev.n == 1) {
        const dyad_event *e = &ev.ev[0];
        CHECK_STR(e->source.text, "The Russian foreign minister", "source text");
        CHECK(e->source.start == 0 && e->source.end == 28, "source offsets");
        CHECK_STR(e->source.root, "RUS", "source root");
        CHECK_STR(e->source.agent, "GOV", "source agent");
        CHECK_STR(e->target.text, "Ukraine", "target text");
        CHECK_STR(e->verb, "met", "verb text");
        CHECK_STR(e->pattern, "MEET: * WITH + (test:1)", "pattern evidence");
        CHECK_STR(e->root, "04", "root code");
        CHECK(e->quad == 1 && e->goldstein == 1.0, "quad and goldstein from the root");
        CHECK_STR(e->plover, "CONSULT", "PLOVER category");
        dyad_strbuf sb = DYAD_STRBUF_INIT;
        dyad_coder_explain(c, &d, e, &sb);
        CHECK(sb.data && strstr(sb.data, "RUSGOV") && strstr(sb.data, "* WITH +") &&
                  strstr(sb.data, "sentence 1:"),
              "explain names actors, pattern and sentence");
        dyad_sb_free(&sb);
    }

    build(&d, "2014-05-02",
          "Russia Russia PROPN 2 nsubj;met meet VERB 0 root;in in ADP 4 case;secret secret NOUN 2 "
          "obl;"
          "with with ADP 6 case;Ukraine Ukraine PROPN 2 obl;. . PUNCT 2 punct");
    CHECK_STR(code(c, &d, &ev, &disc), "RUS UKR 046", "'_'-joined pattern words adjacent: match");
    build(
        &d, "2014-05-02",
        "Russia Russia PROPN 2 nsubj;met meet VERB 0 root;in in ADP 5 case;great great ADJ 5 amod;"
        "secret secret NOUN 2 obl;with with ADP 7 case;Ukraine Ukraine PROPN 2 obl;. . PUNCT 2 "
        "punct");
    CHECK_STR(code(c, &d, &ev, &disc), "RUS UKR 040", "'_'-joined pattern words apart: no match");

    build(
        &d, "2014-05-02",
        "Ukrainian Ukrainian ADJ 2 amod;soldiers soldier NOUN 4 nsubj:pass;were be AUX 4 aux:pass;"
        "attacked attack VERB 0 root;by by ADP 6 case;rebels rebel NOUN 4 obl:agent;. . PUNCT 4 "
        "punct");
    CHECK_STR(code(c, &d, &ev, &disc), "---REB UKRMIL 190", "passive: source from obl:agent");
    CHECK(ev.n == 1 && strstr(ev.ev[0].note, "passive"), "passive noted");

    build(&d, "2014-05-02",
          "Russia Russia PROPN 4 nsubj;and and CCONJ 3 cc;France France PROPN 1 conj;"
          "met meet VERB 0 root;Germany Germany PROPN 4 obj;and and CCONJ 7 cc;"
          "Ukraine Ukraine PROPN 5 conj;. . PUNCT 4 punct");
    CHECK_STR(code(c, &d, &ev, &disc), "RUS DEU 040, RUS UKR 040, FRA DEU 040, FRA UKR 040",
              "compound actors: 2 x 2 events");

    build(
        &d, "2014-05-02",
        "Russia Russia PROPN 4 nsubj;did do AUX 4 aux;not not PART 4 advmod;meet meet VERB 0 root;"
        "Ukraine Ukraine PROPN 4 obj;. . PUNCT 4 punct");
    CHECK_STR(code(c, &d, &ev, &disc), "", "negation: no event");
    build(&d, "2014-05-02",
          "Russia Russia PROPN 3 nsubj;never never ADV 3 advmod;attacked attack VERB 0 root;"
          "Ukraine Ukraine PROPN 3 obj;. . PUNCT 3 punct");
    CHECK_STR(code(c, &d, &ev, &disc), "RUS UKR 013", "negation named by a pattern (NEVER * +)");
    build(&d, "2014-05-02",
          "Russia Russia PROPN 2 nsubj;restored restore VERB 0 root;ties tie NOUN 2 obj;"
          "with with ADP 5 case;Ukraine Ukraine PROPN 3 nmod;. . PUNCT 2 punct");
    CHECK_STR(code(c, &d, &ev, &disc), "RUS UKR 064",
              "target attached to the object (ties with X)");

    build(&d, "2014-05-02",
          "Lavrov Lavrov PROPN 2 nsubj;said say VERB 0 root;Russia Russia PROPN 4 nsubj;"
          "agreed agree VERB 2 ccomp;to to PART 6 mark;meet meet VERB 4 xcomp;"
          "Ukraine Ukraine PROPN 6 obj;. . PUNCT 2 punct");
    CHECK_STR(code(c, &d, &ev, &disc), "RUS UKR 036",
              "reported speech + control: agreeing to meet is an intent to meet (036), matrix "
              "subject as source");

    build(&d, "2014-05-02",
          "Lavrov Lavrov PROPN 2 nsubj;said say VERB 0 root;Ukraine Ukraine PROPN 4 nsubj;"
          "lied lie VERB 2 ccomp;. . PUNCT 2 punct");
    CHECK_STR(code(c, &d, &ev, &disc), "",
              "a statement takes no target from the clause it reports");

    build(&d, "2014-05-02",
          "Russia Russia PROPN 2 nsubj;refused refuse VERB 0 root;to to PART 4 mark;"
          "meet meet VERB 2 xcomp;Ukraine Ukraine PROPN 4 obj;. . PUNCT 2 punct");
    CHECK_STR(code(c, &d, &ev, &disc), "", "refused to meet: no meeting");

    build(&d, "2014-05-02",
          "Lavrov Lavrov PROPN 2 nsubj;accused accuse VERB 0 root;Ukraine Ukraine PROPN 2 obj;"
          ". . PUNCT 2 punct|France France PROPN 2 nsubj;said say VERB 0 root;"
          "to to ADP 4 case;Ukraine Ukraine PROPN 2 obl;. . PUNCT 2 punct");
    CHECK_STR(code(c, &d, &ev, &disc), "RUSGOV UKR 112, FRA UKR 010",
              "a statement stays where nothing else is coded");
    build(&d, "2014-05-02",
          "France France PROPN 2 nsubj;said say VERB 0 root;Ukraine Ukraine PROPN 2 obj;"
          "lied lie VERB 3 acl:relcl;. . PUNCT 2 punct");
    CHECK_STR(code(c, &d, &ev, &disc), "",
              "a statement's object without a pattern is what is said, not an addressee");

    build(&d, "2014-05-02",
          "Obama Obama PROPN 2 nsubj;arrived arrive VERB 0 root;. . PUNCT 2 punct|"
          "He he PRON 2 nsubj;met meet VERB 0 root;with with ADP 4 case;Lavrov Lavrov PROPN 2 obl;"
          ". . PUNCT 2 punct");
    CHECK_STR(code(c, &d, &ev, &disc), "USAGOV RUSGOV 040", "pronoun → earlier actor");

    /* pronoun kinds: he/she a person, it a country or body, they a group; I/we/you nothing */
    build(&d, "2014-05-02",
          "Russian Russian ADJ 2 amod;soldiers soldier NOUN 3 nsubj;arrived arrive VERB 0 root;"
          ". . PUNCT 3 punct|He he PRON 2 nsubj;met meet VERB 0 root;with with ADP 4 case;"
          "Lavrov Lavrov PROPN 2 obl;. . PUNCT 2 punct");
    CHECK_STR(code(c, &d, &ev, &disc), "", "he: not a group (Russian soldiers)");
    build(&d, "2014-05-02",
          "Obama Obama PROPN 2 nsubj;arrived arrive VERB 0 root;. . PUNCT 2 punct|"
          "It it PRON 2 nsubj;accused accuse VERB 0 root;Ukraine Ukraine PROPN 2 obj;"
          ". . PUNCT 2 punct");
    CHECK_STR(code(c, &d, &ev, &disc), "", "it: not a person (Obama)");
    build(&d, "2014-05-02",
          "Russia Russia PROPN 2 nsubj;arrived arrive VERB 0 root;. . PUNCT 2 punct|"
          "It it PRON 2 nsubj;accused accuse VERB 0 root;Ukraine Ukraine PROPN 2 obj;"
          ". . PUNCT 2 punct");
    CHECK_STR(code(c, &d, &ev, &disc), "RUS UKR 112", "it: a country");
    build(&d, "2014-05-02",
          "Russia Russia PROPN 2 nsubj;arrived arrive VERB 0 root;. . PUNCT 2 punct|"
          "It it PRON 5 nsubj;would would AUX 5 aux;be be AUX 5 cop;a a DET 5 det;"
          "mistake mistake NOUN 0 root;to to PART 7 mark;attack attack VERB 5 xcomp;"
          "Ukraine Ukraine PROPN 7 obj;. . PUNCT 5 punct");
    CHECK_STR(code(c, &d, &ev, &disc), "", "expletive it (it would be a mistake to ...)");
    build(&d, "2014-05-02",
          "Russia Russia PROPN 2 nsubj;arrived arrive VERB 0 root;. . PUNCT 2 punct|"
          "We we PRON 2 nsubj;accused accuse VERB 0 root;Ukraine Ukraine PROPN 2 obj;"
          ". . PUNCT 2 punct");
    CHECK_STR(code(c, &d, &ev, &disc), "", "we: first person, not resolved");
    build(&d, "2014-05-02",
          "Russia Russia PROPN 2 nsubj;arrived arrive VERB 0 root;. . PUNCT 2 punct|"
          "Rebels rebel NOUN 2 nsubj;arrived arrive VERB 0 root;. . PUNCT 2 punct|"
          "They they PRON 2 nsubj;accused accuse VERB 0 root;Ukraine Ukraine PROPN 2 obj;"
          ". . PUNCT 2 punct");
    CHECK_STR(code(c, &d, &ev, &disc), "---REB UKR 112",
              "they: the last subject group (rebels, of no country), not a country before it");
    build(&d, "2014-05-02",
          "Lavrov Lavrov PROPN 2 nsubj;arrived arrive VERB 0 root;. . PUNCT 2 punct|"
          "Kubiak Kubiak PROPN 6 nsubj;, , PUNCT 4 punct;a a DET 4 det;minister minister NOUN 1 "
          "appos;, , PUNCT 4 punct;accused accuse VERB 0 root;Ukraine Ukraine PROPN 6 obj;"
          ". . PUNCT 6 punct");
    CHECK_STR(code(c, &d, &ev, &disc), "",
              "an apposition (a minister) is no short reference to an earlier minister");
    build(&d, "2014-05-02",
          "Lavrov Lavrov PROPN 2 nsubj;arrived arrive VERB 0 root;. . PUNCT 2 punct|"
          "The the DET 2 det;minister minister NOUN 3 nsubj;accused accuse VERB 0 root;"
          "Ukraine Ukraine PROPN 3 obj;. . PUNCT 3 punct");
    CHECK_STR(code(c, &d, &ev, &disc), "RUSGOV UKR 112", "the minister: a short reference");
    build(&d, "2014-05-02",
          "Russia Russia PROPN 4 nsubj;and and CCONJ 3 cc;Ukraine Ukraine PROPN 1 conj;"
          "said say VERB 0 root;. . PUNCT 4 punct");
    CHECK_STR(code(c, &d, &ev, &disc), "", "statement: no reciprocal events");
    build(&d, "2014-05-02",
          "Kiev Kiev PROPN 3 nsubj:pass;was be AUX 3 aux:pass;attacked attack VERB 0 root;"
          "by by ADP 5 case;Russia Russia PROPN 3 obl:agent;and and CCONJ 7 cc;"
          "France France PROPN 5 conj;. . PUNCT 3 punct");
    CHECK_STR(code(c, &d, &ev, &disc), "", "passive agents: no reciprocal events");

    build(&d, "2014-05-02",
          "Obama Obama PROPN 2 nsubj;visited visit VERB 0 root;Russia Russia PROPN 2 obj;. . PUNCT "
          "2 punct");
    CHECK_STR(code(c, &d, &ev, &disc), "USAGOV RUS 042, RUS USAGOV 043", "paired code [042:043]");

    build(
        &d, "2014-05-02",
        "Talks talk NOUN 6 nsubj;between between ADP 3 case;Russia Russia PROPN 1 nmod;"
        "and and CCONJ 5 cc;Ukraine Ukraine PROPN 3 conj;ended end VERB 0 root;. . PUNCT 6 punct");
    CHECK_STR(code(c, &d, &ev, &disc), "RUS UKR 040",
              "nominal: talks between A and B (a symmetric act, once)");

    build(&d, "2014-05-02",
          "Russia Russia PROPN 4 nmod:poss;'s 's PART 1 case;foreign foreign ADJ 4 amod;"
          "minister minister NOUN 5 nsubj;met meet VERB 0 root;with with ADP 7 case;"
          "France France PROPN 5 obl;. . PUNCT 5 punct");
    CHECK_STR(code(c, &d, &ev, &disc), "RUSGOV FRA 040", "possessive: Russia's foreign minister");

    build(&d, "2014-05-02",
          "The the DET 2 det;minister minister NOUN 5 nsubj;of of ADP 4 case;France France PROPN 2 "
          "nmod;"
          "met meet VERB 0 root;Lavrov Lavrov PROPN 5 obj;. . PUNCT 5 punct");
    CHECK_STR(code(c, &d, &ev, &disc), "FRAGOV RUSGOV 040", "agent of a country (nmod)");

    build(&d, "2014-05-02",
          "Rebels rebel NOUN 5 nsubj;who who PRON 3 nsubj;attacked attack VERB 1 acl:relcl;"
          "Ukraine Ukraine PROPN 3 obj;fled flee VERB 0 root;. . PUNCT 5 punct");
    CHECK_STR(code(c, &d, &ev, &disc), "---REB UKR 190",
              "relative clause: head noun is the subject");

    build(&d, "2014-05-02",
          "Ministers minister NOUN 6 nsubj;in in ADP 3 case;France France PROPN 1 nmod;"
          "and and CCONJ 5 cc;Germany Germany PROPN 3 conj;met meet VERB 0 root;"
          "Lavrov Lavrov PROPN 6 obj;. . PUNCT 6 punct");
    CHECK_STR(code(c, &d, &ev, &disc), "FRAGOV RUSGOV 040, DEUGOV RUSGOV 040",
              "agent of coordinated countries: one actor each");
    build(&d, "2014-05-02",
          "Ministers minister NOUN 8 nsubj;and and CCONJ 3 cc;soldiers soldier NOUN 1 conj;"
          "in in ADP 5 case;France France PROPN 1 nmod;and and CCONJ 7 cc;Germany Germany PROPN 5 conj;"
          "met meet VERB 0 root;Lavrov Lavrov PROPN 8 obj;. . PUNCT 8 punct");
    CHECK_STR(code(c, &d, &ev, &disc),
              "FRAGOV RUSGOV 040, DEUGOV RUSGOV 040, FRAMIL RUSGOV 040, DEUMIL RUSGOV 040",
              "coordinated agents share the in-phrase: 2 x 2 actors");

    build(&d, "2014-05-02",
          "MSF MSF PROPN 3 compound;Ukraine Ukraine PROPN 3 compound;doctors doctor NOUN 4 nsubj;"
          "accused accuse VERB 0 root;Russia Russia PROPN 4 obj;. . PUNCT 4 punct");
    CHECK_STR(code(c, &d, &ev, &disc), "NGOUKR RUS 112", "prefix agent goes before the country");
    CHECK(ev.n == 1 && strcmp(ev.ev[0].source.root, "UKR") == 0 &&
              strcmp(ev.ev[0].source.agent, "NGO") == 0,
          "prefix agent: root is the country, agent the prefix");

    build(&d, "2014-05-02",
          "Russia Russia PROPN 4 nsubj;and and CCONJ 3 cc;France France PROPN 1 conj;"
          "agreed agree VERB 0 root;. . PUNCT 4 punct");
    CHECK_STR(code(c, &d, &ev, &disc), "RUS FRA 030, FRA RUS 030",
              "compound subject without a target: reciprocal events");

    build(
        &d, "2014-05-02",
        "France France PROPN 5 nsubj;foreign foreign ADJ 3 amod;minister minister NOUN 4 nmod:desc;"
        "Dupont Dupont PROPN 5 nsubj;met meet VERB 0 root;"
        "Russia Russia PROPN 9 compound;and and CCONJ 8 cc;Ukraine Ukraine PROPN 6 conj;"
        "presidents president NOUN 5 obj;. . PUNCT 5 punct");
    CHECK_STR(code(c, &d, &ev, &disc), "FRAGOV RUSGOV 040, FRAGOV UKRGOV 040",
              "split subject (country | agent name) and coordination inside a name");

    build(&d, "2014-05-02",
          "The the DET 2 det;Bank bank PROPN 5 nsubj;of of ADP 4 case;France France PROPN 2 nmod;"
          "met meet VERB 0 root;Lavrov Lavrov PROPN 5 obj;. . PUNCT 5 punct");
    CHECK_STR(code(c, &d, &ev, &disc), "FRABUS RUSGOV 040", "an actor name running through 'of'");
    CHECK(ev.n == 1 && strcmp(ev.ev[0].source.text, "The Bank of France") == 0,
          "its text covers the whole name");

    build(&d, "2014-05-02",
          "Benelux Benelux PROPN 2 nsubj;met meet VERB 0 root;Ukraine Ukraine PROPN 2 obj;. . "
          "PUNCT 2 punct");
    CHECK_STR(code(c, &d, &ev, &disc), "BEL UKR 040, NLD UKR 040, LUX UKR 040",
              "a code with alternatives (BEL/NLD/LUX) is several actors");
    build(&d, "2014-05-02",
          "Russia Russia PROPN 5 nsubj;, , PUNCT 4 punct;and and CCONJ 4 cc;France France PROPN 5 "
          "nsubj;"
          "met meet VERB 0 root;Ukraine Ukraine PROPN 5 obj;. . PUNCT 5 punct");
    CHECK_STR(code(c, &d, &ev, &disc), "FRA UKR 040, RUS UKR 040",
              "a coordinated subject misparsed as two subjects");

    build(&d, "2014-05-02",
          "Ukrainian Ukrainian ADJ 2 amod;soldiers soldier NOUN 0 root;attacked attack VERB 2 acl;"
          "by by ADP 5 case;rebels rebel NOUN 3 obl:agent;. . PUNCT 2 punct");
    CHECK_STR(code(c, &d, &ev, &disc), "---REB UKRMIL 190",
              "reduced passive relative: the modified noun is the target");
    build(&d, "2014-05-02",
          "Russian Russian ADJ 2 amod;soldiers soldier NOUN 0 root;attacked attack VERB 2 acl;"
          "Ukraine Ukraine PROPN 3 obj;. . PUNCT 2 punct");
    CHECK_STR(code(c, &d, &ev, &disc), "RUSMIL UKR 190",
              "verbless root noun with an active acl: read as subject and verb");
    build(&d, "2014-05-02",
          "France France PROPN 2 nsubj;met meet VERB 0 root;soldiers soldier NOUN 2 obj;"
          "attacking attack VERB 3 acl;Ukraine Ukraine PROPN 4 obj;. . PUNCT 2 punct");
    CHECK_STR(code(c, &d, &ev, &disc), "FRA ---MIL 040",
              "an active participle modifying an object codes nothing itself");

    build(&d, "2014-05-02",
          "The the DET 3 det;Russian Russian ADJ 3 amod;minister minister NOUN 4 nsubj;"
          "met meet VERB 0 root;Lavrov Lavrov PROPN 4 obj;. . PUNCT 4 punct");
    CHECK_STR(code(c, &d, &ev, &disc), "", "no self-events");

    build(&d, "1999-05-02",
          "Lavrov Lavrov PROPN 2 nsubj;met meet VERB 0 root;France France PROPN 2 obj;. . PUNCT 2 "
          "punct");
    CHECK_STR(code(c, &d, &ev, &disc), "", "date-restricted actor unknown before its range");
    build(&d, "2005-05-02",
          "Lavrov Lavrov PROPN 2 nsubj;met meet VERB 0 root;France France PROPN 2 obj;. . PUNCT 2 "
          "punct");
    CHECK_STR(code(c, &d, &ev, &disc), "RUSGOV FRA 040", "date-restricted actor inside its range");

    build(&d, "2014-05-02",
          "Russia Russia PROPN 2 nsubj;met meet VERB 0 root;Ukraine Ukraine PROPN 2 obj;. . PUNCT "
          "2 punct|"
          "Russia Russia PROPN 2 nsubj;met meet VERB 0 root;Ukraine Ukraine PROPN 2 obj;. . PUNCT "
          "2 punct");
    CHECK_STR(code(c, &d, &ev, &disc), "RUS UKR 040", "repeated sentence coded once");

    build(&d, "2014-05-02",
          "Russia Russia PROPN 2 nsubj;met meet VERB 0 root;Ukraine Ukraine PROPN 2 obj;"
          "over over ADP 5 case;gas gas NOUN 2 obl;. . PUNCT 2 punct");
    CHECK_STR(code(c, &d, &ev, &disc), "RUS UKR 040", "event with an issue");
    CHECK(ev.n == 1 && strcmp(ev.ev[0].issues, "ENERGY") == 0, "issue attached");

    build(&d, "2014-05-02",
          "Russia Russia PROPN 2 nsubj;met meet VERB 0 root;Ukraine Ukraine PROPN 2 obj;"
          "at at ADP 5 case;football football NOUN 2 obl;. . PUNCT 2 punct|"
          "France France PROPN 2 nsubj;met meet VERB 0 root;Germany Germany PROPN 2 obj;. . PUNCT "
          "2 punct");
    CHECK_STR(code(c, &d, &ev, &disc), "FRA DEU 040", "sentence discard drops that sentence only");
    CHECK(!disc, "sentence discard is not a story discard");
    build(&d, "2014-05-02",
          "France France PROPN 2 nsubj;met meet VERB 0 root;Germany Germany PROPN 2 obj;. . PUNCT "
          "2 punct|"
          "Your your PRON 2 nmod:poss;horoscope horoscope NOUN 0 root;. . PUNCT 2 punct");
    CHECK_STR(code(c, &d, &ev, &disc), "", "story discard drops every event");
    CHECK(disc, "story discard reported");

    build(&d, "2014-05-02",
          "Russia Russia PROPN 2 nsubj;met meet VERB 0 root;Ukraine Ukraine PROPN 2 obj;"
          "over over ADP 6 case;laughing laughing NOUN 6 compound;gas gas NOUN 2 obl;. . PUNCT 2 "
          "punct");
    CHECK(strcmp(code(c, &d, &ev, &disc), "RUS UKR 040") == 0 && strcmp(ev.ev[0].issues, "") == 0,
          "a negated issue phrase skips its words (laughing gas is no ENERGY)");

    /* PETRARCH mechanisms */
    build(&d, "2014-05-02",
          "Lavrov Lavrov PROPN 2 nsubj;arrived arrive VERB 0 root;in in ADP 4 case;"
          "France France PROPN 2 obl;. . PUNCT 2 punct");
    CHECK_STR(code(c, &d, &ev, &disc), "RUSGOV FRA 032, FRA RUSGOV 033",
              "a verb's own paired code [032:033] gives the reverse event");
    build(&d, "2014-05-02",
          "Russia Russia PROPN 2 nsubj;abandoned abandon VERB 0 root;efforts effort NOUN 2 obj;"
          "over over ADP 5 case;Ukraine Ukraine PROPN 2 obl;. . PUNCT 2 punct");
    CHECK_STR(code(c, &d, &ev, &disc), "RUS UKR 345", "pattern words match as written (* EFFORT)");
    build(&d, "2014-05-02",
          "Russia Russia PROPN 2 nsubj;abandoned abandon VERB 0 root;effort effort NOUN 2 obj;"
          "over over ADP 5 case;Ukraine Ukraine PROPN 2 obl;. . PUNCT 2 punct");
    CHECK_STR(code(c, &d, &ev, &disc), "RUS UKR 987", "pattern word as written matches");
    build(&d, "2014-05-02",
          "Russia Russia PROPN 2 nsubj;reported report VERB 0 root;Ukraine Ukraine PROPN 2 obj;"
          ". . PUNCT 2 punct");
    CHECK_STR(code(c, &d, &ev, &disc), "", "a code that is no CAMEO code (025?) codes nothing");
    build(&d, "2014-05-02",
          "Russia Russia PROPN 0 root;is be AUX 1 aux:pass;about about ADV 5 advmod;"
          "to to PART 5 mark;restore restore VERB 2 advcl;ties tie NOUN 5 obj;with with ADP 8 case;"
          "Ukraine Ukraine PROPN 5 obl;. . PUNCT 1 punct");
    CHECK_STR(code(c, &d, &ev, &disc), "RUS UKR 064", "verbless root parse: the root is the source");
    build(&d, "2014-05-02",
          "Russia Russia PROPN 3 nsubj:pass;was be AUX 3 aux:pass;seen see VERB 0 root;"
          "to to PART 5 mark;attack attack VERB 3 xcomp;Ukraine Ukraine PROPN 5 obj;. . PUNCT 3 "
          "punct");
    CHECK_STR(code(c, &d, &ev, &disc), "RUS UKR 190",
              "raising: an infinitive under a passive takes its subject");
    build(&d, "2014-05-02",
          "Russia Russia PROPN 2 nsubj;signed sign VERB 0 root;an a DET 4 det;accord accord NOUN 2 "
          "obj;to to PART 6 mark;supply supply VERB 2 advcl;Ukraine Ukraine PROPN 6 obj;"
          "with with ADP 9 case;gas gas NOUN 6 obl;. . PUNCT 2 punct");
    CHECK_STR(code(c, &d, &ev, &disc), "RUS UKR 081",
              "target from an uncoded to-infinitive complement");
    build(&d, "2014-05-02",
          "Russian Russian ADJ 2 amod;soldiers soldier NOUN 0 root;attacked attack VERB 4 amod;"
          "rebels rebel NOUN 2 nmod;. . PUNCT 2 punct");
    CHECK_STR(code(c, &d, &ev, &disc), "RUSMIL ---REB 190",
              "a verb parsed as modifier after a verbless root noun");

    /* coder options (PETRARCH's <Config>) */
    {
        build(&d, "2014-05-02",
              "The the DET 2 det;minister minister NOUN 3 nsubj;said say VERB 0 root;on on ADP 5 "
              "case;Monday Monday PROPN 3 obl;. . PUNCT 3 punct");
        CHECK_STR(code(c, &d, &ev, &disc), "", "require_dyad (default): no target, no event");
        dyad_coder_options o = {.require_dyad = false};
        dyad_coder_set_options(c, &o);
        CHECK_STR(code(c, &d, &ev, &disc), "---GOV --- 010",
                  "require_dyad off: an uncoded prepositional phrase is target ---");
        build(&d, "2014-05-02",
              "Albus Albus PROPN 3 nsubj;Dumbledore Dumbledore PROPN 1 flat;met meet VERB 0 root;"
              "Russia Russia PROPN 3 obj;. . PUNCT 3 punct");
        o = (dyad_coder_options){.require_dyad = true, .new_actor_length = 2};
        dyad_coder_set_options(c, &o);
        CHECK_STR(code(c, &d, &ev, &disc), "\"ALBUS DUMBLEDORE\" RUS 040",
                  "new_actor_length 2: an uncoded proper name of 2 words is an actor");
        o.new_actor_length = 1;
        dyad_coder_set_options(c, &o);
        CHECK_STR(code(c, &d, &ev, &disc), "", "new_actor_length 1: too long, no actor");
        o = (dyad_coder_options){.require_dyad = true};
        dyad_coder_set_options(c, &o);
    }

    /* the PETRARCH verb loader: paired block codes, a verb's second block, '+'-marked verbs */
    {
        char path[] = "/tmp/dyad_test_verbs_XXXXXX";
        int fd = mkstemp(path);
        FILE *f = fd >= 0 ? fdopen(fd, "w") : NULL;
        CHECK(f != NULL, "temporary verb dictionary");
        if (f) {
            fputs("--- ARRIVE [032:033] ---\nARRIVE\n\n"
                  "--- SHOT [---] ---\nSHOT\n- *_AND_WOUND [223]\n\n"
                  "--- SHOT [223] ---\nSHOT\n- + WAS * DEAD IN $ [224]\n\n"
                  "--- CONFISCATE [171] ---\nWIRE_+TAP {WIRE_+TAPPED WIRE_+TAPPING}\nBUG_+PLANT\n",
                  f);
            fclose(f);
            dyad_dict *dict = NULL;
            dyad_dict_diag diag = {NULL, NULL, 0};
            char spec[64];
            snprintf(spec, sizeof spec, "verbs:%s", path);
            bool ok = dyad_dict_new(&dict, &err) == DYAD_OK &&
                      dyad_dict_load(dict, spec, &diag, &err) == DYAD_OK &&
                      dyad_dict_finish(dict, &err) == DYAD_OK;
            CHECK(ok && diag.errors == 0, "PETRARCH verbs loaded");
            if (ok) {
                int32_t len = 0;
                const char *w1[] = {"arrived"};
                const dyad_verb *vb = dyad_dict_find_verb(dict, w1, 1, &len);
                CHECK(vb && strcmp(vb->code, "032") == 0 && vb->code2 &&
                          strcmp(vb->code2, "033") == 0,
                      "a block's paired code reaches its verbs (032:033)");
                const char *w2[] = {"shot"};
                vb = dyad_dict_find_verb(dict, w2, 1, &len);
                CHECK(vb && vb->npat == 2 && strcmp(vb->code, "223") == 0,
                      "a second SHOT block merges into the first (2 patterns, code 223)");
                const char *w3[] = {"wire", "tapped", "the"};
                vb = dyad_dict_find_verb(dict, w3, 3, &len);
                CHECK(vb && len == 2, "WIRE_+TAPPED: the listed form, '+' dropped");
                const char *w4[] = {"bug", "planted"};
                vb = dyad_dict_find_verb(dict, w4, 2, &len);
                CHECK(vb && len == 2, "BUG_+PLANT: the marked word is the one inflected");
                const char *w5[] = {"bugs", "plant"};
                CHECK(!dyad_dict_find_verb(dict, w5, 2, &len), "...not the first word");
            }
            dyad_dict_free(dict);
            remove(path);
        }
    }

    /* with the CAMEO table: goldstein, quad and PLOVER of the full code */
    {
        dyad_cameo *cam = NULL;
        if (dyad_cameo_load(&cam, "data/cameo", &err) != DYAD_OK) {
            CHECK_SKIP("coder with CAMEO table: %s", err.msg);
        } else {
            dyad_coder *cc = NULL;
            rc = dyad_coder_new_lex(&cc, &lex, cam, &err);
            CHECK(rc == DYAD_OK, "coder with a CAMEO table made");
            build(&d, "2014-05-02",
                  "Obama Obama PROPN 2 nsubj;visited visit VERB 0 root;Russia Russia PROPN 2 obj;"
                  ". . PUNCT 2 punct");
            CHECK_STR(code(cc, &d, &ev, &disc), "USAGOV RUS 042, RUS USAGOV 043",
                      "CAMEO table: same events");
            const dyad_cameo_entry *ce = dyad_cameo_find(cam, "042");
            CHECK(ev.n == 2 && ce && ev.ev[0].goldstein == ce->goldstein &&
                      ev.ev[0].quad == ce->quad && strcmp(ev.ev[0].plover, ce->plover) == 0 &&
                      strcmp(ev.ev[0].root, "04") == 0,
                  "CAMEO table: goldstein/quad/PLOVER of 042 from the table");
            dyad_coder_free(cc);
            dyad_cameo_free(cam);
        }
    }

    /* validation comparison: multisets of (source, target, code) */
    build(&d, "2014-05-02",
          "Obama Obama PROPN 2 nsubj;visited visit VERB 0 root;Russia Russia PROPN 2 obj;. . PUNCT "
          "2 punct");
    code(c, &d, &ev, &disc);
    dyad_expected exp2[2] = {{"RUS", "USAGOV", "043"}, {"USAGOV", "RUS", "042"}};
    d.expected = exp2;
    d.nexpected = 2;
    CHECK(dyad_coder_check_expected(&d, &ev, disc),
          "validation: same events in another order pass");
    d.nexpected = 1;
    CHECK(!dyad_coder_check_expected(&d, &ev, disc), "validation: a missing expected event fails");
    exp2[1].code = "040";
    d.nexpected = 2;
    CHECK(!dyad_coder_check_expected(&d, &ev, disc), "validation: a wrong code fails");
    dyad_strbuf fb = DYAD_STRBUF_INIT;
    dyad_coder_format_expected(&d, &fb);
    dyad_sb_puts(&fb, " / ");
    dyad_coder_format_events(&ev, &fb);
    CHECK_STR(fb.data, "RUS USAGOV 043, USAGOV RUS 040 / USAGOV RUS 042, RUS USAGOV 043",
              "validation: expected and coded events formatted");
    dyad_sb_free(&fb);
    d.expect_none = true;
    CHECK(!dyad_coder_check_expected(&d, &ev, disc), "validation: noevents fails when coded");
    CHECK(dyad_coder_check_expected(&d, &ev, true), "validation: noevents passes after a discard");
    d.expect_none = false;
    d.expect_error = "storydiscard";
    dyad_event_list empty = {NULL, 0, 0};
    CHECK(dyad_coder_check_expected(&d, &empty, false),
          "validation: error record passes with no events");
    d.expect_error = NULL;
    d.expected = NULL;
    d.nexpected = 0;

    /* random trees (cycles, self-heads, odd relations) must not upset the coder */
    {
        static const char *const vocab[] = {"Russia",   "met",   "with",    "Ukraine", "the",
                                            "minister", "not",   "who",     "he",      "visited",
                                            "and",      "talks", "between", "'s",      "attacked"};
        static const char *const rels[] = {
            "nsubj",     "obj",        "obl",       "nmod",      "conj",     "xcomp",
            "acl:relcl", "advmod",     "case",      "nmod:poss", "compound", "appos",
            "ccomp",     "nsubj:pass", "obl:agent", "root",      "amod",     "flat"};
        static const char *const upos[] = {"NOUN", "PROPN", "VERB", "PRON",
                                           "ADP",  "ADJ",   "AUX",  "PART"};
        unsigned seed = 12345;
        bool sane = true;
        long total = 0;
        for (int iter = 0; iter < 3000; iter++) {
            dyad_strbuf p = DYAD_STRBUF_INIT;
            int n = 1 + (int)((seed = seed * 1103515245u + 12345u) >> 16) % 30;
            for (int i = 0; i < n; i++) {
                unsigned r1 = (seed = seed * 1103515245u + 12345u) >> 8;
                unsigned r2 = (seed = seed * 1103515245u + 12345u) >> 8;
                const char *w = vocab[r1 % DYAD_ARRAY_LEN(vocab)];
                dyad_sb_printf(&p, "%s%s %s %s %d %s", i ? ";" : "", w, w,
                               upos[r2 % DYAD_ARRAY_LEN(upos)], (int)(r2 / 7 % (unsigned)(n + 1)),
                               rels[r1 / 13 % DYAD_ARRAY_LEN(rels)]);
            }
            build(&d, "2014-05-02", p.data);
            dyad_sb_free(&p);
            dyad_event_list l = {NULL, 0, 0};
            bool dd;
            if (dyad_coder_code(c, &d, &l, &dd, &err) != DYAD_OK)
                sane = false;
            for (int32_t i = 0; i < l.n; i++) {
                const dyad_event *e = &l.ev[i];
                sane &= e->source.code[0] && e->target.code[0] &&
                        strcmp(e->source.code, e->target.code) != 0 && e->verb_end <= d.text_len &&
                        e->source.end <= d.text_len && e->target.end <= d.text_len;
            }
            total += l.n;
        }
        CHECK(sane, "3000 random trees coded without error, %ld events all well-formed", total);
    }

    /* events/s of the coder alone (document building is not timed) */
    long events = 0, docs = 0;
    double secs = 0;
    while (secs < 0.2 && docs < 2000000) {
        build(&d, "2014-05-02", S_RUS_MIN_MET_UKR "|" S_RUS_MIN_MET_UKR2);
        dyad_event_list l = {NULL, 0, 0};
        bool dd;
        struct timespec a, b;
        clock_gettime(CLOCK_MONOTONIC, &a);
        dyad_coder_code(c, &d, &l, &dd, &err);
        clock_gettime(CLOCK_MONOTONIC, &b);
        secs += (double)(b.tv_sec - a.tv_sec) + (double)(b.tv_nsec - a.tv_nsec) * 1e-9;
        events += l.n;
        docs++;
    }
    CHECK(events == 3 * docs, "benchmark documents each give three events (040, 042, 043)");
    printf("# coder alone: %.0f events/s, %.0f sentences/s over %ld two-sentence documents\n",
           secs > 0 ? (double)events / secs : 0.0, secs > 0 ? 2.0 * (double)docs / secs : 0.0,
           docs);

    dyad_doc_free(&d);
    /* Tag planning (forms only): a sentence is tagged when it gives the parties an event
     * needs (one: a protest or an agentless arrest codes with one actor, and with dyads_only
     * the arrest still makes a dyad with the story's police), or when it has an actor a
     * later sentence may refer back to. */
    uint8_t plan[8];
    const char *words[64];
    build(&d, "2014-05-02",
          "Russia Russia PROPN 0 _;protested protest VERB 0 _;. . PUNCT 0 _|"
          "Russia Russia PROPN 0 _;met meet VERB 0 _;Ukraine Ukraine PROPN 0 _;. . PUNCT 0 _|"
          "Prices price NOUN 0 _;rose rise VERB 0 _;. . PUNCT 0 _");
    dyad_coder_needs_tags(c, &d, plan, words);
    CHECK(plan[0] == 1 && plan[1] == 1 && plan[2] == 0,
          "tag plan: one party tagged (a one-sided act), two parties tagged, no actor untagged "
          "(%d %d %d)", plan[0], plan[1], plan[2]);
    dyad_coder_options dyads = {.require_dyad = true, .dyads_only = true};
    dyad_coder_set_options(c, &dyads);
    dyad_coder_needs_tags(c, &d, plan, words);
    CHECK(plan[0] == 1 && plan[1] == 1 && plan[2] == 0,
          "tag plan with dyads_only: one party tagged too, two parties tagged (%d %d %d)",
          plan[0], plan[1], plan[2]);
    dyads.dyads_only = false;
    dyad_coder_set_options(c, &dyads);
    build(&d, "2014-05-02",
          "Russia Russia PROPN 0 _;protested protest VERB 0 _;. . PUNCT 0 _|"
          "He he PRON 0 _;met meet VERB 0 _;Ukraine Ukraine PROPN 0 _;. . PUNCT 0 _");
    dyad_coder_needs_tags(c, &d, plan, words);
    CHECK(plan[0] == 1 && plan[1] == 1,
          "tag plan: an actor a later sentence's pronoun may stand for is tagged (%d %d)",
          plan[0], plan[1]);
    /* a verb generalised with WordNet: its events carry the via, its noun codes nothing, and
     * a dictionary verb does not step aside for it */
    build(&d, "2014-05-02",
          "Lavrov Lavrov PROPN 2 nsubj;reproved reprove VERB 0 root;France France PROPN 2 obj;"
          ". . PUNCT 2 punct");
    CHECK_STR(code(c, &d, &ev, &disc), "RUSGOV FRA 111", "a WordNet verb codes with its code");
    CHECK(ev.n == 1 && ev.ev[0].via && strcmp(ev.ev[0].via, "wordnet:reprove->criticize") == 0 &&
              strstr(ev.ev[0].pattern, "wordnet:reprove->criticize") != NULL,
          "its event says via wordnet:reprove->criticize (event and pattern evidence)");
    build(&d, "2014-05-02", S_RUS_MIN_MET_UKR);
    CHECK(code(c, &d, &ev, &disc) && ev.n == 1 && ev.ev[0].via == NULL,
          "a dictionary verb's event has no via");
    build(&d, "2014-05-02",
          "Lavrov Lavrov PROPN 3 nmod:poss;'s 's PART 1 case;reprove reprove NOUN 6 nsubj;"
          "of of ADP 5 case;France France PROPN 3 nmod;angered anger VERB 0 root;"
          "Paris Paris PROPN 6 obj;. . PUNCT 6 punct");
    CHECK_STR(code(c, &d, &ev, &disc), "", "a WordNet verb's noun codes no nominal event");
    build(&d, "2014-05-02",
          "Lavrov Lavrov PROPN 2 nsubj;agreed agree VERB 0 root;to to PART 4 mark;"
          "reprove reprove VERB 2 xcomp;Germany Germany PROPN 4 obj;. . PUNCT 2 punct");
    CHECK_STR(code(c, &d, &ev, &disc), "RUSGOV DEU 030",
              "a WordNet verb under a dictionary verb yields: 'agreed to reprove X' is coded as "
              "without it");
    /* a border phrase hung on the verb places the act at the border, in neither country: it
     * gives an agent with no country none ("attacked rebels near the Ukrainian border") */
    build(&d, "2014-05-02",
          "Russian Russian ADJ 2 amod;soldiers soldier NOUN 3 nsubj;attacked attack VERB 0 root;"
          "rebels rebel NOUN 3 obj;near near ADP 8 case;the the DET 8 det;"
          "Ukrainian Ukrainian ADJ 8 amod;border border NOUN 3 obl;. . PUNCT 3 punct");
    CHECK_STR(code(c, &d, &ev, &disc), "RUSMIL ---REB 190",
              "a border oblique gives the target no country");
    dyad_doc_free(&d);
    dyad_coder_free(c);
    CHECK_EXIT();
}
