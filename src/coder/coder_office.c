/* coder_office.c — a short reference headed by a specific office ("the president", "the prime
 * minister", "the mayor") stands only for an earlier actor whose words name that office or
 * none: "President Trump lashed out at the capital city's mayor Muriel Bowser. The president
 * has blamed ..." is Trump, not the mayor, though both are the last USAGOV actors; "Trump
 * spoke. The president added ..." still takes Trump. */
#include "coder/coder_internal.h"

#include <string.h>

/* Office words an actor's phrase may name; two-word offices first. */
static const char *const offices[] = {
    "vice president", "prime minister", "president", "premier", "chancellor", "mayor", "governor",
    "minister", "senator", "secretary", "ambassador", "envoy", "king", "queen", "judge",
    "prosecutor", "spokesman", "spokeswoman", "spokesperson", "chairman", "chairwoman",
    "congressman", "congresswoman", "lawmaker", "speaker"};

/* The offices a short reference must match: those of one person heading a government, a city
 * or a state. */
static const char *const specific[] = {"vice president", "prime minister", "president",
                                       "premier",        "chancellor",     "mayor",
                                       "governor"};

/* Word w (n bytes) equals s (sn bytes, lower case), any case. */
static bool word_is(const char *w, size_t n, const char *s, size_t sn)
{
    if (sn != n)
        return false;
    for (size_t i = 0; i < n; i++) {
        char a = w[i], b = s[i];
        if (a >= 'A' && a <= 'Z')
            a = (char)(a - 'A' + 'a');
        if (a != b)
            return false;
    }
    return true;
}

static bool letter(char c)
{
    return (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z');
}

/* Calls f(office) for each office named in text, reading "Vice President" and "Prime
 * Minister" as one office each. Returns true when f does. */
static bool each_office(const char *text, bool (*f)(const char *office, const void *arg),
                        const void *arg)
{
    const char *prev = NULL;
    size_t prevn = 0;
    for (const char *p = text; *p;) {
        if (!letter(*p)) {
            p++;
            continue;
        }
        const char *w = p;
        while (letter(*p))
            p++;
        size_t n = (size_t)(p - w);
        for (size_t i = 0; i < DYAD_ARRAY_LEN(offices); i++) {
            const char *o = offices[i], *sp = strchr(o, ' ');
            bool hit = sp ? prev && word_is(prev, prevn, o, (size_t)(sp - o)) &&
                                word_is(w, n, sp + 1, strlen(sp + 1))
                          : word_is(w, n, o, strlen(o));
            if (hit) {
                if (f(o, arg))
                    return true;
                break;
            }
        }
        prev = w;
        prevn = n;
    }
    return false;
}

static bool take_last(const char *office, const void *arg)
{
    *(const char **)arg = office;
    return false;
}

static bool same(const char *office, const void *arg)
{
    return strcmp(office, (const char *)arg) == 0;
}

static bool any(const char *office, const void *arg)
{
    (void)office;
    (void)arg;
    return true;
}

const char *dyad_coder_office_ref(const dyad_coder_sent *x, int32_t lo, int32_t hi)
{
    const char *last = NULL;
    if (lo < 0 || hi < lo || hi >= x->s->n)
        return NULL;
    const char *text = dyad_arena_strndup(&x->doc->arena, x->doc->text + x->s->tok[lo].start,
                                          x->s->tok[hi].end - x->s->tok[lo].start);
    if (!text)
        return NULL;
    each_office(text, take_last, &last);
    return last && dyad_coder_is_any(last, specific, DYAD_ARRAY_LEN(specific)) ? last : NULL;
}

bool dyad_coder_office_fits(const char *office, const dyad_coder_actor *a)
{
    if (!office || !a->a.text || !each_office(a->a.text, any, NULL))
        return true; /* no office asked for, or the antecedent names none */
    return each_office(a->a.text, same, office);
}
