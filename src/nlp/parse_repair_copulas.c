/* parse_repair_copulas.c — a finite "be" or "have" the parser left with no predicate (see
 * parse_repair.c).
 *
 * "Ana Rojas is a Chilean lawyer.", "The hotel has two pools." parsed with the noun first as
 * the root and the finite "is" or "has" hung inside its phrase (flat, appos, acl, punct, an
 * aux of a noun), the words after it scattered. Where the root's phrase (and adverbs) run
 * straight up to the auxiliary, no finite verb is in the sentence and the auxiliary heads
 * nothing it could be the auxiliary or copula of (no verb or auxiliary right after it), the
 * noun phrase after it is the predicate: for "be", its head (the last of its first nouns,
 * else its last adjective or number) is the root with "be" its copula; for "have", "have" is
 * the verb, the root, and that noun its object. The noun phrase's other words hang from its
 * head by their tags; the old root is the subject; what hung from the old root or the
 * auxiliary after the phrase goes to the new root (stray_copulas).
 *
 * Left out: a prepositional predicate ("was on hand", "was in the mosque, killing eight"):
 * the coder reads the place of such a clause as the doer of its participle (one false event
 * on the news gold's dev split), so those stay as the parser left them. */
#include "nlp/parse_repair_internal.h"

/* The relation a word of a noun phrase takes to the phrase's head, by its tag. */
static const char *phrase_rel(const dyad_token *t)
{
    switch (t->upos) {
    case DYAD_UPOS_DET:
        return "det";
    case DYAD_UPOS_ADJ:
        return "amod";
    case DYAD_UPOS_NUM:
        return "nummod";
    default:
        return "compound";
    }
}

/* Word a is already a working auxiliary or copula: it hangs as one from a word after it. */
static bool placed(const dyad_sentence *s, int32_t a)
{
    const dyad_token *t = &s->tok[a];
    return (rel_is(t->deprel, "aux") || is(t->deprel, "cop")) && t->head - 1 > a;
}

void dyad_repair_stray_copulas(dyad_sentence *s)
{
    int32_t r = single_root(s);
    if (r < 0)
        return;
    int ru = s->tok[r].upos;
    if ((ru != DYAD_UPOS_NOUN && ru != DYAD_UPOS_PROPN && ru != DYAD_UPOS_NUM) ||
        has_kid(s, r, "cop") || has_kid(s, r, "case"))
        return;
    for (int32_t i = 0; i < s->n; i++)
        if (s->tok[i].upos == DYAD_UPOS_VERB && finite_tag(s->tok[i].xpos))
            return; /* a finite verb: some other repair's, or the parser's, predicate */
    int32_t b = r + 1; /* the first word after the root's phrase: the auxiliary */
    while (b < s->n && s->tok[b].upos != DYAD_UPOS_AUX && s->tok[b].upos != DYAD_UPOS_VERB &&
           s->tok[b].upos != DYAD_UPOS_PUNCT &&
           (descends(s, b, r) || s->tok[b].upos == DYAD_UPOS_ADV))
        b++;
    if (b + 1 >= s->n || s->tok[b].upos != DYAD_UPOS_AUX || !finite_tag(s->tok[b].xpos) ||
        placed(s, b))
        return;
    bool have = is(s->tok[b].lemma, "have");
    if (!have && !is(s->tok[b].lemma, "be"))
        return;
    int32_t k = b + 1; /* "is | also | a lawyer" */
    while (k < s->n && s->tok[k].upos == DYAD_UPOS_ADV)
        k++;
    int32_t p = -1, end = k; /* the noun phrase after it and its head, its last word */
    while (end < s->n && noun_phrase_word(&s->tok[end]))
        end++;
    for (int32_t i = k; i < end; i++) { /* its head: the last of its first nouns */
        bool noun = s->tok[i].upos == DYAD_UPOS_NOUN || s->tok[i].upos == DYAD_UPOS_PROPN;
        if (!noun && p >= 0 && (s->tok[p].upos == DYAD_UPOS_NOUN ||
                                s->tok[p].upos == DYAD_UPOS_PROPN))
            break; /* "a plant nutrient | vital to growth" */
        if (s->tok[i].upos != DYAD_UPOS_DET)
            p = i;
    }
    if (p < 0 || (end < s->n && (s->tok[end].upos == DYAD_UPOS_AUX ||
                                 s->tok[end].upos == DYAD_UPOS_PART)))
        return; /* "has been funding", "is State's": not a plain noun phrase */
    int32_t pred = have ? b : p;
    for (int32_t i = 0; i < s->n; i++) /* the old root's and the auxiliary's clause words */
        if (i > p && (s->tok[i].head == r + 1 || s->tok[i].head == b + 1))
            s->tok[i].head = pred + 1;
    for (int32_t i = b + 1; i < k; i++) { /* "also", "not" */
        s->tok[i].head = pred + 1;
        s->tok[i].deprel = "advmod";
    }
    for (int32_t i = k; i < p; i++) {
        s->tok[i].head = p + 1;
        s->tok[i].deprel = phrase_rel(&s->tok[i]);
    }
    s->tok[pred].head = 0;
    s->tok[pred].deprel = "root";
    if (have) {
        s->tok[b].upos = DYAD_UPOS_VERB;
        s->tok[p].head = b + 1;
        s->tok[p].deprel = "obj";
    } else {
        s->tok[b].head = p + 1;
        s->tok[b].deprel = "cop";
    }
    s->tok[r].head = pred + 1;
    s->tok[r].deprel = "nsubj";
}
