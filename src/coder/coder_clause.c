/* coder_clause.c — one verb (or event noun) at a time: the clause words, the verb entry, the
 * target, the pattern (coder_pattern.c), the source (coder_source.c), the events. */
#include "coder/coder_internal.h"

#include <string.h>

#include "base/strbuf.h"

#define MAX_SEQ 256
static bool clause_rel(const char *r)
{
    return !(dyad_coder_has_dep(r, "nsubj") || dyad_coder_has_dep(r, "csubj") ||
             strcmp(r, "punct") == 0 || strcmp(r, "conj") == 0 || strcmp(r, "cc") == 0 ||
             dyad_coder_has_dep(r, "parataxis") || strcmp(r, "advcl") == 0 ||
             strcmp(r, "mark") == 0 || strcmp(r, "acl:relcl") == 0);
}

/* A subjectless "to" + verb dependent: a complement however the parser labels it ("vowed to
 * wage war" with wage as advcl), so it belongs to the clause the patterns see. */
static bool to_infinitive(const dyad_coder_sent *x, int32_t i)
{
    const char *r = dyad_coder_rel(x, i);
    if (strcmp(r, "advcl") != 0 && strcmp(r, "xcomp") != 0)
        return false;
    int32_t mk = dyad_coder_kid(x, i, "mark");
    return x->s->tok[i].upos == DYAD_UPOS_VERB && mk >= 0 && dyad_coder_is(x->lemma[mk], "to") &&
           dyad_coder_kid(x, i, "nsubj") < 0;
}

/* The preposition that opens a gerund clause of the verb ("charged | with taking hard drives",
 * "blamed him | for helping rebels"): a pattern's "with" or "for" may stand for it, as for a
 * noun ("charged with theft"); -1 when i is no such clause. */
static int32_t gerund_preposition(const dyad_coder_sent *x, int32_t i)
{
    /* not "against": what one is warned against is no content of the warning's pattern */
    static const char *const preps[] = {"with", "for", "of"};
    if (strcmp(dyad_coder_rel(x, i), "advcl") != 0 || !x->s->tok[i].xpos ||
        strcmp(x->s->tok[i].xpos, "VBG") != 0)
        return -1;
    int32_t mk = dyad_coder_kid(x, i, "mark");
    return mk >= 0 && mk < i && dyad_coder_is_any(x->lemma[mk], preps, DYAD_ARRAY_LEN(preps)) ? mk
                                                                                              : -1;
}

static void collect(const dyad_coder_sent *x, int32_t w, uint8_t *in, int depth)
{
    if (w >= MAX_SEQ)
        return; /* words past MAX_SEQ (long CoNLL-U sentences) take no part in patterns */
    in[w] = 1;
    if (depth > 12)
        return;
    for (const int32_t *k = x->kids[w]; *k >= 0; k++) {
        if (strcmp(dyad_coder_rel(x, *k), "punct") != 0 &&
            (depth > 0 || clause_rel(dyad_coder_rel(x, *k)) || to_infinitive(x, *k)))
            collect(x, *k, in, depth + 1);
        else if (depth == 0) { /* the gerund clause's preposition, not its words */
            int32_t mk = gerund_preposition(x, *k);
            if (mk >= 0 && mk < MAX_SEQ)
                in[mk] = 1;
        }
    }
}

/* ---- targets ---- */

/* said: what a statement is about ("announced restrictions on flights to Cuba"), so neither a
 * clause under the phrase ("his plan to choose a woman", "thoughts were with the children")
 * nor a by-agent ("the tests by a military laboratory"). */

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
    for (int32_t i = 0; fr && fr->passive && i < fr->narg; i++) {
        const dyad_farg *a = &fr->arg[i];
        if (a->role == DYAD_ROLE_PATIENT && a->subject && a->via == DYAD_VIA_CONJ &&
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
        int32_t t = nmod_actor(x, *k, 0, said);
        if (t >= 0)
            return t;
    }
    return -1;
}

/* v has an object, or a nominal in a prepositional phrase ("said on Saturday"; not a bare
 * "said today"), that could have been a target. */
static bool uncoded_object(const dyad_coder_sent *x, int32_t v)
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

static const dyad_verb *find_verb(const dyad_coder_sent *x, int32_t v, int32_t *after);

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

/* A court's finding that a thing is unlawful (coder_ruling.c), coded 116 from the court to the
 * thing's owner; false when v makes none. *rc gets the emit's status. */
static bool court_finding(dyad_coder_sent *x, int32_t v, dyad_event_list *out, dyad_err *err,
                          int *rc)
{
    int32_t thing = dyad_coder_found_unlawful(x, v);
    if (thing < 0)
        return false; /* most verbs: no source looked up */
    const char *note = "";
    bool passive = false;
    int32_t s = dyad_coder_source_of(x, v, &note, &passive, 0);
    dyad_coder_actors src = {.n = 0}, tgt = {.n = 0};
    if (s < 0 || passive)
        return false;
    dyad_coder_actors_of(x, s, &src);
    if (!dyad_coder_ruling(x, thing, &src, &tgt))
        return false;
    for (int j = 0; j < tgt.n && *rc == DYAD_OK; j++)
        *rc = dyad_coder_emit(x, &src.v[0], &tgt.v[j], "116", v,
                              "court finding: * X unlawful (coder_ruling.c)", "ruling", out, err);
    return true;
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
        const dyad_verb *kv = find_verb(x, *k, &after);
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

/* v has a verb complement the dictionaries code ("agreed to meet"); a verb generalised with
 * WordNet does not count: a dictionary verb never steps aside for a lower-confidence one. */
static bool xcomp_codes(dyad_coder_sent *x, int32_t v)
{
    const dyad_coder_lex *l = &x->c->lex;
    for (const int32_t *k = x->kids[v]; *k >= 0; k++)
        if (strcmp(dyad_coder_rel(x, *k), "xcomp") == 0 && x->s->tok[*k].upos == DYAD_UPOS_VERB) {
            int32_t len = 0;
            const dyad_verb *vb = l->verb(l->ctx, x->lemma + *k, 1, &len);
            if (vb && !vb->via && ((vb->code && vb->code[0] != '-') || vb->npat > 0))
                return true;
        }
    return false;
}

/* The verb entry of the phrase starting at word `at` whose words run through v (the form as
 * written first: a dictionary may give an inflected form its own entry, PETRARCH's "LEFT"
 * apart from "LEAVE"; then v's lemma), or NULL. */
static const dyad_verb *verb_at(const dyad_coder_sent *x, int32_t at, int32_t v, int32_t *after)
{
    const dyad_coder_lex *l = &x->c->lex;
    const char *w[6];
    int32_t len = 0;
    int32_t prt = dyad_coder_kid(x, v, "compound:prt");
    int n = 0;
    for (int32_t i = at; i < v; i++)
        w[n++] = x->form[i];
    int vi = n;
    w[n++] = x->form[v];
    if (prt >= 0)
        w[n++] = x->form[prt];
    for (int32_t i = v + 1; n < 6 && i < x->s->n; i++)
        if (i != prt)
            w[n++] = x->form[i];
    for (int pass = 0; pass < 2; pass++) {
        if (pass == 1)
            w[vi] = x->lemma[v];
        const dyad_verb *vb = l->verb(l->ctx, w, n, &len);
        if (vb && vb->via && prt >= 0)
            continue; /* "beef up": WordNet's sense of the bare verb is not the phrasal one */
        if (vb && len > vi) {
            *after = prt >= 0 ? 0 : len - vi - 1;
            return vb;
        }
    }
    return NULL;
}

/* The verb entry of v; *after gets the number of phrase words after v ("WIRE_TAP" on
 * "wire" in "will not wire tap the links": 1). */
static const dyad_verb *find_verb(const dyad_coder_sent *x, int32_t v, int32_t *after)
{
    *after = 0;
    const dyad_verb *vb = verb_at(x, v, v, after);
    /* a phrase whose verb is not its first word ("WIRE_+TAP": "wire tapped") */
    for (int32_t at = v - 1; !vb && at >= 0 && at >= v - 2; at--)
        if (x->s->tok[at].upos != DYAD_UPOS_PUNCT && !(x->s->tok[at].upos == DYAD_UPOS_VERB))
            vb = verb_at(x, at, v, after);
    return vb;
}

/* Emits src x tgt with the pattern's (or verb's) code, or with `recode` when the act's stance
 * changed it (an intent, threat, appeal, demand or allegation: then no paired reverse event). */
static const char *join_note(dyad_coder_sent *x, const char *a, const char *b)
{
    if (!*a)
        return b;
    if (!*b)
        return a;
    size_t la = strlen(a), lb = strlen(b);
    char *r = dyad_arena_alloc(&x->doc->arena, la + lb + 2);
    if (!r)
        return a;
    memcpy(r, a, la);
    r[la] = ',';
    memcpy(r + la + 1, b, lb + 1);
    return r;
}

static int emit_all(dyad_coder_sent *x, const dyad_coder_actors *src, const dyad_coder_actors *tgt,
                    const dyad_pattern *p, const dyad_verb *vb, int32_t v, const char *note,
                    const char *recode, dyad_event_list *out, dyad_err *err)
{
    const char *code = recode ? recode : p ? p->code : vb->code;
    /* paired "[032:033]": the reverse event */
    const char *code2 = recode ? NULL : p ? p->code2 : vb->code2;
    dyad_strbuf sb = DYAD_STRBUF_INIT;
    if (p)
        dyad_sb_printf(&sb, "%s: %s (%s)", vb->name ? vb->name : "", p->text ? p->text : "",
                       p->where ? p->where : "");
    else if (vb->via) /* a verb generalised with WordNet: the entry it took its code from */
        dyad_sb_printf(&sb, "%s = %s (%s, %s)", vb->name ? vb->name : "", vb->code, vb->via,
                       vb->where ? vb->where : "");
    else
        dyad_sb_printf(&sb, "%s = %s (%s)", vb->name ? vb->name : "", vb->code,
                       vb->where ? vb->where : "");
    const char *ptext = sb.data ? dyad_arena_strdup(&x->doc->arena, sb.data) : "";
    dyad_sb_free(&sb);
    if (!ptext)
        return dyad_err_set(err, DYAD_ENOMEM, "out of memory");
    int32_t first = out->n;
    for (int i = 0; i < src->n; i++)
        for (int j = 0; j < tgt->n; j++) {
            /* "Police fired tear gas at protesters": repression, not a clash; "Protesters used
             * force against police": a riot, not repression */
            const char *fc = code2 ? code : dyad_coder_force_code(code, &src->v[i], &tgt->v[j]);
            bool rep = fc != code;
            const char *why = strcmp(fc, "175") == 0   ? "repression"
                              : strcmp(fc, "145") == 0 ? "riot"
                                                       : "use of force";
            int rc = dyad_coder_emit(x, &src->v[i], &tgt->v[j], fc, v, ptext,
                                     rep ? join_note(x, note, why) : note, out, err);
            if (rc == DYAD_OK && code2)
                rc = dyad_coder_emit(x, &tgt->v[j], &src->v[i], code2, v, ptext, note, out, err);
            if (rc != DYAD_OK)
                return rc;
        }
    if (!p && vb->via)
        for (int32_t i = first; i < out->n; i++)
            out->ev[i].via = vb->via;
    return DYAD_OK;
}

/* "A, B, and C welcomed" parsed with C as a second subject: other nsubj dependents of v that
 * are set off from s by a comma or conjunction add their actors. */
static void more_subjects(dyad_coder_sent *x, int32_t v, int32_t s, dyad_coder_actors *src)
{
    for (const int32_t *k = x->kids[v]; *k >= 0; k++) {
        if (*k == s || strcmp(dyad_coder_rel(x, *k), "nsubj") != 0)
            continue;
        int32_t a = *k < s ? *k : s, b = *k < s ? s : *k;
        bool sep = false;
        for (int32_t i = a + 1; i < b && !sep; i++)
            sep = x->s->tok[i].upos == DYAD_UPOS_CCONJ || strcmp(x->form[i], ",") == 0;
        if (sep)
            dyad_coder_actors_of(x, *k, src);
    }
}


/* a acts as a crowd, or as people outside the state: protesters, students, workers, "Georgians"
 * (a plural), not a government, an army, a court or a bare country ("Russia protested" is a
 * verbal protest, which needs someone protested to). */
static bool crowd(const dyad_coder_sent *x, const dyad_coder_actor *a)
{
    static const char *const state[] = {"GOV", "MIL", "COP", "JUD", "LEG", "SPY"};
    const char *agent = a->a.agent ? a->a.agent : "";
    if (!strncmp(a->a.code, "IGO", 3) || dyad_coder_is_any(agent, state, DYAD_ARRAY_LEN(state)))
        return false;
    return agent[0] || (a->head >= 0 && dyad_coder_plural(x, a->head));
}

/* The verb at word w has a dictionary entry that codes ("urged" in "urged X to leave"); not
 * one generalised with WordNet (see xcomp_codes). */
static bool verb_codes(const dyad_coder_sent *x, int32_t w)
{
    int32_t after = 0;
    const dyad_verb *vb = find_verb(x, w, &after);
    return vb && !vb->via &&
           ((vb->code && vb->code[0] != '-' && dyad_coder_code_ok(vb->code)) || vb->npat > 0);
}

/* v states an intent or a threat about an act its complement codes against an actor
 * ("threatened to shell X", "vowed to attack X", "agreed to meet X"): the complement's event,
 * an intent or a threat (coder_stance.c), says it all, so v codes nothing itself. */
static bool defers_to_complement(dyad_coder_sent *x, int32_t v)
{
    const dyad_frames *f = dyad_coder_frames(x);
    const dyad_frame *fr = f ? dyad_frames_of_word(f, v) : NULL;
    if (!fr)
        return false;
    int32_t self = (int32_t)(fr - f->frame);
    for (int32_t i = 0; i < f->n; i++) {
        const dyad_frame *c = &f->frame[i];
        bool intent = c->attitude == DYAD_ATT_INTEND || c->attitude == DYAD_ATT_PROMISE ||
                      c->attitude == DYAD_ATT_OFFER || c->attitude == DYAD_ATT_AGREE ||
                      c->attitude == DYAD_ATT_THREATEN;
        if (c->att_frame != self || !intent || c->pred == v || !verb_codes(x, c->pred))
            continue;
        int32_t mk = dyad_coder_kid(x, c->pred, "mark");
        if (mk >= 0 && (dyad_coder_is(x->lemma[mk], "against") || dyad_coder_is(x->lemma[mk], "from")))
            continue; /* "warned X against invading": the act is not done (coder_stance.c), the
                         warning is the event */
        for (int32_t k = 0; k < c->narg; k++) /* the complement's act has an actor to act on */
            if (c->arg[k].role != DYAD_ROLE_AGENT && c->arg[k].role != DYAD_ROLE_COMP &&
                dyad_coder_actor_of(x, c->arg[k].word)->a.code[0])
                return true;
    }
    return false;
}

/* The act's other side is armed or criminal (rebels, insurgents, criminals): helping them is
 * wrongdoing, so a claim that someone does accuses them ("claims Iran arms the Houthis"). */
static bool helps_armed(const dyad_coder_actors *tgt)
{
    static const char *const armed[] = {"REB", "INS", "CRM", "SEP"};
    for (int i = 0; i < tgt->n; i++)
        if (dyad_coder_is_any(tgt->v[i].a.agent ? tgt->v[i].a.agent : "", armed,
                              DYAD_ARRAY_LEN(armed)))
            return true;
    return false;
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

/* An act of help: support (05x) or aid (07x), not talks or ties. */
static bool is_help(const char *code)
{
    return code && code[0] == '0' && (code[1] == '5' || code[1] == '7');
}

/* An act of help by src that someone other than src reports (speaker w). */
static bool reported_by_other(dyad_coder_sent *x, const dyad_coder_actors *src, int32_t w,
                              const char *code)
{
    if (!is_help(code) || !src->n)
        return false;
    const dyad_coder_actor *sp = dyad_coder_actor_of(x, w); /* one of no known actor too */
    return !sp->a.code[0] || strncmp(sp->a.code, src->v[0].a.code, 3) != 0;
}

/* The act named by noun v is only arranged, planned or called off by verb g, whose object
 * or passive subject it is: "worked to arrange a meeting between A and B", "the talks were
 * postponed". No act took place (a verb pattern of g may still code the arranging). */
static bool planned_act(const dyad_coder_sent *x, int32_t v, int32_t g)
{
    static const char *const plans[] = {"arrange", "plan",  "propose", "schedule", "postpone",
                                        "cancel",  "delay", "suggest", "organise", "organize",
                                        "prepare", "seek",  "request", "call"};
    const char *r = dyad_coder_rel(x, v);
    if (x->s->tok[g].upos != DYAD_UPOS_VERB ||
        !dyad_coder_is_any(x->lemma[g], plans, DYAD_ARRAY_LEN(plans)))
        return false;
    if (dyad_coder_is(x->lemma[g], "call")) /* "called off the talks", not "called a meeting" */
        return strcmp(r, "obj") == 0 && dyad_coder_kid(x, g, "compound:prt") >= 0;
    return strcmp(r, "obj") == 0 || strcmp(r, "nsubj:pass") == 0;
}

int dyad_coder_code_word(dyad_coder_sent *x, int32_t v, bool nominal, dyad_event_list *out,
                         dyad_err *err)
{
    /* "did not cancel": no event, unless a pattern names the negation ("NOT * RELATIONS") */
    bool neg = dyad_coder_negated(x, v);
    int32_t h = dyad_coder_head(x, v);
    dyad_coder_stance st; /* how the sentence presents the act (coder_stance.c) */
    if (nominal && dyad_coder_nominal_unreal(x, v))
        return DYAD_OK; /* "a possible lawsuit", "the planned visit" */
    int32_t lv = nominal ? dyad_coder_light_verb(x, v) : -1; /* "filed a lawsuit" */
    if (lv >= 0) {
        /* the verb that performs the act asserts it as it asserts itself ("will file a
         * lawsuit", "did not open an investigation", "may launch a probe") */
        dyad_coder_stance_of(x, lv, x->c->opt.literal, &st);
        if (dyad_coder_negated(x, lv))
            neg = true;
    } else if (nominal) {
        memset(&st, 0, sizeof st), st.asker = st.asker_verb = st.speaker = -1, st.why = "";
        /* a noun's act is asserted as its clause is: none in a question, a condition or a
         * plan ("what will you do in the event a court rules ...?") */
        int32_t g = h;
        for (int guard = 0; g >= 0 && guard < 8 && x->s->tok[g].upos != DYAD_UPOS_VERB; guard++)
            g = dyad_coder_head(x, g);
        if (g >= 0 && g == h && planned_act(x, v, g))
            return DYAD_OK;
        if (g >= 0 && x->s->tok[g].upos == DYAD_UPOS_VERB) {
            dyad_coder_stance gs;
            dyad_coder_stance_of(x, g, x->c->opt.literal, &gs);
            if (gs.kind == DYAD_STANCE_DROP)
                return DYAD_OK;
        }
    } else {
        if (dyad_coder_time_clause(x, v))
            return DYAD_OK; /* "five years after crowds burned its embassy": when, not what */
        dyad_coder_stance_of(x, v, x->c->opt.literal, &st);
    }
    if (st.kind == DYAD_STANCE_DROP)
        return DYAD_OK; /* "may attack", "if X attacks", "refused to meet": no event */
    if (st.negative)
        neg = true; /* "No Chinese leader has visited": only a pattern naming it codes */
    if (strcmp(dyad_coder_rel(x, v), "xcomp") == 0 && h >= 0 && dyad_coder_negated(x, h))
        neg = true; /* "won't try to clash": only a pattern naming the negation codes */
    if (nominal && dyad_coder_crowd_word(x->form[v]))
        return dyad_coder_crowd_act(x, v, out, err); /* "Protests continued in Baghdad" */
    if (!nominal && !neg && st.kind == DYAD_STANCE_FACT) {
        int rc = DYAD_OK;
        if (court_finding(x, v, out, err, &rc))
            return rc; /* "The court found the closure to be unlawful" */
    }
    int32_t after = 0;
    const dyad_verb *vb = find_verb(x, v, &after);
    if (!vb || (nominal && vb->via))
        return DYAD_OK; /* a WordNet verb sense says nothing of the noun ("table", "head") */
    if (vb->via && h >= 0 && verb_codes(x, h) &&
        (strcmp(dyad_coder_rel(x, v), "xcomp") == 0 ||
         (strcmp(dyad_coder_rel(x, v), "advcl") == 0 && dyad_coder_kid(x, v, "mark") >= 0 &&
          dyad_coder_is(x->lemma[dyad_coder_kid(x, v, "mark")], "to"))))
        return DYAD_OK; /* "vowed to wage war on X": the dictionary verb codes it, a verb
                           generalised with WordNet yields to it (xcomp_codes) */
    const char *note = "";
    dyad_coder_actors src = {.n = 0}, tgt = {.n = 0};
    bool passive = false;
    int32_t subj = -1; /* the word the source was taken from */
    int32_t nsrc = -1; /* a noun's: its possessor or by / from phrase */
    if (nominal) {
        /* "Obama's cancellation of the summit", "talks between A and B" */
        int32_t poss = dyad_coder_kid(x, v, "nmod:poss");
        note = "nominal";
        int32_t by = -1; /* "criticism by the Greek foreign minister", "a lawsuit filed by X" */
        for (const int32_t *k = x->kids[v]; *k >= 0 && poss < 0 && by < 0; k++)
            if (dyad_coder_has_dep(dyad_coder_rel(x, *k), "nmod") &&
                dyad_coder_is(dyad_coder_prep(x, *k), "by"))
                by = *k;
        for (const int32_t *k = x->kids[v]; *k >= 0 && poss < 0 && by < 0; k++)
            if (strcmp(dyad_coder_rel(x, *k), "acl") == 0 && x->s->tok[*k].upos == DYAD_UPOS_VERB)
                for (const int32_t *g = x->kids[*k]; *g >= 0 && by < 0; g++)
                    if ((strcmp(dyad_coder_rel(x, *g), "obl:agent") == 0 ||
                         dyad_coder_has_dep(dyad_coder_rel(x, *g), "obl")) &&
                        dyad_coder_is(dyad_coder_prep(x, *g), "by"))
                        by = *g;
        for (const int32_t *k = x->kids[v]; *k >= 0 && poss < 0 && by < 0; k++) {
            /* "US sanctions on Iran", "the Russian invasion of Ukraine": a name or a country
             * adjective before the noun acts as its possessor would */
            const char *r = dyad_coder_rel(x, *k);
            uint8_t u = x->s->tok[*k].upos;
            /* no common noun between ("Paris court jails" is no act of Paris), but v's own
             * compounds ("an Al-Qaeda suicide attack") */
            bool next = *k < v;
            for (int32_t i = *k + 1; next && i < v; i++)
                next = x->s->tok[i].upos != DYAD_UPOS_NOUN ||
                       (dyad_coder_head(x, i) == v &&
                        dyad_coder_has_dep(dyad_coder_rel(x, i), "compound") &&
                        !dyad_coder_actor_of(x, i)->a.code[0]);
            /* a common noun naming an agent right before v: "a rebel attack", "a police raid" */
            bool agent_noun = u == DYAD_UPOS_NOUN && *k == v - 1 &&
                              dyad_coder_act_noun(x->form[v], DYAD_ACT_NOUN_FORCE) &&
                              dyad_coder_actor_of(x, *k)->a.agent[0];
            /* an adjective with no country says what kind of act a light verb's subject
             * performs ("police opened a criminal case"), not who acts */
            bool kind_only = u == DYAD_UPOS_ADJ &&
                             strncmp(dyad_coder_actor_of(x, *k)->a.code, "---", 3) == 0;
            if (next && (u == DYAD_UPOS_PROPN || u == DYAD_UPOS_ADJ || agent_noun) &&
                (dyad_coder_has_dep(r, "compound") || dyad_coder_has_dep(r, "amod")) &&
                dyad_coder_actor_of(x, *k)->a.code[0] && !kind_only)
                poss = *k;
        }
        if (poss < 0 && by < 0)
            by = dyad_coder_nominal_from(x, v, vb->code); /* "criticism from Greece" */
        if (poss < 0 && by < 0)
            by = dyad_coder_nominal_by_slip(x, v); /* "criticism | by X" parsed apart */
        if (poss >= 0 || by >= 0) {
            nsrc = poss >= 0 ? poss : by;
            dyad_coder_actors_of(x, nsrc, &src);
        } else if (lv >= 0) {
            /* "prosecutors opened an investigation", "a lawsuit was filed by the senate" */
            bool p = false;
            const char *n2 = "";
            int32_t s = dyad_coder_source_of(x, lv, &n2, &p, 0);
            if (s < 0)
                return DYAD_OK;
            dyad_coder_actors_of(x, s, &src);
            note = "nominal,light verb";
        } else {
            for (const int32_t *k = x->kids[v]; *k >= 0; k++)
                if (dyad_coder_has_dep(dyad_coder_rel(x, *k), "nmod") &&
                    dyad_coder_is(dyad_coder_prep(x, *k), "between")) {
                    dyad_coder_actors both = {.n = 0};
                    dyad_coder_actors_of(x, *k, &both);
                    if (both.n < 2)
                        return DYAD_OK;
                    dyad_coder_actors a1 = {.n = 1}, a2 = {.n = 1};
                    a1.v[0] = both.v[0];
                    a2.v[0] = both.v[1];
                    int rc = emit_all(x, &a1, &a2, NULL, vb, v, note, NULL, out, err);
                    if (rc == DYAD_OK)
                        rc = emit_all(x, &a2, &a1, NULL, vb, v, note, NULL, out, err);
                    return rc;
                }
            return DYAD_OK;
        }
    } else {
        int32_t s = dyad_coder_source_of(x, v, &note, &passive, 0);
        subj = s;
        if (s >= 0)
            dyad_coder_actors_of(x, s, &src);
        if (s >= 0 && dyad_coder_head(x, s) == v)
            more_subjects(x, v, s, &src);
        if (passive)
            note = join_note(x, note, "passive");
    }
    if (strcmp(dyad_coder_rel(x, v), "ccomp") == 0)
        note = join_note(x, note, "reported");
    /* the clause: v's own dependents except subjects and other clauses, plus the subject */
    uint8_t in[MAX_SEQ + 1];
    int32_t n = x->s->n < MAX_SEQ ? x->s->n : MAX_SEQ;
    memset(in, 0, sizeof in);
    if (v < n)
        collect(x, v, in, 0);
    /* "a lawsuit was filed against Y": the light verb's party phrases belong to the act */
    for (const int32_t *k = lv >= 0 ? x->kids[lv] : NULL; k && *k >= 0; k++) {
        if (dyad_coder_light_party(x, lv, *k))
            collect(x, *k, in, 1);
        for (const int32_t *g = x->kids[*k]; *g >= 0; g++)
            if (dyad_coder_light_party(x, lv, *g))
                collect(x, *g, in, 1);
    }
    /* "attacked Biden for accumulating wealth": the preposition of a gerund clause is the
     * clause's word ("ATTACK: * + for") though the rest of that clause is not */
    for (const int32_t *k = x->kids[v]; *k >= 0; k++) {
        bool adv = strcmp(dyad_coder_rel(x, *k), "advcl") == 0;
        int32_t mk = adv ? dyad_coder_kid(x, *k, "mark") : -1;
        if (mk >= 0 && mk < n &&
            (dyad_coder_is(x->lemma[mk], "for") || dyad_coder_is(x->lemma[mk], "on") ||
             dyad_coder_is(x->lemma[mk], "over")))
            in[mk] = 1;
    }
    int32_t sv = dyad_coder_kid(x, v, "nsubj");
    if (sv >= 0 && sv < n)
        collect(x, sv, in, 1);
    /* elements before '*' may name any earlier word of the sentence ("+ HOSTING * MAY DAY $"
     * on "celebrate" under "hosting") */
    for (int32_t i = 0; i < v && i < n; i++)
        if (x->s->tok[i].upos != DYAD_UPOS_PUNCT)
            in[i] = 1;
    int32_t seq[MAX_SEQ];
    const char *words[MAX_SEQ];
    int32_t m = 0, pv = -1;
    for (int32_t i = 0; i < n; i++)
        if (in[i]) {
            if (i == v)
                pv = m;
            words[m] = x->form[i];
            seq[m++] = i;
        }
    if (pv < 0)
        return DYAD_OK;
    int32_t psrc, ptgt; /* phrases the pattern bound with '$' and '+' */
    const dyad_pattern *hit = dyad_coder_match(x, v, vb, neg, seq, words, m, pv, &psrc, &ptgt);
    int32_t thing = passive ? dyad_coder_kid(x, v, "nsubj:pass") : -1;
    if (!hit && thing >= 0 && thing < v && !dyad_coder_actor_of(x, thing)->a.code[0]) {
        /* "Sanctions were imposed on Belarus by the EU": the passive's subject is a thing, the
         * object of the active verb the patterns are written for ("* &SANCTIONS on +"); try
         * the words in active order, the subject's phrase right after the verb */
        int32_t seq2[MAX_SEQ];
        const char *words2[MAX_SEQ];
        int32_t m2 = 0, pv2 = -1;
        for (int pass = 0; pass < 4; pass++) /* before, the verb, the subject, after */
            for (int32_t j = 0; j < m; j++) {
                int32_t i = seq[j];
                bool subject = i == thing || dyad_coder_under(x, i, thing);
                bool take = pass == 0   ? !subject && i < v
                            : pass == 1 ? i == v
                            : pass == 2 ? subject
                                        : !subject && i > v;
                if (!take)
                    continue;
                if (i == v)
                    pv2 = m2;
                words2[m2] = words[j];
                seq2[m2++] = i;
            }
        if (pv2 >= 0)
            hit = dyad_coder_match(x, v, vb, neg, seq2, words2, m2, pv2, &psrc, &ptgt);
    }
    if (hit && passive && ptgt >= 0 && ptgt == subj)
        ptgt = -1; /* "* +" took "by Russia", the source: the passive's subject is the target */
    if (hit && ptgt >= 0 && dyad_coder_head(x, ptgt) == v &&
        dyad_coder_kid(x, v, "nsubj:pass") >= 0 &&
        dyad_coder_has_dep(dyad_coder_rel(x, ptgt), "obl") &&
        (dyad_coder_is(dyad_coder_prep(x, ptgt), "in") ||
         dyad_coder_is(dyad_coder_prep(x, ptgt), "at")))
        ptgt = -1; /* "was sentenced in a Chilean court": where, the subject is the target */
    /* "+ * &PENALTY" on "Manafort received a prison term": the subject undergoes the act, whose
     * agent the sentence does not name (dyad_coder_legal_agent) */
    bool undergoer = hit && !passive && ptgt >= 0 && ptgt < v && subj >= 0 && psrc < 0 &&
                     (strncmp(hit->code, "116", 3) == 0 || strncmp(hit->code, "173", 3) == 0);
    if (undergoer)
        ptgt = subj; /* the verb's own subject, not an earlier actor of the sentence */
    /* "* &AID from $" on "the rebels received aid from Iran": the one the pattern names after
     * the verb acts, and the subject, who receives, is the target */
    bool receiver = hit && !passive && psrc > v && ptgt < 0 && subj >= 0 && subj < v;
    if (receiver)
        ptgt = subj;
    /* "* +" on "injured ... in Winchester": where, not whom; on "declined to hear a case
     * about X" or "discussed X": what the case or the talk is about */
    if (hit && ptgt >= 0 &&
        (dyad_coder_pattern_where(x, v, hit, ptgt) || dyad_coder_chain_hides(x, v, hit, ptgt))) {
        if (hit->code2)
            return DYAD_OK; /* a paired event needs its pattern's target */
        ptgt = -1;
    }
    if (hit && hit->code2 && passive && ptgt < 0) {
        int32_t ps = dyad_coder_kid(x, v, "nsubj:pass");
        if (ps >= 0 && !dyad_coder_someone(x, ps))
            return DYAD_OK; /* "Iranian assistance is received by the Houthis": a paired
                               event (hosted, received) needs someone, not a thing */
    }
    if (neg && !hit)
        return DYAD_OK;
    if (hit && strcmp(hit->code, "---") == 0)
        return DYAD_OK; /* the pattern says: not an event */
    if (!hit && (!dyad_coder_code_ok(vb->code) || vb->code[0] == '-'))
        return DYAD_OK;
    /* "agreed to meet": the meeting is coded on "meet"; but a request (02x, "asked X to
     * withdraw") is coded itself, since what is asked for is not the asker's act */
    if (!nominal && dyad_coder_helps_do(x, v))
        return DYAD_OK; /* "helped negotiate a ceasefire between A and B": the act helped
                           with is coded on its own verb; nobody is given aid */
    if (!hit && xcomp_codes(x, v) && strncmp(vb->code, "02", 2) != 0)
        return DYAD_OK;
    if (!nominal && !x->c->opt.literal && defers_to_complement(x, v))
        return DYAD_OK;
    if (undergoer) {
        src.n = 0;
    } else if (hit && psrc >= 0) {
        src.n = 0;
        dyad_coder_actors_of(x, psrc, &src);
    } else if (hit && ptgt >= 0 && ptgt == dyad_coder_kid(x, v, "nsubj") && h >= 0 &&
               strcmp(dyad_coder_rel(x, v), "ccomp") == 0) {
        /* "NOTED + * [115]" on "A noted that B regretted ...": '+' is the clause's own subject,
         * so the source is the subject of the verb that reports it */
        bool p = false;
        const char *n2 = "";
        int32_t hs = dyad_coder_source_of(x, h, &n2, &p, 0);
        src.n = 0;
        if (hs >= 0)
            dyad_coder_actors_of(x, hs, &src);
    }
    /* a statement ("said", "announced", "noted": 01x) is addressed to its own object ("told
     * reporters", "said to X"), never to a party of what it reports ("The UN said 60,000 people
     * need food"): that clause is coded on its own. Without a pattern ("TELL: * +") the
     * object is what is said, no addressee ("said voters deserve", "expressed opposition"). */
    const char *code = hit ? hit->code : vb->code;
    bool statement = code[0] == '0' && code[1] == '1';
    /* a proposal or an endorsement is not aimed at what its object would do to others ("proposed
     * a law that would fund the army", "supported a resolution that condemns Iran"); an
     * agreement signed is with the one it supplies ("signed an accord to supply X", 057) */
    bool content_blind = !nominal && (strncmp(code, "03", 2) == 0 ||
                                      (strncmp(code, "05", 2) == 0 && strcmp(code, "057") != 0));
    if (hit && ptgt >= 0 && content_blind && dyad_coder_in_content(x, v, ptgt))
        ptgt = -1;
    if (hit && ptgt >= 0 && hit->code2 &&
        (!own_argument(x, v, ptgt) || dyad_coder_site(x, phrase_head(x, v, ptgt)) ||
         !dyad_coder_someone(x, phrase_head(x, v, ptgt)))) {
        /* a paired event ("hosted X" [043:042]) needs X as the verb's own argument, not an
         * actor deeper in the clause ("received the call ..., according to police"), and a
         * host, not a site ("visited the hospital", "toured a refugee camp") */
        return DYAD_OK;
    } else if (hit && ptgt >= 0) {
        int32_t o = nominal || statement ? -1 : dyad_coder_kid(x, v, "obj");
        bool act = o >= 0 && !dyad_coder_actor_of(x, o)->a.code[0];
        int32_t by = act ? by_agent(x, o, 0) : -1;
        if (by >= 0 && by != ptgt && dyad_coder_under(x, ptgt, o))
            ptgt = by; /* "condemned the closure of the Somali border by Kenya": Kenya */
        else if (act && by < 0) {
            /* the parser hung the by-phrase on the verb ("condemned the closure of the Somali
             * border | by Kenya"), or on the oblique the pattern's target is in ("attacked the
             * proclamation of X as Israeli territory | by Trump") */
            int32_t c = ptgt; /* ptgt's phrase among v's dependents */
            for (int guard = 0; guard < 16 && c >= 0 && dyad_coder_head(x, c) != v; guard++)
                c = dyad_coder_head(x, c);
            for (const int32_t *k = x->kids[v]; *k >= 0 && by < 0; k++)
                if (strcmp(dyad_coder_rel(x, *k), "obl") == 0 &&
                    dyad_coder_is(dyad_coder_prep(x, *k), "by") &&
                    x->s->tok[*k].upos != DYAD_UPOS_VERB && dyad_coder_actor_of(x, *k)->a.code[0])
                    by = *k;
            for (const int32_t *k = x->kids[v]; *k >= 0 && by < 0; k++)
                if (strcmp(dyad_coder_rel(x, *k), "obl") == 0)
                    by = by_agent(x, *k, 0);
            if (by >= 0 && by != ptgt &&
                (dyad_coder_under(x, ptgt, o) || (c >= 0 && strcmp(dyad_coder_rel(x, c), "obl") == 0)))
                ptgt = by;
        }
        /* "condemned the attack on the Saudi oil facilities", "criticized the investigation
         * into X": the one an act of force or coercion named without its doer was done to is
         * not the one blamed (the doer may be an earlier event's: dyad_coder_act_referent) */
        bool victim = act && ptgt != by && dyad_coder_under(x, ptgt, o) &&
                      strncmp(code, "11", 2) == 0 &&
                      dyad_coder_act_noun(x->form[o], DYAD_ACT_NOUN_FORCE);
        if (own_argument(x, v, ptgt))
            ptgt = phrase_head(x, v, ptgt); /* the argument, not its "Russian" */
        else
            ptgt = dyad_coder_name_head(x, ptgt); /* "into President Trump": Trump, not the title */
        if (!victim && (!statement || !dyad_coder_said_inside(x, v, ptgt)))
            dyad_coder_actors_of(x, ptgt, &tgt);
    } else {
        int32_t t = default_target(x, v, nominal, statement && !hit);
        if (nominal && t >= 0 && t == nsrc)
            t = -1; /* "criticism from X": the source, not the target */
        if (t < 0 && nominal)
            t = target_of_copula(x, v); /* "X was the target of a rebel attack" */
        if (t < 0 && lv >= 0)
            t = dyad_coder_light_target(x, lv); /* "opened a case against X" */
        if (t < 0 && nominal)
            t = dyad_coder_nominal_aimed_at(x, v, code); /* "despite criticism by Y" */
        /* the rest of a verb phrase the parser made v's dependent ("wire" + xcomp "tap") */
        for (int32_t i = v + 1; t < 0 && i <= v + after && i < x->s->n; i++)
            if (dyad_coder_head(x, i) == v)
                t = default_target(x, i, nominal, statement && !hit);
        if (t < 0 && !nominal)
            t = complement_target(x, v, statement && !hit);
        if (t < 0 && !nominal)
            t = dyad_coder_asked_target(x, v, code);
        if (t < 0 && !nominal && dyad_coder_amod_verb(x, v) >= 0)
            t = h;
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
        if (t >= 0 && !(statement && dyad_coder_said_inside(x, v, t)))
            dyad_coder_actors_of(x, t, &tgt);
    }
    if (!tgt.n && !statement && !dyad_coder_topic_verb(x, v)) {
        /* no object: the first noun phrase after the verb, which for "allowed that Mordor
         * isn't ..." or "believes Dagolath can cope" is the complement's subject (not for
         * "discussed why Uganda closed the border": what is discussed) */
        int32_t cc = dyad_coder_kid(x, v, "ccomp");
        int32_t cs = cc >= 0 ? dyad_coder_kid(x, cc, "nsubj") : -1;
        if (cc >= 0 && cs < 0)
            cs = dyad_coder_kid(x, cc, "nsubj:pass"); /* "hopes that X could be drawn into" */
        if (cs > v)
            dyad_coder_actors_of(x, cs, &tgt);
        if (cs > v && src.n == 1 &&
            (!tgt.n || (tgt.n == 1 && strcmp(tgt.v[0].a.code, src.v[0].a.code) == 0))) {
            /* "X began to question whether he has a future with Y": the complement's subject
             * is the source again (or no actor); the complement's own target is the one */
            tgt.n = 0;
            int32_t t = default_target(x, cc, false, false);
            if (t >= 0)
                dyad_coder_actors_of(x, t, &tgt);
        }
    }
    if (!tgt.n && passive && h >= 0 && strcmp(dyad_coder_rel(x, v), "acl") == 0)
        dyad_coder_actors_of(x, h, &tgt); /* "soldiers attacked by rebels" */
    int32_t called = dyad_coder_kid(x, v, "obj");
    if (!nominal && strcmp(code, "041") == 0 &&
        (dyad_coder_kid(x, v, "xcomp") >= 0 || dyad_coder_kid(x, v, "ccomp") >= 0 ||
         (called >= 0 && (dyad_coder_is(x->form[called], "it") ||
                          dyad_coder_is(x->form[called], "this") ||
                          dyad_coder_is(x->form[called], "that")))))
        return DYAD_OK; /* "called the order swift", "called it unlikely that ...", "as some
                           people call it": a judgement or a name of something, not a
                           telephone call */
    if (!nominal && strncmp(code, "07", 2) == 0 && dyad_coder_information_given(x, v))
        return DYAD_OK; /* "death tolls provided by officials to journalists": news, no aid */
    const char *recode = NULL;
    if (!nominal && hit && strncmp(code, "11", 2) == 0 && vb->code &&
        (strncmp(vb->code, "18", 2) == 0 || strncmp(vb->code, "19", 2) == 0) &&
        dyad_coder_over_a_place(x, v)) {
        recode = vb->code; /* "attacked the rebels over the border": physical, not "over" a
                              grievance */
        note = join_note(x, note, "over a place");
    } else if (!nominal && (strncmp(code, "18", 2) == 0 || strncmp(code, "19", 2) == 0) &&
        dyad_coder_verbal_attack(x, v)) {
        recode = "111";
        note = join_note(x, note, "verbal");
    } else if (!nominal && strncmp(code, "14", 2) == 0 && tgt.n && src.n &&
               dyad_coder_state_party(x, &src.v[0]) && !crowd(x, &src.v[0]) &&
               src.v[0].kind != DYAD_CODER_GROUP) {
        recode = "114"; /* "Japan protested the Chinese incursion": a state's formal complaint,
                           not a demonstration */
        note = join_note(x, note, "state's protest");
    } else if (!nominal && !tgt.n && strncmp(code, "01", 2) == 0) {
        int32_t asked = dyad_coder_mandated(x, v); /* "insisted that Greece cut its budget" */
        if (asked >= 0) {
            recode = "100";
            dyad_coder_actors_of(x, asked, &tgt);
            note = join_note(x, note, "mandate");
        }
    }
    if (!tgt.n && !nominal && !passive &&
        dyad_coder_act_referent(x, v, recode ? recode : code, out, &src, &tgt))
        note = join_note(x, note, "act named again"); /* "Greece criticized the move",
                                                          "attacked the inquiry" */
    if (!tgt.n && !nominal && dyad_coder_yielded_to(x, v, recode ? recode : code, &src, &tgt))
        note = join_note(x, note, "yielded to protests"); /* "resigned after protests" */
    if (!tgt.n && !nominal && dyad_coder_claim_referent(x, v, recode ? recode : code, out, &src, &tgt))
        note = join_note(x, note, "claimed attack"); /* "The Taliban claimed responsibility" */
    if (!tgt.n && nominal && dyad_coder_attack_owned(x, v, recode ? recode : code, out, &src, &tgt))
        note = join_note(x, note, "attack named again"); /* "it carried out the attack" */
    if (st.kind == DYAD_STANCE_FACT && st.speaker >= 0 && helps_armed(&tgt) &&
        reported_by_other(x, &src, st.speaker, recode ? recode : code)) {
        /* "According to the minister, the rebels are backed by Iran": help to fighters that
         * someone else reports is a charge against the helper (as "claims Iran arms them") */
        st.kind = DYAD_STANCE_ALLEGED;
        st.asker = st.speaker;
        st.why = "alleged";
    }
    if (st.kind != DYAD_STANCE_FACT) {
        const char *base = recode ? recode : code;
        recode = dyad_coder_stance_code(st.kind, base);
        if (!recode && st.kind == DYAD_STANCE_ALLEGED && helps_armed(&tgt) && is_help(base))
            recode = "112"; /* "claims Iran arms the rebels": aid to fighters is a charge */
        if (!recode)
            return DYAD_OK; /* no CAMEO code for that intent or claim */
        note = join_note(x, note, st.why);
        if (st.kind == DYAD_STANCE_APPEAL || st.kind == DYAD_STANCE_DEMAND ||
            st.kind == DYAD_STANCE_ALLEGED) {
            /* the one who asks or alleges is the source; the act's agent is the one asked or
             * accused. A request verb with a dictionary entry codes the request itself. */
            if (st.asker < 0 || src.n == 0 || (st.asker_verb >= 0 && verb_codes(x, st.asker_verb)))
                return DYAD_OK;
            tgt = src;
            src.n = 0;
            dyad_coder_actors_of(x, st.asker, &src);
        }
    }
    if (src.n >= 2 && !tgt.n && !statement && !passive && dyad_coder_mutual(x, v)) {
        /* "A and B agree that ...": a compound subject without a target acts on itself when
         * the act is mutual (not "A and B pledged funds"), not in statements ("A and B
         * announced that ..."), nor for the agents of a passive ("was joined by A, B and C") */
        note = join_note(x, note, "reciprocal");
        for (int i = 0; i < src.n; i++)
            for (int j = 0; j < src.n; j++) {
                if (i == j)
                    continue;
                dyad_coder_actors a1 = {.n = 1}, a2 = {.n = 1};
                a1.v[0] = src.v[i];
                a2.v[0] = src.v[j];
                int rc = emit_all(x, &a1, &a2, hit, vb, v, note, recode, out, err);
                if (rc != DYAD_OK)
                    return rc;
            }
        return DYAD_OK;
    }
    if (!x->c->opt.require_dyad && src.n == 1 && tgt.n == 1 &&
        strcmp(src.v[0].a.code, tgt.v[0].a.code) == 0)
        tgt.n = 0; /* "crowds burned down its embassy": "its" is no other actor */
    if (src.n && !tgt.n && !x->c->opt.require_dyad && uncoded_object(x, v)) {
        /* require_dyad off: an object without an actor still gives the event, target "---" */
        dyad_coder_coded_actor(x, "---", -1, 0, &tgt.v[tgt.n++]);
        note = join_note(x, note, "no target");
    }
    const char *why = NULL, *violent = st.kind == DYAD_STANCE_FACT
                                            ? dyad_coder_attack_code(x, v, recode ? recode : code,
                                                                     nominal, &tgt, &why)
                                            : NULL;
    if (violent) {
        recode = violent; /* "targeted with a truck packed with explosives": 1832 */
        note = join_note(x, note, why);
    }
    const char *act = recode ? recode : code; /* the code the event will have */
    if (!nominal && dyad_coder_died_victim(x, v, act, &src, &tgt))
        note = join_note(x, note, "died"); /* "Six Mexicans died in the attack" */
    if (!src.n && !nominal && dyad_coder_legal_agent(x, v, act, undergoer, &tgt, &src))
        note = join_note(x, note, "agentless legal act");
    if (!nominal && dyad_coder_attacked_site(x, v, act, &tgt))
        note = join_note(x, note, "site's country"); /* "oil facilities in Saudi Arabia" */
    if (!nominal && dyad_coder_claimed_attack(x, v, act, &tgt, &src))
        note = join_note(x, note, "attacker claimed responsibility");
    const char *same = NULL;
    if (!src.n && !nominal && dyad_coder_attack_referent(x, v, act, out, &tgt, &src, &same)) {
        note = join_note(x, note, "attack named again"); /* "were killed in the attack" */
        if (same)
            recode = act = same;
    }
    if (!nominal && dyad_coder_attack_ascribed(x, v, act, &src, &tgt))
        note = join_note(x, note, "attack ascribed"); /* "an attack ascribed to X" */
    if (src.n && tgt.n == 1 && dyad_coder_actor_only(act) && dyad_coder_crowd_site(x, &tgt.v[0]))
        tgt.n = 0; /* "filled the streets of Nairobi": where, not whom (coder_crowd.c) */
    if (src.n && !tgt.n && dyad_coder_actor_only(act) &&
        crowd(x, &src.v[0])) {
        /* "Thousands of Georgians demonstrated in Tbilisi": a one-sided act, no target */
        if (strcmp(src.v[0].a.root, "---") == 0)
            dyad_coder_crowd_of_place(x, v, &src.v[0]); /* "protesting in Belgium" */
        const char *cc = dyad_coder_crowd_code(x, act, &src.v[0]); /* coder_dissent.c */
        if (cc)
            recode = cc; /* "students protested in Belgium": a demonstration, 141 */
        dyad_coder_coded_actor(x, "", -1, 0, &tgt.v[tgt.n++]);
        note = join_note(x, note, "actor-only");
    }
    if (src.n == 1 && !tgt.n && dyad_coder_actor_only(act) &&
        dyad_coder_house_protest(x, act, &src.v[0], &tgt.v[0])) {
        tgt.n = 1; /* "Kenyan lawmakers protested": against the government (coder_dissent.c) */
        note = join_note(x, note, "legislators' protest");
    }
    if (!src.n || !tgt.n)
        return DYAD_OK;
    return emit_all(x, &src, &tgt, hit, vb, v, note, recode, out, err);
}
