/* coder_event.c — the last step of coding: one event from a source, a target and a code, with
 * its CAMEO fields (Goldstein value, quad class, PLOVER category), evidence and issues; the
 * events not kept (self-events, repeats, statements to the press, a missing target where one
 * is needed). */
#include "coder/coder_internal.h"

#include <string.h>

#include "base/strbuf.h"
#include "coder/cameo.h"

/* Goldstein value, quad class and PLOVER category by CAMEO root ("01".."20"): the root-level
 * values of the CAMEO manual and the root rows of CAMEO_to_PLOVER.txt. */
static const struct {
    double goldstein;
    int quad;
    const char *plover;
} root_info[21] = {
    {0, 0, ""},
    {0.0, 1, ""},
    {3.0, 1, ""},
    {4.0, 1, "AGREE"},
    {1.0, 1, "CONSULT"},
    {3.5, 1, "SUPPORT"},
    {6.0, 2, "COOPERATE"},
    {7.0, 2, "AID"},
    {5.0, 2, "CONCEDE"},
    {-2.0, 3, "ACCUSE"},
    {-5.0, 3, "REQUEST"},
    {-2.0, 3, "ACCUSE"},
    {-4.0, 3, "REJECT"},
    {-6.0, 3, "THREATEN"},
    {-6.5, 4, "PROTEST"},
    {-7.2, 4, "MOBILIZE"},
    {-4.0, 4, "SANCTION"},
    {-7.0, 4, "COERCE"},
    {-9.0, 4, "ASSAULT"},
    {-10.0, 4, "ASSAULT"},
    {-10.0, 4, "ASSAULT"},
};

static bool same_event(const dyad_event *e, const char *src, const char *tgt, const char *code,
                       int32_t si)
{
    return e->sent == si && strcmp(e->source.code, src) == 0 && strcmp(e->target.code, tgt) == 0 &&
           strcmp(e->code, code) == 0;
}

/* The issue codes the words of x's sentence name, comma-separated ("" when none). */
static const char *issues_of(dyad_coder_sent *x)
{
    const dyad_coder_lex *l = &x->c->lex;
    if (!l->issue)
        return "";
    dyad_strbuf sb = DYAD_STRBUF_INIT;
    for (int32_t i = 0; i < x->s->n; i++) {
        const char *code = NULL;
        int len = l->issue(l->ctx, x->form + i, x->s->n - i, &code);
        if (len > 0 && !code) { /* a negation ("~phrase"): these words carry no issue */
            i += len - 1;
            continue;
        }
        if (len > 0 && code) {
            size_t cl = strlen(code);
            const char *p = sb.data ? strstr(sb.data, code) : NULL;
            bool dup = p && (p == sb.data || p[-1] == ',') && (p[cl] == 0 || p[cl] == ',');
            if (!dup) {
                if (sb.len)
                    dyad_sb_putc(&sb, ',');
                dyad_sb_puts(&sb, code);
            }
            i += len - 1;
        }
    }
    const char *r = sb.len ? dyad_arena_strdup(&x->doc->arena, sb.data) : "";
    dyad_sb_free(&sb);
    return r ? r : "";
}

/* A statement (01x) addressed to someone; not responsibility or sympathy (015-018), whose
 * other side is the one harmed. */
static bool addressed(const char *code)
{
    return strncmp(code, "01", 2) == 0 && strncmp(code, "015", 3) != 0 &&
           strncmp(code, "016", 3) != 0 && strncmp(code, "017", 3) != 0 &&
           strncmp(code, "018", 3) != 0;
}

/* A statement (01x), or talks (040, 041), whose other side is the media: journalists are no
 * political addressee (docs/CODEBOOK.md §4: "told the BBC" is not an event). Responsibility
 * and sympathy (015-018) are not addressed to anyone: their other side is the one harmed
 * ("accepted responsibility for the murder of a journalist"). */
static bool to_the_press(const char *code, const dyad_coder_actor *tgt)
{
    const char *agent = tgt->a.agent ? tgt->a.agent : "";
    bool talk = addressed(code) || strcmp(code, "040") == 0 || strcmp(code, "041") == 0;
    return talk && strcmp(agent, "MED") == 0;
}

/* A statement (010-014, 019) to a court, jury or tribunal as such ("told the court", "told the
 * jury"): testimony in a trial, no political address. A judge or court named as a party
 * ("told Judge X that the government ...") stays. */
static bool to_the_bench(const dyad_coder_sent *x, const char *code, const dyad_coder_actor *tgt)
{
    static const char *const benches[] = {"court", "jury", "tribunal", "hearing", "inquest"};
    bool said = addressed(code);
    const char *agent = tgt->a.agent ? tgt->a.agent : "";
    return said && strcmp(agent, "JUD") == 0 && tgt->head >= 0 && tgt->head < x->s->n &&
           dyad_coder_is_any(x->form[tgt->head], benches, DYAD_ARRAY_LEN(benches));
}

/* A visit (042, 043) whose traveller is a civilian or a refugee and whose other side is a
 * place or no organ of a state ("millions of pilgrims arrive in Mecca", "tourists visited
 * Thailand", "the boy was welcome to come and tour the company"): travel, no political act
 * (docs/CODEBOOK.md §1.4). A state that hosts them ("the president hosted the students")
 * stays. */
static bool private_travel(const char *code, const dyad_coder_actor *src,
                           const dyad_coder_actor *tgt)
{
    static const char *const private_agents[] = {"", "CVL", "REF", "BUS", "MED", "EDU",
                                                 "REL", "HLH", "LAB", "AGR"};
    bool hosted = strncmp(code, "043", 3) == 0;
    if (!hosted && strncmp(code, "042", 3) != 0)
        return false;
    const dyad_coder_actor *who = hosted ? tgt : src, *other = hosted ? src : tgt;
    const char *agent = who->a.agent ? who->a.agent : "";
    const char *oagent = other->a.agent ? other->a.agent : "";
    bool state_host = strncmp(other->a.code, "IGO", 3) == 0 ||
                      (dyad_coder_country_root(other->a.root) &&
                       !dyad_coder_is_any(oagent, private_agents, DYAD_ARRAY_LEN(private_agents)));
    return (strcmp(agent, "CVL") == 0 || strcmp(agent, "REF") == 0) && !state_host;
}

/* A withdrawal (087x) whose target is the withdrawer's own forces ("India withdrew its
 * troops", its troops INDMIL): what is withdrawn, not another party. */
static bool own_forces_withdrawn(const char *code, const dyad_coder_actor *src,
                                 const dyad_coder_actor *tgt)
{
    return strncmp(code, "087", 3) == 0 && strncmp(src->a.code, tgt->a.code, 3) == 0 &&
           strncmp(src->a.code, "---", 3) != 0 && tgt->a.agent && strcmp(tgt->a.agent, "MIL") == 0;
}

bool dyad_coder_actor_only(const char *code)
{
    return code && (strncmp(code, "14", 2) == 0 || strncmp(code, "15", 2) == 0);
}

/* a and b are two people of one code named in the sentence itself ("Prime Minister Boris
 * Johnson asked Queen Elizabeth II", both GBRGOV): two parties, not an actor acting on itself.
 * Both are names the dictionaries list as different people, neither a dependent of the other
 * ("Sanders and Obama"); a pronoun or a phrase that borrows an earlier actor is not. */
static bool two_people(const dyad_coder_sent *x, const dyad_coder_actor *a,
                       const dyad_coder_actor *b)
{
    if (a->kind != DYAD_CODER_PERSON || b->kind != DYAD_CODER_PERSON || a->head < 0 ||
        x->s->tok[a->head].head == b->head + 1 || x->s->tok[b->head].head == a->head + 1 ||
        b->head < 0 || a->head == b->head || a->via >= 0 || b->via >= 0 || !a->a.entry[0] ||
        !b->a.entry[0] || strcmp(a->a.entry, b->a.entry) == 0)
        return false;
    return x->s->tok[a->head].upos == DYAD_UPOS_PROPN && x->s->tok[b->head].upos == DYAD_UPOS_PROPN;
}

int dyad_coder_emit(dyad_coder_sent *x, const dyad_coder_actor *src, const dyad_coder_actor *tgt,
                    const char *code, int32_t v, const char *pattern, const char *note,
                    dyad_event_list *out, dyad_err *err)
{
    if (!code || !*code || code[0] == '-' || !src->a.code[0])
        return DYAD_OK;
    if (!tgt->a.code[0] && (x->c->opt.dyads_only || !dyad_coder_actor_only(code)))
        return DYAD_OK; /* a target is needed, but for the one-sided acts */
    dyad_coder_actor s2, t2; /* "Police detained ..." in a story about China: CHNCOP */
    bool s_story = dyad_coder_story_actor(x, src, tgt, &s2);
    bool t_story = dyad_coder_story_actor(x, tgt, src, &t2);
    if (s_story)
        src = &s2;
    else if (dyad_coder_placed_actor(x, v, src, tgt, &s2))
        src = &s2; /* "protesters clashed with Ecuadorian police in Quito": ECUOPP */
    if (!t_story && dyad_coder_story_victim(x, code, tgt, src, &t2))
        t_story = true; /* "American forces killed a cleric" in a story about Iraq: IRQREL */
    if (t_story)
        tgt = &t2;
    else if (dyad_coder_placed_actor(x, v, tgt, src, &t2))
        tgt = &t2; /* "Ecuadorian soldiers shot protesters in Quito": ECUOPP */
    else if (dyad_coder_jurisdiction(x, code, src, tgt, &t2))
        tgt = &t2; /* "a Turkish court sentenced two people smugglers": TURCRM */
    dyad_coder_actor s3, t3; /* "Moscow accused Kyiv": the capitals' governments, but
                              * "visited Kyiv" goes to a place (UKR, as PETRARCH codes visits) */
    if (!dyad_coder_travel(x, v)) {
        src = dyad_coder_as_party(src, &s3);
        tgt = dyad_coder_as_party(tgt, &t3);
    }
    if (strcmp(src->a.code, tgt->a.code) == 0 &&
        ((strncmp(code, "01", 2) == 0 && strcmp(code, "018") != 0) || !two_people(x, src, tgt)))
        return DYAD_OK; /* no self-events */
    if (to_the_press(code, tgt))
        return DYAD_OK; /* "told reporters", "speaking to NBC": no political addressee */
    if (to_the_bench(x, code, tgt))
        return DYAD_OK; /* "told the court": a witness's testimony */
    if (private_travel(code, src, tgt))
        return DYAD_OK; /* "pilgrims arrived in Mecca": travel, not politics */
    if (own_forces_withdrawn(code, src, tgt))
        return DYAD_OK; /* "India withdrew its troops": from no one named */
    for (int32_t i = 0; i < out->n; i++)
        if (same_event(&out->ev[i], src->a.code, tgt->a.code, code, x->si))
            return DYAD_OK;
    if (out->n == out->cap) {
        int32_t cap = out->cap ? out->cap * 2 : 8;
        dyad_event *ev = dyad_arena_alloc(&x->doc->arena, (size_t)cap * sizeof *ev);
        if (!ev)
            return dyad_err_set(err, DYAD_ENOMEM, "out of memory");
        if (out->n)
            memcpy(ev, out->ev, (size_t)out->n * sizeof *ev);
        out->ev = ev;
        out->cap = cap;
    }
    dyad_event *e = &out->ev[out->n];
    memset(e, 0, sizeof *e);
    e->sent = x->si;
    e->source = src->a;
    e->target = tgt->a;
    e->code = code;
    char root[3] = {code[0], code[1] ? code[1] : 0, 0};
    e->root = dyad_arena_strdup(&x->doc->arena, root);
    int r = (code[0] - '0') * 10 + (code[1] - '0');
    if (r < 0 || r > 20)
        r = 0;
    e->goldstein = root_info[r].goldstein;
    e->quad = root_info[r].quad;
    e->plover = root_info[r].plover;
    if (x->c->cameo) /* the table's values for the full code, where it has them */
        dyad_cameo_fill_event(x->c->cameo, e);
    const dyad_token *t = &x->s->tok[v];
    e->verb = dyad_arena_strndup(&x->doc->arena, x->doc->text + t->start, t->end - t->start);
    e->verb_start = t->start;
    e->verb_end = t->end;
    e->pattern = pattern ? pattern : "";
    if (!x->issues)
        x->issues = issues_of(x);
    e->issues = x->issues;
    e->note = note ? note : "";
    if (s_story || t_story) {
        const char *add = s_story && t_story ? "story country"
                          : s_story          ? "source country from story"
                                             : "target country from story";
        size_t ln = strlen(e->note), la = strlen(add);
        char *nn = dyad_arena_alloc(&x->doc->arena, ln + la + 2);
        if (!nn)
            return dyad_err_set(err, DYAD_ENOMEM, "out of memory");
        memcpy(nn, e->note, ln);
        nn[ln] = ln ? ',' : 0;
        memcpy(nn + (ln ? ln + 1 : 0), add, la + 1);
        e->note = nn;
    }
    if (!e->root || !e->verb)
        return dyad_err_set(err, DYAD_ENOMEM, "out of memory");
    out->n++;
    return DYAD_OK;
}
