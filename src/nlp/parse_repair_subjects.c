/* parse_repair_subjects.c — subjects the parser cut off their predicate (see parse_repair.c).
 *
 * Auxiliaries inside a name. "Human rights activists in Arnor are about to restore ties" parsed
 * with "are" a flat part of the name "Arnor" (or a relative clause of it with no relative word
 * and no subject), the noun "activists" the root and "restore" a clause of "are": an auxiliary
 * is never part of a name; where the root is a noun and the
 * auxiliary heads a verb of its own, that verb is the root, the noun its subject and the
 * auxiliary its auxiliary (stray_auxiliaries).
 *
 * Finite verbs inside the subject's phrase: a name's flat part ("the Central African Republic
 * | agree that"), or a conjunct after a comma of a participle in an aside ("the minister, in
 * remarks published on Monday, | urged ..."), with a noun the root (stray_verbs).
 *
 * Of-phrases read as subjects. "The activists of Amnesty International are about to ..." parsed
 * with "of" a marker of the predicate and "Amnesty International" its subject: a subject never
 * starts with "of"; the name is an of-phrase of the noun before it, and that noun is the
 * subject (of_subjects). So too "A spokeswoman for Andes Freight Lines | criticised" with "for"
 * (or "from") before a finite verb.
 *
 * Subjects of infinitives. An infinitive with "to" has no subject of its own: a noun the parser
 * made one belongs to the verb above (infinitive_subjects). Nor has a gerund after "of", "for"
 * or "from" a subject before that preposition: "accused | the United States | of bullying"
 * makes the noun the verb's object (gerund_subjects). */
#include "nlp/parse_repair_internal.h"

void dyad_repair_stray_auxiliaries(dyad_sentence *s)
{
    int32_t r = single_root(s);
    if (r < 0 || (s->tok[r].upos != DYAD_UPOS_NOUN && s->tok[r].upos != DYAD_UPOS_PROPN))
        return;
    for (int32_t a = r + 1; a + 1 < s->n; a++) {
        dyad_token *at = &s->tok[a];
        if (at->upos != DYAD_UPOS_AUX || !finite_tag(at->xpos) || has_kid(s, a, "nsubj") ||
            !(is(at->deprel, "flat") || is(at->deprel, "compound") || rel_is(at->deprel, "acl")))
            continue; /* "Arnor | are", or a relative clause with no relative word nor subject */
        int32_t c = -1; /* the verb the auxiliary heads, after it */
        for (int32_t k = a + 1; k < s->n && c < 0; k++)
            if (s->tok[k].head == a + 1 && s->tok[k].upos == DYAD_UPOS_VERB &&
                (rel_is(s->tok[k].deprel, "advcl") || rel_is(s->tok[k].deprel, "xcomp") ||
                 rel_is(s->tok[k].deprel, "ccomp")))
                c = k;
        if (c < 0 || has_kid(s, c, "nsubj") || has_kid(s, c, "nsubj:pass"))
            continue;
        dyad_token *ct = &s->tok[c];
        ct->head = 0;
        ct->deprel = "root";
        at->head = c + 1;
        at->deprel = "aux";
        s->tok[r].head = c + 1;
        s->tok[r].deprel = "nsubj";
        for (int32_t k = 0; k < s->n; k++) /* the root's and the auxiliary's other clause words */
            if (k != c && (s->tok[k].head == a + 1 ||
                           (s->tok[k].head == r + 1 && s->tok[k].upos == DYAD_UPOS_PUNCT)))
                s->tok[k].head = c + 1;
        return;
    }
}

/* "The Philippines and the Central African Republic agree that ..." with "agree" a flat part
 * of the name and "Philippines" the root; "Chile's minister, in remarks published on Monday,
 * urged Peru to ..." with "urged" a conjunct of the participle inside the commas and
 * "minister" the root: where the root is a noun with no predicate of its own and the one
 * finite verb with no subject, conjunction or marker hangs inside its phrase as a name's part
 * or after a comma, that verb is the root and the noun its subject. */
void dyad_repair_stray_verbs(dyad_sentence *s)
{
    int32_t r = single_root(s), v = -1;
    if (r < 0 || (s->tok[r].upos != DYAD_UPOS_NOUN && s->tok[r].upos != DYAD_UPOS_PROPN) ||
        has_kid(s, r, "cop") || has_kid(s, r, "nsubj"))
        return;
    for (int32_t i = r + 1; i < s->n; i++) {
        const dyad_token *t = &s->tok[i];
        /* a past tense, or a participle with an object and no auxiliary the tagger misread */
        bool finite = is(t->xpos, "VBD") || is(t->xpos, "VBZ") || is(t->xpos, "VBP") ||
                      (is(t->xpos, "VBN") && has_kid(s, i, "obj") && !has_kid(s, i, "aux") &&
                       !has_kid(s, i, "aux:pass"));
        if (t->upos != DYAD_UPOS_VERB || !finite || has_kid(s, i, "nsubj") ||
            has_kid(s, i, "nsubj:pass") || has_kid(s, i, "expl") || has_kid(s, i, "cc") ||
            has_kid(s, i, "mark"))
            continue; /* a clause with a subject or a conjunction of its own */
        if (v >= 0)
            return; /* two candidates: leave the tree */
        v = i;
    }
    if (v < 0 || !descends(s, v, r))
        return;
    const char *vr = s->tok[v].deprel;
    bool part = is(vr, "flat") || is(vr, "compound");
    bool after_comma = rel_is(vr, "conj") && is(s->tok[v - 1].form, ",");
    if (!part && !after_comma)
        return;
    s->tok[v].head = 0;
    s->tok[v].deprel = "root";
    s->tok[r].head = v + 1;
    s->tok[r].deprel = "nsubj";
    for (int32_t k = 0; k < s->n; k++)
        if (k != v && s->tok[k].head == r + 1 && s->tok[k].upos == DYAD_UPOS_PUNCT && k > v)
            s->tok[k].head = v + 1;
}

void dyad_repair_of_subjects(dyad_sentence *s)
{
    static const char *const preps[] = {"of", "for", "from"};
    for (int32_t n = 2; n < s->n; n++) {
        dyad_token *nt = &s->tok[n];
        int32_t p = nt->head - 1, of = n - 1, before = n - 2;
        if (!rel_is(nt->deprel, "nsubj") || p <= n ||
            (nt->upos != DYAD_UPOS_PROPN && nt->upos != DYAD_UPOS_NOUN) ||
            !word_in(s->tok[of].form, preps, sizeof preps / sizeof *preps) ||
            s->tok[of].head != p + 1 || !is(s->tok[of].deprel, "mark"))
            continue;
        if (!finite_tag(s->tok[p].xpos) && strcasecmp(s->tok[of].form, "of") != 0)
            continue; /* "for Kenya to withdraw": a subject of the infinitive */
        while (before >= 0 && s->tok[before].head - 1 > before && s->tok[before].head - 1 < of)
            before = s->tok[before].head - 1; /* the phrase head before "of" */
        int32_t b = before;
        if (b < 0 || (s->tok[b].upos != DYAD_UPOS_NOUN && s->tok[b].upos != DYAD_UPOS_PROPN))
            continue;
        bool subject_less = s->tok[b].head == 0 || s->tok[b].head == p + 1;
        if (!subject_less)
            continue;
        if (s->tok[b].head == 0) { /* the noun was the root, the predicate its clause */
            s->tok[p].head = 0;
            s->tok[p].deprel = "root";
            for (int32_t k = 0; k < s->n; k++)
                if (k != p && s->tok[k].head == b + 1 && s->tok[k].upos == DYAD_UPOS_PUNCT)
                    s->tok[k].head = p + 1;
        }
        s->tok[b].head = p + 1;
        s->tok[b].deprel = "nsubj";
        nt->head = b + 1;
        nt->deprel = "nmod";
        s->tok[of].head = n + 1;
        s->tok[of].deprel = "case";
        s->tok[of].upos = DYAD_UPOS_ADP;
    }
}

/* "Trump sued the district attorney, Jr. and his tax preparer to block the release" parsed
 * with the words after the object's comma the subject of "block": an infinitive with "to" and
 * no "for" has no subject of its own. A noun before it hung so, under a verb that governs the
 * infinitive, belongs to that verb: a conjunct of the verb's object when the verb has one
 * before the noun, else the verb's object ("urged Kenya to withdraw"; infinitive_subjects). */
void dyad_repair_infinitive_subjects(dyad_sentence *s)
{
    for (int32_t v = 2; v < s->n; v++) {
        dyad_token *vt = &s->tok[v];
        int32_t h = vt->head - 1, k = -1, o = -1;
        bool to = false, for_ = false;
        if (vt->upos != DYAD_UPOS_VERB || !is(vt->xpos, "VB") || h < 0 || h > v ||
            s->tok[h].upos != DYAD_UPOS_VERB ||
            !(rel_is(vt->deprel, "xcomp") || rel_is(vt->deprel, "advcl")))
            continue;
        for (int32_t i = 0; i < s->n; i++) {
            if (s->tok[i].head == v + 1 && rel_is(s->tok[i].deprel, "mark"))
                to = to || (is(s->tok[i].form, "to") && i == v - 1),
                for_ = for_ || strcasecmp(s->tok[i].form ? s->tok[i].form : "", "for") == 0;
            if (s->tok[i].head == v + 1 && is(s->tok[i].deprel, "nsubj") && i < v && i > h)
                k = k < 0 ? i : -2;
            if (s->tok[i].head == h + 1 && is(s->tok[i].deprel, "obj"))
                o = o < 0 ? i : -2;
        }
        int ku = k >= 0 ? s->tok[k].upos : -1;
        if (!to || for_ || k < 0 || o == -2 || (o >= 0 && o > k) ||
            (ku != DYAD_UPOS_NOUN && ku != DYAD_UPOS_PROPN))
            continue;
        s->tok[k].head = (o >= 0 ? o : h) + 1;
        s->tok[k].deprel = o >= 0 ? "conj" : "obj";
    }
}

/* "Huawei accused the United States of bullying" parsed with "the United States" the subject
 * of "bullying": a gerund after a preposition ("of", "for", "from") takes no subject before
 * that preposition. A noun hung so, between a verb with no object of its own and the gerund's
 * preposition, is the verb's object ("accused Kenya of lying", "blamed Iran for attacking";
 * gerund_subjects). */
void dyad_repair_gerund_subjects(dyad_sentence *s)
{
    static const char *const preps[] = {"of", "for", "from"};
    for (int32_t g = 3; g < s->n; g++) {
        dyad_token *gt = &s->tok[g];
        int32_t h = gt->head - 1, k = -1, mk = -1;
        if (gt->upos != DYAD_UPOS_VERB || !is(gt->xpos, "VBG") || h < 0 || h > g ||
            s->tok[h].upos != DYAD_UPOS_VERB || has_kid(s, h, "obj"))
            continue;
        for (int32_t i = h + 1; i < g; i++) {
            if (s->tok[i].head != g + 1)
                continue;
            if (is(s->tok[i].deprel, "mark") && word_in(s->tok[i].form, preps, sizeof preps / sizeof *preps))
                mk = i;
            else if (is(s->tok[i].deprel, "nsubj"))
                k = k < 0 ? i : -2;
        }
        if (k < 0 || mk < 0 || k > mk ||
            (s->tok[k].upos != DYAD_UPOS_NOUN && s->tok[k].upos != DYAD_UPOS_PROPN))
            continue;
        s->tok[k].head = h + 1;
        s->tok[k].deprel = "obj";
        if (!rel_is(gt->deprel, "advcl")) /* "of bullying" says what the act was of */
            gt->deprel = "advcl";
    }
}
