/* coder_verdict.c — a judgement of a named actor in quoted or reported speech, with no verb
 * of criticism to code it (docs/CODEBOOK.md §2: an opinion is an event when it criticises,
 * accuses or praises a named actor): '"The minister treats parliament with contempt," said
 * Odinga' (111, Odinga -> the minister), 'It is gross negligence on the part of the ministry'
 * inside a quotation Odinga opened a sentence earlier (112: an allegation of wrongdoing),
 * 'Kenyatta is a hero' (051). A word of the small lexicon below says which; the actor judged
 * is the one the word is about: the holder of the quality ("the ministry's negligence",
 * "negligence on the part of X", "by X"), the subject it is predicated of ("X is a disgrace"),
 * or the subject of the verb it describes ("X treats ... with contempt", "X is behaving like
 * a bully", "X showed contempt"). Both sides must be coded: the speaker (coder_quote.c) and
 * the actor judged; a negated or questioned judgement, or one about a thing or a place, is
 * none, but a country named alone is its state ('"Uganda is corrupt," said Odinga'). The
 * speaker of a clause attributed "according to X" is X (coder_quote.c). */
#include "coder/coder_internal.h"

#include <string.h>
#include <strings.h>

#include "base/strbuf.h"

/* What a judgement word names, which says where the one judged stands (see judged). */
typedef enum {
    PERSON = 1, /* one who is judged: "a bully", "a tyrant", "a hero" */
    QUALITY,    /* a quality or conduct someone shows: "contempt", "negligence", "courage" */
    ADJECTIVE   /* "corrupt", "reckless", "heroic" */
} verdict_kind;

typedef struct verdict_word {
    const char *lemma; /* lower case */
    const char *code;  /* 111 criticise, 112 accuse of wrongdoing, 051 praise */
    verdict_kind kind;
} verdict_word;

static const verdict_word verdicts[] = {
    /* scorn of others, bullying, tyranny, incompetence: criticism */
    {"contempt", "111", QUALITY},        {"disgrace", "111", PERSON},
    {"disgraceful", "111", ADJECTIVE},   {"shameful", "111", ADJECTIVE},
    {"despicable", "111", ADJECTIVE},    {"bully", "111", PERSON},
    {"thug", "111", PERSON},             {"tyrant", "111", PERSON},
    {"dictator", "111", PERSON},         {"hypocrite", "111", PERSON},
    {"hypocrisy", "111", QUALITY},       {"hypocritical", "111", ADJECTIVE},
    {"liar", "111", PERSON},             {"incompetence", "111", QUALITY},
    {"incompetent", "111", ADJECTIVE},   {"arrogance", "111", QUALITY},
    {"arrogant", "111", ADJECTIVE},      {"cowardice", "111", QUALITY},
    {"coward", "111", PERSON},           {"recklessness", "111", QUALITY},
    {"reckless", "111", ADJECTIVE},      {"irresponsible", "111", ADJECTIVE},
    {"barbaric", "111", ADJECTIVE},      {"barbarity", "111", QUALITY},
    {"barbarism", "111", QUALITY},       {"racist", "111", ADJECTIVE},
    {"fascist", "111", ADJECTIVE},       {"authoritarian", "111", ADJECTIVE},
    {"ignorance", "111", QUALITY},       {"traitor", "111", PERSON},
    {"puppet", "111", PERSON},           {"lie", "111", QUALITY},
    {"cruelty", "111", QUALITY},         {"cowardly", "111", ADJECTIVE},
    {"inappropriate", "111", ADJECTIVE}, {"unacceptable", "111", ADJECTIVE},
    {"unwelcome", "111", ADJECTIVE},     {"outrageous", "111", ADJECTIVE},
    {"heinous", "111", ADJECTIVE},       {"atrocity", "111", PERSON},
    /* insults and scorn of what someone did: "called the plan a farce", "a corrupt oaf" */
    {"oaf", "111", PERSON},              {"idiot", "111", PERSON},
    {"fool", "111", PERSON},             {"clown", "111", PERSON},
    {"moron", "111", PERSON},            {"bigot", "111", PERSON},
    {"fanatic", "111", PERSON},          {"warmonger", "111", PERSON},
    {"farce", "111", PERSON},            {"sham", "111", PERSON},
    {"travesty", "111", PERSON},         {"charade", "111", PERSON},
    {"hoax", "111", PERSON},             {"stunt", "111", PERSON},
    {"ploy", "111", PERSON},             {"mockery", "111", PERSON},
    {"scandal", "111", PERSON},          {"insult", "111", PERSON},
    {"disaster", "111", PERSON},         {"blunder", "111", PERSON},
    {"mistake", "111", PERSON},          {"garbage", "111", PERSON},
    {"rubbish", "111", PERSON},          {"nonsense", "111", PERSON},
    {"propaganda", "111", PERSON},       {"witch-hunt", "111", PERSON},
    {"non-starter", "111", PERSON},
    {"unfair", "111", ADJECTIVE},        {"unjust", "111", ADJECTIVE},
    {"illegal", "111", ADJECTIVE},       {"unlawful", "111", ADJECTIVE},
    {"unconstitutional", "111", ADJECTIVE}, {"dangerous", "111", ADJECTIVE},
    {"provocative", "111", ADJECTIVE},   {"counterproductive", "111", ADJECTIVE},
    {"mistake", "111", PERSON},          {"blunder", "111", PERSON},
    {"deplorable", "111", ADJECTIVE},    {"appalling", "111", ADJECTIVE},
    {"scandalous", "111", ADJECTIVE},    {"absurd", "111", ADJECTIVE},
    {"ridiculous", "111", ADJECTIVE},    {"cynical", "111", ADJECTIVE},
    {"dishonest", "111", ADJECTIVE},     {"illegitimate", "111", ADJECTIVE},
    {"lousy", "111", ADJECTIVE},         {"pathetic", "111", ADJECTIVE},
    {"undemocratic", "111", ADJECTIVE},  {"anti-democratic", "111", ADJECTIVE},
    {"xenophobic", "111", ADJECTIVE},    {"vile", "111", ADJECTIVE},
    {"reprehensible", "111", ADJECTIVE}, {"abhorrent", "111", ADJECTIVE},
    {"unconscionable", "111", ADJECTIVE}, {"deceitful", "111", ADJECTIVE},
    /* wrongdoing: an allegation */
    {"negligence", "112", QUALITY},      {"negligent", "112", ADJECTIVE},
    {"carelessness", "112", QUALITY},    {"corruption", "112", QUALITY},
    {"corrupt", "112", ADJECTIVE},       {"fraud", "112", QUALITY},
    {"fraudulent", "112", ADJECTIVE},    {"crook", "112", PERSON},
    {"criminal", "112", PERSON},         {"murderer", "112", PERSON},
    {"terrorist", "112", PERSON},        {"brutality", "112", QUALITY},
    {"thief", "112", PERSON},            {"gangster", "112", PERSON},
    {"butcher", "112", PERSON},          {"killer", "112", PERSON},
    /* praise */
    {"hero", "051", PERSON},             {"heroic", "051", ADJECTIVE},
    {"courage", "051", QUALITY},         {"courageous", "051", ADJECTIVE},
    {"wisdom", "051", QUALITY},
};

/* The lexicon entry of lemma l, else NULL. */
static const verdict_word *verdict_of_lemma(const char *l)
{
    for (size_t k = 0; k < DYAD_ARRAY_LEN(verdicts); k++)
        if (strcmp(verdicts[k].lemma, l) == 0)
            return &verdicts[k];
    return NULL;
}

/* The lexicon entry of word i (a noun or adjective), else NULL. */
static const verdict_word *verdict_of(const dyad_coder_sent *x, int32_t i)
{
    int u = x->s->tok[i].upos;
    int32_t c = dyad_coder_kid(x, i, "compound");
    if (u == DYAD_UPOS_NOUN && c >= 0 && dyad_coder_is(x->form[c], "witch") &&
        (dyad_coder_is(x->lemma[i], "hunt") || dyad_coder_is(x->form[i], "hunts")))
        return verdict_of_lemma("witch-hunt"); /* "a witch hunt", written apart */
    if ((u != DYAD_UPOS_NOUN && u != DYAD_UPOS_ADJ) || !dyad_coder_verdict_word(x->form[i]))
        return NULL; /* a word that is no entry, nor its plural: most, found cheaply */
    for (size_t k = 0; k < DYAD_ARRAY_LEN(verdicts); k++)
        if (dyad_coder_is(x->lemma[i], verdicts[k].lemma) ||
            dyad_coder_is(x->form[i], verdicts[k].lemma))
            return &verdicts[k];
    return NULL;
}

const char *dyad_coder_verdict_code(const dyad_coder_sent *x, int32_t i)
{
    const verdict_word *vw = i >= 0 ? verdict_of(x, i) : NULL;
    return vw ? vw->code : NULL;
}

bool dyad_coder_verdict_word(const char *w)
{
    if (dyad_coder_allege_word(w) || dyad_coder_is(w, "witch")) /* coder_allege.c's words,
                                                                    "witch hunt" */
        return true;
    size_t n = w ? strlen(w) : 0;
    char first = n && w[0] >= 'A' && w[0] <= 'Z' ? (char)(w[0] + 32) : n ? w[0] : 0;
    for (size_t k = 0; k < DYAD_ARRAY_LEN(verdicts); k++) {
        const char *l = verdicts[k].lemma;
        if (l[0] != first) /* most words: every lemma is lower case */
            continue;
        size_t m = strlen(l);
        if (n < m || n > m + 2)
            continue;
        /* the lemma itself or its plural: "thugs", "bullies", "heroes" */
        bool y = l[m - 1] == 'y';
        if (dyad_coder_is(w, l) ||
            (n == m + 1 && strncasecmp(w, l, m) == 0 && (w[m] == 's' || w[m] == 'S')) ||
            (n == m + 2 && !y && strncasecmp(w, l, m) == 0 && dyad_coder_is(w + m, "es")) ||
            (n == m + 2 && y && strncasecmp(w, l, m - 1) == 0 && dyad_coder_is(w + m - 1, "ies")))
            return true;
    }
    return false;
}

/* The actor judged at word a: a coded one that is no bare place but a country ("Kenya is
 * corrupt" judges the state; "Mombasa is a disgrace", "Nairobi is corrupt" a city, not its
 * government), else NULL. */
static const dyad_coder_actor *judged_actor(dyad_coder_sent *x, int32_t a)
{
    const dyad_coder_actor *r = a >= 0 ? dyad_coder_actor_of(x, a) : NULL;
    if (!r || !r->a.code || !r->a.code[0])
        return NULL;
    return !dyad_coder_bare_place(r) || dyad_coder_country(x, a) ? r : NULL;
}

/* The holder of the quality noun n: its possessor ("the ministry's negligence"), a compound
 * or of-phrase naming an actor, its by-phrase or "on the part of" phrase; -1 when none. */
static int32_t holder(dyad_coder_sent *x, int32_t n)
{
    for (const int32_t *k = x->kids[n]; *k >= 0; k++) {
        const char *r = dyad_coder_rel(x, *k);
        if (strcmp(r, "nmod:poss") == 0)
            return *k;
        if (dyad_coder_has_dep(r, "compound") && *k < n && judged_actor(x, *k))
            return *k; /* "police brutality", "government incompetence" */
        if (!dyad_coder_has_dep(r, "nmod") && !dyad_coder_has_dep(r, "obl"))
            continue;
        if (dyad_coder_is(dyad_coder_prep(x, *k), "by"))
            return *k;
        /* "the arrogance of the president"; not what the quality is of ("ignorance of the
         * law"), nor "contempt of court", which names no holder */
        if (dyad_coder_is(dyad_coder_prep(x, *k), "of") && dyad_coder_has_dep(r, "nmod") &&
            !dyad_coder_is(x->lemma[n], "contempt") && judged_actor(x, *k))
            return *k;
        if (dyad_coder_is(x->lemma[*k], "part") && dyad_coder_is(dyad_coder_prep(x, *k), "on"))
            for (const int32_t *g = x->kids[*k]; *g >= 0; g++)
                if (dyad_coder_has_dep(dyad_coder_rel(x, *g), "nmod") &&
                    dyad_coder_is(dyad_coder_prep(x, *g), "of"))
                    return *g;
    }
    return -1;
}

/* Verbs whose object is a quality their subject shows ("showed contempt for the courts"). */
static const char *const showing[] = {"show", "display", "demonstrate", "exhibit"};

/* The quality noun n is what its clause says of the holder: the clause's predicate ("It is
 * negligence on the part of X"), its subject ("police brutality must end"), or the object of
 * a verb that shows or says it ("showed contempt", "noted the courage of X"); not a modifier
 * of another noun ("a police corruption inquiry", "allegations of negligence by X"), nor the
 * object of another act ("investigated the negligence of X"). */
static bool asserted(const dyad_coder_sent *x, int32_t n)
{
    if (strcmp(dyad_coder_rel(x, n), "conj") == 0 && dyad_coder_head(x, n) >= 0)
        n = dyad_coder_head(x, n); /* "his strength, passion and wisdom" */
    const char *r = dyad_coder_rel(x, n);
    if (dyad_coder_kid(x, n, "cop") >= 0 || strcmp(r, "root") == 0 ||
        dyad_coder_has_dep(r, "ccomp") || dyad_coder_has_dep(r, "parataxis") ||
        dyad_coder_has_dep(r, "nsubj"))
        return true;
    int32_t v = dyad_coder_head(x, n);
    return strcmp(r, "obj") == 0 && v >= 0 &&
           (dyad_coder_is_any(x->lemma[v], showing, DYAD_ARRAY_LEN(showing)) ||
            dyad_frames_say_of(x->lemma[v]) == DYAD_SAY_SAY);
}

/* A subject that names whom it stands for: not "it", "this", "that" or "there" (the judgement
 * of a thing or a state of affairs: "It is a disgrace"). */
static int32_t subject(const dyad_coder_sent *x, int32_t p)
{
    int32_t s = dyad_coder_kid(x, p, "nsubj");
    if (s < 0 || x->s->tok[s].upos == DYAD_UPOS_DET)
        return -1;
    if (x->s->tok[s].upos == DYAD_UPOS_PRON && !dyad_coder_is(x->form[s], "he") &&
        !dyad_coder_is(x->form[s], "she") && !dyad_coder_is(x->form[s], "they"))
        return -1;
    return s;
}

/* Word w is an as-phrase that the parse hung on the object of a naming verb instead of on the
 * verb ('was describing the rebels as "terrorists"', "as" an nmod of "rebels"). */
static bool as_on_object(const dyad_coder_sent *x, int32_t w)
{
    int32_t o = dyad_coder_head(x, w);
    int32_t v = o >= 0 ? dyad_coder_head(x, o) : -1;
    return v >= 0 && dyad_coder_has_dep(dyad_coder_rel(x, w), "nmod") &&
           dyad_coder_is(dyad_coder_prep(x, w), "as") && strcmp(dyad_coder_rel(x, o), "obj") == 0 &&
           dyad_coder_naming_verb(x->lemma[v]);
}

/* "X called the president a tyrant", "described the police as corrupt": the object of the
 * naming verb v whose complement is w, judged by the verb's own subject; -1 when w is no
 * complement or the verb is passive. */
static int32_t named(const dyad_coder_sent *x, int32_t w, int32_t v)
{
    const char *r = dyad_coder_rel(x, w);
    int32_t o = dyad_coder_kid(x, v, "obj");
    int32_t io = dyad_coder_kid(x, v, "iobj");
    if (o == w && io >= 0 && io < w)
        o = io; /* 'branded the president a "thief"' parsed with the president as iobj */
    int32_t xc = dyad_coder_kid(x, v, "xcomp");
    if (o == w && xc >= 0 && xc < w && x->s->tok[xc].upos == DYAD_UPOS_NOUN) {
        o = xc; /* 'called the attack "an act of ..."' parsed with the two roles swapped */
        r = "xcomp";
    }
    bool as = dyad_coder_is(dyad_coder_prep(x, w), "as");
    bool complement = strcmp(r, "xcomp") == 0 || (strcmp(r, "obj") == 0 && w != o) ||
                      strcmp(r, "obl:unmarked") == 0 || /* 'called the stabbing "an act"' */
                      (dyad_coder_has_dep(r, "obl") && as) ||
                      (as_on_object(x, w) && dyad_coder_head(x, w) == o);
    return complement && o >= 0 && o < w && dyad_coder_kid(x, v, "nsubj:pass") < 0 ? o : -1;
}

/* Where the one a judgement word judges stands (judged). */
typedef struct judgement {
    int32_t target; /* the word heading the actor judged, -1 when none */
    int32_t pred;   /* the predicate whose negation or condition undoes the judgement */
    int32_t namer;  /* a naming verb whose own subject judges ("called X a liar"), else -1 */
    const char *how; /* the rule, for the event's evidence */
} judgement;

/* Sets *j for word w, an entry of kind k. A quality is judged in its holder ("the ministry's
 * negligence", "negligence on the part of X") or in the subject of the verb it is the manner
 * of ("treats X with contempt") or that shows it; a person or adjective in the subject it is
 * predicated of ("X is a bully", "X is corrupt"), named by ("called X a bully") or likened to
 * ("X is behaving like a bully"), also through the noun it qualifies ("X is a corrupt
 * regime", "like a bully boy"). Never the object or the with-phrase of an act ("arrested a
 * thug", "clashed with thugs"): the one judged is then not the act's subject. */
static void judged(dyad_coder_sent *x, int32_t w, verdict_kind k, judgement *j)
{
    j->target = j->namer = -1;
    j->how = "";
    int32_t a = dyad_coder_head(x, w);
    if (k == QUALITY && a >= 0 && dyad_coder_is(x->lemma[a], "act") &&
        dyad_coder_has_dep(dyad_coder_rel(x, w), "nmod") &&
        dyad_coder_is(dyad_coder_prep(x, w), "of")) {
        w = a; /* "an act of barbarity": the act is what is judged, as "a disgrace" is */
        k = PERSON;
    }
    for (int guard = 0; k != QUALITY && guard < 3 && dyad_coder_head(x, w) >= 0; guard++) {
        const char *r = dyad_coder_rel(x, w);
        int32_t n = dyad_coder_head(x, w);
        if ((!dyad_coder_has_dep(r, "amod") && !dyad_coder_has_dep(r, "compound")) ||
            x->s->tok[n].upos != DYAD_UPOS_NOUN)
            break;
        w = n; /* the noun the word qualifies */
    }
    j->pred = w;
    bool quality = k == QUALITY && asserted(x, w);
    int32_t h = quality ? holder(x, w) : -1;
    if (h < 0 && quality && strcmp(dyad_coder_rel(x, w), "conj") == 0 &&
        dyad_coder_head(x, w) >= 0)
        h = holder(x, dyad_coder_head(x, w)); /* "his strength, passion and wisdom" */
    if (h >= 0) {
        j->target = h;
        j->how = "its holder";
        return;
    }
    int32_t c = w; /* "X is unwelcome and inappropriate": the copula is on the first */
    if (k != QUALITY && dyad_coder_kid(x, c, "cop") < 0 &&
        strcmp(dyad_coder_rel(x, c), "conj") == 0 && dyad_coder_head(x, c) >= 0)
        c = dyad_coder_head(x, c);
    if (dyad_coder_kid(x, c, "cop") >= 0) {
        j->target = subject(x, c); /* "the minister is a disgrace", "X is corrupt" */
        j->how = "predicated of the subject";
        return;
    }
    int32_t v = dyad_coder_head(x, w);
    const char *r = dyad_coder_rel(x, w);
    const char *p = dyad_coder_prep(x, w);
    if (as_on_object(x, w))
        v = dyad_coder_head(x, v); /* the naming verb, whose object the phrase is on */
    if (v >= 0 && dyad_coder_naming_verb(x->lemma[v])) {
        j->pred = j->namer = v;
        j->target = named(x, w, v);
        j->how = "the object named";
        return;
    }
    if (v >= 0 && x->s->tok[v].upos == DYAD_UPOS_ADP && dyad_coder_head(x, v) >= 0) {
        p = x->form[v]; /* "behaving like a bully" parsed with "like" heading the noun */
        r = "obl";
        v = dyad_coder_head(x, v);
    }
    /* the manner of the act: "with contempt" for a quality, "like a bully" for a person */
    bool manner = dyad_coder_is(p, k == QUALITY ? "with" : "like");
    if (v >= 0 && dyad_coder_has_dep(r, "nmod") && manner &&
        strcmp(dyad_coder_rel(x, v), "obj") == 0) {
        r = "obl"; /* "treats the courts with contempt" with the phrase on the object */
        v = dyad_coder_head(x, v);
    }
    bool shown = k == QUALITY && strcmp(r, "obj") == 0 && v >= 0 &&
                 dyad_coder_is_any(x->lemma[v], showing, DYAD_ARRAY_LEN(showing));
    if (v < 0 || x->s->tok[v].upos != DYAD_UPOS_VERB ||
        !(shown || (dyad_coder_has_dep(r, "obl") && manner)))
        return;
    if (dyad_coder_kid(x, v, "nsubj:pass") >= 0 || dyad_coder_kid(x, v, "aux:pass") >= 0)
        return; /* "was treated with contempt": the one judged is not named */
    j->pred = v;
    if (shown && (h = holder(x, v)) >= 0) {
        j->target = h; /* "this shows negligence on the part of X", the phrase on the verb */
        j->how = "its holder";
        return;
    }
    j->target = subject(x, v);
    j->how = shown ? "shown by the subject" : k == QUALITY ? "the subject's manner"
                                                           : "the subject likened";
}

/* Word t is a noun naming an act ("the stabbing", "the ruling", "Uganda's attack"). */
static bool act_noun(const dyad_coder_sent *x, int32_t t)
{
    return t >= 0 && x->s->tok[t].upos == DYAD_UPOS_NOUN && dyad_coder_act_noun_word(x->form[t]);
}

/* Word t is "it" named by a naming verb ('called it "a witch hunt"'): an act or issue
 * (dyad_coder_complement_it), judged in the doer of the latest act coded. */
static bool named_it(const dyad_coder_sent *x, const judgement *j)
{
    return j->namer >= 0 && j->target >= 0 && dyad_coder_complement_it(x, j->target);
}

/* The one judged through the act noun t ("called the stabbing an act of barbarity", "said the
 * ruling is unwelcome"): the act's doer, named by the noun's own possessor or by-phrase
 * ("Uganda's attack", "the raid by the police") or an actor word before it ("the US
 * sanctions"), else, for a definite noun with nothing else
 * of its own ("the stabbing"), the doer of the latest coded act of its kind (coder_anaphor.c),
 * written into *tmp; NULL when none is known. */
const dyad_coder_actor *dyad_coder_judged_act_doer(dyad_coder_sent *x, int32_t t,
                                                   const dyad_event_list *out,
                                                   dyad_coder_actor *tmp)
{
    for (const int32_t *k = x->kids[t]; *k >= 0; k++) {
        const char *r = dyad_coder_rel(x, *k);
        if (strcmp(r, "nmod:poss") == 0 ||
            (dyad_coder_has_dep(r, "nmod") && dyad_coder_is(dyad_coder_prep(x, *k), "by")))
            return judged_actor(x, *k);
    }
    /* a country or actor word before the noun: "the US sanctions", "the Israeli decision" */
    for (const int32_t *k = x->kids[t]; *k >= 0; k++) {
        const char *r = dyad_coder_rel(x, *k);
        if (*k > t || (!dyad_coder_has_dep(r, "amod") && !dyad_coder_has_dep(r, "compound")))
            continue;
        const dyad_coder_actor *a = judged_actor(x, *k);
        if (!a && x->s->tok[*k].upos == DYAD_UPOS_ADJ) { /* "the Israeli decision": the state */
            a = dyad_coder_actor_of(x, *k);
            if (!a->a.code || !dyad_coder_country_root(a->a.code))
                a = NULL;
        }
        if (a)
            return a;
    }
    bool it = dyad_coder_is(x->form[t], "it"); /* "called it a farce": the latest act */
    const dyad_event *e =
        it || dyad_coder_definite_act(x, t) ? dyad_coder_act_named(x, t, out) : NULL;
    if (!e)
        return NULL;
    dyad_coder_act_doer(x, e, t, tmp);
    return tmp;
}

/* The coded actor who names someone with naming verb v ("Odinga called ..."), or NULL. */
static const dyad_coder_actor *named_by(dyad_coder_sent *x, int32_t v, dyad_coder_actor *tmp)
{
    const char *note = "";
    bool passive = false;
    int32_t s = dyad_coder_source_of(x, v, &note, &passive, 0);
    if (s < 0 || passive)
        return NULL;
    const dyad_coder_actor *a = dyad_coder_as_party(dyad_coder_actor_of(x, s), tmp);
    return a->a.code && a->a.code[0] ? a : NULL;
}

/* An act of tgt is src's own: one code, or a country and its government ("Uganda expelled
 * ... The Ugandan president called it a mistake"). */
static bool own_act(const char *src, const char *tgt)
{
    size_t ls = strlen(src), lt = strlen(tgt);
    return strcmp(src, tgt) == 0 ||
           ((ls == 3 || lt == 3) && strncmp(src, tgt, 3) == 0 && strncmp(src, "---", 3) != 0);
}

/* The sentence's events from first on already hold a judgement (root 05 or 11) from src to tgt. */
static bool judged_already(const dyad_event_list *out, int32_t first, const char *src,
                           const char *tgt)
{
    for (int32_t i = first; i < out->n; i++) {
        const dyad_event *e = &out->ev[i];
        bool judges = strncmp(e->code, "11", 2) == 0 || strncmp(e->code, "05", 2) == 0;
        if (judges && strcmp(e->source.code, src) == 0 && strcmp(e->target.code, tgt) == 0)
            return true;
    }
    return false;
}

/* The judgement whose predicate is pred is not stated: the sentence asks ("Is he a
 * tyrant?"), or pred or a clause above it is supposed, possible, negated or otherwise not
 * asserted ("if X is corrupt", "X may be corrupt", "it is not true that X is corrupt",
 * "refused to call X a tyrant", "did not say X is a liar"). */
bool dyad_coder_unasserted(dyad_coder_sent *x, int32_t pred)
{
    static const char *const conditions[] = {"if", "unless", "whether"};
    static const char *const modals[] = {"may", "might", "could", "would", "should"};
    for (int32_t i = 0; i < x->s->n; i++)
        if (strcmp(x->form[i], "?") == 0)
            return true;
    int guard = 0;
    for (int32_t p = pred; p >= 0 && guard < 16; p = dyad_coder_head(x, p), guard++) {
        int32_t m = dyad_coder_kid(x, p, "mark");
        if (dyad_coder_negated(x, p) ||
            (m >= 0 && dyad_coder_is_any(x->lemma[m], conditions, DYAD_ARRAY_LEN(conditions))))
            return true;
        for (const int32_t *k = x->kids[p]; p == pred && *k >= 0; k++)
            if (strcmp(dyad_coder_rel(x, *k), "aux") == 0 &&
                dyad_coder_is_any(x->lemma[*k], modals, DYAD_ARRAY_LEN(modals)))
                return true;
        if (x->s->tok[p].upos == DYAD_UPOS_VERB) {
            dyad_coder_stance st; /* refused, wanted, failed, possible, conditional ... */
            dyad_coder_stance_of(x, p, false, &st);
            if (st.kind == DYAD_STANCE_DROP)
                return true;
            if (dyad_frames_attitude_of(x->lemma[p]) == DYAD_ATT_DENY)
                return true; /* "denied that the president is corrupt" */
        }
    }
    return false;
}

int dyad_coder_verdicts(dyad_coder_sent *x, int32_t first, dyad_event_list *out, dyad_err *err)
{
    for (int32_t w = 0; w < x->s->n; w++) {
        const verdict_word *vw = verdict_of(x, w);
        if (!vw)
            continue;
        judgement j;
        judged(x, w, vw->kind, &j);
        dyad_coder_actor stmp, dtmp;
        bool act = act_noun(x, j.target) || named_it(x, &j);
        const dyad_coder_actor *tgt = act ? dyad_coder_judged_act_doer(x, j.target, out, &dtmp)
                                          : judged_actor(x, j.target);
        if (!tgt && vw->kind == ADJECTIVE && strcmp(dyad_coder_rel(x, w), "amod") == 0) {
            /* "a protest vote against an authoritarian government", "the corrupt police
             * arrested him": the actor the adjective qualifies, in what the speaker says */
            j.target = j.pred = dyad_coder_head(x, w);
            j.how = "the actor qualified";
            tgt = judged_actor(x, j.target);
        }
        if (!tgt || dyad_coder_negated(x, w) || dyad_coder_unasserted(x, j.pred))
            continue; /* no actor judged, a place ("Kenya is corrupt"), "is not a bully" */
        bool earlier = false;
        const dyad_coder_actor *src =
            j.namer >= 0 ? named_by(x, j.namer, &stmp)
                         : dyad_coder_quote_speaker(x, w, &stmp, &earlier);
        if (!src || judged_already(out, first, src->a.code, tgt->a.code) ||
            (act && own_act(src->a.code, tgt->a.code)))
            continue; /* coded already; one's own act */
        dyad_strbuf sb = DYAD_STRBUF_INIT;
        dyad_sb_printf(&sb, "JUDGEMENT: %s = %s, %s%s (src/coder/coder_verdict.c)", vw->lemma,
                       vw->code, j.how, act ? ", the act's doer" : "");
        const char *evidence = sb.data ? dyad_arena_strdup(&x->doc->arena, sb.data) : NULL;
        dyad_sb_free(&sb);
        if (!evidence)
            return dyad_err_set(err, DYAD_ENOMEM, "out of memory");
        int rc = dyad_coder_emit(x, src, tgt, vw->code, w, evidence,
                                 earlier ? "judgement,quotation opened earlier" : "judgement",
                                 out, err);
        if (rc != DYAD_OK)
            return rc;
    }
    /* accusations of wrongdoing that no verb of the dictionary codes (coder_allege.c) */
    return dyad_coder_allegations(x, first, out, err);
}
