/* dict_own.c — reads dyad's own dictionary format (sections @actors ... @issues, see dict.h). */
#include "dict/dict_internal.h"
#include "base/utf8.h"

#include <string.h>

static void trim(const char **s, size_t *n)
{
    while (*n && (**s == ' ' || **s == '\t'))
        (*s)++, (*n)--;
    while (*n && ((*s)[*n - 1] == ' ' || (*s)[*n - 1] == '\t'))
        (*n)--;
}

typedef enum {
    S_NONE,
    S_ACTORS,
    S_CAPITALS, /* @actors whose entries are capitals */
    S_AGENTS,
    S_SYNSETS,
    S_VERBS,
    S_DISCARDS,
    S_ISSUES
} section;

typedef struct own {
    dyad_dict_src *src;
    section sec;
    int32_t actor, block, verb; /* the entry the indented lines add to; -1 none */
} own;

/* own.actor after an actor line whose code was malformed: its "= CODE" lines are skipped too */
enum { SKIPPED_ACTOR = -2 };

/* Calls fn on each '|'-separated, trimmed, non-empty alternative of s[0..n). */
static int each_alt(own *o, const char *s, size_t n, dyad_dict_table *t, int32_t val)
{
    for (const char *p = s; p <= s + n;) {
        const char *bar = memchr(p, '|', (size_t)(s + n - p));
        const char *end = bar ? bar : s + n, *a = p;
        size_t an = (size_t)(end - p);
        trim(&a, &an);
        if (!an)
            return dyad_dict_bad(o->src, "empty alternative between '|'");
        /* "US": in double quotes, the phrase matches only with the case as written */
        bool exact = an >= 3 && a[0] == '"' && a[an - 1] == '"';
        if (t == &o->src->d->discards_t && dyad_dict_time_phrase(a, an)) {
            int rb = dyad_dict_bad(o->src, "time phrase '%.*s' cannot be a discard (it dates an "
                                           "event)", (int)an, a);
            if (rb != DYAD_OK || !bar)
                return rb;
            p = bar + 1;
            continue;
        }
        int rc = exact ? dyad_dict_add_phrase_case(o->src->d, t, a + 1, an - 2, val, true)
                       : dyad_dict_add_phrase(o->src->d, t, a, an, val);
        if (rc != DYAD_OK)
            return rc == DYAD_EFORMAT ? dyad_dict_bad(o->src, "empty phrase") : rc;
        if (!bar)
            break;
        p = bar + 1;
    }
    return DYAD_OK;
}

static bool code_ok(const char *s, size_t n)
{
    if (!n)
        return false;
    for (size_t i = 0; i < n; i++)
        if (!((s[i] >= 'A' && s[i] <= 'Z') || (s[i] >= 'a' && s[i] <= 'z') ||
              (s[i] >= '0' && s[i] <= '9') || s[i] == '-' || s[i] == '_'))
            return false;
    return true;
}

/* The first name of an entry, upper-cased with '_' between words ("SERGEY_LAVROV"). */
static const char *entry_name(dyad_dict *d, const char *s, size_t n)
{
    const char *bar = memchr(s, '|', n);
    size_t k = bar ? (size_t)(bar - s) : n;
    trim(&s, &k);
    char buf[256];
    if (k >= sizeof buf)
        k = sizeof buf - 1;
    for (size_t i = 0; i < k;) {
        char one[2] = {s[i], 0}, u[2]; /* Latin letters too: "JEANINE_ÁÑEZ" */
        int c = s[i] == ' ' ? (u[0] = '_', 1) : dyad_utf8_upper_at(i + 1 < k ? s + i : one, u);
        memcpy(buf + i, u, (size_t)c);
        i += (size_t)c;
    }
    return dyad_dict_str(d, buf, k);
}

/* Reads "CODE [FROM..TO]" into a code and its dates (dated false: always); malformed is
 * reported (skipped, as every malformed entry) and DYAD_EFORMAT returned. */
typedef struct actor_code_val {
    const char *code;
    int32_t from, to;
    bool dated;
} actor_code_val;

static int read_actor_code(own *o, const char *s, size_t n, actor_code_val *v)
{
    trim(&s, &n);
    size_t k = 0;
    while (k < n && s[k] != ' ' && s[k] != '\t')
        k++;
    if (!code_ok(s, k))
        return (void)dyad_dict_bad(o->src, "actor code missing or malformed"), DYAD_EFORMAT;
    *v = (actor_code_val){dyad_dict_upper(o->src->d, s, k), 0, 0, false};
    const char *r = s + k;
    size_t rn = n - k;
    trim(&r, &rn);
    if (!v->code)
        return DYAD_ENOMEM;
    if (!rn)
        return DYAD_OK;
    const char *dots = rn >= 2 ? strstr(r, "..") : NULL;
    if (!dots || dots >= r + rn)
        return (void)dyad_dict_bad(o->src, "date range must read FROM..TO (YYYY-MM-DD, either "
                                           "may be empty)"),
               DYAD_EFORMAT;
    size_t fl = (size_t)(dots - r), tl = rn - fl - 2;
    if ((fl && !dyad_dict_parse_date(r, fl, &v->from)) ||
        (tl && !dyad_dict_parse_date(dots + 2, tl, &v->to)) || (!fl && !tl) ||
        (v->from && v->to && v->from > v->to))
        return (void)dyad_dict_bad(o->src, "bad date range '%.*s'", (int)rn, r), DYAD_EFORMAT;
    v->dated = true;
    return DYAD_OK;
}

static int add_actor_code(own *o, const actor_code_val *v)
{
    return dyad_dict_actor_range(o->src->d, o->actor, v->code, v->from, v->to, v->dated);
}

/* Splits "LEFT = RIGHT" at the last '='; false when there is none. */
static bool split_eq(const char *s, size_t n, size_t *ln, const char **r, size_t *rn)
{
    const char *eq = NULL;
    for (size_t i = n; i-- > 0;)
        if (s[i] == '=') {
            eq = s + i;
            break;
        }
    if (!eq)
        return false;
    *ln = (size_t)(eq - s);
    *r = eq + 1;
    *rn = n - *ln - 1;
    trim(r, rn);
    return true;
}

/* "042" or "042:043" → interned codes. */
static bool verb_code(dyad_dict *d, const char *s, size_t n, const char **c1, const char **c2)
{
    const char *colon = memchr(s, ':', n);
    size_t a = colon ? (size_t)(colon - s) : n;
    if (!code_ok(s, a) || (colon && !code_ok(colon + 1, n - a - 1)))
        return false;
    *c1 = dyad_dict_upper(d, s, a);
    *c2 = colon ? dyad_dict_upper(d, colon + 1, n - a - 1) : NULL;
    return *c1 != NULL;
}

static int verb_entry(own *o, const char *s, size_t n)
{
    dyad_dict *d = o->src->d;
    size_t ln, rn;
    const char *r, *c1, *c2;
    if (!split_eq(s, n, &ln, &r, &rn) || !verb_code(d, r, rn, &c1, &c2))
        return dyad_dict_bad(o->src, "verb entry must read 'forms | ... = CODE'");
    const char *name = entry_name(d, s, ln), *where = dyad_dict_where(o->src);
    if (!name || !where || (o->block = dyad_dict_new_block(d)) < 0 ||
        (o->verb = dyad_dict_new_verb(d, o->block, name, c1, where)) < 0)
        return DYAD_ENOMEM;
    d->verbs[o->verb].pub.code2 = c2; /* "meet = 032:033": the reverse event too */
    int rc = each_alt(o, s, ln, &d->verbs_t, o->verb);
    if (rc != DYAD_OK || strchr(name, '_'))
        return rc;
    char forms[6][64];
    int nf = dyad_dict_verb_forms(name, forms, 6);
    for (int i = 0; i < nf && rc == DYAD_OK; i++)
        rc = dyad_dict_add_phrase(d, &d->verbs_t, forms[i], strlen(forms[i]), o->verb);
    return rc;
}

static int verb_pattern(own *o, const char *s, size_t n)
{
    dyad_dict *d = o->src->d;
    size_t ln, rn;
    const char *r, *c1, *c2, *why;
    if (o->block < 0)
        return dyad_dict_bad(o->src, "pattern before any verb");
    if (!split_eq(s, n, &ln, &r, &rn) || !verb_code(d, r, rn, &c1, &c2))
        return dyad_dict_bad(o->src, "pattern must read 'PATTERN = CODE'");
    const char *where = dyad_dict_where(o->src);
    if (!where)
        return DYAD_ENOMEM;
    trim(&s, &ln);
    int rc = dyad_dict_add_pattern(d, o->block, s, ln, c1, c2, where, &why);
    return rc == DYAD_EFORMAT ? dyad_dict_bad(o->src, "%s", why) : rc;
}

static int line(own *o, const char *s, size_t n, bool indented)
{
    dyad_dict *d = o->src->d;
    size_t ln, rn;
    const char *r;
    switch (o->sec) {
    case S_NONE:
        return dyad_dict_bad(o->src, "entry before any @section");
    case S_ACTORS:
    case S_CAPITALS: {
        if (s[0] == '=') {
            if (o->actor == SKIPPED_ACTOR)
                return DYAD_OK; /* more codes of an actor skipped as malformed */
            if (o->actor < 0)
                return dyad_dict_bad(o->src, "'= CODE' before any actor");
            actor_code_val v;
            int rc = read_actor_code(o, s + 1, n - 1, &v);
            return rc == DYAD_OK ? add_actor_code(o, &v) : rc == DYAD_EFORMAT ? DYAD_OK : rc;
        }
        if (indented)
            return dyad_dict_bad(o->src, "indented actor line must start with '='");
        bool has = split_eq(s, n, &ln, &r, &rn);
        if (!has)
            ln = n;
        actor_code_val v;
        int rc = has ? read_actor_code(o, r, rn, &v) : DYAD_OK;
        if (rc != DYAD_OK) { /* a malformed code (reported): the actor is not added at all */
            o->actor = SKIPPED_ACTOR;
            return rc == DYAD_EFORMAT ? DYAD_OK : rc;
        }
        const char *name = entry_name(d, s, ln), *where = dyad_dict_where(o->src);
        if (!name || !where || (o->actor = dyad_dict_new_actor(d, name, where)) < 0)
            return DYAD_ENOMEM;
        d->actors[o->actor].capital = o->sec == S_CAPITALS;
        rc = each_alt(o, s, ln, &d->actors_t, o->actor);
        return rc == DYAD_OK && has ? add_actor_code(o, &v) : rc;
    }
    case S_AGENTS: {
        if (!split_eq(s, n, &ln, &r, &rn))
            return dyad_dict_bad(o->src, "agent must read 'phrases = CODE'");
        bool prefix = rn && r[rn - 1] == '~';
        if (rn && r[0] == '~')
            r++, rn--;
        else if (prefix)
            rn--;
        if (!code_ok(r, rn))
            return dyad_dict_bad(o->src, "agent code missing or malformed");
        const char *code = dyad_dict_upper(d, r, rn), *name = entry_name(d, s, ln),
                   *where = dyad_dict_where(o->src);
        int32_t a;
        if (!code || !name || !where || (a = dyad_dict_new_agent(d, code, prefix, name, where)) < 0)
            return DYAD_ENOMEM;
        return each_alt(o, s, ln, &d->agents_t, a);
    }
    case S_SYNSETS: {
        if (s[0] != '&' || !split_eq(s, n, &ln, &r, &rn))
            return dyad_dict_bad(o->src, "synset must read '&NAME = phrase | ...'");
        const char *nm = s;
        trim(&nm, &ln);
        if (ln < 2)
            return dyad_dict_bad(o->src, "'&' without a synset name");
        int32_t id = dyad_dict_synset_id(d, nm, ln);
        return id < 0 ? DYAD_ENOMEM : each_alt(o, r, rn, &d->synsets_t, id);
    }
    case S_VERBS:
        return indented ? verb_pattern(o, s, n) : verb_entry(o, s, n);
    case S_DISCARDS: {
        bool story = s[0] == '+';
        const char *p = s + story;
        size_t pn = n - story;
        int32_t t = dyad_dict_new_tagged(d, NULL, story);
        return t < 0 ? DYAD_ENOMEM : each_alt(o, p, pn, &d->discards_t, t);
    }
    case S_ISSUES: {
        const char *code = NULL;
        if (s[0] == '~') {
            s++, n--;
            ln = n;
        } else if (!split_eq(s, n, &ln, &r, &rn) || !code_ok(r, rn)) {
            return dyad_dict_bad(o->src, "issue must read 'phrases = CODE' or '~phrase'");
        } else if (!(code = dyad_dict_upper(d, r, rn))) {
            return DYAD_ENOMEM;
        }
        int32_t t = dyad_dict_new_tagged(d, code, false);
        return t < 0 ? DYAD_ENOMEM : each_alt(o, s, ln, &d->issues_t, t);
    }
    }
    return DYAD_OK;
}

int dyad_dict_read_own(dyad_dict_src *src, const char *text, size_t len)
{
    static const struct {
        const char *name;
        section sec;
    } secs[] = {{"@actors", S_ACTORS},   {"@capitals", S_CAPITALS}, {"@agents", S_AGENTS},
                {"@synsets", S_SYNSETS}, {"@verbs", S_VERBS},       {"@discards", S_DISCARDS},
                {"@issues", S_ISSUES}};
    own o = {src, S_NONE, -1, -1, -1};
    size_t pos = 0;
    src->line = 0;
    while (pos < len) {
        const char *s;
        size_t n;
        pos = dyad_dict_next_line(text, len, pos, &s, &n);
        src->line++;
        const char *h = memchr(s, '#', n);
        if (h)
            n = (size_t)(h - s);
        bool indented = n && (s[0] == ' ' || s[0] == '\t');
        trim(&s, &n);
        if (!n)
            continue;
        int rc = DYAD_OK;
        if (s[0] == '@') {
            size_t i = 0;
            while (i < DYAD_ARRAY_LEN(secs) &&
                   !(strlen(secs[i].name) == n && memcmp(secs[i].name, s, n) == 0))
                i++;
            if (i == DYAD_ARRAY_LEN(secs)) {
                o.sec = S_NONE;
                rc = dyad_dict_bad(src, "unknown section '%.*s'", (int)n, s);
            } else {
                o.sec = secs[i].sec;
                o.actor = o.block = o.verb = -1;
            }
        } else {
            rc = line(&o, s, n, indented);
        }
        if (rc != DYAD_OK)
            return rc;
    }
    return DYAD_OK;
}
