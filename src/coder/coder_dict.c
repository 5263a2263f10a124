/* coder_dict.c — dyad_coder_new: the coder over the src/dict lookups. */
#include "coder/coder_internal.h"

/* Until src/dict is part of every build these references are weak, so that binaries which
 * pull in the coder still link; dyad_coder_new then says the lookups are missing. Remove the
 * pragmas once the dictionary module has landed (a weak reference pulls nothing from
 * libdyad.a by itself). */
#pragma weak dyad_dict_match_actor
#pragma weak dyad_dict_match_agent
#pragma weak dyad_dict_find_verb
#pragma weak dyad_dict_match_synset
#pragma weak dyad_dict_match_discard
#pragma weak dyad_dict_match_issue

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

int dyad_coder_new(dyad_coder **out, const dyad_dict *dict, const dyad_cameo *cameo, dyad_err *err)
{
    *out = NULL;
    if (!dyad_dict_match_actor || !dyad_dict_match_agent || !dyad_dict_find_verb ||
        !dyad_dict_match_synset || !dyad_dict_match_discard || !dyad_dict_match_issue)
        return dyad_err_set(err, DYAD_ENOTFOUND,
                            "coder: the dictionary lookups (src/dict) are not in this build");
    dyad_coder_lex lex = {dict, lx_actor, lx_agent, lx_verb, lx_synset, lx_discard, lx_issue};
    return dyad_coder_new_lex(out, &lex, cameo, err);
}
