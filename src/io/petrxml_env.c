/* petrxml_env.c — reads the dictionary file names of a PETRARCH file's <Environment>. */
#include "io/petrxml.h"

#include <expat.h>
#include <stdio.h>
#include <string.h>

#include "io/input.h"

typedef struct {
    XML_Parser xp;
    dyad_petrxml_env *env;
    char *field;       /* the name being collected, or NULL */
    size_t len;
    int depth;
    bool in_env, seen_env, done, too_long;
    long too_long_line;
} env_state;

static char *field_for(dyad_petrxml_env *env, const char *name)
{
    if (strcmp(name, "Verbfile") == 0)
        return env->verbs;
    if (strcmp(name, "Actorfile") == 0)
        return env->actors;
    if (strcmp(name, "Agentfile") == 0)
        return env->agents;
    if (strcmp(name, "Discardfile") == 0)
        return env->discards;
    if (strcmp(name, "Issuefile") == 0)
        return env->issues;
    return NULL;
}

static void XMLCALL env_start(void *ud, const XML_Char *name, const XML_Char **a)
{
    DYAD_UNUSED(a);
    env_state *s = ud;
    s->depth++;
    if (s->depth > 64) {
        XML_StopParser(s->xp, XML_FALSE);
        return;
    }
    if (strcmp(name, "Environment") == 0) {
        s->in_env = s->seen_env = true;
    } else if (s->in_env && (s->field = field_for(s->env, name)) != NULL) {
        s->field[0] = '\0';
        s->len = 0;
    }
}

static void trim(char *f)
{
    size_t n = strlen(f), a = 0;
    while (a < n && (f[a] == ' ' || f[a] == '\t' || f[a] == '\n' || f[a] == '\r'))
        a++;
    while (n > a && (f[n - 1] == ' ' || f[n - 1] == '\t' || f[n - 1] == '\n' || f[n - 1] == '\r'))
        n--;
    memmove(f, f + a, n - a);
    f[n - a] = '\0';
}

static void XMLCALL env_end(void *ud, const XML_Char *name)
{
    env_state *s = ud;
    s->depth--;
    if (s->field) {
        trim(s->field);
        s->field = NULL;
    }
    if (strcmp(name, "Environment") == 0 && s->in_env) {
        s->in_env = false;
        s->done = true;
        XML_StopParser(s->xp, XML_FALSE);
    }
}

static void XMLCALL env_chars(void *ud, const XML_Char *t, int n)
{
    env_state *s = ud;
    if (!s->field)
        return;
    if (s->len + (size_t)n >= DYAD_PETRXML_NAME_MAX) {
        if (!s->too_long)
            s->too_long_line = (long)XML_GetCurrentLineNumber(s->xp);
        s->too_long = true;
        return;
    }
    memcpy(s->field + s->len, t, (size_t)n);
    s->len += (size_t)n;
    s->field[s->len] = '\0';
}

int dyad_petrxml_environment(const char *path, dyad_petrxml_env *env, dyad_err *err)
{
    memset(env, 0, sizeof *env);
    dyad_input *in;
    int rc = dyad_input_open(&in, path, err);
    if (rc)
        return rc;
    env_state s;
    memset(&s, 0, sizeof s);
    s.env = env;
    s.xp = XML_ParserCreate(NULL);
    if (!s.xp) {
        dyad_input_close(in);
        return dyad_err_set(err, DYAD_ENOMEM, "%s: out of memory (XML parser)", path);
    }
    XML_SetUserData(s.xp, &s);
    XML_SetElementHandler(s.xp, env_start, env_end);
    XML_SetCharacterDataHandler(s.xp, env_chars);
    char buf[8192];
    rc = DYAD_OK;
    while (!s.done) {
        long got = dyad_input_read(in, buf, sizeof buf, err);
        if (got < 0) {
            rc = (int)got;
            break;
        }
        if (XML_Parse(s.xp, buf, (int)got, got == 0) == XML_STATUS_ERROR) {
            if (!s.done)
                rc = dyad_err_set(err, DYAD_EFORMAT, "%s:%lu: bad XML: %s", path,
                                  (unsigned long)XML_GetCurrentLineNumber(s.xp),
                                  s.depth > 64 ? "nested too deeply"
                                               : XML_ErrorString(XML_GetErrorCode(s.xp)));
            break;
        }
        if (got == 0)
            break;
    }
    XML_ParserFree(s.xp);
    dyad_input_close(in);
    if (rc)
        return rc;
    if (s.too_long)
        return dyad_err_set(err, DYAD_EFORMAT, "%s:%ld: file name in <Environment> is too long",
                            path, s.too_long_line);
    if (!s.seen_env)
        return dyad_err_set(err, DYAD_ENOTFOUND, "%s: no <Environment> element", path);
    return DYAD_OK;
}
