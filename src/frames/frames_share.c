/* frames_share.c — arguments a frame shares with others: the controller of a subjectless
 * infinitive (subject or object control, raising), the subject and object of conjoined
 * predicates, the noun a relative clause or participle modifies, and the conjuncts and
 * appositions of every argument. Each frame is done after its governors, so chains ("plans to
 * try to meet") pass the subject all the way down. */
#include <string.h>

#include "frames/frames_internal.h"

static bool has_subject_arg(const dyad_frame *fr)
{
    for (int32_t i = 0; i < fr->narg; i++)
        if (fr->arg[i].subject)
            return true;
    return false;
}

static int subject_role(const dyad_frame *fr)
{
    return fr->passive ? DYAD_ROLE_PATIENT : DYAD_ROLE_AGENT;
}

/* Word w is a relative pronoun or determiner ("who", "which", "that" as a pronoun). */
static bool relative_pronoun(const dyad_frames *f, int32_t w)
{
    return dyad_fr_lex_relative(f->lemma[w]) &&
           (f->s->tok[w].upos == DYAD_UPOS_PRON || f->s->tok[w].upos == DYAD_UPOS_DET);
}

/* Gives frame fi the subjects of word h: the subject arguments of h's frame (own or shared),
 * or h's own subject dependents when h is no predicate ("likely", "able"). */
static int share_subject(dyad_frames *f, int32_t fi, int32_t h, int via)
{
    dyad_frame *fr = &f->frame[fi];
    int role = subject_role(fr);
    int32_t hf = f->of_word[h];
    if (hf >= 0 && hf != fi) {
        const dyad_frame *g = &f->frame[hf];
        for (int32_t i = 0; i < g->narg; i++) {
            if (!g->arg[i].subject)
                continue;
            dyad_farg a = g->arg[i];
            a.role = (uint8_t)role;
            a.via = (uint8_t)(a.via == DYAD_VIA_APPOS ? DYAD_VIA_APPOS : via);
            if (dyad_fr_add_arg(f, fr, &a) != DYAD_OK)
                return DYAD_ENOMEM;
        }
        return DYAD_OK;
    }
    DYAD_FR_KIDS(f, h, k, c) {
        if (!dyad_fr_rel_is(f, c, "nsubj") && !dyad_fr_rel_is(f, c, "csubj"))
            continue;
        dyad_farg a = dyad_fr_arg(f, c, role, via, true);
        if (relative_pronoun(f, c) && dyad_fr_rel_is(f, h, "acl") && f->head[h] >= 0) {
            /* "the men who are willing to fight": who stands for the men */
            a = dyad_fr_arg(f, f->head[h], role, DYAD_VIA_RELCL, true);
        }
        if (dyad_fr_add_arg(f, fr, &a) != DYAD_OK)
            return DYAD_ENOMEM;
    }
    /* h a predicative word with no subject of its own, itself the complement of a predicate
     * ("Arnor is inching nearer to accord with X": nearer, under inching): that one's */
    int32_t g = f->head[h];
    if (!dyad_fr_has_subject(f, h) && g >= 0 && g != fr->pred && dyad_fr_rel_is(f, h, "xcomp") &&
        f->of_word[g] >= 0)
        return share_subject(f, fi, g, via);
    return DYAD_OK;
}

/* The object of h that may control its infinitive: obj, iobj, or the prepositional object of
 * "call on", "appeal to"; -1 when none. */
static int32_t controlling_object(dyad_frames *f, int32_t h)
{
    int32_t o = dyad_fr_kid(f, h, "obj");
    if (o < 0)
        o = dyad_fr_kid(f, h, "iobj");
    const char *want = dyad_fr_lex_prep_control(f->lemma[h]);
    DYAD_FR_KIDS(f, h, k, c) {
        if (o >= 0 || !want)
            break;
        int32_t pw;
        const char *p = dyad_fr_rel_is(f, c, "obl") ? dyad_fr_prep(f, c, &pw) : NULL;
        if (p && strcmp(p, want) == 0)
            o = c;
    }
    return o;
}

static int add_controller(dyad_frames *f, int32_t fi, int32_t o, int via)
{
    dyad_frame *fr = &f->frame[fi];
    dyad_farg a = dyad_fr_arg(f, o, subject_role(fr), via, true);
    return dyad_fr_add_arg(f, fr, &a);
}

/* A subjectless xcomp: "urged Modi to expel" (object control), "expects Iran to release"
 * (an object raised), "refused to release" (subject control), "is expected to visit" and
 * "seems to have attacked" (raising). */
static int control_xcomp(dyad_frames *f, int32_t fi)
{
    int32_t h = f->frame[fi].head;
    const char *hl = f->lemma[h];
    int32_t o = controlling_object(f, h);
    /* a gerund is no infinitive: "joined the calls asking X to ..." raises no object */
    if (o >= 0 && dyad_fr_gerund(f, f->frame[fi].pred) && !dyad_fr_lex_obj_control(hl))
        o = -1;
    /* "were making efforts to evacuate X": a causative's object controls no to-infinitive */
    if (o >= 0 && dyad_fr_lex_causative(hl) &&
        dyad_fr_kid_lemma(f, f->frame[fi].pred, "mark", "to") >= 0)
        o = -1;
    if (o >= 0 && !dyad_fr_lex_subj_control(hl)) {
        bool ctl = dyad_fr_lex_obj_control(hl) || dyad_fr_lex_prep_control(hl);
        return add_controller(f, fi, o, ctl ? DYAD_VIA_CONTROL : DYAD_VIA_RAISED);
    }
    int32_t hf = f->of_word[h];
    bool passive = hf >= 0 ? f->frame[hf].passive : dyad_fr_passive(f, h);
    bool raised = passive || dyad_fr_lex_raising(hl) || dyad_fr_lex_raising(f->s->tok[h].form);
    return share_subject(f, fi, h, raised ? DYAD_VIA_RAISED : DYAD_VIA_CONTROL);
}

/* A subjectless non-finite adverbial clause: "met in Berlin to discuss Iran" (the subject),
 * "accused Russia of attacking" (the object of an object-control verb). */
static int control_advcl(dyad_frames *f, int32_t fi)
{
    int32_t v = f->frame[fi].pred, h = f->frame[fi].head;
    if (dyad_fr_finite(f, v))
        return DYAD_OK;
    /* only a clause with its own marker is the object's ("accused Russia of attacking"); a
     * bare gerund or a by-gerund is the subject's ("made friends by backing X") */
    int32_t mk = dyad_fr_kid(f, v, "mark");
    bool marked = mk >= 0 && !dyad_fr_lemma_is(f, mk, "by");
    int32_t o = marked && dyad_fr_lex_obj_control(f->lemma[h]) ? controlling_object(f, h) : -1;
    if (o >= 0)
        return add_controller(f, fi, o, DYAD_VIA_CONTROL);
    return share_subject(f, fi, h, DYAD_VIA_CONTROL);
}

/* The author of message noun h ("statement", "tweet"), whose act a participle of h reports:
 * its possessor ("Pompeo's tweet blaming Iran"), its by-phrase ("a statement by the ministry
 * condemning"), or the subject of the verb h is the object or in-phrase of ("the ministry
 * issued a statement condemning", "said in a letter urging"); -1 when h is no message or none
 * is named. */
static int32_t message_author(dyad_frames *f, int32_t h)
{
    if (!dyad_fr_lex_message(f->lemma[h]))
        return -1;
    int32_t poss = dyad_fr_kid(f, h, "nmod:poss");
    if (poss >= 0)
        return poss;
    DYAD_FR_KIDS(f, h, k, c)
    if (dyad_fr_rel_is(f, c, "nmod")) {
        int32_t cw;
        const char *p = dyad_fr_prep(f, c, &cw);
        if (p && strcmp(p, "by") == 0)
            return c;
    }
    int32_t g = f->head[h];
    if (g < 0 || (!dyad_fr_rel_is(f, h, "obj") && !dyad_fr_rel_is(f, h, "obl")))
        return -1;
    if (dyad_fr_rel_is(f, h, "obl")) {
        int32_t cw;
        const char *p = dyad_fr_prep(f, h, &cw);
        if (!p || (strcmp(p, "in") != 0 && strcmp(p, "through") != 0 && strcmp(p, "via") != 0))
            return -1;
    }
    return dyad_fr_kid(f, g, "nsubj");
}

/* A relative clause or a participle modifying noun h: the relative pronoun stands for h ("the
 * soldiers who attacked"; "the town in which"), else h fills the gap: the subject of a
 * participle ("soldiers attacked by rebels": PATIENT; "troops guarding the border": AGENT) or
 * of a pronoun-less relative clause, or its object ("the village the soldiers attacked"). */
static int relative(dyad_frames *f, int32_t fi)
{
    dyad_frame *fr = &f->frame[fi];
    int32_t h = fr->head;
    for (int32_t i = 0; i < fr->narg; i++) {
        int32_t w = fr->arg[i].word;
        if (fr->arg[i].via == DYAD_VIA_DIRECT && relative_pronoun(f, w)) {
            fr->arg[i].word = h;
            fr->arg[i].via = DYAD_VIA_RELCL;
            fr->arg[i].rel = dyad_fr_rel(f, h);
            return DYAD_OK;
        }
    }
    static const char *const rel_adverbs[] = {"where", "when", "why", "how", "whose"};
    DYAD_FR_KIDS(f, fr->pred, k, c)
    for (size_t j = 0; j < DYAD_ARRAY_LEN(rel_adverbs); j++)
        if (dyad_fr_lemma_is(f, c, rel_adverbs[j]))
            return DYAD_OK;
    bool relcl = strcmp(fr->rel, "acl:relcl") == 0;
    dyad_farg a;
    if (has_subject_arg(fr)) {
        if (!relcl || fr->passive || dyad_fr_kid(f, fr->pred, "obj") >= 0)
            return DYAD_OK;
        a = dyad_fr_arg(f, h, DYAD_ROLE_PATIENT, DYAD_VIA_RELCL, false);
    } else {
        if (!relcl && !dyad_fr_participle(f, fr->pred) && !dyad_fr_gerund(f, fr->pred))
            return DYAD_OK; /* "a plan to attack": the plan does not attack */
        int32_t author = fr->passive ? -1 : message_author(f, h);
        a = dyad_fr_arg(f, author >= 0 ? author : h, subject_role(fr), DYAD_VIA_RELCL, true);
    }
    return dyad_fr_add_arg(f, fr, &a);
}

/* A noun the parser made a conjunct of v's head right before v, where it is v's subject
 * ("were abducted and guerrillas threaten to behead them"), else -1. */
static int32_t noun_before(const dyad_frames *f, int32_t v)
{
    int32_t n = v - 1, h = f->head[v];
    if (n < 0 || f->head[n] != h || !dyad_fr_rel_is(f, n, "conj"))
        return -1;
    int u = f->s->tok[n].upos;
    return u == DYAD_UPOS_NOUN || u == DYAD_UPOS_PROPN || u == DYAD_UPOS_PRON ? n : -1;
}

/* A conjoined predicate with no subject of its own takes its first conjunct's ("Troops
 * entered the town and arrested two men"), and an object placed after both when it has none
 * ("police arrested and charged the men"). A first conjunct that is no predicate and has no
 * subject is a parse slip ("said the attack had killed twelve and injured twelve more" with
 * injured hung from twelve): the nearest predicate above stands for it. */
static int conjunct(dyad_frames *f, int32_t fi)
{
    dyad_frame *fr = &f->frame[fi];
    int32_t v = fr->pred, h = fr->head, first = h;
    if (f->of_word[h] < 0 && !dyad_fr_has_subject(f, h) && fr->gov >= 0)
        first = f->frame[fr->gov].pred;
    int32_t own = noun_before(f, v);
    if (own >= 0 && !has_subject_arg(fr)) {
        dyad_farg a = dyad_fr_arg(f, own, subject_role(fr), DYAD_VIA_DIRECT, true);
        if (dyad_fr_add_arg(f, fr, &a) != DYAD_OK)
            return DYAD_ENOMEM;
    }
    if (!has_subject_arg(fr) && share_subject(f, fi, first, DYAD_VIA_CONJ) != DYAD_OK)
        return DYAD_ENOMEM;
    fr = &f->frame[fi];
    if (fr->passive || dyad_fr_kid(f, v, "obj") >= 0 || dyad_fr_kid(f, v, "ccomp") >= 0)
        return DYAD_OK;
    DYAD_FR_KIDS(f, h, k, c) {
        if (c < v || !dyad_fr_rel_is(f, c, "obj"))
            continue;
        dyad_farg a = dyad_fr_arg(f, c, DYAD_ROLE_PATIENT, DYAD_VIA_CONJ, false);
        if (dyad_fr_add_arg(f, fr, &a) != DYAD_OK)
            return DYAD_ENOMEM;
    }
    return DYAD_OK;
}

int dyad_fr_expand(dyad_frames *f, dyad_frame *fr, int32_t from)
{
    for (int32_t i = from; i < fr->narg; i++) {
        dyad_farg a = fr->arg[i];
        if (a.role == DYAD_ROLE_COMP || a.frame >= 0)
            continue;
        DYAD_FR_KIDS(f, a.word, k, c) {
            dyad_farg b = a;
            b.word = c;
            b.rel = dyad_fr_rel(f, c);
            if (dyad_fr_rel_is(f, c, "appos")) {
                b.via = DYAD_VIA_APPOS;
            } else if (dyad_fr_rel_is(f, c, "conj") && f->of_word[c] < 0 &&
                       !dyad_fr_has_subject(f, c)) {
                int32_t pw;
                const char *p = a.prep_word >= 0 ? dyad_fr_prep(f, c, &pw) : "";
                if (!p)
                    return DYAD_ENOMEM;
                if (*p) { /* "with Sudan and with Chad": the conjunct's own preposition */
                    b.prep = p;
                    b.prep_word = pw;
                }
                if (a.via != DYAD_VIA_APPOS)
                    b.via = DYAD_VIA_CONJ;
            } else {
                continue;
            }
            if (dyad_fr_add_arg(f, fr, &b) != DYAD_OK)
                return DYAD_ENOMEM;
        }
    }
    return DYAD_OK;
}

/* "Police arrested and questioned the student", "attacked and destroyed a base" parsed with the
 * object under the last verb: a first conjunct with nothing of its own after it but that
 * conjunct (and no object, clause or passive) shares the object placed after both, unless it
 * is a verb news uses without one ("arrived and attacked the village"). */
static int raised_object(dyad_frames *f, int32_t fi)
{
    static const char *const intransitive[] = {
        "arrive", "come",   "go",      "gather", "rally",   "march",  "protest", "demonstrate",
        "die",    "resign", "return",  "leave",  "flee",    "fight",  "retaliate", "respond",
        "react",  "speak",  "talk",    "agree",  "move",    "act",    "step",    "stand",
        "meet",   "work",   "cooperate"};
    dyad_frame *fr = &f->frame[fi];
    int32_t v = fr->pred, c = -1;
    if (fr->kind != DYAD_FRAME_VERB || fr->passive || dyad_fr_kid(f, v, "obj") >= 0 ||
        dyad_fr_kid(f, v, "ccomp") >= 0 || dyad_fr_kid(f, v, "xcomp") >= 0)
        return DYAD_OK;
    for (size_t i = 0; i < DYAD_ARRAY_LEN(intransitive); i++)
        if (dyad_fr_lemma_is(f, v, intransitive[i]))
            return DYAD_OK;
    DYAD_FR_KIDS(f, v, k, w) {
        if (w < v || dyad_fr_rel_is(f, w, "punct"))
            continue;
        if (c >= 0 || !dyad_fr_rel_is(f, w, "conj") || f->of_word[w] < 0)
            return DYAD_OK; /* something of its own after it, or two conjuncts */
        c = w;
    }
    if (c < 0 || dyad_fr_passive(f, c))
        return DYAD_OK;
    for (int32_t i = v + 1; i < c; i++) /* only "and", "then", "later" between */
        if (f->head[i] != c ||
            !(dyad_fr_rel_is(f, i, "cc") || dyad_fr_rel_is(f, i, "advmod") ||
              dyad_fr_rel_is(f, i, "punct")))
            return DYAD_OK;
    int32_t o = dyad_fr_kid(f, c, "obj");
    if (o < 0)
        return DYAD_OK;
    dyad_farg a = dyad_fr_arg(f, o, DYAD_ROLE_PATIENT, DYAD_VIA_CONJ, false);
    return dyad_fr_add_arg(f, fr, &a);
}

int dyad_fr_share(dyad_frames *f, int32_t fi)
{
    int rc = raised_object(f, fi);
    if (rc != DYAD_OK)
        return rc;
    dyad_frame *fr = &f->frame[fi];
    if (fr->head >= 0) {
        if (dyad_fr_rel_is(f, fr->pred, "acl") || dyad_fr_rel_is(f, fr->pred, "amod"))
            rc = relative(f, fi);
        else if (has_subject_arg(fr))
            rc = DYAD_OK;
        else if (dyad_fr_rel_is(f, fr->pred, "xcomp"))
            rc = control_xcomp(f, fi);
        else if (dyad_fr_rel_is(f, fr->pred, "advcl"))
            rc = control_advcl(f, fi);
        else if (dyad_fr_rel_is(f, fr->pred, "conj"))
            rc = conjunct(f, fi);
    }
    if (rc != DYAD_OK)
        return rc;
    return dyad_fr_expand(f, &f->frame[fi], 0);
}
