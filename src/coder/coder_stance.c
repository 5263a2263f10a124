/* coder_stance.c — how the sentence presents a coded act, read from its predicate-argument frame
 * (src/frames): as having happened, as an intent or a threat of its actor, as something one
 * actor asks or demands of another, as an allegation of a speaker, or as no event at all
 * (possible, conditional, hypothetical, asked about, wanted, failed, denied, only believed).
 * The CAMEO side of it: which code an intent, threat, appeal or demand about an act takes
 * (docs/CODEBOOK.md §2). */
#include "coder/coder_internal.h"

#include <string.h>

const dyad_frames *dyad_coder_frames(dyad_coder_sent *x)
{
    if (x->frames_built)
        return x->frames_ok ? &x->frames : NULL;
    x->frames_built = true;
    dyad_err err;
    x->frames_ok = dyad_frames_build(x->s, x->lemma, x->frames_arena ? x->frames_arena
                                                                      : &x->doc->arena,
                                     &x->frames, &err) == DYAD_OK;
    return x->frames_ok ? &x->frames : NULL;
}

/* The frame whose content fr reports: its speech frame, or NULL. */
static const dyad_frame *speech_of(const dyad_frames *f, const dyad_frame *fr)
{
    return fr->said_frame >= 0 && fr->said_frame < f->n ? &f->frame[fr->said_frame] : NULL;
}

/* The first participant (not an apposition) of fr with this role, -1 when none. */
static int32_t first_arg(const dyad_frame *fr, dyad_role role)
{
    for (int k = 0;; k++) {
        const dyad_farg *a = dyad_frame_arg(fr, role, k);
        if (!a)
            return -1;
        if (a->via != DYAD_VIA_APPOS)
            return a->word;
    }
}

/* PETRARCH's convention: an act is coded as stated, but for one in a condition of its own ("if
 * X attacks Y") or one refused, declined or failed ("refused to meet"). */
static void literal_stance(dyad_coder_sent *x, int32_t v, const dyad_frame *fr,
                           dyad_coder_stance *st)
{
    static const char *const conditions[] = {"if", "unless"};
    int32_t m = dyad_coder_kid(x, v, "mark");
    bool condition = m >= 0 && dyad_coder_is_any(x->lemma[m], conditions,
                                                 DYAD_ARRAY_LEN(conditions));
    if (condition || fr->attitude == DYAD_ATT_FAIL ||
        (fr->attitude == DYAD_ATT_REFUSE && strcmp(fr->rel, "xcomp") == 0)) {
        st->kind = DYAD_STANCE_DROP;
        st->why = condition ? "conditional" : dyad_attitude_name(fr->attitude);
    }
}

/* The governing frame fr is embedded in as a complement, adverbial or modifier clause (not as
 * reported speech, a relative clause, a conjunct or a parallel clause, which are asserted in
 * their own right), or NULL. */
static const dyad_frame *embedding(const dyad_frames *f, const dyad_frame *fr)
{
    if (fr->gov < 0 || fr->gov >= f->n || !fr->rel)
        return NULL;
    bool embedded = !strcmp(fr->rel, "xcomp") || !strcmp(fr->rel, "advcl") ||
                    !strcmp(fr->rel, "acl"); /* a relative clause is asserted: not acl:relcl */
    return embedded ? &f->frame[fr->gov] : NULL;
}

static void stance_of(dyad_coder_sent *x, int32_t v, dyad_coder_stance *st, int depth);

void dyad_coder_stance_of(dyad_coder_sent *x, int32_t v, bool literal, dyad_coder_stance *st)
{
    if (literal) {
        memset(st, 0, sizeof *st);
        st->kind = DYAD_STANCE_FACT;
        st->source = st->target = st->asker = st->asker_verb = st->speaker = -1;
        st->why = "";
        const dyad_frames *f = dyad_coder_frames(x);
        const dyad_frame *fr = f ? dyad_frames_of_word(f, v) : NULL;
        if (fr)
            literal_stance(x, v, fr, st);
        return;
    }
    stance_of(x, v, st, 0);
}

/* v is a gerund an act is restricted to ("restrictions on flying to Cuba", "a ban on travelling
 * to Iran", "sanctions against doing business with X"): what is banned, not done. The parser
 * may hang it from the noun or from the noun's verb, with its preposition as a marker. */
static bool restricted(const dyad_coder_sent *x, int32_t v)
{
    static const char *const bans[] = {"restriction", "restrictions", "ban",     "bans",
                                       "limit",       "limits",       "curb",    "curbs",
                                       "embargo",     "moratorium",   "prohibition", "sanctions",
                                       "freeze"};
    const char *xp = x->s->tok[v].xpos ? x->s->tok[v].xpos : "";
    int32_t mk = dyad_coder_kid(x, v, "mark");
    if (strcmp(xp, "VBG") != 0 || mk < 1 ||
        !(dyad_coder_is(x->lemma[mk], "on") || dyad_coder_is(x->lemma[mk], "against")))
        return false;
    return dyad_coder_is_any(x->form[mk - 1], bans, DYAD_ARRAY_LEN(bans));
}

static void stance_of(dyad_coder_sent *x, int32_t v, dyad_coder_stance *st, int depth)
{
    memset(st, 0, sizeof *st);
    st->kind = DYAD_STANCE_FACT;
    st->source = st->target = st->asker = st->speaker = -1;
    st->why = "";
    if (restricted(x, v)) {
        st->kind = DYAD_STANCE_DROP;
        st->why = "restricted";
        return;
    }
    const dyad_frames *f = dyad_coder_frames(x);
    const dyad_frame *fr = f ? dyad_frames_of_word(f, v) : NULL;
    if (!fr)
        return;
    if (fr->purpose) {
        /* "met in Berlin to discuss Iran": what a meeting is for is neither its target nor an
         * act that happened */
        st->kind = DYAD_STANCE_DROP;
        st->why = "purpose";
        return;
    }
    if (fr->rel && !strcmp(fr->rel, "acl") && dyad_coder_kid(x, v, "mark") >= 0 &&
        dyad_coder_is(x->lemma[dyad_coder_kid(x, v, "mark")], "to") &&
        fr->head >= 0 && x->s->tok[fr->head].upos == DYAD_UPOS_NOUN) {
        /* "Peru's bid to join the OECD", "a plan to attack": nobody's act yet */
        st->kind = DYAD_STANCE_DROP;
        st->why = "planned";
        return;
    }
    st->negative = fr->polarity == DYAD_POL_NEGATIVE;
    int32_t mk = dyad_coder_kid(x, v, "mark");
    if (fr->rel && (strcmp(fr->rel, "advcl") == 0 || strcmp(fr->rel, "acl") == 0 ||
                    strcmp(fr->rel, "xcomp") == 0) &&
        mk >= 0 && (dyad_coder_is(x->lemma[mk], "against") || dyad_coder_is(x->lemma[mk], "from"))) {
        /* "warned Russia against invading Ukraine", "barred the envoy from entering",
         * "refrained from attacking": what one is warned, kept or refrains from is not done */
        st->kind = DYAD_STANCE_DROP;
        st->why = "kept from";
        return;
    }
    if (fr->rel && (strcmp(fr->rel, "advcl") == 0 || strcmp(fr->rel, "acl") == 0) && mk >= 0 &&
        dyad_coder_is(x->lemma[mk], "for")) {
        /* "attacked Lavrov for supporting the rebels", "jailed a journalist for helping rebels"
         * (the parser may hang it on the object): the reason for praise or blame is the
         * speaker's charge, not an act the sentence reports */
        st->kind = DYAD_STANCE_DROP;
        st->why = "reason";
        return;
    }
    if (fr->att_frame >= 0 && fr->att_frame < f->n) {
        /* "might have urged X to leave", "did not ask X to leave": what the governing act
         * does not assert, its complement does not either */
        const dyad_frame *g = &f->frame[fr->att_frame];
        if (g->polarity == DYAD_POL_NEGATIVE || g->modality == DYAD_MOD_POSSIBLE ||
            g->modality == DYAD_MOD_CONDITIONAL || g->modality == DYAD_MOD_QUESTION) {
            st->kind = DYAD_STANCE_DROP;
            st->why = "governor";
            return;
        }
    }
    switch (fr->modality) {
    case DYAD_MOD_HYPOTHETICAL:
        if (speech_of(f, fr) && fr->speaker >= 0) {
            /* "announced that she would launch an inquiry": the future of reported speech */
            st->kind = DYAD_STANCE_INTENT;
            st->why = "future";
            break;
        }
        /* fall through */
    case DYAD_MOD_POSSIBLE:
    case DYAD_MOD_CONDITIONAL:
    case DYAD_MOD_QUESTION:
        st->kind = DYAD_STANCE_DROP;
        st->why = dyad_modality_name(fr->modality);
        return;
    case DYAD_MOD_FUTURE:
        st->kind = DYAD_STANCE_INTENT;
        st->why = "future";
        break;
    case DYAD_MOD_NECESSARY: {
        /* "Japan said China must release the fishermen": Japan demands it of China */
        const dyad_frame *sp = speech_of(f, fr);
        if (!sp || fr->speaker < 0) {
            st->kind = DYAD_STANCE_DROP;
            st->why = "necessary";
            return;
        }
        st->kind = DYAD_STANCE_DEMAND;
        st->asker = fr->speaker;
        st->why = "demanded";
        return;
    }
    default:
        break;
    }
    switch (fr->attitude) {
    case DYAD_ATT_INTEND:
    case DYAD_ATT_PROMISE:
    case DYAD_ATT_OFFER:
    case DYAD_ATT_AGREE:
        st->kind = DYAD_STANCE_INTENT;
        st->why = dyad_attitude_name(fr->attitude);
        return;
    case DYAD_ATT_THREATEN:
        st->kind = DYAD_STANCE_THREAT;
        st->why = "threatened";
        return;
    case DYAD_ATT_ASK:
    case DYAD_ATT_DEMAND: {
        /* "Trudeau urged Modi to expel the envoys": the request is the event, from the one who
         * asks to the one asked (the embedded act's agent) */
        const dyad_frame *g = fr->att_frame >= 0 && fr->att_frame < f->n ? &f->frame[fr->att_frame]
                                                                        : NULL;
        st->kind = fr->attitude == DYAD_ATT_ASK ? DYAD_STANCE_APPEAL : DYAD_STANCE_DEMAND;
        st->asker = g ? first_arg(g, DYAD_ROLE_AGENT) : -1;
        st->asker_verb = fr->att_word;
        st->why = dyad_attitude_name(fr->attitude);
        return;
    }
    case DYAD_ATT_WANT:
    case DYAD_ATT_REFUSE:
    case DYAD_ATT_FAIL:
    case DYAD_ATT_DENY:
    case DYAD_ATT_CONSIDER:
        st->kind = DYAD_STANCE_DROP;
        st->why = dyad_attitude_name(fr->attitude);
        return;
    default:
        break;
    }
    const dyad_frame *g = embedding(f, fr);
    if (g && depth < 4) {
        /* "jailed X for helping rebels join a group": what is embedded in an act that is no
         * event (a reason, a purpose, a plan) is none either */
        dyad_coder_stance gs;
        stance_of(x, g->pred, &gs, depth + 1);
        if (gs.kind == DYAD_STANCE_DROP) {
            st->kind = DYAD_STANCE_DROP;
            st->why = gs.why;
            return;
        }
        if (gs.kind == DYAD_STANCE_ALLEGED && st->kind == DYAD_STANCE_FACT) {
            /* "alleged Mahan had contributed to suffering by supporting Assad": the means of
             * an alleged act is alleged too */
            st->kind = DYAD_STANCE_ALLEGED;
            st->asker = gs.asker;
            st->why = gs.why;
            return;
        }
    }
    const dyad_frame *sp = speech_of(f, fr);
    if (st->kind == DYAD_STANCE_FACT) /* "X said", also "according to X" (no speech frame) */
        st->speaker = fr->speaker;
    if (sp && st->kind == DYAD_STANCE_FACT) {
        if (sp->say == DYAD_SAY_THINK) {
            st->kind = DYAD_STANCE_DROP; /* "officials believe X attacked": not asserted */
            st->why = "believed";
        } else if ((sp->say == DYAD_SAY_ALLEGE || sp->say == DYAD_SAY_CLAIM) && fr->speaker >= 0) {
            st->kind = DYAD_STANCE_ALLEGED; /* the accusation is the event, not the act */
            st->asker = fr->speaker;
            st->why = "alleged";
        } else if (sp->say == DYAD_SAY_ALLEGE || sp->say == DYAD_SAY_CLAIM) {
            st->kind = DYAD_STANCE_DROP; /* "it is alleged that X attacked": an allegation
                                          * nobody is named making, and not an act */
            st->why = "alleged";
        }
    }
}

/* CAMEO roots 01..20 of a code ("190" -> 19), 0 when it has none. */
static int root_of(const char *code)
{
    if (!code || code[0] < '0' || code[0] > '9' || code[1] < '0' || code[1] > '9')
        return 0;
    return (code[0] - '0') * 10 + (code[1] - '0');
}

/* A code's third digit (the "3" of "163" and of "0831"): the act within its root; -1 for a
 * root alone. */
static int sub_of(const char *code)
{
    return strlen(code) >= 3 && code[2] >= '0' && code[2] <= '9' ? code[2] - '0' : -1;
}

/* One mapping: an act (root, and sub-code or -1 for any) to the code of the intent, threat,
 * appeal or demand about it. */
typedef struct stance_map {
    int root, sub;
    const char *code;
} stance_map;

/* Intent (03x) to do a cooperative act, threat (13x) to do a hostile one: CAMEO's parallel
 * sub-codes. First match wins, so specific rows come before their root's row. */
static const stance_map intent_map[] = {
    {3, -1, NULL}, /* intent stays intent: the code itself (see stance_code) */
    {4, -1, "036"},  {5, 7, "037"}, {5, -1, "032"},  {6, 1, "0311"}, {6, 2, "0312"},
    {6, 3, "0313"},  {6, 4, "0314"}, {6, -1, "031"}, {7, 1, "0331"}, {7, 2, "0332"},
    {7, 3, "0333"},  {7, 4, "0334"}, {7, -1, "033"}, {8, 1, "0351"}, {8, 2, "0352"}, {8, 3, "034"},
    {8, 4, "0353"},  {8, 5, "0354"}, {8, 6, "0355"}, {8, 7, "0356"}, {8, -1, "035"},
    {13, -1, NULL},
    {14, -1, "133"}, {15, -1, "130"}, {16, 1, "1313"}, {16, 2, "1311"}, {16, 3, "1312"},
    {16, 4, "134"},  {16, 5, "135"}, {16, 6, "136"}, {16, -1, "131"}, {17, 2, "132"},
    {17, 3, "137"},  {17, 4, "137"}, {17, 5, "137"}, {17, -1, "130"}, {18, -1, "1383"},
    {19, 1, "1381"}, {19, 2, "1382"}, {19, -1, "1384"}, {20, 4, "1385"}, {20, -1, "138"},
};

/* Appeal (02x) for, or demand (10x) of, an act: the act asked for picks the sub-code. */
static const stance_map appeal_map[] = {
    {4, -1, "026"},  {5, -1, "022"},  {6, 1, "0211"}, {6, 2, "0212"}, {6, 3, "0213"},
    {6, 4, "0214"},  {6, -1, "021"},  {7, 1, "0231"}, {7, 2, "0232"}, {7, 3, "0233"},
    {7, 4, "0234"},  {7, -1, "023"},  {8, 1, "0251"}, {8, 2, "0252"}, {8, 3, "024"},  {8, 4, "0253"},
    {8, 5, "0254"},  {8, 6, "0255"},  {8, 7, "0256"}, {8, -1, "025"},
};
static const stance_map demand_map[] = {
    {4, -1, "106"},  {5, -1, "102"},  {6, 1, "1011"}, {6, 2, "1012"}, {6, 3, "1013"},
    {6, 4, "1014"},  {6, -1, "101"},  {7, 1, "1031"}, {7, 2, "1032"}, {7, 3, "1033"},
    {7, 4, "1034"},  {7, -1, "103"},  {8, 1, "1051"}, {8, 2, "1052"}, {8, 3, "104"},  {8, 4, "1053"},
    {8, 5, "1054"},  {8, 6, "1055"},  {8, 7, "1056"}, {8, -1, "105"},
};

/* The code of the stance about act code by row m: yielding to reform (083) keeps its kind
 * (0831 leadership, 0832 policy, 0833 rights, 0834 institutions) in the fourth digit of the
 * intent, appeal or demand for reform (0341, 0241, 1041 ...). */
static const char *mapped(const stance_map *m, const char *code)
{
    static const char *const reform[][5] = {{"034", "0341", "0342", "0343", "0344"},
                                            {"024", "0241", "0242", "0243", "0244"},
                                            {"104", "1041", "1042", "1043", "1044"}};
    if (m->root != 8 || m->sub != 3 || strlen(code) != 4 || code[3] < '1' || code[3] > '4')
        return m->code;
    for (size_t i = 0; i < DYAD_ARRAY_LEN(reform); i++)
        if (strcmp(m->code, reform[i][0]) == 0)
            return reform[i][code[3] - '0'];
    return m->code;
}

static const stance_map *lookup(const stance_map *m, size_t n, const char *code, bool *found)
{
    int r = root_of(code), sub = sub_of(code);
    for (size_t i = 0; i < n; i++)
        if (m[i].root == r && (m[i].sub < 0 || m[i].sub == sub)) {
            *found = true;
            return &m[i];
        }
    *found = false;
    return NULL;
}

const char *dyad_coder_stance_code(dyad_stance_kind k, const char *code)
{
    bool found = false;
    const stance_map *m;
    switch (k) {
    case DYAD_STANCE_FACT:
        return code;
    case DYAD_STANCE_INTENT:
    case DYAD_STANCE_THREAT:
        /* the administrative sanctions have a threat each: 1721..1724 -> 1321..1324 */
        if (k == DYAD_STANCE_THREAT && strncmp(code, "172", 3) == 0 && code[3] >= '1' &&
            code[3] <= '4' && !code[4])
            return code[3] == '1'   ? "1321"
                   : code[3] == '2' ? "1322"
                   : code[3] == '3' ? "1323"
                                    : "1324";
        m = lookup(intent_map, DYAD_ARRAY_LEN(intent_map), code, &found);
        if (!found) /* statements, appeals, investigations, verbal conflict: CAMEO has no
                       intent code for them; announcing one is making it */
            return k == DYAD_STANCE_INTENT ? code : "130";
        if (!m->code)
            return root_of(code) == 13 || k == DYAD_STANCE_INTENT ? code : "130";
        if (k == DYAD_STANCE_THREAT && m->code[0] == '0')
            return "130"; /* "threatened to withdraw": a threat whatever the act */
        return mapped(m, code);
    case DYAD_STANCE_APPEAL:
        m = lookup(appeal_map, DYAD_ARRAY_LEN(appeal_map), code, &found);
        return found ? mapped(m, code) : "020";
    case DYAD_STANCE_DEMAND:
        m = lookup(demand_map, DYAD_ARRAY_LEN(demand_map), code, &found);
        return found ? mapped(m, code) : "100";
    case DYAD_STANCE_ALLEGED:
        return root_of(code) >= 9 ? "112" : NULL; /* claims of cooperation accuse nobody */
    case DYAD_STANCE_DROP:
        break;
    }
    return NULL;
}
