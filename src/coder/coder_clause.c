/* coder_clause.c — codes one verb (or event noun) at a time. dyad_coder_code_word runs the
 * stages below in order, handing the clause's state (dyad_coder_clause) on; a stage that
 * finds no event stops the run:
 *   clause_asserted        mood and stance: is an act reported at all, negated or not
 *   clause_own_rule        acts with rules of their own: a crowd noun, a court's finding
 *   clause_verb            the verb entry (coder_verb.c)
 *   clause_source          who acts: the frame's agent, or the noun's (coder_source.c,
 *                          coder_nominal.c)
 *   clause_pattern         the clause words and the pattern they match (coder_pattern.c)
 *   clause_bindings        what the pattern's '+' phrase stands for
 *   clause_is_event        whether the pattern or the verb codes an event here
 *   clause_pattern_source  the pattern's source, and the act's code
 *   dyad_coder_clause_target  the target (coder_target.c)
 *   clause_sense           the sense the arguments give the code (a recode)
 *   clause_referents       parties an earlier event gives an act named again
 *   clause_stance          an intent, threat, appeal, demand or allegation: code and parties
 *   clause_reciprocal      a compound subject acting on itself
 *   clause_target_gaps     a target that is the source, an object naming no actor
 *   clause_attack          violent acts: their code and parties
 *   clause_one_sided       crowds and protests: acts with no target
 * then the events, source x target (emit_all). */
#include "coder/coder_internal.h"

#include <string.h>

#include "base/strbuf.h"
#include "coder/cameo.h"

/* ---- helpers ---- */

/* Note a, then b, joined with a comma (in the document's arena). */
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

/* The code the event will have: the one the act's sense or stance gave, else the pattern's or
 * the verb's. */
static const char *act_code(const dyad_coder_clause *c)
{
    return c->recode ? c->recode : c->code;
}

/* The code emit_all gives the events: `recode`, else the pattern's, else the verb's. */
static const char *emitted_code(const dyad_coder_clause *c)
{
    return c->recode ? c->recode : c->hit ? c->hit->code : c->vb->code;
}

/* Emits src x tgt with the pattern's (or verb's) code, or with `recode` when the act's stance
 * changed it (an intent, threat, appeal, demand or allegation: then no paired reverse event). */
static int emit_all(const dyad_coder_clause *c, const dyad_coder_actors *src,
                    const dyad_coder_actors *tgt)
{
    dyad_coder_sent *x = c->x;
    const dyad_pattern *p = c->hit;
    const dyad_verb *vb = c->vb;
    const char *note = c->note, *recode = c->recode;
    dyad_event_list *out = c->out;
    dyad_err *err = c->err;
    const char *code = emitted_code(c);
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
            int rc = dyad_coder_emit(x, &src->v[i], &tgt->v[j], fc, c->v, ptext,
                                     rep ? join_note(x, note, why) : note, out, err);
            /* the other half of a paired code ("visited X" [042:043]: X hosted), for a verb;
             * a noun names one act ("Modi's visit to Japan": the visit, CODEBOOK §5.8) */
            if (rc == DYAD_OK && code2 && !c->nominal)
                rc = dyad_coder_emit(x, &tgt->v[j], &src->v[i], code2, c->v, ptext, note, out, err);
            if (rc != DYAD_OK)
                return rc;
        }
    if (!p && vb->via)
        for (int32_t i = first; i < out->n; i++)
            out->ev[i].via = vb->via;
    return DYAD_OK;
}

/* a acts as a crowd, or as people outside the state: protesters, students, workers, "Georgians"
 * (a plural), not a government, an army, a court or a bare country ("Russia protested" is a
 * verbal protest, which needs someone protested to). */
static bool crowd(const dyad_coder_sent *x, const dyad_coder_actor *a)
{
    const char *agent = a->a.agent ? a->a.agent : "";
    if (!strncmp(a->a.code, "IGO", 3) || dyad_coder_state_organ(agent))
        return false;
    return agent[0] || (a->head >= 0 && dyad_coder_plural(x, a->head));
}

/* v states an intent or a threat about an act its complement codes against an actor
 * ("threatened to shell X", "vowed to attack X", "agreed to meet X"): the complement's event,
 * an intent or a threat (coder_stance.c), says it all, so v codes nothing itself. */
/* The verb at w codes its clause: a code of its own, or (a verb that codes only through its
 * patterns, "= ---") a pattern that matches its clause words ("threatened to put tariffs on
 * X" defers to "put" only where a pattern of "put" matches). */
static bool patterns_fit(dyad_coder_sent *x, int32_t w)
{
    int32_t after = 0;
    const dyad_verb *vb = dyad_coder_find_verb(x, w, &after);
    if (!vb || (vb->code && vb->code[0] != '-' && dyad_coder_code_ok(vb->code)))
        return true;
    dyad_coder_clause_words cw;
    dyad_coder_clause_words_of(x, w, -1, &cw);
    int32_t ps, pt;
    return cw.verb >= 0 &&
           dyad_coder_match(x, w, vb, false, cw.word, cw.form, cw.n, cw.verb, &ps, &pt) != NULL;
}

/* Argument word w names an actor, itself or as the owner of what it names: "X", "the assets of
 * X", "X's assets". */
static bool arg_names_actor(dyad_coder_sent *x, int32_t w)
{
    if (dyad_coder_actor_of(x, w)->a.code[0])
        return true;
    for (const int32_t *k = x->kids[w]; *k >= 0; k++)
        if ((!strcmp(dyad_coder_rel(x, *k), "nmod:poss") ||
             (!strcmp(dyad_coder_rel(x, *k), "nmod") && !strcmp(dyad_coder_prep(x, *k), "of"))) &&
            dyad_coder_actor_of(x, *k)->a.code[0])
            return true;
    return false;
}

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
        if (c->att_frame != self || !intent || c->pred == v || !dyad_coder_verb_codes(x, c->pred) ||
            !patterns_fit(x, c->pred))
            continue;
        int32_t mk = dyad_coder_kid(x, c->pred, "mark");
        if (mk >= 0 && (dyad_coder_is(x->lemma[mk], "against") || dyad_coder_is(x->lemma[mk], "from")))
            continue; /* "warned X against invading": the act is not done (coder_stance.c), the
                         warning is the event */
        for (int32_t k = 0; k < c->narg; k++) /* the complement's act has an actor to act on */
            if (c->arg[k].role != DYAD_ROLE_AGENT && c->arg[k].role != DYAD_ROLE_COMP &&
                arg_names_actor(x, c->arg[k].word))
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

/* ---- the stages, in order; each returns false when v codes nothing more (c->rc then says
 * why: DYAD_OK, or an error while emitting) ---- */

/* Mood: how the sentence presents the act (c->st) and whether it is negated (c->neg); false
 * when it presents no act (one only possible, planned, asked about or a time clause). */
static bool clause_asserted(dyad_coder_clause *c)
{
    dyad_coder_sent *x = c->x;
    int32_t v = c->v;
    /* "did not cancel": no event, unless a pattern names the negation ("NOT * RELATIONS") */
    c->neg = dyad_coder_negated(x, v);
    c->h = dyad_coder_head(x, v);
    if (c->nominal && dyad_coder_nominal_unreal(x, v))
        return false; /* "a possible lawsuit", "the planned visit" */
    c->lv = c->nominal ? dyad_coder_light_verb(x, v) : -1; /* "filed a lawsuit" */
    if (c->lv >= 0) {
        /* the verb that performs the act asserts it as it asserts itself ("will file a
         * lawsuit", "did not open an investigation", "may launch a probe") */
        dyad_coder_stance_of(x, c->lv, x->c->opt.literal, &c->st);
        if (dyad_coder_negated(x, c->lv))
            c->neg = true;
    } else if (c->nominal) {
        memset(&c->st, 0, sizeof c->st);
        c->st.asker = c->st.asker_verb = c->st.speaker = -1;
        c->st.why = "";
        /* a noun's act is asserted as its clause is: none in a question, a condition or a
         * plan ("what will you do in the event a court rules ...?") */
        int32_t g = c->h;
        for (int guard = 0; g >= 0 && guard < 8 && x->s->tok[g].upos != DYAD_UPOS_VERB; guard++)
            g = dyad_coder_head(x, g);
        if (g >= 0 && g == c->h && planned_act(x, v, g))
            return false;
        if (g >= 0 && x->s->tok[g].upos == DYAD_UPOS_VERB) {
            dyad_coder_stance gs;
            dyad_coder_stance_of(x, g, x->c->opt.literal, &gs);
            if (gs.kind == DYAD_STANCE_DROP)
                return false;
        }
    } else {
        if (dyad_coder_time_clause(x, v))
            return false; /* "five years after crowds burned its embassy": when, not what */
        dyad_coder_stance_of(x, v, x->c->opt.literal, &c->st);
    }
    if (c->st.kind == DYAD_STANCE_DROP)
        return false; /* "may attack", "if X attacks", "refused to meet": no event */
    if (c->st.negative)
        c->neg = true; /* "No Chinese leader has visited": only a pattern naming it codes */
    if (strcmp(dyad_coder_rel(x, v), "xcomp") == 0 && c->h >= 0 && dyad_coder_negated(x, c->h))
        c->neg = true; /* "won't try to clash": only a pattern naming the negation codes */
    return true;
}

/* Acts with a rule of their own, coded whole there: a crowd noun (coder_crowd.c) and a court's
 * finding (coder_ruling.c); false when v was one. */
static bool clause_own_rule(dyad_coder_clause *c)
{
    if (c->nominal && dyad_coder_crowd_word(c->x->form[c->v])) {
        /* "Protests continued in Baghdad" */
        c->rc = dyad_coder_crowd_act(c->x, c->v, c->out, c->err);
        return false;
    }
    if (!c->nominal && !c->neg && c->st.kind == DYAD_STANCE_FACT &&
        dyad_coder_court_finding(c->x, c->v, c->out, c->err, &c->rc))
        return false; /* "The court found the closure to be unlawful" */
    return true;
}

/* The verb entry (c->vb, c->after); false when v has none that codes here. */
static bool clause_verb(dyad_coder_clause *c)
{
    dyad_coder_sent *x = c->x;
    int32_t v = c->v, h = c->h;
    const dyad_verb *vb = c->vb = dyad_coder_find_verb(x, v, &c->after);
    if (!vb || (c->nominal && vb->via))
        return false; /* a WordNet verb sense says nothing of the noun ("table", "head") */
    if (vb->via && h >= 0 && dyad_coder_verb_codes(x, h) &&
        (strcmp(dyad_coder_rel(x, v), "xcomp") == 0 ||
         (strcmp(dyad_coder_rel(x, v), "advcl") == 0 && dyad_coder_kid(x, v, "mark") >= 0 &&
          dyad_coder_is(x->lemma[dyad_coder_kid(x, v, "mark")], "to"))))
        return false; /* "vowed to wage war on X": the dictionary verb codes it, a verb
                         generalised with WordNet yields to it (dyad_coder_xcomp_codes) */
    return true;
}

/* "talks between A and B": noun v with no agent is the mutual act of the two its "between"
 * phrase names, coded both ways ("clashes between A and B"), or once from A for a symmetric
 * act ("talks"); returns the status. */
static int between_parties(const dyad_coder_clause *c)
{
    dyad_coder_sent *x = c->x;
    for (const int32_t *k = x->kids[c->v]; *k >= 0; k++)
        if (dyad_coder_has_dep(dyad_coder_rel(x, *k), "nmod") &&
            dyad_coder_is(dyad_coder_prep(x, *k), "between")) {
            dyad_coder_actors both = {.n = 0};
            dyad_coder_actors_of(x, *k, &both);
            if (both.n < 2)
                return DYAD_OK;
            dyad_coder_actors a1 = {.n = 1}, a2 = {.n = 1};
            a1.v[0] = both.v[0];
            a2.v[0] = both.v[1];
            int rc = emit_all(c, &a1, &a2);
            if (rc == DYAD_OK && !dyad_cameo_symmetric(emitted_code(c)))
                rc = emit_all(c, &a2, &a1);
            return rc;
        }
    return DYAD_OK;
}

/* The source (c->src, c->subj, c->nsrc, c->passive): a verb's frame agent and its other
 * subjects; a noun's agent or its light verb's source. False when a noun has none (after
 * coding a "between" phrase). */
static bool clause_source(dyad_coder_clause *c)
{
    dyad_coder_sent *x = c->x;
    int32_t v = c->v;
    c->note = "";
    memset(&c->src, 0, sizeof c->src);
    memset(&c->tgt, 0, sizeof c->tgt);
    c->passive = false;
    c->subj = -1;
    c->nsrc = -1;
    if (c->nominal) {
        /* "Obama's cancellation of the summit", "talks between A and B" */
        c->note = "nominal";
        c->nsrc = dyad_coder_nominal_agent(x, v, c->vb->code);
        if (c->nsrc >= 0) {
            dyad_coder_actors_of(x, c->nsrc, &c->src);
        } else if (c->lv >= 0) {
            /* "prosecutors opened an investigation", "a lawsuit was filed by the senate" */
            bool p = false;
            const char *n2 = "";
            int32_t s = dyad_coder_source_of(x, c->lv, &n2, &p, 0);
            if (s < 0)
                return false;
            dyad_coder_actors_of(x, s, &c->src);
            c->note = "nominal,light verb";
        } else {
            c->rc = between_parties(c);
            return false;
        }
    } else {
        int32_t s = dyad_coder_source_of(x, v, &c->note, &c->passive, 0);
        c->subj = s;
        if (s >= 0)
            dyad_coder_actors_of(x, s, &c->src);
        if (s >= 0 && dyad_coder_head(x, s) == v)
            dyad_coder_more_subjects(x, v, s, &c->src);
        if (c->passive)
            c->note = join_note(x, c->note, "passive");
    }
    if (strcmp(dyad_coder_rel(x, v), "ccomp") == 0)
        c->note = join_note(x, c->note, "reported");
    return true;
}

/* The pattern the clause words match (c->hit, c->psrc, c->ptgt); false when v is not among
 * its clause's words. */
static bool clause_pattern(dyad_coder_clause *c)
{
    dyad_coder_sent *x = c->x;
    int32_t v = c->v;
    dyad_coder_clause_words w;
    dyad_coder_clause_words_of(x, v, c->lv, &w);
    if (w.verb < 0)
        return false;
    c->hit = dyad_coder_match(x, v, c->vb, c->neg, w.word, w.form, w.n, w.verb, &c->psrc,
                              &c->ptgt);
    int32_t thing = c->passive ? dyad_coder_kid(x, v, "nsubj:pass") : -1;
    if (!c->hit && thing >= 0 && thing < v && !dyad_coder_actor_of(x, thing)->a.code[0]) {
        /* "Sanctions were imposed on Belarus by the EU": the passive's subject is a thing, the
         * object of the active verb the patterns are written for ("* &SANCTIONS on +"); try
         * the words in active order, the subject's phrase right after the verb */
        dyad_coder_clause_words active;
        dyad_coder_active_order(x, v, thing, &w, &active);
        if (active.verb >= 0)
            c->hit = dyad_coder_match(x, v, c->vb, c->neg, active.word, active.form, active.n,
                                      active.verb, &c->psrc, &c->ptgt);
    }
    return true;
}

/* What the pattern's '+' phrase stands for (c->ptgt, c->undergoer): not the source, a place
 * or a topic; the subject when it undergoes or receives the act. False when a paired event
 * is left without the target it needs. */
static bool clause_bindings(dyad_coder_clause *c)
{
    dyad_coder_sent *x = c->x;
    int32_t v = c->v, subj = c->subj, psrc = c->psrc;
    const dyad_pattern *hit = c->hit;
    bool passive = c->passive;
    if (hit && passive && c->ptgt >= 0 && c->ptgt == subj)
        c->ptgt = -1; /* "* +" took "by Russia", the source: the passive's subject is the target */
    if (hit && c->ptgt >= 0 && dyad_coder_head(x, c->ptgt) == v &&
        dyad_coder_kid(x, v, "nsubj:pass") >= 0 &&
        dyad_coder_has_dep(dyad_coder_rel(x, c->ptgt), "obl") &&
        (dyad_coder_is(dyad_coder_prep(x, c->ptgt), "in") ||
         dyad_coder_is(dyad_coder_prep(x, c->ptgt), "at")))
        c->ptgt = -1; /* "was sentenced in a Chilean court": where, the subject is the target */
    /* "+ * &PENALTY" on "Manafort received a prison term": the subject undergoes the act, whose
     * agent the sentence does not name (dyad_coder_legal_agent) */
    c->undergoer = hit && !passive && c->ptgt >= 0 && c->ptgt < v && subj >= 0 && psrc < 0 &&
                   (strncmp(hit->code, "116", 3) == 0 || strncmp(hit->code, "173", 3) == 0);
    if (c->undergoer)
        c->ptgt = subj; /* the verb's own subject, not an earlier actor of the sentence */
    /* "* &AID from $" on "the rebels received aid from Iran": the one the pattern names after
     * the verb acts, and the subject, who receives, is the target */
    bool receiver = hit && !passive && psrc > v && c->ptgt < 0 && subj >= 0 && subj < v;
    if (receiver)
        c->ptgt = subj;
    /* "* +" on "injured ... in Winchester": where, not whom; on "declined to hear a case
     * about X" or "discussed X": what the case or the talk is about */
    if (hit && c->ptgt >= 0 &&
        (dyad_coder_pattern_where(x, v, hit, c->ptgt) ||
         dyad_coder_chain_hides(x, v, hit, c->ptgt))) {
        if (hit->code2)
            return false; /* a paired event needs its pattern's target */
        c->ptgt = -1;
    }
    if (hit && hit->code2 && passive && c->ptgt < 0) {
        int32_t ps = dyad_coder_kid(x, v, "nsubj:pass");
        if (ps >= 0 && !dyad_coder_someone(x, ps))
            return false; /* "Iranian assistance is received by the Houthis": a paired
                             event (hosted, received) needs someone, not a thing */
    }
    return true;
}

/* Whether the pattern or the verb codes an event here; false when it does not, or when
 * another word codes it. */
static bool clause_is_event(const dyad_coder_clause *c)
{
    dyad_coder_sent *x = c->x;
    int32_t v = c->v;
    const dyad_pattern *hit = c->hit;
    if (c->neg && !hit)
        return false;
    if (hit && strcmp(hit->code, "---") == 0)
        return false; /* the pattern says: not an event */
    if (!hit && (!dyad_coder_code_ok(c->vb->code) || c->vb->code[0] == '-'))
        return false;
    /* "agreed to meet": the meeting is coded on "meet"; but a request (02x, "asked X to
     * withdraw") is coded itself, since what is asked for is not the asker's act */
    if (!c->nominal && dyad_coder_helps_do(x, v))
        return false; /* "helped negotiate a ceasefire between A and B": the act helped
                         with is coded on its own verb; nobody is given aid */
    if (!hit && dyad_coder_xcomp_codes(x, v) && strncmp(c->vb->code, "02", 2) != 0)
        return false;
    if (!c->nominal && !x->c->opt.literal && defers_to_complement(x, v))
        return false;
    return true;
}

/* The source the pattern gives (its '$' phrase; none for an undergoer; for a reported clause
 * whose subject is the '+', the reporter), and the act's code (c->code, c->statement). */
static void clause_pattern_source(dyad_coder_clause *c)
{
    dyad_coder_sent *x = c->x;
    int32_t v = c->v, h = c->h;
    const dyad_pattern *hit = c->hit;
    if (c->undergoer) {
        c->src.n = 0;
    } else if (hit && c->psrc >= 0) {
        c->src.n = 0;
        dyad_coder_actors_of(x, c->psrc, &c->src);
    } else if (hit && c->ptgt >= 0 && c->ptgt == dyad_coder_kid(x, v, "nsubj") && h >= 0 &&
               strcmp(dyad_coder_rel(x, v), "ccomp") == 0) {
        /* "NOTED + * [115]" on "A noted that B regretted ...": '+' is the clause's own subject,
         * so the source is the subject of the verb that reports it */
        bool p = false;
        const char *n2 = "";
        int32_t hs = dyad_coder_source_of(x, h, &n2, &p, 0);
        c->src.n = 0;
        if (hs >= 0)
            dyad_coder_actors_of(x, hs, &c->src);
    }
    /* a statement ("said", "announced", "noted": 01x) is addressed to its own object ("told
     * reporters", "said to X"), never to a party of what it reports ("The UN said 60,000 people
     * need food"): that clause is coded on its own. Without a pattern ("TELL: * +") the
     * object is what is said, no addressee ("said voters deserve", "expressed opposition"). */
    c->code = hit ? hit->code : c->vb->code;
    c->statement = c->code[0] == '0' && c->code[1] == '1';
    c->recode = NULL;
}

/* The sense the arguments give the code (c->recode): not a telephone call but a judgement,
 * news given and no aid, a physical attack, a verbal one, a state's protest, a mandate;
 * false when it is no event. */
static bool clause_sense(dyad_coder_clause *c)
{
    dyad_coder_sent *x = c->x;
    int32_t v = c->v;
    bool nominal = c->nominal;
    const char *code = c->code;
    const dyad_verb *vb = c->vb;
    int32_t called = dyad_coder_kid(x, v, "obj");
    if (!nominal && strcmp(code, "041") == 0 &&
        (dyad_coder_kid(x, v, "xcomp") >= 0 || dyad_coder_kid(x, v, "ccomp") >= 0 ||
         (called >= 0 && (dyad_coder_is(x->form[called], "it") ||
                          dyad_coder_is(x->form[called], "this") ||
                          dyad_coder_is(x->form[called], "that")))))
        return false; /* "called the order swift", "called it unlikely that ...", "as some
                           people call it": a judgement or a name of something, not a
                           telephone call */
    if (!nominal && strncmp(code, "07", 2) == 0 && dyad_coder_information_given(x, v))
        return false; /* "death tolls provided by officials to journalists": news, no aid */
    if (!nominal && c->hit && strncmp(code, "11", 2) == 0 && vb->code &&
        (strncmp(vb->code, "18", 2) == 0 || strncmp(vb->code, "19", 2) == 0) &&
        dyad_coder_over_a_place(x, v)) {
        c->recode = vb->code; /* "attacked the rebels over the border": physical, not "over"
                                 a grievance */
        c->note = join_note(x, c->note, "over a place");
    } else if (!nominal && strcmp(code, "111") == 0 && dyad_coder_called_as(x, v)) {
        c->recode = dyad_coder_called_as(x, v); /* "called him a friend" (051), "a criminal" */
        c->note = join_note(x, c->note, "called");
    } else if ((strncmp(code, "18", 2) == 0 || strncmp(code, "19", 2) == 0) &&
               dyad_coder_verbal_attack(x, v)) {
        c->recode = "111";
        c->note = join_note(x, c->note, "verbal");
    } else if (!nominal && strncmp(code, "14", 2) == 0 && c->tgt.n && c->src.n &&
               dyad_coder_state_party(x, &c->src.v[0]) && !crowd(x, &c->src.v[0]) &&
               c->src.v[0].kind != DYAD_CODER_GROUP) {
        c->recode = "114"; /* "Japan protested the Chinese incursion": a state's formal
                              complaint, not a demonstration */
        c->note = join_note(x, c->note, "state's protest");
    } else if (!nominal && strncmp(code, "01", 2) == 0 && c->tgt.n &&
               dyad_coder_conditional_warning(x, v)) {
        c->recode = "130"; /* "warned X that it would retaliate if ...": a threat */
        c->note = join_note(x, c->note, "conditional warning");
    } else if (!nominal && !c->tgt.n && strncmp(code, "01", 2) == 0) {
        int32_t asked = dyad_coder_mandated(x, v); /* "insisted that Greece cut its budget" */
        if (asked >= 0) {
            c->recode = "100";
            dyad_coder_actors_of(x, asked, &c->tgt);
            c->note = join_note(x, c->note, "mandate");
        }
    }
    return true;
}

/* Without a target: an act named again, a resignation after protests, a claim of an attack,
 * an attack owned, whose parties an earlier event gives. */
static void clause_referents(dyad_coder_clause *c)
{
    dyad_coder_sent *x = c->x;
    int32_t v = c->v;
    bool nominal = c->nominal;
    dyad_event_list *out = c->out;
    if (!c->tgt.n && dyad_coder_act_referent(x, v, nominal, act_code(c), out, &c->src, &c->tgt))
        c->note = join_note(x, c->note, "act named again"); /* "Greece criticized the move",
                                                                "attacked the inquiry", "the
                                                                move was condemned by X", "the
                                                                move drew criticism from X" */
    if (!c->tgt.n && dyad_coder_relative_referent(x, v, nominal, act_code(c), &c->src, &c->tgt))
        c->note = join_note(x, c->note, "relative clause"); /* "a policy which X criticised" */
    if (!c->tgt.n && !nominal && dyad_coder_yielded_to(x, v, act_code(c), &c->src, &c->tgt))
        c->note = join_note(x, c->note, "yielded to protests"); /* "resigned after protests" */
    if (!c->tgt.n && !nominal &&
        dyad_coder_claim_referent(x, v, act_code(c), out, &c->src, &c->tgt))
        c->note = join_note(x, c->note, "claimed attack"); /* "The Taliban claimed
                                                               responsibility" */
    if (!c->tgt.n && nominal && dyad_coder_attack_owned(x, v, act_code(c), out, &c->src, &c->tgt))
        c->note = join_note(x, c->note, "attack named again"); /* "it carried out the attack" */
}

/* The stance's code and parties: an intent, threat, appeal, demand or allegation recodes the
 * act, and the one who asks or alleges becomes the source; false when that leaves no event. */
static bool clause_stance(dyad_coder_clause *c)
{
    dyad_coder_sent *x = c->x;
    if (c->st.kind == DYAD_STANCE_FACT && c->st.speaker >= 0 && helps_armed(&c->tgt) &&
        reported_by_other(x, &c->src, c->st.speaker, act_code(c))) {
        /* "According to the minister, the rebels are backed by Iran": help to fighters that
         * someone else reports is a charge against the helper (as "claims Iran arms them") */
        c->st.kind = DYAD_STANCE_ALLEGED;
        c->st.asker = c->st.speaker;
        c->st.why = "alleged";
    }
    if (c->st.kind != DYAD_STANCE_FACT) {
        const char *base = act_code(c);
        c->recode = dyad_coder_stance_code(c->st.kind, base);
        if (!c->recode && c->st.kind == DYAD_STANCE_ALLEGED && helps_armed(&c->tgt) &&
            is_help(base))
            c->recode = "112"; /* "claims Iran arms the rebels": aid to fighters is a charge */
        if (!c->recode)
            return false; /* no CAMEO code for that intent or claim */
        c->note = join_note(x, c->note, c->st.why);
        if (c->st.kind == DYAD_STANCE_APPEAL || c->st.kind == DYAD_STANCE_DEMAND ||
            c->st.kind == DYAD_STANCE_ALLEGED) {
            /* the one who asks or alleges is the source; the act's agent is the one asked or
             * accused. A request verb with a dictionary entry codes the request itself. */
            if (c->st.asker < 0 || c->src.n == 0 ||
                (c->st.asker_verb >= 0 && dyad_coder_verb_codes(x, c->st.asker_verb)))
                return false;
            c->tgt = c->src;
            c->src.n = 0;
            dyad_coder_actors_of(x, c->st.asker, &c->src);
        }
    }
    return true;
}

/* A compound subject acting mutually with no target: each acts on each other, coded here;
 * false when it did (or an emit failed: c->rc). */
static bool clause_reciprocal(dyad_coder_clause *c)
{
    dyad_coder_sent *x = c->x;
    int32_t v = c->v;
    if (c->src.n >= 2 && !c->tgt.n && !c->statement && !c->passive && dyad_coder_mutual(x, v)) {
        /* "A and B agree that ...": a compound subject without a target acts on itself when
         * the act is mutual (not "A and B pledged funds"), not in statements ("A and B
         * announced that ..."), nor for the agents of a passive ("was joined by A, B and C") */
        c->note = join_note(x, c->note, "reciprocal");
        /* a symmetric act (consult, meet, negotiate, sign an agreement) is one event per pair,
         * from the one named first (docs/CODEBOOK.md §4); a clash or a fight is each side's */
        bool once = dyad_cameo_symmetric(c->code);
        for (int i = 0; i < c->src.n; i++)
            for (int j = once ? i + 1 : 0; j < c->src.n; j++) {
                if (i == j)
                    continue;
                dyad_coder_actors a1 = {.n = 1}, a2 = {.n = 1};
                bool swap = once && c->src.v[j].a.start < c->src.v[i].a.start;
                a1.v[0] = c->src.v[swap ? j : i]; /* once: the one named first acts */
                a2.v[0] = c->src.v[swap ? i : j];
                c->rc = emit_all(c, &a1, &a2);
                if (c->rc != DYAD_OK)
                    return false;
            }
        return false;
    }
    return true;
}

/* A target that is the source again is none; without require_dyad an object naming no actor
 * gives the target "---". */
static void clause_target_gaps(dyad_coder_clause *c)
{
    dyad_coder_sent *x = c->x;
    if (!x->c->opt.require_dyad && c->src.n == 1 && c->tgt.n == 1 &&
        strcmp(c->src.v[0].a.code, c->tgt.v[0].a.code) == 0)
        c->tgt.n = 0; /* "crowds burned down its embassy": "its" is no other actor */
    if (c->src.n && !c->tgt.n && !x->c->opt.require_dyad && dyad_coder_uncoded_object(x, c->v)) {
        /* require_dyad off: an object without an actor still gives the event, target "---" */
        dyad_coder_coded_actor(x, "---", -1, 0, &c->tgt.v[c->tgt.n++]);
        c->note = join_note(x, c->note, "no target");
    }
}

/* Violent acts (coder_attack.c, coder_legal.c, coder_claim.c): the attack's code, victims
 * who died, an agentless legal act's agent, an attacked site's country, the attacker who
 * claimed it or an earlier attack named again. */
static void clause_attack(dyad_coder_clause *c)
{
    dyad_coder_sent *x = c->x;
    int32_t v = c->v;
    bool nominal = c->nominal;
    dyad_event_list *out = c->out;
    const char *why = NULL, *violent = c->st.kind == DYAD_STANCE_FACT
                                           ? dyad_coder_attack_code(x, v, act_code(c), nominal,
                                                                    &c->tgt, &why)
                                           : NULL;
    if (violent) {
        c->recode = violent; /* "targeted with a truck packed with explosives": 1832 */
        c->note = join_note(x, c->note, why);
    }
    const char *act = act_code(c); /* the code the event will have */
    if (!nominal && dyad_coder_died_victim(x, v, act, &c->src, &c->tgt))
        c->note = join_note(x, c->note, "died"); /* "Six Mexicans died in the attack" */
    if (!c->src.n && !nominal && dyad_coder_legal_agent(x, v, act, c->undergoer, &c->tgt, &c->src))
        c->note = join_note(x, c->note, "agentless legal act");
    else if (c->src.n && !nominal && dyad_coder_legal_suspect(x, v, act, c->passive, &c->tgt))
        c->note = join_note(x, c->note, "suspect"); /* "Police arrested Ramiro Zuloaga" */
    if (!nominal && dyad_coder_attacked_site(x, v, act, &c->tgt))
        c->note = join_note(x, c->note, "site's country"); /* "oil facilities in Saudi Arabia" */
    if (!nominal && dyad_coder_claimed_attack(x, v, act, &c->tgt, &c->src))
        c->note = join_note(x, c->note, "attacker claimed responsibility");
    const char *same = NULL;
    if (!c->src.n && !nominal &&
        dyad_coder_attack_referent(x, v, act, out, &c->tgt, &c->src, &same)) {
        c->note = join_note(x, c->note, "attack named again"); /* "were killed in the attack" */
        if (same)
            c->recode = act = same;
    }
    if (!nominal && dyad_coder_attack_ascribed(x, v, act, &c->src, &c->tgt))
        c->note = join_note(x, c->note, "attack ascribed"); /* "an attack ascribed to X" */
}

/* One-sided acts (coder_crowd.c, coder_dissent.c): a crowd's place is no target; a crowd's
 * protest has none; legislators protest against their government. */
static void clause_one_sided(dyad_coder_clause *c)
{
    dyad_coder_sent *x = c->x;
    int32_t v = c->v;
    const char *act = act_code(c);
    if (c->src.n && c->tgt.n == 1 && dyad_coder_actor_only(act) &&
        dyad_coder_crowd_site(x, &c->tgt.v[0]))
        c->tgt.n = 0; /* "filled the streets of Nairobi": where, not whom (coder_crowd.c) */
    /* "demonstrated ill-fated instincts", "rallied support": with an object these crowd verbs
     * show and gather, no crowd's act */
    bool transitive = !c->nominal && dyad_coder_kid(x, v, "obj") >= 0 &&
                      (dyad_coder_is(x->lemma[v], "demonstrate") ||
                       dyad_coder_is(x->lemma[v], "rally"));
    if (c->src.n && !c->tgt.n && dyad_coder_actor_only(act) && crowd(x, &c->src.v[0]) &&
        !transitive) {
        /* "Thousands of Georgians demonstrated in Tbilisi": a one-sided act, no target */
        if (strcmp(c->src.v[0].a.root, "---") == 0)
            dyad_coder_crowd_of_place(x, v, &c->src.v[0]); /* "protesting in Belgium" */
        const char *cc = dyad_coder_crowd_code(x, act, &c->src.v[0]); /* coder_dissent.c */
        if (cc)
            c->recode = cc; /* "students protested in Belgium": a demonstration, 141 */
        dyad_coder_coded_actor(x, "", -1, 0, &c->tgt.v[c->tgt.n++]);
        c->note = join_note(x, c->note, "actor-only");
    }
    if (c->src.n == 1 && !c->tgt.n && dyad_coder_actor_only(act) &&
        dyad_coder_house_protest(x, act, &c->src.v[0], &c->tgt.v[0])) {
        c->tgt.n = 1; /* "Kenyan lawmakers protested": against the government
                         (coder_dissent.c) */
        c->note = join_note(x, c->note, "legislators' protest");
    }
}

int dyad_coder_code_word(dyad_coder_sent *x, int32_t v, bool nominal, dyad_event_list *out,
                         dyad_err *err)
{
    dyad_coder_clause c;
    c.x = x;
    c.v = v;
    c.nominal = nominal;
    c.out = out;
    c.err = err;
    c.rc = DYAD_OK;
    c.hit = NULL;
    c.recode = NULL;
    if (!clause_asserted(&c) || !clause_own_rule(&c) || !clause_verb(&c) ||
        !clause_source(&c) || !clause_pattern(&c) || !clause_bindings(&c) ||
        !clause_is_event(&c))
        return c.rc;
    clause_pattern_source(&c);
    if (!dyad_coder_clause_target(&c) || !clause_sense(&c))
        return c.rc;
    clause_referents(&c);
    if (!clause_stance(&c) || !clause_reciprocal(&c))
        return c.rc;
    clause_target_gaps(&c);
    clause_attack(&c);
    clause_one_sided(&c);
    if (!c.src.n || !c.tgt.n)
        return DYAD_OK;
    return emit_all(&c, &c.src, &c.tgt);
}
