/* coder_claim.c — who claimed the story's attack. News of a bombing often names no attacker
 * where it reports the attack ("A car bomb was rammed into a military base", "Oil facilities
 * were hit by drone strikes") and says in another sentence who did it: "The Taliban have
 * claimed responsibility." When one actor of the story claims responsibility (and no other
 * does), an attack the story reports without an attacker (a passive with no by-agent, or one
 * whose by-agent names no actor: "by drone strikes"; an active one whose subject is a weapon,
 * "A car bomb hit the base", or armed men of no known country, "Gunmen killed five soldiers")
 * is that actor's (docs/CODEBOOK.md §3.4:
 * the perpetrator known from the article). The claim is found in the words alone (no tags, no
 * parse), so the answer is the same whichever sentences are parsed (coder_needs.c): the
 * nearest actor the words-only scan finds before "claimed responsibility" (a few words such as
 * "have" between). */
#include "coder/coder_internal.h"

#include <string.h>

static bool claim_at(const dyad_sentence *s, int32_t i)
{
    static const char *const claims[] = {"claimed", "claims", "claim", "claiming"};
    return i + 1 < s->n && s->tok[i].form && s->tok[i + 1].form &&
           dyad_coder_is_any(s->tok[i].form, claims, DYAD_ARRAY_LEN(claims)) &&
           dyad_coder_is(s->tok[i + 1].form, "responsibility");
}

/* The code of the actor nearest before word i of s (ending at most four words before it), by
 * the story-wide words-only scan (coder_scan.c); NULL when none. */
static const char *claimant_before(const dyad_coder *c, const dyad_sentence *s, int32_t i,
                                   int32_t date)
{
    dyad_coder_scan sc;
    if (!dyad_coder_scan_new(&sc, s->n))
        return NULL;
    dyad_coder_scan_sentence(c, s, date, &sc);
    const char *code = NULL;
    for (int32_t k = i - 1; k >= 0 && k >= i - 5 && !code; k--) {
        const dyad_actor_match *m = sc.start[k] >= 0 ? &sc.am[sc.start[k]] : NULL;
        if (m && m->len > 0 && m->code && strlen(m->code) >= 3 && strncmp(m->code, "---", 3) != 0)
            code = m->code;
    }
    dyad_coder_scan_free(&sc);
    return code;
}

const char *dyad_coder_story_claimant(dyad_coder_sent *x)
{
    if (x->story->claim_known)
        return x->story->claimant;
    x->story->claim_known = true;
    const char *found = NULL;
    for (int32_t si = 0; si < x->doc->nsent; si++) {
        const dyad_sentence *s = &x->doc->sent[si];
        for (int32_t i = 1; i < s->n; i++) {
            if (!claim_at(s, i))
                continue;
            const char *code = claimant_before(x->c, s, i, x->date);
            if (!code)
                continue;
            if (found && strcmp(found, code) != 0)
                return NULL; /* two claims: whose attack it was is not clear */
            found = code;
        }
    }
    x->story->claimant = found;
    return found;
}

bool dyad_coder_claimed_attack(dyad_coder_sent *x, int32_t v, const char *code,
                               const dyad_coder_actors *tgt, dyad_coder_actors *src)
{
    if (!code || !tgt->n || (strncmp(code, "18", 2) != 0 && strncmp(code, "19", 2) != 0 &&
                             strncmp(code, "20", 2) != 0))
        return false;
    /* gunmen, militants or rebels of no known country ("Gunmen killed five soldiers") are the
     * claimant's too */
    static const char *const armed[] = {"INS", "REB", "UAF"};
    bool unknown = src->n == 1 && strncmp(src->v[0].a.code, "---", 3) == 0 &&
                   dyad_coder_is_any(src->v[0].a.code + 3, armed, DYAD_ARRAY_LEN(armed));
    if (src->n && !unknown)
        return false;
    int32_t subj = dyad_coder_kid(x, v, "nsubj");
    bool instrument = subj >= 0 && !dyad_coder_actor_of(x, subj)->a.code[0]; /* "A car bomb hit" */
    if (!unknown && !instrument && dyad_coder_kid(x, v, "nsubj:pass") < 0 &&
        strcmp(dyad_coder_rel(x, v), "acl") != 0 && !dyad_coder_dies(x, v))
        return false; /* an active verb names its own attacker, or has none to borrow */
    const char *claimant = dyad_coder_story_claimant(x);
    if (!claimant || strcmp(claimant, tgt->v[0].a.code) == 0)
        return false; /* the claimant is no victim of its own attack */
    dyad_coder_coded_actor(x, claimant, -1, DYAD_CODER_GROUP, &src->v[0]);
    src->n = 1;
    return src->v[0].a.code[0] != 0;
}
