/* coder_target.c — the target of a verb or event noun: the phrase its pattern bound with '+'
 * (with the act's by-agent and the victim of an act named without its doer) or, without one,
 * the first actor among its arguments: a passive subject, object, oblique or nmod, an of/with
 * chain under them, a complement that codes nothing itself, the subject of a complement
 * clause; never where the act happened or what a statement reports. */
#include "coder/coder_internal.h"

#include <string.h>

/* A by-phrase naming an actor in the chain of nouns under n ("the closure of the border by
 * Kenya"), -1 when none. */
static int32_t by_agent(dyad_coder_sent *x, int32_t n, int depth)
{
    for (const int32_t *g = x->kids[n]; *g >= 0 && depth < 3; g++) {
        if (!dyad_coder_has_dep(dyad_coder_rel(x, *g), "nmod") ||
            strcmp(dyad_coder_rel(x, *g), "nmod:poss") == 0)
            continue;
        if (dyad_coder_is(dyad_coder_prep(x, *g), "by") && dyad_coder_actor_of(x, *g)->a.code[0])
            return *g;
        int32_t t = by_agent(x, *g, depth + 1);
        if (t >= 0)
            return t;
    }
    return -1;
}

/* The word heading an actor in the chain of nouns under n (its nmod phrases, a noun's
 * obliques, a participle's arguments), -1 when none. With said, the chain is what a statement
 * is about ("announced restrictions on flights to Cuba"), so neither a clause under the phrase
 * ("his plan to choose a woman", "thoughts were with the children") nor a by-agent ("the
 * tests by a military laboratory"). */
static int32_t nmod_actor(dyad_coder_sent *x, int32_t n, int depth, bool said)
{
    if (depth > 3)
        return -1;
    /* "condemned the closure of the border by Kenya": a reaction to an act named by a noun is
     * aimed at the one who did it, its by-agent, before anything the act was done to (the
     * parser may hang the by-phrase on a noun of the chain: "the border by Kenya") */
    int32_t by = !said && depth == 0 ? by_agent(x, n, 0) : -1;
    if (by >= 0)
        return by;
    for (const int32_t *g = x->kids[n]; *g >= 0; g++) {
        const char *r = dyad_coder_rel(x, *g);
        if (said && (strcmp(r, "acl") == 0 || dyad_coder_clause_head(x, *g) ||
                     dyad_coder_is(dyad_coder_prep(x, *g), "by")))
            continue;
        bool arg = !said && depth > 0 && (dyad_coder_has_dep(r, "obl") || strcmp(r, "obj") == 0);
        if (strcmp(r, "acl") == 0 || arg) {
            /* "the roads leading into Mordor", "memos sent by Bree", "a parade supporting X" */
            int32_t t = strcmp(r, "acl") == 0 ? nmod_actor(x, *g, depth + 1, said) : -1;
            if (t < 0 && arg && !dyad_coder_aside(x, *g) && dyad_coder_actor_of(x, *g)->a.code[0])
                t = *g; /* not "lying | as part of X's investigation" */
            if (t >= 0)
                return t;
            continue;
        }
        bool under_nonverb = x->s->tok[n].upos != DYAD_UPOS_VERB && dyad_coder_has_dep(r, "obl");
        if ((!dyad_coder_has_dep(r, "nmod") && !under_nonverb) || strcmp(r, "nmod:poss") == 0)
            continue;
        if (dyad_coder_chain_stop(x, n, *g, depth) || (!said && dyad_coder_topic(x, *g, NULL)))
            continue; /* "a summit in Rome", "protests in Hong Kong", "a report about X"
                         (coder_aside.c) */
        if (dyad_coder_actor_of(x, *g)->a.code[0])
            return *g;
        int32_t t = nmod_actor(x, *g, depth + 1, said);
        if (t >= 0)
            return t;
    }
    return -1;
}

/* The target among v's dependents: a passive subject, object, indirect object, oblique or
 * nmod naming an actor, else one in an of/with chain under the object or an oblique. With
 * said (a statement without a pattern) the object itself is no target (what is said, "said
 * voters deserve ..."), nor an oblique of medium or place ("on social media"). */
static int32_t default_target(dyad_coder_sent *x, int32_t v, bool nominal, bool said)
{
    static const char *const order[] = {"nsubj:pass", "obj", "iobj", "obl", "nmod"};
    for (size_t o = 0; o < DYAD_ARRAY_LEN(order); o++)
        for (const int32_t *k = x->kids[v]; *k >= 0; k++) {
            const char *r = dyad_coder_rel(x, *k);
            bool hit = o >= 3 ? (dyad_coder_has_dep(r, order[o]) && strcmp(r, "obl:agent") != 0 &&
                                 strcmp(r, "nmod:poss") != 0 &&
                                 !dyad_coder_is(dyad_coder_prep(x, *k), "by"))
                              : strcmp(r, order[o]) == 0;
            if ((nominal && o < 3) || ((said || dyad_coder_topic_verb(x, v)) && o == 1) ||
                (said && o >= 3 && !dyad_coder_said_prep(x, *k)) ||
                (o >= 3 && dyad_coder_no_target(x, v, *k)))
                hit = false; /* "arrested X in Kerala": where, not whom */
            if (hit && dyad_coder_actor_of(x, *k)->a.code[0])
                return *k;
        }
    /* "Russia attacked Ukraine and was condemned by Japan": a passive conjunct's subject is
     * the first conjunct's, which the frames share (its PATIENT via the conjunction) */
    const dyad_frames *f = nominal ? NULL : dyad_coder_frames(x);
    const dyad_frame *fr = f ? dyad_frames_of_word(f, v) : NULL;
    /* "police arrested and charged the men", however the parser hangs the object: an object
     * placed after both conjoined verbs is each one's (the frames share it via the
     * conjunction); "Ukraine, which Russia attacked": the relative pronoun's antecedent */
    for (int32_t i = 0; fr && i < fr->narg; i++) {
        const dyad_farg *a = &fr->arg[i];
        if (a->role == DYAD_ROLE_PATIENT && a->subject == fr->passive &&
            (a->via == DYAD_VIA_CONJ || (a->via == DYAD_VIA_RELCL && !fr->passive && !said)) &&
            dyad_coder_actor_of(x, a->word)->a.code[0])
            return a->word;
    }
    /* "condemned the closure of the border | by Kenya" with the by-phrase hung on the active
     * verb: a reaction to an act named by the object is aimed at the act's agent, as when
     * the by-phrase hangs on the object's chain (nmod_actor) */
    if (!nominal && !said && dyad_coder_kid(x, v, "obj") >= 0 &&
        dyad_coder_kid(x, v, "aux:pass") < 0 && dyad_coder_kid(x, v, "nsubj:pass") < 0)
        for (const int32_t *k = x->kids[v]; *k >= 0; k++)
            if (strcmp(dyad_coder_rel(x, *k), "obl") == 0 &&
                dyad_coder_is(dyad_coder_prep(x, *k), "by") &&
                x->s->tok[*k].upos != DYAD_UPOS_VERB && dyad_coder_actor_of(x, *k)->a.code[0])
                return *k;
    /* "restored ties with X", "welcomed a resumption of ties with X": an actor in an
     * of/with chain hanging off the object or an oblique */
    for (const int32_t *k = x->kids[v]; *k >= 0; k++) {
        const char *r = dyad_coder_rel(x, *k);
        if (strcmp(r, "obj") != 0 && !(dyad_coder_has_dep(r, "obl") && strcmp(r, "obl:agent") != 0))
            continue;
        if (said && strcmp(r, "obj") != 0 && !dyad_coder_said_prep(x, *k))
            continue;
        if (strcmp(r, "obj") == 0 && dyad_coder_topic_verb(x, v))
            continue; /* "discussed Iran's nuclear program": what is discussed */
        if (strcmp(r, "obj") != 0 && dyad_coder_venue(x, *k))
            continue; /* "met on the sidelines of the UN General Assembly": where */
        int32_t t = nmod_actor(x, *k, 0, said);
        if (t >= 0)
            return t;
    }
    return -1;
}

/* v has an object, or a nominal in a prepositional phrase ("said on Saturday"; not a bare
 * "said today"), that could have been a target. */
bool dyad_coder_uncoded_object(const dyad_coder_sent *x, int32_t v)
{
    for (const int32_t *k = x->kids[v]; *k >= 0; k++) {
        const char *r = dyad_coder_rel(x, *k);
        int u = x->s->tok[*k].upos;
        if (u != DYAD_UPOS_NOUN && u != DYAD_UPOS_PROPN)
            continue;
        if (strcmp(r, "obj") == 0 || (dyad_coder_has_dep(r, "obl") && *dyad_coder_prep(x, *k)))
            return true;
    }
    return false;
}

/* The head of the phrase word t modifies on the way up to v: a word inside an argument's phrase
 * stands for the phrase ("Indian" or "Minister" in "hosted Indian Prime Minister Narendra
 * Modi", Minister being nmod:desc of Narendra); t itself when it modifies nothing. */
static int32_t phrase_head(const dyad_coder_sent *x, int32_t v, int32_t t)
{
    for (int guard = 0; guard < 4 && t >= 0 && dyad_coder_head(x, t) != v; guard++) {
        const char *rt = dyad_coder_rel(x, t);
        if (!dyad_coder_has_dep(rt, "amod") && !dyad_coder_has_dep(rt, "compound") &&
            !dyad_coder_has_dep(rt, "flat") && strcmp(rt, "nmod:desc") != 0 &&
            !dyad_coder_has_dep(rt, "appos"))
            break;
        t = dyad_coder_head(x, t);
    }
    return t;
}

/* t is v's object, passive subject or oblique ("visited Kiev", "met with X"). */
static bool own_argument(const dyad_coder_sent *x, int32_t v, int32_t t)
{
    t = phrase_head(x, v, t);
    if (t < 0)
        return false;
    const char *r = dyad_coder_rel(x, t);
    /* an event noun's argument is its prepositional phrase ("Obama's visit to Moscow"), not
     * its possessor or by-agent */
    bool noun_arg = x->s->tok[v].upos == DYAD_UPOS_NOUN && dyad_coder_has_dep(r, "nmod") &&
                    strcmp(r, "nmod:poss") != 0 && !dyad_coder_is(dyad_coder_prep(x, t), "by");
    return dyad_coder_head(x, t) == v &&
           (strcmp(r, "obj") == 0 || strcmp(r, "iobj") == 0 || strcmp(r, "nsubj:pass") == 0 ||
            (dyad_coder_has_dep(r, "obl") && strcmp(r, "obl:agent") != 0) || noun_arg);
}

/* No target among v's own dependents: one in a complement that codes nothing itself, after
 * v: an adjective ("marched close to the border with X"), an infinitive or participle of a
 * verb the dictionary does not know ("signed an accord to supply X with wheat", "boycotted the
 * parade supporting X" with the participle hung from the verb). A statement (said) takes only
 * a gerund's ("admits downing Ukrainian jet"), not a plan's ("announces plans to begin ...
 * following Trump election loss"). */
static int32_t complement_target(dyad_coder_sent *x, int32_t v, bool said)
{
    for (const int32_t *k = x->kids[v]; *k >= 0; k++) {
        const char *r = dyad_coder_rel(x, *k);
        int u = x->s->tok[*k].upos;
        int32_t after = 0;
        if (*k < v || (strcmp(r, "xcomp") != 0 && strcmp(r, "advcl") != 0))
            continue;
        bool adj = u == DYAD_UPOS_ADJ || u == DYAD_UPOS_ADV;
        const char *xp = x->s->tok[*k].xpos ? x->s->tok[*k].xpos : "";
        int32_t mk = dyad_coder_kid(x, *k, "mark");
        bool to = mk >= 0 && dyad_coder_is(x->lemma[mk], "to");
        bool ing = mk < 0 && strcmp(xp, "VBG") == 0; /* "the parade supporting X" as advcl */
        const dyad_verb *kv = dyad_coder_find_verb(x, *k, &after);
        bool inf = u == DYAD_UPOS_VERB && (to || ing) && dyad_coder_kid(x, *k, "nsubj") < 0 &&
                   (!kv || kv->via); /* a WordNet verb counts as unknown here (xcomp_codes) */
        if ((!adj && !inf) || (said && !ing))
            continue;
        if (dyad_coder_is(x->lemma[*k], "become") || dyad_coder_is(x->lemma[*k], "remain"))
            continue; /* "resigned to become Secretary of State": what the subject becomes */
        int32_t t = default_target(x, *k, false, false);
        if (t >= 0)
            return t;
    }
    return -1;
}

/* "X was the target of a rebel attack", "X has been the subject of US sanctions": the
 * subject of the copular noun whose of-phrase the nominal act v is; -1 when none. */
static int32_t target_of_copula(dyad_coder_sent *x, int32_t v)
{
    static const char *const heads[] = {"target", "targets", "subject", "victim", "victims",
                                        "object"};
    int32_t h = dyad_coder_head(x, v);
    if (h < 0 || !dyad_coder_has_dep(dyad_coder_rel(x, v), "nmod") ||
        !dyad_coder_is(dyad_coder_prep(x, v), "of") ||
        !dyad_coder_is_any(x->form[h], heads, DYAD_ARRAY_LEN(heads)) ||
        dyad_coder_kid(x, h, "cop") < 0)
        return -1;
    int32_t s = dyad_coder_kid(x, h, "nsubj");
    return s >= 0 && dyad_coder_actor_of(x, s)->a.code[0] ? s : -1;
}

/* The target of v's pattern: the phrase ptgt its '+' bound, or the agent of the act it names
 * without its doer; nothing for the one that act was done to. False when a paired event's
 * target is no argument of v's own (v then codes nothing). */
static bool pattern_target(dyad_coder_clause *c, int32_t ptgt)
{
    dyad_coder_sent *x = c->x;
    int32_t v = c->v;
    if (c->hit->code2 &&
        (!own_argument(x, v, ptgt) || dyad_coder_site(x, phrase_head(x, v, ptgt)) ||
         !dyad_coder_someone(x, phrase_head(x, v, ptgt)))) {
        /* a paired event ("hosted X" [043:042]) needs X as the verb's own argument, not an
         * actor deeper in the clause ("received the call ..., according to police"), and a
         * host, not a site ("visited the hospital", "toured a refugee camp") */
        return false;
    }
    int32_t o = c->nominal || c->statement ? -1 : dyad_coder_kid(x, v, "obj");
    bool act = o >= 0 && !dyad_coder_actor_of(x, o)->a.code[0];
    int32_t by = act ? by_agent(x, o, 0) : -1;
    if (by >= 0 && by != ptgt && dyad_coder_under(x, ptgt, o))
        ptgt = by; /* "condemned the closure of the Somali border by Kenya": Kenya */
    else if (act && by < 0) {
        /* the parser hung the by-phrase on the verb ("condemned the closure of the Somali
         * border | by Kenya"), or on the oblique the pattern's target is in ("attacked the
         * proclamation of X as Israeli territory | by Trump") */
        int32_t arg = ptgt; /* ptgt's phrase among v's dependents */
        for (int guard = 0; guard < 16 && arg >= 0 && dyad_coder_head(x, arg) != v; guard++)
            arg = dyad_coder_head(x, arg);
        for (const int32_t *k = x->kids[v]; *k >= 0 && by < 0; k++)
            if (strcmp(dyad_coder_rel(x, *k), "obl") == 0 &&
                dyad_coder_is(dyad_coder_prep(x, *k), "by") &&
                x->s->tok[*k].upos != DYAD_UPOS_VERB && dyad_coder_actor_of(x, *k)->a.code[0])
                by = *k;
        for (const int32_t *k = x->kids[v]; *k >= 0 && by < 0; k++)
            if (strcmp(dyad_coder_rel(x, *k), "obl") == 0)
                by = by_agent(x, *k, 0);
        if (by >= 0 && by != ptgt &&
            (dyad_coder_under(x, ptgt, o) ||
             (arg >= 0 && strcmp(dyad_coder_rel(x, arg), "obl") == 0)))
            ptgt = by;
    }
    /* "condemned the attack on the Saudi oil facilities", "criticized the investigation
     * into X": the one an act of force or coercion named without its doer was done to is
     * not the one blamed (the doer may be an earlier event's: dyad_coder_act_referent); but
     * a verb that ascribes the act names its doer ("attributed the attack to X", "blamed the
     * bombing on X", the phrase hung on the noun) */
    static const char *const ascribing[] = {"attribute", "ascribe", "blame", "pin"};
    bool victim = act && ptgt != by && dyad_coder_under(x, ptgt, o) &&
                  strncmp(c->code, "11", 2) == 0 &&
                  dyad_coder_act_noun(x->form[o], DYAD_ACT_NOUN_FORCE) &&
                  !dyad_coder_is_any(x->lemma[v], ascribing, DYAD_ARRAY_LEN(ascribing));
    if (own_argument(x, v, ptgt))
        ptgt = phrase_head(x, v, ptgt); /* the argument, not its "Russian" */
    else
        ptgt = dyad_coder_name_head(x, ptgt); /* "into President Trump": Trump, not the title */
    if (!victim && (!c->statement || !dyad_coder_said_inside(x, v, ptgt)))
        dyad_coder_actors_of(x, ptgt, &c->tgt);
    return true;
}

/* Without a pattern's target: the first of v's arguments (and the places a noun's or a light
 * verb's target may be) naming an actor the act is aimed at; -1 when none. */
static int32_t argument_target(dyad_coder_clause *c, bool content_blind)
{
    dyad_coder_sent *x = c->x;
    int32_t v = c->v;
    bool nominal = c->nominal, said = c->statement && !c->hit;
    const char *code = c->code;
    int32_t t = default_target(x, v, nominal, said);
    if (nominal && t >= 0 && t == c->nsrc)
        t = -1; /* "criticism from X": the source, not the target */
    if (t < 0 && nominal)
        t = target_of_copula(x, v); /* "X was the target of a rebel attack" */
    if (t < 0 && c->lv >= 0)
        t = dyad_coder_light_target(x, c->lv); /* "opened a case against X" */
    if (t < 0 && nominal)
        t = dyad_coder_nominal_aimed_at(x, v, code); /* "despite criticism by Y" */
    /* the rest of a verb phrase the parser made v's dependent ("wire" + xcomp "tap") */
    for (int32_t i = v + 1; t < 0 && i <= v + c->after && i < x->s->n; i++)
        if (dyad_coder_head(x, i) == v)
            t = default_target(x, i, nominal, said);
    if (t < 0 && !nominal)
        t = complement_target(x, v, said);
    if (t < 0 && !nominal)
        t = dyad_coder_asked_target(x, v, code);
    if (t < 0 && !nominal && dyad_coder_amod_verb(x, v) >= 0)
        t = c->h;
    if (t >= 0 && dyad_coder_actor_only(code) && dyad_coder_locative(x, t) &&
        (dyad_coder_head(x, t) == v || dyad_coder_bare_place(dyad_coder_actor_of(x, t))))
        t = -1; /* "staged a protest in Nairobi", "protested in the Kenyan capital": where,
                   not whom it is aimed at */
    if (t >= 0 && content_blind && dyad_coder_in_content(x, v, t))
        t = -1;
    if (t >= 0 && strncmp(code, "0831", 4) == 0 && dyad_coder_head(x, t) != v)
        t = -1; /* a resignation yields to whom it names, not to a phrase deep in its
                   clause ("announced his resignation in a video broadcast to the U.S.
                   territory"); the protesters it follows are dyad_coder_yielded_to's */
    return t;
}

/* No target yet, and v reports nothing: the subject of v's complement clause when it comes
 * after v, or that clause's own target when its subject is the source again. */
static void complement_subject_target(dyad_coder_clause *c)
{
    dyad_coder_sent *x = c->x;
    int32_t v = c->v;
    /* no object: the first noun phrase after the verb, which for "allowed that Mordor
     * isn't ..." or "believes Dagolath can cope" is the complement's subject (not for
     * "discussed why Uganda closed the border": what is discussed) */
    int32_t cc = dyad_coder_kid(x, v, "ccomp");
    int32_t cs = cc >= 0 ? dyad_coder_kid(x, cc, "nsubj") : -1;
    if (cc >= 0 && cs < 0)
        cs = dyad_coder_kid(x, cc, "nsubj:pass"); /* "hopes that X could be drawn into" */
    if (cs > v)
        dyad_coder_actors_of(x, cs, &c->tgt);
    if (cs > v && c->src.n == 1 &&
        (!c->tgt.n || (c->tgt.n == 1 && strcmp(c->tgt.v[0].a.code, c->src.v[0].a.code) == 0))) {
        /* "X began to question whether he has a future with Y": the complement's subject
         * is the source again (or no actor); the complement's own target is the one */
        c->tgt.n = 0;
        int32_t t = default_target(x, cc, false, false);
        if (t >= 0)
            dyad_coder_actors_of(x, t, &c->tgt);
    }
}

/* t lies in one of v's own nominal arguments (an oblique and the chain under it: "allied
 * itself with groups such as X"), not in a clause under v. */
static bool in_own_nominal(const dyad_coder_sent *x, int32_t v, int32_t t)
{
    for (int guard = 0; guard < 32 && t >= 0; guard++) {
        int32_t h = dyad_coder_head(x, t);
        if (h == v) {
            const char *r = dyad_coder_rel(x, t);
            return x->s->tok[t].upos != DYAD_UPOS_VERB &&
                   (dyad_coder_has_dep(r, "obl") || strcmp(r, "iobj") == 0);
        }
        t = h;
    }
    return false;
}

/* v's object is a reflexive pronoun ("killed himself", "set themselves on fire"): the act is
 * done to its own doer. */
static bool reflexive_object(const dyad_coder_sent *x, int32_t v)
{
    static const char *const selves[] = {"myself",  "yourself",  "himself",    "herself",
                                         "itself",  "oneself",   "ourselves",  "yourselves",
                                         "themselves"};
    int32_t o = dyad_coder_kid(x, v, "obj");
    return o >= 0 && dyad_coder_is_any(x->form[o], selves, DYAD_ARRAY_LEN(selves));
}

bool dyad_coder_clause_target(dyad_coder_clause *c)
{
    dyad_coder_sent *x = c->x;
    int32_t v = c->v, ptgt = c->ptgt;
    /* an act done to its own doer has no other target but in its own obliques ("defended itself
     * against X"), never one in a clause under it ("killed himself to avoid capture by X") */
    bool self = !c->nominal && reflexive_object(x, v);
    if (self && ptgt >= 0 && !in_own_nominal(x, v, ptgt))
        ptgt = -1;
    /* a proposal or an endorsement is not aimed at what its object would do to others ("proposed
     * a law that would fund the army", "supported a resolution that condemns Iran"); an
     * agreement signed is with the one it supplies ("signed an accord to supply X", 057) */
    bool content_blind = !c->nominal && (strncmp(c->code, "03", 2) == 0 ||
                                         (strncmp(c->code, "05", 2) == 0 &&
                                          strcmp(c->code, "057") != 0));
    if (c->hit && ptgt >= 0 && content_blind && dyad_coder_in_content(x, v, ptgt))
        ptgt = -1;
    if (c->hit && ptgt >= 0) {
        if (!pattern_target(c, ptgt))
            return false;
    } else {
        int32_t t = argument_target(c, content_blind);
        if (self && t >= 0 && !in_own_nominal(x, v, t))
            t = -1;
        if (t >= 0 && !(c->statement && dyad_coder_said_inside(x, v, t)))
            dyad_coder_actors_of(x, t, &c->tgt);
    }
    if (!c->tgt.n && !c->statement && !self && !dyad_coder_topic_verb(x, v))
        complement_subject_target(c);
    if (!c->tgt.n && c->passive && c->h >= 0 && strcmp(dyad_coder_rel(x, v), "acl") == 0)
        dyad_coder_actors_of(x, c->h, &c->tgt); /* "soldiers attacked by rebels" */
    return true;
}
