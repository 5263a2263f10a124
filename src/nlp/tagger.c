/* tagger.c — XPOS tagging with an averaged perceptron: features, decoding, model sections. */
#include "nlp/tagger.h"

#include "base/alloc.h"
#include "base/hash.h"

#include <string.h>


enum { /* feature templates */
    F_BIAS = 1, F_WORD, F_LOWER, F_SHAPE, F_PRE, F_SUF = F_PRE + 3, F_FLAGS = F_SUF + 4,
    F_LM1, F_LP1, F_LM2, F_LP2, F_S3M1, F_S3P1, F_T1, F_T12, F_T1W, F_AMB0, F_AMBP1, F_AMBP2,
    F_SHP1, F_SHM1, F_T1AMB0, F_S2P1, F_WP1W, F_T1S3, F_WM1W, F_T2W, F_S1P1, F_PRE1P1, F_WN, F_WNS, F_WNP1, F_WNM1
};

/* WordNet POS bits of low[0..m) and, shifted by 4, of the forms left after stripping a regular
 * inflection (morphy-style suffix rules). */
static uint32_t wn_bits(const dyad_kv *wn, const char *low, size_t m)
{
    static const struct {
        const char *suf, *rep;
        uint32_t pos;
    } rules[] = {
        {"s", "", 1}, {"ses", "s", 1}, {"xes", "x", 1}, {"zes", "z", 1}, {"ches", "ch", 1},
        {"shes", "sh", 1}, {"men", "man", 1}, {"ies", "y", 1}, {"s", "", 2}, {"ies", "y", 2},
        {"es", "e", 2}, {"es", "", 2}, {"ed", "e", 2}, {"ed", "", 2}, {"ing", "e", 2},
        {"ing", "", 2}, {"er", "", 4}, {"est", "", 4}, {"er", "e", 4}, {"est", "e", 4},
    };
    uint64_t v;
    uint32_t bits = 0;
    if (!wn->slots || m == 0 || m > 60)
        return 0;
    if (dyad_kv_get(wn, dyad_hash(low, m), &v))
        bits |= (uint32_t)v & 15;
    char buf[64];
    for (size_t r = 0; r < sizeof rules / sizeof rules[0]; r++) {
        size_t sl = strlen(rules[r].suf), rl = strlen(rules[r].rep);
        if (m <= sl + 1 || memcmp(low + m - sl, rules[r].suf, sl) != 0)
            continue;
        memcpy(buf, low, m - sl);
        memcpy(buf + m - sl, rules[r].rep, rl);
        if (dyad_kv_get(wn, dyad_hash(buf, m - sl + rl), &v) && (v & rules[r].pos))
            bits |= rules[r].pos << 4;
    }
    return bits;
}

static uint64_t hs(const char *s, size_t n) { return dyad_hash(s, n); }

/* The case of the two-byte UTF-8 letter c0 c1 of Latin-1 Supplement or Latin Extended-A
 * (U+00C0..U+017F: "Á", "Ñ", "Ö", "Ł", "Ş", "ž"): 1 upper, -1 lower, 0 not such a letter. In
 * Extended-A upper and lower case mostly alternate, upper first; the few exceptions are the
 * letters of U+0138..U+0148 and U+0179..U+017E, which alternate the other way. */
static int latin_letter_case(unsigned char c0, unsigned char c1)
{
    if ((c1 & 0xC0) != 0x80)
        return 0;
    unsigned cp = ((unsigned)(c0 & 0x1F) << 6) | (c1 & 0x3F);
    if (c0 < 0xC3 || c0 > 0xC5 || cp < 0xC0 || cp == 0xD7 || cp == 0xF7)
        return 0;
    if (cp < 0xDF)
        return 1;
    if (cp < 0x100)
        return -1;
    if ((cp >= 0x139 && cp <= 0x148) || (cp >= 0x179 && cp <= 0x17E))
        return cp % 2 ? 1 : -1;
    if (cp == 0x138 || cp == 0x149 || cp == 0x17F)
        return -1;
    return cp % 2 ? -1 : 1;
}

/* The features of the form f[0..n) alone: all of dyad_wfeat but the first-word flag. */
void dyad_tag_form_features(const dyad_tagger *tg, const char *f, size_t n, dyad_wfeat *w)
{
    char low[64], shape[64];
    size_t m = n < sizeof low ? n : sizeof low - 1;
    memset(w, 0, sizeof *w);
    size_t ns = 0;
    bool upper_all = true, any_alpha = false;
    for (size_t k = 0; k < m; k++) {
        unsigned char c = (unsigned char)f[k];
        char sc;
        int lc = k + 1 < m ? latin_letter_case(c, (unsigned char)f[k + 1]) : 0;
        if (lc) { /* "Á", "ñ": a letter with its case, as its ASCII kin have ("Áñez" is "Xxxx") */
            low[k] = (char)c;
            low[k + 1] = f[k + 1];
            sc = lc > 0 ? 'X' : 'x';
            upper_all &= lc > 0;
            any_alpha = true;
            if (k == 0 && lc > 0)
                w->flags |= 1;
            k++;
        } else if (c >= 'A' && c <= 'Z') {
            low[k] = (char)(c + 32);
            sc = 'X';
            any_alpha = true;
        } else if (c >= 'a' && c <= 'z') {
            low[k] = (char)c;
            sc = 'x';
            upper_all = false;
            any_alpha = true;
        } else if (c >= '0' && c <= '9') {
            low[k] = (char)c;
            sc = 'd';
            w->flags |= 4;
        } else {
            low[k] = (char)c;
            sc = c >= 0x80 ? 'u' : (char)c;
            if (c == '-')
                w->flags |= 8;
        }
        if (ns < 2 || shape[ns - 1] != sc || shape[ns - 2] != sc)
            shape[ns++] = sc;
    }
    low[m] = 0;
    if (m > 0 && f[0] >= 'A' && f[0] <= 'Z')
        w->flags |= 1;
    if (any_alpha && upper_all)
        w->flags |= 2;
    w->word = hs(f, n);
    w->lower = hs(low, m);
    w->shape = hs(shape, ns);
    for (size_t k = 0; k < 3; k++)
        w->pre[k] = hs(low, k + 1 < m ? k + 1 : m);
    for (size_t k = 0; k < 4; k++) {
        size_t l = k + 1 < m ? k + 1 : m;
        w->suf[k] = hs(low + m - l, l);
    }
    w->wn = tg ? wn_bits(&tg->wn, low, m) : 0;
    uint64_t v = 0;
    if (tg && dyad_kv_get(&tg->ambig, w->lower, &v))
        w->ambig = v;
    else
        w->ambig = 0xFFFFFFFFFFFFFFFFull;
}

void dyad_tag_word_features(const dyad_tagger *tg, dyad_tag_memo *memo, const dyad_sentence *s,
                            dyad_wfeat *wf)
{
    for (int32_t i = 0; i < s->n; i++) {
        const char *f = s->tok[i].form ? s->tok[i].form : "";
        size_t n = strlen(f);
        const dyad_tag_memo_entry *e =
            memo ? dyad_tag_memo_get(memo, tg, dyad_hash(f, n), f, n) : NULL;
        if (e)
            wf[i] = e->wf;
        else
            dyad_tag_form_features(tg, f, n, &wf[i]);
        if (i == 0)
            wf[i].flags |= 16;
    }
}

static uint64_t fk(uint64_t tmpl, uint64_t a) { return dyad_hash_mix(tmpl * 0x9E3779B97F4A7C15ull, a); }
static uint64_t fk2(uint64_t tmpl, uint64_t a, uint64_t b) { return dyad_hash_mix(fk(tmpl, a), b); }

static const uint64_t PAD_L = 0x5151, PAD_R = 0x5252;

int dyad_tag_self_features(const dyad_wfeat *w, uint64_t *f)
{
    int k = 0;
    f[k++] = fk(F_BIAS, 0);
    f[k++] = fk(F_WORD, w->word);
    f[k++] = fk(F_LOWER, w->lower);
    f[k++] = fk(F_SHAPE, w->shape);
    for (int j = 0; j < 3; j++)
        f[k++] = fk(F_PRE + j, w->pre[j]);
    for (int j = 0; j < 4; j++)
        f[k++] = fk(F_SUF + j, w->suf[j]);
    f[k++] = fk(F_AMB0, w->ambig);
    f[k++] = fk(F_WN, w->wn);
    f[k++] = fk2(F_WNS, w->wn, w->suf[1]);
    return k;
}

/* The features of word i that also look at its neighbours, its position or the tags before. */
static int context_features(const dyad_wfeat *wf, int32_t i, int32_t n, int p1, int p2,
                            uint64_t *f)
{
    const dyad_wfeat *w = &wf[i];
    uint64_t lm1 = i > 0 ? wf[i - 1].lower : PAD_L, lm2 = i > 1 ? wf[i - 2].lower : PAD_L;
    uint64_t lp1 = i + 1 < n ? wf[i + 1].lower : PAD_R, lp2 = i + 2 < n ? wf[i + 2].lower : PAD_R;
    int k = 0;
    f[k++] = fk(F_FLAGS, w->flags);
    f[k++] = fk(F_LM1, lm1);
    f[k++] = fk(F_LP1, lp1);
    f[k++] = fk(F_LM2, lm2);
    f[k++] = fk(F_LP2, lp2);
    f[k++] = fk(F_S3M1, i > 0 ? wf[i - 1].suf[2] : PAD_L);
    f[k++] = fk(F_S3P1, i + 1 < n ? wf[i + 1].suf[2] : PAD_R);
    f[k++] = fk(F_S2P1, i + 1 < n ? wf[i + 1].suf[1] : PAD_R);
    f[k++] = fk(F_T1, (uint64_t)p1);
    f[k++] = fk2(F_T12, (uint64_t)p1, (uint64_t)p2);
    f[k++] = fk2(F_T1W, (uint64_t)p1, w->lower);
    f[k++] = fk(F_AMBP1, i + 1 < n ? wf[i + 1].ambig : PAD_R);
    f[k++] = fk2(F_AMBP2, i + 1 < n ? wf[i + 1].ambig : PAD_R, i + 2 < n ? wf[i + 2].ambig : PAD_R);
    f[k++] = fk(F_SHP1, i + 1 < n ? wf[i + 1].shape : PAD_R);
    f[k++] = fk(F_SHM1, i > 0 ? wf[i - 1].shape : PAD_L);
    f[k++] = fk2(F_T1AMB0, (uint64_t)p1, w->ambig);
    f[k++] = fk2(F_WP1W, w->lower, lp1);
    f[k++] = fk2(F_T1S3, (uint64_t)p1, w->suf[2]);
    f[k++] = fk2(F_WM1W, lm1, w->lower);
    f[k++] = fk2(F_T2W, (uint64_t)p2, w->lower);
    f[k++] = fk(F_S1P1, i + 1 < n ? wf[i + 1].suf[0] : PAD_R);
    f[k++] = fk2(F_PRE1P1, w->pre[0], i + 1 < n ? wf[i + 1].pre[0] : PAD_R);
    f[k++] = fk(F_WNP1, i + 1 < n ? wf[i + 1].wn : PAD_R);
    f[k++] = fk2(F_WNM1, i > 0 ? wf[i - 1].wn : PAD_L, (uint64_t)p1);
    return k;
}

int dyad_tag_features_(const dyad_wfeat *wf, int32_t i, int32_t n, int p1, int p2, uint64_t *f)
{
    int k = dyad_tag_self_features(&wf[i], f);
    return k + context_features(wf, i, n, p1, p2, f + k);
}

int dyad_tag_index(const dyad_tagger *tg, const char *xpos)
{
    if (!xpos)
        return -1;
    for (int t = 0; t < tg->ntags; t++)
        if (strcmp(tg->tags[t], xpos) == 0)
            return t;
    return -1;
}

int dyad_tag_dict(const dyad_tagger *tg, const dyad_wfeat *w)
{
    uint64_t v;
    if (dyad_kv_get(&tg->tagdict, w->word, &v) && v < (uint64_t)tg->ntags)
        return (int)v;
    return -1;
}

int dyad_tag_class(const dyad_tagger *tg, const char *xpos, int upos)
{
    if (!xpos)
        return -1;
    for (int t = 0; t < tg->ntags; t++)
        if (tg->upos_of_tag[t] == upos && strcmp(tg->tags[t], xpos) == 0)
            return t;
    return -1;
}

/* The scores of the features of form alone are the same wherever it stands: with a memo they
 * are summed once per form, and only the other features are looked up for each word. Every
 * weight is an integer, so the float sums are the same either way (see dyad_pt_score). */
void dyad_tag_sentence(const dyad_tagger *tg, dyad_tag_memo *memo, dyad_sentence *s,
                       dyad_wfeat *wf, uint8_t *cls)
{
    uint64_t f[TAG_NFEAT_MAX];
    float sc[DYAD_TAG_MAX];
    dyad_tag_word_features(tg, memo, s, wf);
    int p1 = DYAD_TAG_MAX, p2 = DYAD_TAG_MAX;
    for (int32_t i = 0; i < s->n; i++) {
        /* asked again, not kept from dyad_tag_word_features: a later word of the sentence may
         * have taken this word's place in the memo (then it is filled again) */
        const char *form = s->tok[i].form ? s->tok[i].form : "";
        dyad_tag_memo_entry *e =
            memo ? dyad_tag_memo_get(memo, tg, wf[i].word, form, strlen(form)) : NULL;
        int t = e ? e->dict_tag : dyad_tag_dict(tg, &wf[i]);
        if (t < 0) {
            int nf;
            if (e) {
                memcpy(sc, dyad_tag_memo_self(memo, tg, e), (size_t)tg->ntags * sizeof *sc);
                nf = context_features(wf, i, s->n, p1, p2, f);
            } else {
                memset(sc, 0, sizeof sc);
                nf = dyad_tag_features_(wf, i, s->n, p1, p2, f);
            }
            dyad_pt_score(&tg->pt, f, nf, sc);
            t = dyad_pt_argmax(sc, tg->ntags, NULL);
        }
        s->tok[i].xpos = tg->tags[t];
        s->tok[i].upos = tg->upos_of_tag[t];
        if (cls)
            cls[i] = (uint8_t)t;
        p2 = p1;
        p1 = t;
    }
}

/* ---- model sections ---- */

int dyad_tagger_save(const dyad_tagger *tg, dyad_mbuf *secs, const char **names, int *nsec)
{
    int k = *nsec;
    dyad_mbuf *b = &secs[k];
    names[k++] = "tag.names";
    dyad_mbuf_u32(b, DYAD_NLP_FEATURES);
    dyad_mbuf_u32(b, (uint32_t)tg->ntags);
    dyad_mbuf_put(b, tg->upos_of_tag, (size_t)tg->ntags);
    for (int t = 0; t < tg->ntags; t++)
        dyad_mbuf_put(b, tg->tags[t], strlen(tg->tags[t]) + 1);
    names[k] = "tag.pt";
    dyad_pt_model_save(&tg->pt, &secs[k++]);
    names[k] = "tag.dict";
    dyad_kv_save(&tg->tagdict, &secs[k++]);
    names[k] = "tag.ambig";
    dyad_kv_save(&tg->ambig, &secs[k++]);
    names[k] = "tag.wn";
    dyad_kv_save(&tg->wn, &secs[k++]);
    for (int i = *nsec; i < k; i++)
        if (secs[i].failed)
            return DYAD_ENOMEM;
    *nsec = k;
    return DYAD_OK;
}

/* The tables borrow file memory; the scorer, read last, builds its own (and frees them itself
 * when it fails), so a failed read leaves nothing to free. */
int dyad_tagger_read(dyad_tagger *tg, const dyad_mfile *mf, dyad_err *err)
{
    memset(tg, 0, sizeof *tg);
    dyad_mcur c;
    int rc = dyad_mf_section(mf, "tag.names", &c, err);
    if (rc != DYAD_OK)
        return rc;
    uint32_t fv = dyad_mcur_u32(&c);
    if (!c.bad && fv != DYAD_NLP_FEATURES)
        return dyad_err_set(err, DYAD_EVERSION,
                            "%s: tagger trained with feature templates v%u, this dyad uses v%u "
                            "(retrain with 'dyad train')", mf->path, fv, DYAD_NLP_FEATURES);
    uint32_t n = dyad_mcur_u32(&c);
    const uint8_t *up = dyad_mcur_array(&c, n, 1, 1);
    if (c.bad || n == 0 || n > DYAD_TAG_MAX)
        return dyad_err_set(err, DYAD_ECORRUPT, "%s: bad tag table", mf->path);
    tg->ntags = (int)n;
    for (uint32_t t = 0; t < n; t++) {
        const char *p = (const char *)c.p + c.pos;
        const void *nul = memchr(p, 0, c.n - c.pos);
        if (!nul || up[t] >= DYAD_UPOS_COUNT)
            return dyad_err_set(err, DYAD_ECORRUPT, "%s: bad tag table", mf->path);
        tg->tags[t] = p;
        tg->upos_of_tag[t] = up[t];
        c.pos += (size_t)((const char *)nul - p) + 1;
    }
    if ((rc = dyad_mf_section(mf, "tag.dict", &c, err)) != DYAD_OK ||
        (rc = dyad_kv_read(&tg->tagdict, &c, err)) != DYAD_OK)
        return rc;
    if ((rc = dyad_mf_section(mf, "tag.ambig", &c, err)) != DYAD_OK ||
        (rc = dyad_kv_read(&tg->ambig, &c, err)) != DYAD_OK)
        return rc;
    if ((rc = dyad_mf_section(mf, "tag.wn", &c, err)) != DYAD_OK ||
        (rc = dyad_kv_read(&tg->wn, &c, err)) != DYAD_OK)
        return rc;
    if ((rc = dyad_mf_section(mf, "tag.pt", &c, err)) != DYAD_OK)
        return rc;
    return dyad_pt_model_read(&tg->pt, &c, n, err);
}

void dyad_tagger_free(dyad_tagger *tg)
{
    dyad_pt_model_free(&tg->pt);
    dyad_kv_free(&tg->tagdict);
    dyad_kv_free(&tg->ambig);
    dyad_kv_free(&tg->wn);
    dyad_free(tg->names_owned);
    memset(tg, 0, sizeof *tg);
}

double dyad_tagger_accuracy(const dyad_tagger *tg, dyad_sentence *const *sents, size_t n)
{
    size_t right = 0, total = 0, cap = 0;
    dyad_wfeat *wf = NULL;
    dyad_token *tk = NULL;
    size_t tcap = 0;
    for (size_t i = 0; i < n; i++) {
        const dyad_sentence *g = sents[i];
        if (dyad_grow(&wf, &cap, (size_t)g->n, sizeof *wf) != DYAD_OK ||
            dyad_grow(&tk, &tcap, (size_t)g->n, sizeof *tk) != DYAD_OK)
            break;
        dyad_sentence s = *g;
        memcpy(tk, g->tok, (size_t)g->n * sizeof *tk);
        s.tok = tk;
        dyad_tag_sentence(tg, NULL, &s, wf, NULL);
        for (int32_t j = 0; j < g->n; j++, total++)
            right += g->tok[j].xpos && strcmp(g->tok[j].xpos, tk[j].xpos) == 0;
    }
    dyad_free(wf);
    dyad_free(tk);
    return total ? 100.0 * (double)right / (double)total : 0.0;
}
