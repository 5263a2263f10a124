/* factuality.c — factuality features of a predicate in a UD tree, and the hashed linear model that scores them.
 *
 * A feature is a template name and up to two values ("aux" "will"), hashed together. The
 * templates look at the predicate itself, its function-word dependents (aux, cop, mark,
 * advmod, the subject and object determiners), the relation to its head and the governors
 * above it (up to three steps, conjuncts resolved to their first conjunct), and the sentence
 * (a final question mark, imperative shape). Model file sections:
 *   fact.meta  u32 feature-set version (DYAD_FACT_FEATURES), u32 bits, u32 epochs,
 *              f32 l2, f32 eta
 *   fact.w     2^bits f32 weights, 16-byte aligned */
#include "nlp/factuality.h"

#include "base/alloc.h"
#include "base/hash.h"

#include <ctype.h>
#include <math.h>
#include <stdio.h>
#include <string.h>

/* The chain of governors followed above the predicate. */
#define FACT_CHAIN 3
/* Lemmas are lowercased into buffers of this size (longer ones are cut: still distinct
 * enough for hashing). */
#define FACT_WORD 48

struct dyad_fact_model {
    dyad_fact_info info;
    uint32_t mask;
    const float *w;
    float *owned;   /* weights built in memory, or NULL */
    dyad_mfile mf;  /* the mapped file, when loaded */
};

/* ---- tree access (0-based indices; -1 = none) ---- */

static int32_t head_of(const dyad_sentence *s, int32_t i)
{
    int32_t h = s->tok[i].head;
    return h >= 1 && h <= s->n ? h - 1 : -1;
}

static const char *rel_of(const dyad_sentence *s, int32_t i)
{
    const char *r = s->tok[i].deprel;
    return r && *r ? r : "_";
}

/* True when the relation of i is base or base:subtype. */
static bool rel_is(const dyad_sentence *s, int32_t i, const char *base)
{
    const char *r = rel_of(s, i);
    size_t n = strlen(base);
    return strncmp(r, base, n) == 0 && (r[n] == 0 || r[n] == ':');
}

static const char *xpos_of(const dyad_sentence *s, int32_t i)
{
    const char *x = s->tok[i].xpos;
    return x && *x ? x : "_";
}

/* The lemma (or the form when there is none), ASCII-lowercased into buf. */
static const char *lem_of(const dyad_sentence *s, int32_t i, char buf[FACT_WORD])
{
    const char *l = s->tok[i].lemma;
    if (!l || !*l || strcmp(l, "_") == 0)
        l = s->tok[i].form ? s->tok[i].form : "_";
    size_t k = 0;
    for (; l[k] && k + 1 < FACT_WORD; k++)
        buf[k] = (char)tolower((unsigned char)l[k]);
    buf[k] = 0;
    return buf;
}

static bool is_neg(const char *lem)
{
    return strcmp(lem, "not") == 0 || strcmp(lem, "never") == 0 || strcmp(lem, "n't") == 0 ||
           strcmp(lem, "no") == 0;
}

/* Verb classes that pool the evidence of rare governors (few of them occur often enough in
 * EWT for a weight of their own): what a governor says about the event below it
 * (Karttunen's implicatives, factives, verbs of saying, believing and wanting) and whether
 * the predicate itself is a state (a negated state is often still annotated as holding). */
static const char *const cls_negimpl[] = {
    "refuse", "fail", "decline", "reject", "deny", "avoid", "neglect", "forget", "hesitate",
    "refrain", "prevent", "prohibit", "forbid", "ban", "block", "oppose", "resist", "cancel",
    "abandon", "postpone", "delay", "halt", "veto", NULL};
static const char *const cls_intent[] = {
    "want", "plan", "intend", "hope", "wish", "expect", "need", "try", "attempt", "aim", "seek",
    "threaten", "promise", "vow", "pledge", "propose", "offer", "agree", "decide", "prepare",
    "ask", "urge", "order", "demand", "call", "push", "consider", "plot", "scheme", "would",
    "require", "request", "encourage", "invite", "allow", "permit", "approve", "authorize",
    "warn", "insist", "suggest", "recommend", "advise", "prefer", "desire", "vote", NULL};
static const char *const cls_posimpl[] = {
    "manage", "begin", "start", "continue", "keep", "proceed", "happen", "resume", "succeed",
    "finish", "go", "come", "end", NULL};
static const char *const cls_say[] = {
    "say", "tell", "report", "announce", "claim", "confirm", "state", "add", "note", "explain",
    "write", "reply", "respond", "declare", "insist", "describe", "mention", "reveal",
    "acknowledge", "accuse", "allege", "testify", NULL};
static const char *const cls_belief[] = {
    "think", "believe", "suppose", "guess", "suspect", "assume", "doubt", "imagine", "fear",
    "feel", "wonder", "hope", "predict", "estimate", "speculate", "figure", NULL};
static const char *const cls_factive[] = {
    "know", "realize", "realise", "regret", "notice", "discover", "learn", "find", "see",
    "understand", "admit", "remember", "recognize", "recognise", "forget", "show", "prove",
    "hear", "love", "hate", "resent", NULL};
static const char *const cls_state[] = {
    "be", "have", "know", "think", "feel", "like", "want", "need", "seem", "believe",
    "understand", "love", "hate", "mean", "care", "matter", "look", "sound", "taste", "smell",
    "remember", "see", "hear", "mind", "expect", "trust", "wish", "hope", "own", "belong",
    "deserve", "appear", "contain", "cost", "depend", "exist", "include", "involve", "lack",
    "prefer", "remain", "require", "resemble", "suppose", "doubt", "seem", "stay", NULL};

static bool in_list(const char *lem, const char *const *l)
{
    for (; *l; l++)
        if (strcmp(lem, *l) == 0)
            return true;
    return false;
}

/* The class of a governing verb, or NULL. */
static const char *gov_class(const char *lem)
{
    if (in_list(lem, cls_negimpl))
        return "negimpl";
    if (in_list(lem, cls_intent))
        return "intent";
    if (in_list(lem, cls_posimpl))
        return "posimpl";
    if (in_list(lem, cls_say))
        return "say";
    if (in_list(lem, cls_belief))
        return "belief";
    if (in_list(lem, cls_factive))
        return "factive";
    return NULL;
}

/* ---- feature emission ---- */

typedef struct fx {
    uint64_t *out;
    int n, cap;
    dyad_strbuf *names;
} fx;

static void emit(fx *x, const char *tmpl, const char *a, const char *b)
{
    if (x->n >= x->cap)
        return;
    uint64_t h = dyad_hash(tmpl, strlen(tmpl));
    if (a)
        h = dyad_hash_mix(h, dyad_hash(a, strlen(a)));
    if (b)
        h = dyad_hash_mix(h, dyad_hash_mix(0x5bd1e995u, dyad_hash(b, strlen(b))));
    x->out[x->n++] = h;
    if (x->names) {
        dyad_sb_puts(x->names, tmpl);
        if (a) {
            dyad_sb_putc(x->names, '=');
            dyad_sb_puts(x->names, a);
        }
        if (b) {
            dyad_sb_putc(x->names, '|');
            dyad_sb_puts(x->names, b);
        }
        dyad_sb_putc(x->names, '\n');
    }
}

/* Appends "+word" to a short path string (cut at the buffer end). */
static void path_add(char *buf, size_t cap, const char *sep, const char *w)
{
    size_t n = strlen(buf);
    if (n && n + 1 < cap) {
        snprintf(buf + n, cap - n, "%s", sep);
        n = strlen(buf);
    }
    if (n + 1 < cap)
        snprintf(buf + n, cap - n, "%s", w);
}

/* What the dependents of node i say: modal and other auxiliaries, negation, subordinator,
 * subject. Emitted with prefix p ("" for the predicate, "c." for the first conjunct, "g1."
 * for the first governor...); the predicate itself also gets subject and object details. */
typedef struct deps {
    bool subj, aux, neg, modal;
    char auxseq[96];
} deps;

static void dependents(fx *x, const dyad_sentence *s, int32_t i, const char *p, bool full,
                       deps *d)
{
    char t[32], a[FACT_WORD], b[FACT_WORD];
    memset(d, 0, sizeof *d);
    for (int32_t j = 0; j < s->n; j++) {
        if (s->tok[j].head != i + 1)
            continue;
        if (rel_is(s, j, "aux") || rel_is(s, j, "cop")) {
            const char *l = lem_of(s, j, a);
            snprintf(t, sizeof t, "%saux", p);
            emit(x, t, l, NULL);
            d->aux = true;
            if (strcmp(xpos_of(s, j), "MD") == 0)
                d->modal = true;
            if (full) {
                emit(x, "aux.x", l, xpos_of(s, i));
                emit(x, "auxtag", l, xpos_of(s, j));
            }
            path_add(d->auxseq, sizeof d->auxseq, "+", l);
        } else if (rel_is(s, j, "mark")) {
            snprintf(t, sizeof t, "%smark", p);
            emit(x, t, lem_of(s, j, a), NULL);
            if (full)
                emit(x, "mark.x", lem_of(s, j, a), xpos_of(s, i));
        } else if (rel_is(s, j, "advmod") || rel_is(s, j, "discourse")) {
            const char *l = lem_of(s, j, a);
            if (is_neg(l)) {
                snprintf(t, sizeof t, "%sneg", p);
                emit(x, t, NULL, NULL);
                d->neg = true;
            }
            if (full)
                emit(x, "adv", l, NULL);
        } else if (rel_is(s, j, "nsubj") || rel_is(s, j, "csubj") || rel_is(s, j, "expl")) {
            d->subj = true;
            if (!full)
                continue;
            emit(x, "subj.rel", rel_of(s, j), NULL);
            if (s->tok[j].upos == DYAD_UPOS_PRON || s->tok[j].upos == DYAD_UPOS_DET)
                emit(x, "subj", lem_of(s, j, a), NULL);
            for (int32_t k = 0; k < s->n; k++)
                if (s->tok[k].head == j + 1 && rel_is(s, k, "det"))
                    emit(x, "subj.det", lem_of(s, k, b), NULL);
        } else if (full && rel_is(s, j, "obj")) {
            for (int32_t k = 0; k < s->n; k++)
                if (s->tok[k].head == j + 1 && rel_is(s, k, "det"))
                    emit(x, "obj.det", lem_of(s, k, b), NULL);
        } else if (full && (rel_is(s, j, "xcomp") || rel_is(s, j, "ccomp"))) {
            emit(x, "child", rel_of(s, j), NULL);
        } else if (full && rel_is(s, j, "det")) {
            emit(x, "det", lem_of(s, j, a), NULL);
        }
    }
}

static bool ends_with_question(const dyad_sentence *s)
{
    for (int32_t i = s->n - 1; i >= 0; i--) {
        const char *f = s->tok[i].form;
        if (!f)
            return false;
        if (strcmp(f, "?") == 0)
            return true;
        /* closing quotes and brackets may follow the question mark */
        if (strcmp(f, "\"") != 0 && strcmp(f, "'") != 0 && strcmp(f, ")") != 0 &&
            strcmp(f, "''") != 0 && strcmp(f, "\xe2\x80\x9d") != 0)
            return false;
    }
    return false;
}

int dyad_fact_features(const dyad_sentence *s, int32_t pred, uint64_t *out, int cap,
                       dyad_strbuf *names)
{
    fx x = {out, 0, cap, names};
    if (!s || pred < 0 || pred >= s->n)
        return 0;
    char a[FACT_WORD], b[FACT_WORD], t[32];
    const char *lem = lem_of(s, pred, a);
    const char *xp = xpos_of(s, pred);
    emit(&x, "bias", NULL, NULL);
    emit(&x, "lem", lem, NULL);
    emit(&x, "xpos", xp, NULL);
    emit(&x, "upos", dyad_upos_name(s->tok[pred].upos), NULL);
    emit(&x, "rel", rel_of(s, pred), NULL);
    emit(&x, "lem.rel", lem, rel_of(s, pred));
    emit(&x, "prev", pred > 0 ? lem_of(s, pred - 1, b) : "<s>", NULL);
    /* Function words near the predicate, wherever the parse attached them. */
    for (int32_t j = pred - 3; j <= pred + 3; j++) {
        if (j < 0 || j >= s->n || j == pred)
            continue;
        uint8_t up = s->tok[j].upos;
        if (up == DYAD_UPOS_AUX || up == DYAD_UPOS_PART || up == DYAD_UPOS_SCONJ ||
            (up == DYAD_UPOS_ADV && is_neg(lem_of(s, j, b))))
            emit(&x, j < pred ? "win.l" : "win.r", lem_of(s, j, b), NULL);
    }
    emit(&x, "lem.x", lem, xp);
    bool state = in_list(lem, cls_state);
    emit(&x, "state", state ? "state" : "event", xp);

    deps d;
    dependents(&x, s, pred, "", true, &d);
    char seq[128];
    snprintf(seq, sizeof seq, "%s|%s", xp, d.auxseq);
    emit(&x, "auxseq", seq, NULL);
    emit(&x, "lem.auxseq", lem, seq);
    emit(&x, "x.neg", xp, d.neg ? "neg" : "pos");
    if (d.neg)
        emit(&x, "neg.state", state ? "state" : "event", d.auxseq);
    if (!d.subj)
        emit(&x, "nosubj", rel_of(s, pred), NULL);
    bool question = ends_with_question(s);
    if (question)
        emit(&x, "q", rel_of(s, pred), NULL);

    /* A conjunct shares the auxiliaries, negation and governor of the first conjunct
     * ("will attack and destroy", "did not attack or burn"). */
    int32_t cur = pred;
    bool neg_above = d.neg, modal_above = d.modal, subj = d.subj, aux = d.aux;
    for (int hops = 0; hops < 4 && rel_is(s, cur, "conj") && head_of(s, cur) >= 0; hops++) {
        cur = head_of(s, cur);
        deps c;
        dependents(&x, s, cur, "c.", false, &c);
        emit(&x, "c.xpos", xpos_of(s, cur), NULL);
        emit(&x, "c.auxseq", xpos_of(s, cur), c.auxseq);
        neg_above |= c.neg;
        modal_above |= c.modal;
        subj |= c.subj;
        aux |= c.aux;
    }
    /* Imperative: a bare VB heading the sentence with no subject and no auxiliary. */
    if (head_of(s, cur) < 0 && strcmp(xpos_of(s, cur), "VB") == 0 && !subj && !aux)
        emit(&x, "imper", NULL, NULL);

    /* The chain of governors. */
    char path[96] = "";
    for (int k = 1; k <= FACT_CHAIN; k++) {
        const char *r = rel_of(s, cur);
        int32_t h = head_of(s, cur);
        snprintf(t, sizeof t, "g%d", k);
        if (h < 0) {
            emit(&x, t, "ROOT", NULL);
            path_add(path, sizeof path, ">", "ROOT");
            emit(&x, "path", path, NULL);
            break;
        }
        const char *hl = lem_of(s, h, b);
        emit(&x, t, r, NULL);
        snprintf(t, sizeof t, "g%d.rl", k);
        emit(&x, t, r, hl);
        snprintf(t, sizeof t, "g%d.rx", k);
        emit(&x, t, r, xpos_of(s, h));
        if (k == 1)
            emit(&x, "g1.rl.x", r, xp);
        const char *cls = gov_class(hl);
        if (cls) {
            snprintf(t, sizeof t, "g%d.cls", k);
            emit(&x, t, r, cls);
        }
        path_add(path, sizeof path, ">", r);
        emit(&x, "path", path, NULL);
        snprintf(t, sizeof t, "g%d.", k);
        deps g;
        dependents(&x, s, h, t, false, &g);
        neg_above |= g.neg;
        modal_above |= g.modal;
        cur = h;
        for (int hops = 0; hops < 4 && rel_is(s, cur, "conj") && head_of(s, cur) >= 0; hops++)
            cur = head_of(s, cur);
    }
    emit(&x, "scope", neg_above ? "neg" : "-", modal_above ? "modal" : "-");
    return x.n;
}

/* ---- the model ---- */

static int fact_new(dyad_fact_model **out, const dyad_fact_info *info)
{
    dyad_fact_model *m = dyad_calloc(1, sizeof *m);
    if (!m)
        return DYAD_ENOMEM;
    m->info = *info;
    m->mask = (1u << info->bits) - 1;
    *out = m;
    return DYAD_OK;
}

int dyad_fact_from_weights(dyad_fact_model **out, const float *w, const dyad_fact_info *info)
{
    if (info->bits < 8 || info->bits > 24)
        return DYAD_EINVAL;
    int rc = fact_new(out, info);
    if (rc != DYAD_OK)
        return rc;
    size_t n = (size_t)1 << info->bits;
    (*out)->owned = dyad_malloc(n * sizeof *w);
    if (!(*out)->owned) {
        dyad_free(*out);
        *out = NULL;
        return DYAD_ENOMEM;
    }
    memcpy((*out)->owned, w, n * sizeof *w);
    (*out)->w = (*out)->owned;
    return DYAD_OK;
}

const dyad_fact_info *dyad_fact_model_info(const dyad_fact_model *m) { return &m->info; }

int dyad_fact_load(dyad_fact_model **out, const char *path, dyad_err *err)
{
    *out = NULL;
    dyad_mfile mf;
    int rc = dyad_mf_open(&mf, path, err);
    if (rc != DYAD_OK)
        return rc;
    dyad_mcur cur;
    dyad_fact_info info;
    uint32_t features = 0;
    rc = dyad_mf_section(&mf, "fact.meta", &cur, err);
    if (rc == DYAD_OK) {
        features = dyad_mcur_u32(&cur);
        info.bits = dyad_mcur_u32(&cur);
        info.epochs = dyad_mcur_u32(&cur);
        info.l2 = dyad_mcur_f32(&cur);
        info.eta = dyad_mcur_f32(&cur);
        rc = dyad_mcur_check(&cur, err);
    }
    if (rc == DYAD_OK && features != DYAD_FACT_FEATURES)
        rc = dyad_err_set(err, DYAD_EVERSION,
                          "%s: factuality features version %u, this dyad computes version %u "
                          "(retrain with 'dyad train --factuality')", path, features,
                          DYAD_FACT_FEATURES);
    if (rc == DYAD_OK && (info.bits < 8 || info.bits > 24))
        rc = dyad_err_set(err, DYAD_ECORRUPT, "%s: bad weight table size 2^%u", path, info.bits);
    const float *w = NULL;
    if (rc == DYAD_OK)
        rc = dyad_mf_section(&mf, "fact.w", &cur, err);
    if (rc == DYAD_OK) {
        w = dyad_mcur_array(&cur, (size_t)1 << info.bits, sizeof(float), 16);
        rc = dyad_mcur_check(&cur, err);
    }
    for (size_t i = 0; rc == DYAD_OK && i < ((size_t)1 << info.bits); i++)
        if (!isfinite(w[i]))
            rc = dyad_err_set(err, DYAD_ECORRUPT, "%s: weight %zu is not finite", path, i);
    if (rc == DYAD_OK && fact_new(out, &info) != DYAD_OK)
        rc = dyad_err_set(err, DYAD_ENOMEM, "%s: out of memory", path);
    if (rc != DYAD_OK) {
        dyad_mf_close(&mf);
        return rc;
    }
    (*out)->w = w;
    (*out)->mf = mf;
    return DYAD_OK;
}

void dyad_fact_free(dyad_fact_model *m)
{
    if (!m)
        return;
    dyad_mf_close(&m->mf);
    dyad_free(m->owned);
    dyad_free(m);
}

int dyad_fact_save(const dyad_fact_model *m, const char *path, dyad_err *err)
{
    dyad_mbuf meta = {0}, w = {0};
    dyad_mbuf_u32(&meta, DYAD_FACT_FEATURES);
    dyad_mbuf_u32(&meta, m->info.bits);
    dyad_mbuf_u32(&meta, m->info.epochs);
    dyad_mbuf_f32(&meta, m->info.l2);
    dyad_mbuf_f32(&meta, m->info.eta);
    dyad_mbuf_put(&w, m->w, ((size_t)m->mask + 1) * sizeof *m->w);
    const char *names[2] = {"fact.meta", "fact.w"};
    const dyad_mbuf *secs[2] = {&meta, &w};
    int rc;
    if (meta.failed || w.failed)
        rc = dyad_err_set(err, DYAD_ENOMEM, "%s: out of memory saving", path);
    else
        rc = dyad_mf_write(path, 2, names, secs, err);
    dyad_mbuf_free(&meta);
    dyad_mbuf_free(&w);
    return rc;
}

double dyad_fact_score_features(const dyad_fact_model *m, const uint64_t *f, int nf)
{
    double sum = 0;
    for (int i = 0; i < nf; i++)
        sum += (double)(dyad_fact_sign(f[i]) * m->w[dyad_fact_slot(f[i], m->mask)]);
    return sum;
}

double dyad_fact_score(const dyad_fact_model *m, const dyad_sentence *s, int32_t pred)
{
    uint64_t f[DYAD_FACT_MAXF];
    int nf = dyad_fact_features(s, pred, f, DYAD_FACT_MAXF, NULL);
    return dyad_fact_score_features(m, f, nf);
}

bool dyad_fact_happened(const dyad_fact_model *m, const dyad_sentence *s, int32_t pred)
{
    return dyad_fact_score(m, s, pred) > 0;
}
