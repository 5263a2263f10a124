/* coder_dict.c — dyad_coder_new: the coder over the src/dict lookups. */
#include "coder/coder_internal.h"

static bool lx_actor(const void *ctx, const char *const *w, int n, int32_t date,
                     dyad_actor_match *out)
{
    return dyad_dict_match_actor(ctx, w, n, date, out) && out->code;
}

static bool lx_agent(const void *ctx, const char *const *w, int n, dyad_agent_match *out)
{
    return dyad_dict_match_agent(ctx, w, n, out);
}

static const dyad_verb *lx_verb(const void *ctx, const char *const *w, int n, int32_t *len)
{
    return dyad_dict_find_verb(ctx, w, n, len);
}

static int lx_synset(const void *ctx, const char *name, const char *const *w, int n)
{
    return dyad_dict_match_synset(ctx, name, w, n);
}

static int lx_discard(const void *ctx, const char *const *w, int n, bool *story)
{
    return dyad_dict_match_discard(ctx, w, n, story);
}

static int lx_issue(const void *ctx, const char *const *w, int n, const char **code)
{
    return dyad_dict_match_issue(ctx, w, n, code);
}

static bool lx_verb_may_start(const void *ctx, const char *word)
{
    return dyad_dict_verb_may_start(ctx, word);
}

int dyad_coder_new(dyad_coder **out, const dyad_dict *dict, const dyad_cameo *cameo, dyad_err *err)
{
    dyad_coder_lex lex = {dict,      lx_actor,  lx_agent, lx_verb,          lx_synset,
                          lx_discard, lx_issue, lx_verb_may_start};
    return dyad_coder_new_lex(out, &lex, cameo, err);
}
