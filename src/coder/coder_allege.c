/* coder_allege.c — accusations the verb dictionary cannot see (docs/CODEBOOK.md §2: an
 * allegation of wrongdoing against a named actor is 112). Four shapes:
 * - a speaker says, claims or alleges that an actor does wrong, with a verb of wrongdoing the
 *   dictionary does not code ("Iraqi protesters claimed Iran is unduly influencing their
 *   government", "the opposition said the government is hiding the death toll", "according to
 *   X, the army lied"): 112 (1121 for fraud and theft, 1122 for repression and torture) from
 *   the speaker to the wrongdoer (also the speaker of a quotation it stands in); "allege" and
 *   "accuse" code any act themselves (verbs.dict);
 * - a naming verb puts an act in terms of wrongdoing ("described the bombing as designed to
 *   terrorise civilians", "characterised the raid as an act of terrorism"): 112 from the
 *   namer to the act's doer (coder_verdict.c finds the doer, coder_anaphor.c the act);
 * - an actor cites another's wrongdoing ("Kenya cited the Ugandan government's repression of
 *   journalists"): 112 or its sub-code from the one who cites to the wrongdoer;
 * - an actor is said to be, or held, responsible for a harm ("Kenya said the rebels were
 *   responsible for the attack", "held X responsible for the killings", "said X was behind the
 *   bombing"): 112 from the speaker or the one who holds to the one blamed.
 * A negated, questioned, supposed or only believed content is none; so is a report ("Reuters
 * reported ..."), a speaker with no actor, and one's accusation of itself. The words found
 * here are counted by the parse plan through dyad_coder_verdict_word. */
#include "coder/coder_internal.h"

#include <pthread.h>
#include <string.h>
#include <strings.h>

#include "base/strbuf.h"
#include "coder/coder_words.h"

/* A verb of wrongdoing: its forms ("|"-separated), its code, and what it needs to be one:
 * nothing, an object ("hiding the figures", not "leaders hiding in the hills"), an object of
 * the law-like or terror-like list ("ignored the law", "funds terrorists"), a harm as object
 * or to-phrase ("caused deaths", "contributed to human suffering"), or a particle ("cover up"). */
typedef enum { ANY = 0, OBJECT, LAW_OBJECT, PARTICLE_UP, TERROR_OBJECT, HARM_RESULT } wrong_need;

typedef struct wrong_verb {
    const char *forms;
    const char *code;
    wrong_need need;
} wrong_verb;

static const wrong_verb wrong_verbs[] = {
    /* deceit and concealment */
    {"hide|hides|hid|hidden|hiding", "112", OBJECT},
    {"conceal|conceals|concealed|concealing", "112", OBJECT},
    {"cover|covers|covered|covering", "112", PARTICLE_UP},
    {"lied|lying", "112", ANY},
    {"mislead|misleads|misled|misleading", "112", ANY},
    {"deceive|deceives|deceived|deceiving", "112", ANY},
    {"falsify|falsifies|falsified|falsifying", "112", ANY},
    {"fabricate|fabricates|fabricated|fabricating", "112", ANY},
    /* fraud and theft */
    {"rig|rigs|rigged|rigging", "1121", ANY},
    {"steal|steals|stole|stolen|stealing", "1121", ANY},
    {"embezzle|embezzles|embezzled|embezzling", "1121", ANY},
    {"bribe|bribes|bribed|bribing", "1121", ANY},
    {"launder|launders|laundered|laundering", "1121", ANY},
    {"smuggle|smuggles|smuggled|smuggling", "1121", ANY},
    {"cheat|cheats|cheated|cheating", "1121", ANY},
    /* meddling and subversion */
    {"interfere|interferes|interfered|interfering", "112", ANY},
    {"meddle|meddles|meddled|meddling", "112", ANY},
    {"collude|colludes|colluded|colluding", "112", ANY},
    {"conspire|conspires|conspired|conspiring", "112", ANY},
    {"sabotage|sabotages|sabotaged|sabotaging", "112", ANY},
    {"undermine|undermines|undermined|undermining", "112", ANY},
    {"obstruct|obstructs|obstructed|obstructing", "112", ANY},
    {"intimidate|intimidates|intimidated|intimidating", "112", ANY},
    {"terrorise|terrorises|terrorised|terrorising|terrorize|terrorizes|terrorized|terrorizing",
     "112", ANY},
    /* breaking the law */
    {"violate|violates|violated|violating", "112", ANY},
    {"flout|flouts|flouted|flouting", "112", ANY},
    {"abuse|abuses|abused|abusing", "112", ANY},
    {"break|breaks|broke|broken|breaking", "112", LAW_OBJECT},
    {"ignore|ignores|ignored|ignoring", "112", LAW_OBJECT},
    {"breach|breaches|breached|breaching", "112", ANY},
    /* helping terror */
    {"sponsor|sponsors|sponsored|sponsoring", "112", TERROR_OBJECT},
    {"fund|funds|funded|funding", "112", TERROR_OBJECT},
    {"finance|finances|financed|financing", "112", TERROR_OBJECT},
    {"harbour|harbours|harboured|harbouring|harbor|harbors|harbored|harboring", "112",
     TERROR_OBJECT},
    /* causing harm */
    {"cause|causes|caused|causing", "112", HARM_RESULT},
    {"contribute|contributes|contributed|contributing", "112", HARM_RESULT},
    {"fuel|fuels|fueled|fuelled|fueling|fuelling", "112", HARM_RESULT},
    {"stoke|stokes|stoked|stoking", "112", HARM_RESULT},
    {"incite|incites|incited|inciting", "112", HARM_RESULT},
    /* repression */
    {"repress|represses|repressed|repressing", "1122", ANY},
    {"persecute|persecutes|persecuted|persecuting", "1122", ANY},
    {"oppress|oppresses|oppressed|oppressing", "1122", ANY},
    {"torture|tortures|tortured|torturing", "1122", ANY},
};

/* Adverbs that make any act a wrong one ("is unduly influencing", "illegally detained"). */
static const char *const wrong_manners[] = {"unduly",      "illegally",   "unlawfully",
                                            "improperly",  "fraudulently", "corruptly",
                                            "illegitimately"};

/* Nouns of wrongdoing an actor holds ("the government's repression of journalists"). */
typedef struct wrong_noun {
    const char *forms;
    const char *code;
} wrong_noun;

static const wrong_noun wrong_nouns[] = {
    {"repression", "1122"},  {"persecution", "1122"}, {"oppression", "1122"},
    {"torture", "1122"},     {"abuses", "1122"},      {"brutality", "1122"},
    {"corruption", "1121"},  {"fraud", "1121"},       {"bribery", "1121"},
    {"interference", "112"}, {"meddling", "112"},     {"lies", "112"},
    {"cover-up", "112"},     {"violations", "112"},   {"crimes", "1124"},
    {"atrocities", "1124"},  {"aggression", "1123"},  {"terrorism", "112"},
};

/* What a law-like object is ("ignored the law", "broke the rules") and a terror-like one. */
static const char *const laws[] = {"law",  "laws",     "rule",         "rules",  "constitution",
                                   "promise", "promises", "ceasefire", "truce", "agreement",
                                   "sanctions", "embargo"};
static const char *const harm_results[] = {
    "suffering", "deaths",  "violence",  "instability", "chaos",  "bloodshed", "destruction",
    "misery",    "unrest",  "hatred",    "terrorism",   "famine", "casualties"};
static const char *const terrors[] = {"terrorism", "terrorist", "terrorists", "terror",
                                      "extremism", "extremists", "militants", "jihadists"};

/* Verbs that cite what another did ("cited", "pointed to"). */
static const char *const citing[] = {"cite", "highlight", "document", "expose"};

/* w (a form) is one of the "|"-separated forms. */
static bool form_in(const char *w, const char *forms)
{
    size_t n = strlen(w);
    for (const char *p = forms; *p;) {
        const char *e = strchr(p, '|');
        size_t m = e ? (size_t)(e - p) : strlen(p);
        if (m == n && strncasecmp(w, p, n) == 0)
            return true;
        if (!e)
            break;
        p = e + 1;
    }
    return false;
}

/* Every word dyad_coder_allege_word answers true for, gathered once from the tables above
 * into one word set (coder_words.h): the parse plan asks it of nearly every word. */
enum { MAX_ALLEGE_WORDS = 512, ALLEGE_TEXT = 8192 };
static const char *allege_list[MAX_ALLEGE_WORDS];
static char allege_text[ALLEGE_TEXT];
static dyad_coder_words allege_set = {allege_list, 0, NULL};
static pthread_once_t allege_once = PTHREAD_ONCE_INIT;

static void add_forms(const char *forms, size_t *n, size_t *used)
{
    for (const char *p = forms; *p && *n < MAX_ALLEGE_WORDS;) {
        const char *e = strchr(p, '|');
        size_t m = e ? (size_t)(e - p) : strlen(p);
        if (*used + m + 1 > ALLEGE_TEXT)
            return;
        memcpy(allege_text + *used, p, m);
        allege_text[*used + m] = 0;
        allege_list[(*n)++] = allege_text + *used;
        *used += m + 1;
        if (!e)
            break;
        p = e + 1;
    }
}

static void gather_allege_words(void)
{
    size_t n = 0, used = 0;
    for (size_t k = 0; k < DYAD_ARRAY_LEN(wrong_verbs); k++)
        add_forms(wrong_verbs[k].forms, &n, &used);
    for (size_t k = 0; k < DYAD_ARRAY_LEN(wrong_nouns); k++)
        add_forms(wrong_nouns[k].forms, &n, &used);
    for (size_t k = 0; k < DYAD_ARRAY_LEN(wrong_manners); k++)
        add_forms(wrong_manners[k], &n, &used);
    for (size_t k = 0; k < DYAD_ARRAY_LEN(terrors); k++)
        add_forms(terrors[k], &n, &used);
    add_forms("responsible|behind", &n, &used);
    allege_set.n = n;
}

bool dyad_coder_allege_word(const char *w)
{
    if (!w || !w[0])
        return false;
    pthread_once(&allege_once, gather_allege_words);
    return dyad_coder_in_words(w, &allege_set);
}

/* v's object is one of list. */
static bool object_in(const dyad_coder_sent *x, int32_t v, const char *const *list, size_t n)
{
    int32_t o = dyad_coder_kid(x, v, "obj");
    if (o < 0)
        o = dyad_coder_kid(x, v, "nsubj:pass");
    return o >= 0 && dyad_coder_is_any(x->form[o], list, n);
}

/* v's object, or its to-phrase, is a harm ("caused deaths", "contributed to suffering"). */
static bool harm_result(const dyad_coder_sent *x, int32_t v)
{
    for (const int32_t *k = x->kids[v]; *k >= 0; k++) {
        const char *r = dyad_coder_rel(x, *k);
        bool to = dyad_coder_has_dep(r, "obl") && dyad_coder_is(dyad_coder_prep(x, *k), "to");
        if ((strcmp(r, "obj") == 0 || to) &&
            dyad_coder_is_any(x->form[*k], harm_results, DYAD_ARRAY_LEN(harm_results)))
            return true;
    }
    return false;
}

/* The code of verb v as an act of wrongdoing, NULL when it is none. */
static const char *wrong_code(const dyad_coder_sent *x, int32_t v)
{
    if (x->s->tok[v].upos != DYAD_UPOS_VERB)
        return NULL;
    for (const int32_t *k = x->kids[v]; *k >= 0; k++)
        if (dyad_coder_has_dep(dyad_coder_rel(x, *k), "advmod") &&
            dyad_coder_is_any(x->form[*k], wrong_manners, DYAD_ARRAY_LEN(wrong_manners)))
            return "112";
    if (!dyad_coder_allege_word(x->form[v]))
        return NULL; /* one hash probe rules out most verbs */
    for (size_t k = 0; k < DYAD_ARRAY_LEN(wrong_verbs); k++) {
        const wrong_verb *wv = &wrong_verbs[k];
        if (!form_in(x->form[v], wv->forms))
            continue;
        int32_t prt = dyad_coder_kid(x, v, "compound:prt");
        bool ok = wv->need == ANY ||
                  (wv->need == OBJECT && (dyad_coder_kid(x, v, "obj") >= 0 ||
                                          dyad_coder_kid(x, v, "nsubj:pass") >= 0)) ||
                  (wv->need == LAW_OBJECT && object_in(x, v, laws, DYAD_ARRAY_LEN(laws))) ||
                  (wv->need == TERROR_OBJECT && object_in(x, v, terrors, DYAD_ARRAY_LEN(terrors))) ||
                  (wv->need == HARM_RESULT && harm_result(x, v)) ||
                  (wv->need == PARTICLE_UP && prt >= 0 && dyad_coder_is(x->form[prt], "up"));
        return ok ? wv->code : NULL;
    }
    return NULL;
}

/* The coded actor of word a as a party, that is no bare place but a country; NULL else. */
static const dyad_coder_actor *party(dyad_coder_sent *x, int32_t a, dyad_coder_actor *tmp)
{
    if (a < 0)
        return NULL;
    const dyad_coder_actor *r = dyad_coder_as_party(dyad_coder_actor_of(x, a), tmp);
    if (!r->a.code || !r->a.code[0])
        return NULL;
    return !dyad_coder_bare_place(r) || dyad_coder_country(x, a) ? r : NULL;
}

/* Codes a and b name one actor, or one whose country one of them leaves open ("---OPP" and
 * "KENOPP": the event's own country is filled in when it is emitted). */
static bool same_actor(const char *a, const char *b)
{
    if (strcmp(a, b) == 0)
        return true;
    bool open = strncmp(a, "---", 3) == 0 || strncmp(b, "---", 3) == 0;
    return open && strlen(a) > 3 && strlen(b) > 3 && strcmp(a + 3, b + 3) == 0;
}

/* The sentence's events from first on already hold an accusation, criticism or legal finding
 * (root 11) from src to tgt. */
static bool accused_already(const dyad_event_list *out, int32_t first, const char *src,
                            const char *tgt)
{
    for (int32_t i = first; i < out->n; i++) {
        const dyad_event *e = &out->ev[i];
        if (strncmp(e->code, "11", 2) == 0 && same_actor(e->source.code, src) &&
            same_actor(e->target.code, tgt))
            return true;
    }
    return false;
}

/* Emits code from src to tgt at word w, unless one of root 11 is there already or both are
 * one actor. */
static int accuse(dyad_coder_sent *x, int32_t first, const dyad_coder_actor *src,
                  const dyad_coder_actor *tgt, const char *code, int32_t w, const char *how,
                  dyad_event_list *out, dyad_err *err)
{
    if (strcmp(src->a.code, tgt->a.code) == 0 && src->a.start == tgt->a.start)
        return DYAD_OK;
    if (accused_already(out, first, src->a.code, tgt->a.code))
        return DYAD_OK;
    dyad_strbuf sb = DYAD_STRBUF_INIT;
    dyad_sb_printf(&sb, "ALLEGATION: %s = %s, %s (src/coder/coder_allege.c)", x->form[w], code,
                   how);
    const char *evidence = sb.data ? dyad_arena_strdup(&x->doc->arena, sb.data) : NULL;
    dyad_sb_free(&sb);
    if (!evidence)
        return dyad_err_set(err, DYAD_ENOMEM, "out of memory");
    return dyad_coder_emit(x, src, tgt, code, w, evidence, "allegation", out, err);
}

/* Word v coded an event of the sentence already (from first on): the dictionary's verb,
 * coded as stated ("said troops tortured X": the torture) or as an allegation. */
static bool coded_here(const dyad_coder_sent *x, int32_t first, const dyad_event_list *out,
                       int32_t v)
{
    for (int32_t i = first; i < out->n; i++)
        if (out->ev[i].sent == x->si && out->ev[i].verb_start == x->s->tok[v].start)
            return true;
    return false;
}

/* The first argument of fr with this role that is no apposition, -1 when none. */
static int32_t first_arg(const dyad_frame *fr, dyad_role role)
{
    const dyad_farg *a;
    for (int k = 0; (a = dyad_frame_arg(fr, role, k)) != NULL; k++)
        if (a->via != DYAD_VIA_APPOS)
            return a->word;
    return -1;
}

/* "Uganda claimed the Kenyan army caused deaths" parsed with the army as the object of
 * "claimed" and "caused" as its modifier, or as a complement of "claimed" beside its object
 * (xcomp, the way "claimed the army to have caused" is parsed): a finite verb of wrongdoing v
 * on the object of a verb of speech is that verb's content; its subject accuses the object. */
static int claimed_object(dyad_coder_sent *x, int32_t first, int32_t v, const char *code,
                          dyad_event_list *out, dyad_err *err)
{
    static const char *const finite[] = {"VBD", "VBZ", "VBP"};
    const char *xp = x->s->tok[v].xpos ? x->s->tok[v].xpos : "";
    bool beside = strcmp(dyad_coder_rel(x, v), "xcomp") == 0;
    int32_t g = -1, h = -1;
    if (beside) { /* "claimed | the army | caused": the object right before the complement */
        g = dyad_coder_head(x, v);
        h = g >= 0 ? dyad_coder_kid(x, g, "obj") : -1;
        if (h > v || (h >= 0 && !dyad_coder_under(x, v - 1, h)))
            h = -1;
    } else if (strcmp(dyad_coder_rel(x, v), "acl") == 0) {
        h = dyad_coder_head(x, v);
        g = h >= 0 && strcmp(dyad_coder_rel(x, h), "obj") == 0 ? dyad_coder_head(x, h) : -1;
    }
    bool tensed = dyad_coder_is_any(xp, finite, DYAD_ARRAY_LEN(finite)) ||
                  (strcmp(xp, "VBN") == 0 && dyad_coder_kid(x, v, "obj") >= 0); /* "caused
                                                            deaths" tagged as a participle */
    if (!tensed || g < 0 || h < 0 || x->s->tok[g].upos != DYAD_UPOS_VERB ||
        dyad_coder_unasserted(x, g))
        return DYAD_OK;
    dyad_say say = dyad_frames_say_of(x->lemma[g]);
    if (say != DYAD_SAY_CLAIM && say != DYAD_SAY_ALLEGE)
        return DYAD_OK; /* "told the army ...": the object of "say" verbs is who is told */
    dyad_coder_actor stmp, ttmp;
    const dyad_coder_actor *src = party(x, dyad_coder_kid(x, g, "nsubj"), &stmp);
    const dyad_coder_actor *tgt = party(x, h, &ttmp);
    if (!src || !tgt)
        return DYAD_OK;
    return accuse(x, first, src, tgt, code, v, "the speaker accuses the wrongdoer", out, err);
}

/* Shape 1: the speaker of the clause whose verb v does wrong accuses its agent. */
static int said_wrong(dyad_coder_sent *x, int32_t first, int32_t v, const char *code,
                      dyad_event_list *out, dyad_err *err)
{
    const dyad_frames *f = dyad_coder_frames(x);
    const dyad_frame *fr = f ? dyad_frames_of_word(f, v) : NULL;
    if (!fr || dyad_coder_negated(x, v) || coded_here(x, first, out, v))
        return DYAD_OK;
    if (fr->rel && strncmp(fr->rel, "acl", 3) == 0)
        return claimed_object(x, first, v, code, out, err); /* "intelligence about leaders
                                                                hiding in X": no one's charge */
    if (fr->rel && strcmp(fr->rel, "xcomp") == 0 && fr->passive &&
        dyad_coder_kid(x, v, "obj") >= 0)
        return claimed_object(x, first, v, code, out, err); /* "caused deaths" read as a
                                                                passive for its tag */
    int say = fr->said_frame >= 0 && fr->said_frame < f->n ? f->frame[fr->said_frame].say
                                                             : DYAD_SAY_SAY; /* according to */
    if (say != DYAD_SAY_SAY && say != DYAD_SAY_CLAIM && say != DYAD_SAY_ALLEGE)
        return DYAD_OK; /* reported or believed: no one's charge */
    dyad_coder_stance st;
    dyad_coder_stance_of(x, v, false, &st);
    int32_t sp = st.kind == DYAD_STANCE_FACT      ? st.speaker
                 : st.kind == DYAD_STANCE_ALLEGED ? st.asker
                                                  : -1;
    dyad_coder_actor stmp, ttmp;
    const dyad_coder_actor *quoted = NULL;
    bool earlier = false;
    if (sp < 0 && st.kind == DYAD_STANCE_FACT && !st.negative && fr->said_frame < 0)
        quoted = dyad_coder_quote_speaker(x, v, &stmp, &earlier); /* in a quotation */
    if ((sp < 0 && !quoted) || st.negative)
        return DYAD_OK;
    int32_t a = first_arg(fr, DYAD_ROLE_AGENT);
    if (a < 0 && dyad_coder_kid(x, v, "aux:pass") < 0)
        a = dyad_coder_kid(x, v, "nsubj:pass"); /* 'had "contributed to ..."' read as passive */
    if (a < 0 || a == sp ||
        (x->s->tok[a].upos != DYAD_UPOS_NOUN && x->s->tok[a].upos != DYAD_UPOS_PROPN))
        return DYAD_OK; /* "said it had hidden nothing", "said drafting men violates ..." */
    const dyad_coder_actor *src = quoted ? quoted : party(x, sp, &stmp);
    const dyad_coder_actor *tgt = party(x, a, &ttmp);
    if (!src || !tgt)
        return DYAD_OK;
    static const char *const legal[] = {"COP", "JUD"};
    if (say == DYAD_SAY_SAY &&
        dyad_coder_is_any(src->a.agent ? src->a.agent : "", legal, DYAD_ARRAY_LEN(legal)))
        return DYAD_OK; /* "police said the protesters broke the law": the legal process
                           reports (its findings are coder_ruling.c's), "police alleged"
                           accuses */
    return accuse(x, first, src, tgt, code, v, "the speaker accuses the wrongdoer", out, err);
}

/* The as-complement of naming verb v ("described X as designed to ..."), -1 when none. */
static int32_t as_complement(const dyad_coder_sent *x, int32_t v)
{
    for (const int32_t *k = x->kids[v]; *k >= 0; k++) {
        const char *r = dyad_coder_rel(x, *k);
        if (!dyad_coder_has_dep(r, "obl") && !dyad_coder_has_dep(r, "advcl") &&
            !dyad_coder_has_dep(r, "xcomp"))
            continue;
        int32_t m = dyad_coder_kid(x, *k, "mark");
        int32_t c = dyad_coder_kid(x, *k, "case");
        if ((m >= 0 && dyad_coder_is(x->form[m], "as")) ||
            (c >= 0 && dyad_coder_is(x->form[c], "as")))
            return *k;
    }
    return -1;
}

/* A word of the subtree of c (not c's clause above) is a wrongdoing ("designed to terrorise
 * civilians", "an act of terrorism"); its code, else NULL. */
static const char *wrong_within(const dyad_coder_sent *x, int32_t c)
{
    for (int32_t i = 0; i < x->s->n; i++) {
        if (!dyad_coder_under(x, i, c))
            continue;
        const char *code = wrong_code(x, i);
        if (code)
            return code;
        if (dyad_coder_is_any(x->form[i], terrors, DYAD_ARRAY_LEN(terrors)))
            return "112";
    }
    return NULL;
}

/* Shape 2: naming verb v describes its object, an act or an actor, as a wrongdoing. */
static int named_wrong(dyad_coder_sent *x, int32_t first, int32_t v, dyad_event_list *out,
                       dyad_err *err)
{
    int32_t o = dyad_coder_kid(x, v, "obj");
    int32_t c = as_complement(x, v);
    const char *code = o >= 0 && c > o ? wrong_within(x, c) : NULL;
    if (!code || dyad_coder_negated(x, v) || dyad_coder_kid(x, v, "nsubj:pass") >= 0)
        return DYAD_OK;
    dyad_coder_stance st;
    dyad_coder_stance_of(x, v, false, &st);
    if (st.kind != DYAD_STANCE_FACT || st.negative)
        return DYAD_OK;
    dyad_coder_actor stmp, ttmp;
    const char *note = "";
    bool passive = false;
    int32_t s = dyad_coder_source_of(x, v, &note, &passive, 0);
    const dyad_coder_actor *src = passive ? NULL : party(x, s, &stmp);
    const dyad_coder_actor *tgt = dyad_coder_act_noun_word(x->form[o])
                                      ? dyad_coder_judged_act_doer(x, o, out, &ttmp)
                                      : party(x, o, &ttmp);
    if (!src || !tgt)
        return DYAD_OK;
    return accuse(x, first, src, tgt, code, v, "described as a wrongdoing", out, err);
}

/* The holder of wrongdoing noun n: its possessor or by-phrase, -1 when none. */
static int32_t wrong_holder(const dyad_coder_sent *x, int32_t n)
{
    for (const int32_t *k = x->kids[n]; *k >= 0; k++) {
        const char *r = dyad_coder_rel(x, *k);
        if (strcmp(r, "nmod:poss") == 0 ||
            (dyad_coder_has_dep(r, "nmod") && dyad_coder_is(dyad_coder_prep(x, *k), "by")))
            return *k;
    }
    return -1;
}

/* Shape 3: the subject of citing verb v cites its object, a wrongdoing its holder did. */
static int cited_wrong(dyad_coder_sent *x, int32_t first, int32_t v, dyad_event_list *out,
                       dyad_err *err)
{
    int32_t o = dyad_coder_kid(x, v, "obj");
    if (o < 0)
        o = dyad_coder_kid(x, v, "ccomp"); /* 'cited X's "repression of ..."' in quotes */
    const char *code = NULL;
    for (size_t k = 0; o >= 0 && !code && k < DYAD_ARRAY_LEN(wrong_nouns); k++)
        if (form_in(x->form[o], wrong_nouns[k].forms))
            code = wrong_nouns[k].code;
    int32_t h = code ? wrong_holder(x, o) : -1;
    if (h < 0 || dyad_coder_negated(x, v))
        return DYAD_OK;
    dyad_coder_stance st;
    dyad_coder_stance_of(x, v, false, &st);
    if (st.kind != DYAD_STANCE_FACT || st.negative)
        return DYAD_OK;
    const char *note = "";
    bool passive = false;
    int32_t s = dyad_coder_source_of(x, v, &note, &passive, 0);
    dyad_coder_actor stmp, ttmp;
    const dyad_coder_actor *src = passive ? NULL : party(x, s, &stmp);
    const dyad_coder_actor *tgt = party(x, h, &ttmp);
    if (!src || !tgt)
        return DYAD_OK;
    return accuse(x, first, src, tgt, code, o, "the wrongdoing cited", out, err);
}

/* Nouns of harm one may be held responsible for ("the attack", "the killings"). */
static const char *const harms[] = {
    "attack",  "attacks",  "bombing",  "bombings", "blast",     "blasts",   "explosion",
    "explosions", "killing", "killings", "assault", "assaults",  "assassination", "shooting",
    "shootings", "massacre", "murder", "murders",  "abduction", "abductions", "kidnapping",
    "kidnappings", "ambush", "violence", "deaths", "death",     "arson",    "atrocities",
    "crimes",   "abuses",  "raid",     "raids",    "shelling",  "airstrike", "airstrikes"};

/* The harm noun that "responsible for" at r, or "behind" heading h, names; -1 when none. */
static int32_t harm_of(const dyad_coder_sent *x, int32_t r)
{
    for (const int32_t *k = x->kids[r]; *k >= 0; k++)
        if ((dyad_coder_has_dep(dyad_coder_rel(x, *k), "obl") ||
             dyad_coder_has_dep(dyad_coder_rel(x, *k), "nmod")) &&
            dyad_coder_is(dyad_coder_prep(x, *k), "for") &&
            dyad_coder_is_any(x->form[*k], harms, DYAD_ARRAY_LEN(harms)))
            return *k;
    return -1;
}

/* Shape 4: one is said to be, or held, responsible for a harm ("Kenya said the rebels were
 * responsible for the attack", "held the rebels responsible for the killings", "said Uganda
 * was behind the attack"): 112 from the speaker, or the one who holds, to the one blamed. */
static int blamed_for(dyad_coder_sent *x, int32_t first, int32_t w, dyad_event_list *out,
                      dyad_err *err)
{
    int32_t pred = -1, blamed = -1, holder = -1;
    if (dyad_coder_is(x->form[w], "responsible") && harm_of(x, w) >= 0) {
        pred = w;
        int32_t h = dyad_coder_head(x, w);
        const char *r = dyad_coder_rel(x, w);
        if (dyad_coder_kid(x, w, "cop") >= 0) {
            blamed = dyad_coder_kid(x, w, "nsubj");
        } else if (strcmp(r, "xcomp") == 0 && h >= 0 && dyad_coder_is(x->lemma[h], "hold")) {
            holder = h; /* "held X responsible for ..." */
            blamed = dyad_coder_kid(x, h, "obj");
        } else if (strcmp(r, "amod") == 0 && h >= 0 && strcmp(dyad_coder_rel(x, h), "obj") == 0 &&
                   dyad_coder_head(x, h) >= 0 &&
                   dyad_coder_is(x->lemma[dyad_coder_head(x, h)], "hold")) {
            holder = dyad_coder_head(x, h); /* the same, "responsible" parsed on the object */
            blamed = h;
        }
    } else if (dyad_coder_is(x->form[w], "behind") && x->s->tok[w].upos == DYAD_UPOS_ADP) {
        int32_t n = dyad_coder_head(x, w); /* "Uganda was behind the attack" */
        if (n >= 0 && strcmp(dyad_coder_rel(x, w), "case") == 0 &&
            dyad_coder_is_any(x->form[n], harms, DYAD_ARRAY_LEN(harms)) &&
            dyad_coder_kid(x, n, "cop") >= 0) {
            pred = n;
            blamed = dyad_coder_kid(x, n, "nsubj");
        }
    }
    if (pred < 0 || blamed < 0 || dyad_coder_negated(x, pred) ||
        (x->s->tok[blamed].upos != DYAD_UPOS_NOUN && x->s->tok[blamed].upos != DYAD_UPOS_PROPN) ||
        dyad_coder_unasserted(x, holder >= 0 ? holder : pred))
        return DYAD_OK;
    dyad_coder_actor stmp, ttmp;
    const dyad_coder_actor *src = NULL;
    if (holder >= 0) {
        const char *note = "";
        bool passive = false;
        int32_t s = dyad_coder_source_of(x, holder, &note, &passive, 0);
        src = passive ? NULL : party(x, s, &stmp);
    } else {
        bool earlier = false;
        src = dyad_coder_quote_speaker(x, pred, &stmp, &earlier);
    }
    const dyad_coder_actor *tgt = party(x, blamed, &ttmp);
    if (!src || !tgt)
        return DYAD_OK;
    return accuse(x, first, src, tgt, "112", w, "held responsible for a harm", out, err);
}

int dyad_coder_allegations(dyad_coder_sent *x, int32_t first, dyad_event_list *out,
                           dyad_err *err)
{
    int rc = DYAD_OK;
    for (int32_t w = 0; w < x->s->n && rc == DYAD_OK; w++) {
        if (dyad_coder_is(x->form[w], "responsible") || dyad_coder_is(x->form[w], "behind"))
            rc = blamed_for(x, first, w, out, err);
        if (rc != DYAD_OK || x->s->tok[w].upos != DYAD_UPOS_VERB)
            continue;
        const char *code = wrong_code(x, w);
        if (code)
            rc = said_wrong(x, first, w, code, out, err);
        else if (dyad_coder_naming_verb(x->lemma[w]))
            rc = named_wrong(x, first, w, out, err);
        else if (dyad_coder_is_any(x->lemma[w], citing, DYAD_ARRAY_LEN(citing)))
            rc = cited_wrong(x, first, w, out, err);
    }
    return rc;
}
