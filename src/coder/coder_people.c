/* coder_people.c — people a story introduces with a role keep that role for the whole story:
 * "Interior Minister Anna Nowak said ... Later Nowak criticized the mayor". A capitalised name of
 * two to four words that no dictionary knows, right after a title ("Interior Minister Anna Nowak",
 * "Judge Maria Lopez", "Kenyan police spokesman Paul Smith", "Trump adviser Paul Manafort", "truck
 * driver Karl Brenner") or with a role in apposition ("Paul Smith, a spokesman for the Kenyan
 * police,"; "Karl Brenner, 23, a truck driver from Ohio,"; "the French foreign minister, Jean
 * Dupont,"; one of a body, "Paul Smith, of the Kenyan police," or "a member of ...", takes the
 * body's code) or in a relative clause ("Lena Voss, who is a spokeswoman for ...", "Lena Voss, who
 * heads the Kenyan police,"), gives its surname (and so its full name) the role's code: "---GOV"
 * when the role names no country, which the event then takes from the story (coder_country.c), as
 * the title itself would. The role is read from the words with the dictionary lookups the coder
 * makes for a phrase (coder_actor.c): the longest actor, with the agent right after it ("Kenyan
 * police"), else the first agent; its last word names one person (dyad_coder_person_word or an
 * everyday role of the agents dictionary: "driver", "kidnapper"; or an adviser's word: "Trump
 * adviser"; one who heads a body takes the body's agent), a person with no role gets nothing
 * ("Karl Brenner, 23,"), and a role that gives no agent (a bare country) registers no one. Words
 * only, as coder_names.c, so that the parse plan counts the surname as a party (coder_needs.c). A
 * surname two people of the story share (two introduced, a dictionary person and one introduced,
 * or any other name of the story ending with it: "Piotr Nowak") stands for neither; a dictionary
 * entry for the later words wins, as the coder looks up the dictionaries first. The person stands
 * for mentions after the introduction only (its own phrase is the coder's to code), and not for
 * one with a role of its own ("soldier Hale"); a former office holder ("former Trump adviser") is
 * ELI. */
#include "coder/coder_internal.h"
#include "coder/coder_words.h"

#include <string.h>

#include "base/strbuf.h"
#include "base/utf8.h"

enum { MAX_NAME = 4, MAX_ROLE = 8 };

/* Capitalised words that are no part of a name: sentence openers, days, months (not "May"),
 * honorifics, "Jr." (which ends a name), question words ("The Man Who Knew Too Much"). */
static const char *const not_name[] = {
    "The", "A", "An", "In", "On", "At", "For", "But", "And", "Or", "After", "Before", "As",
    "When", "While", "If", "Since", "Meanwhile", "However", "Later", "Earlier", "Also", "Then",
    "Yesterday", "Today", "Separately", "According", "This", "That", "These", "Those", "His",
    "Her", "Their", "Its", "It", "He", "She", "They", "We", "I", "Monday", "Tuesday",
    "Wednesday", "Thursday", "Friday", "Saturday", "Sunday", "January", "February", "March",
    "April", "June", "July", "August", "September", "October", "November", "December", "Mr",
    "Mrs", "Ms", "Miss", "Dr", "Mr.", "Mrs.", "Ms.", "Dr.", "Prof", "Prof.", "Sir", "Dame",
    "Lord", "Lady", "Jr", "Jr.", "Sr", "Sr.", "Who", "What", "Where", "Why", "How"};
static dyad_coder_words not_name_set = DYAD_CODER_WORDS(not_name);

/* Words naming someone by whom they serve, which give no agent themselves: the actor before
 * them gives the code ("Trump adviser" USAGOV). */
static const char *const role_nouns[] = {"adviser",  "advisor",    "aide",
                                         "lawyer",   "attorney",   "negotiator",
                                         "deputy",   "counsel",    "representative",
                                         "member"};

/* Words a title may hold besides dictionary words ("former Trump adviser", "Afghan
 * presidential candidate Younis Qanooni", "senior Pakistani official"). */
static const char *const modifiers[] = {"former",   "ex",        "then",     "acting",
                                        "interim",  "outgoing",  "incoming", "presidential",
                                        "senior",   "top",       "veteran",  "prominent",
                                        "leading",  "'s",        "’s"};

/* Prepositions an apposition's role may go on with ("a spokesman for the Kenyan police"). */
static const char *const role_preps[] = {"of", "for", "to", "in", "at", "from"};

static const char *const dets[] = {"a", "an", "the"};

static bool capital(const char *w)
{
    unsigned char c = (unsigned char)w[0];
    if (c >= 'A' && c <= 'Z')
        return true;
    if (c < 0xC3 || c > 0xC5) /* Latin letters beyond ASCII: U+00C0..U+017F */
        return false;
    char up[2];
    return dyad_utf8_upper_at(w, up) == 2 && up[0] == w[0] && up[1] == w[1];
}

/* Word i may be part of a person's name: capitalised, in no dictionary match, no opener. */
static bool name_word(const dyad_coder_scan *sc, int32_t i)
{
    return sc->start[i] < 0 && capital(sc->w[i]) &&
           !dyad_coder_in_words(sc->w[i], &not_name_set);
}

/* Singular nouns of the agents dictionary naming one person by what they do or are, which
 * the coder's person nouns (dyad_coder_person_word) leave out: "truck driver Karl Brenner",
 * "Karl Brenner, a kidnapper,". Not "supporter" ("Trump supporter" would take Trump's code),
 * nor words mostly read as adjectives ("radical", "moderate", "civilian"). */
static const char *const role_people[] = {
    "driver", "motorist", "passenger", "defendant", "convict", "inmate", "thief", "robber",
    "kidnapper", "smuggler", "trafficker", "dealer", "pirate", "insurgent", "terrorist",
    "bomber", "jihadist", "extremist", "separatist", "guerrilla", "guerilla", "protestor",
    "magistrate", "detective", "constable", "sheriff", "peacekeeper", "spy", "businessman",
    "investor", "banker", "entrepreneur", "scientist", "researcher", "professor", "academic",
    "scholar", "blogger", "correspondent", "nurse", "medic", "paramedic", "farmer", "worker",
    "refugee", "migrant", "seeker", "villager", "teenager", "hardliner", "reformist",
    "environmentalist", "unionist", "congressman", "congresswoman", "parliamentarian",
    "regulator", "monk"};

/* w names one person by a role: the coder's person nouns and role_people. */
static bool person_role_word(const char *w)
{
    return dyad_coder_person_word(w) ||
           dyad_coder_is_any(w, role_people, DYAD_ARRAY_LEN(role_people));
}

/* Word i is the last of a role's head: a person word ending an agent match ("Interior
 * Minister", "gunman", "truck driver") or an adviser's word. */
static bool role_head(const dyad_coder_scan *sc, int32_t i)
{
    if (dyad_coder_is_any(sc->w[i], role_nouns, DYAD_ARRAY_LEN(role_nouns)))
        return true;
    int32_t st = sc->start[i];
    return st >= 0 && sc->gm[st].len && person_role_word(sc->w[i]);
}

static bool digits(const char *w)
{
    if (!*w)
        return false;
    for (; *w; w++)
        if (*w < '0' || *w > '9')
            return false;
    return true;
}

/* The number of words of an age at word k ("23-year-old", which the tokenizer splits in five:
 * 23 - year - old), 0 when there is none. */
static int32_t age_len(const dyad_coder_scan *sc, int32_t k)
{
    static const char *const year[] = {"year", "years"};
    if (k + 4 < sc->n && digits(sc->w[k]) && strcmp(sc->w[k + 1], "-") == 0 &&
        dyad_coder_is_any(sc->w[k + 2], year, 2) && strcmp(sc->w[k + 3], "-") == 0 &&
        strcmp(sc->w[k + 4], "old") == 0)
        return 5;
    return k < sc->n && sc->w[k][0] >= '0' && sc->w[k][0] <= '9' && strstr(sc->w[k], "-year-old");
}

/* Words that end the describing words an apposition's role may begin with ("a local truck
 * driver"): they begin a clause or a phrase of its own ("a man who ...", "the gunman said"). */
static const char *const not_describing[] = {
    "who", "whom", "whose", "which", "that", "is", "was", "are", "were", "has", "had", "have",
    "be", "been", "and", "or", "but", "not", "said", "says", "told", "the", "a", "an", "this",
    "his", "her", "their", "its", "to", "of", "for", "in", "at", "on", "from", "with", "by",
    "as", "after", "before", "when", "while", "if", "also", "then", "now"};

/* Word k is a describing word the dictionaries do not know, in lower case ("local", "truck",
 * "self-described"). */
static bool describing(const dyad_coder_scan *sc, int32_t k)
{
    const char *w = sc->w[k];
    if (sc->start[k] >= 0 || w[0] < 'a' || w[0] > 'z' ||
        dyad_coder_is_any(w, not_describing, DYAD_ARRAY_LEN(not_describing)))
        return false;
    for (; *w; w++)
        if (!((*w >= 'a' && *w <= 'z') || *w == '-'))
            return false;
    return true;
}

/* The first word of a title ending at word re, read back over dictionary matches, modifiers
 * and adviser's words. */
static int32_t title_start(const dyad_coder_scan *sc, int32_t re)
{
    int32_t rs = re + 1;
    for (int32_t j = re; j >= 0 && re - j < MAX_ROLE;) {
        if (sc->start[j] >= 0) {
            rs = sc->start[j];
            j = rs - 1;
        } else if (dyad_coder_is_any(sc->w[j], modifiers, DYAD_ARRAY_LEN(modifiers)) ||
                   dyad_coder_is_any(sc->w[j], role_nouns, DYAD_ARRAY_LEN(role_nouns))) {
            rs = j--;
        } else {
            break;
        }
    }
    return rs;
}

/* The role's code from the matches in words lo..hi (into code[16]): the longest actor with a
 * code, with its own agent when it has none (the agent right after it, past "'s"; else the
 * first agent), or "---" and the first agent. false when the role gives no agent. */
static bool role_code_of(const dyad_coder_scan *sc, int32_t lo, int32_t hi, char code[16],
                         int32_t *actor, int32_t *agent)
{
    int32_t ai = -1, gi = -1;
    for (int32_t k = lo; k <= hi; k++)
        if (sc->start[k] == k && sc->am[k].len && sc->am[k].code &&
            (ai < 0 || sc->am[k].len > sc->am[ai].len))
            ai = k;
    if (ai >= 0) {
        int32_t after = ai + sc->am[ai].len;
        if (after <= hi && dyad_coder_is_any(sc->w[after], modifiers, DYAD_ARRAY_LEN(modifiers)))
            after++;
        if (after <= hi && sc->start[after] == after && sc->gm[after].len)
            gi = after;
    }
    for (int32_t k = lo; k <= hi && gi < 0; k++)
        if (sc->start[k] == k && sc->gm[k].len && sc->gm[k].code)
            gi = k;
    const char *ac = ai >= 0 ? sc->am[ai].code : NULL, *gc = gi >= 0 ? sc->gm[gi].code : NULL;
    char country[4];
    if (ac && sc->am[ai].capital && strlen(ac) > 3) {
        memcpy(country, ac, 3); /* "Nairobi man John Kamau": a capital is its country here, */
        country[3] = 0;         /* not its government (coder_actor.c reads it so too) */
        ac = country;
    }
    *actor = ai;
    *agent = -1;
    if (ac && (strchr(ac, '/') || ac[0] == '"'))
        return false; /* alternatives, or a new actor: no one code */
    if (ac && strlen(ac) > 3) { /* "Trump adviser": the actor's own code */
        if (strlen(ac) >= 16)
            return false;
        strcpy(code, ac);
        return true;
    }
    if (!gc)
        return false; /* a bare country ("Kenyan lawyer Paul Smith") is no role */
    *agent = gi;
    const char *root = ac ? ac : "---";
    if (strlen(root) + strlen(gc) >= 16)
        return false;
    if (ac && sc->gm[gi].prefix) { /* "GOV~" agents go before the country */
        strcpy(code, gc);
        strcat(code, root);
    } else {
        strcpy(code, root);
        strcat(code, gc);
    }
    return true;
}

/* role_code_of, and a former office holder ("former Trump adviser", "ex-minister") is an
 * elite of that country, holding no office now (docs/CODEBOOK.md §3.2): ELI. */
static bool role_code(const dyad_coder_scan *sc, int32_t lo, int32_t hi, char code[16],
                      int32_t *actor, int32_t *agent)
{
    if (!role_code_of(sc, lo, hi, code, actor, agent))
        return false;
    bool former = false;
    for (int32_t k = lo; k <= hi; k++)
        former |= dyad_coder_is(sc->w[k], "former") || dyad_coder_is(sc->w[k], "ex") ||
                  strncmp(sc->w[k], "ex-", 3) == 0 || strncmp(sc->w[k], "Ex-", 3) == 0;
    if (former && strlen(code) >= 6 && !(*agent >= 0 && sc->gm[*agent].prefix))
        strcpy(code + 3, "ELI");
    return true;
}

/* Name a..b (ending with p's surname) shares another word with p's full name: the same
 * person ("Anna Nowak", "Anna Maria Nowak", "Rev. Anna Nowak"), not "Piotr Nowak". */
static bool same_person(const dyad_doc *doc, const dyad_coder_name *p,
                        const dyad_coder_scan *sc, int32_t a, int32_t b)
{
    const dyad_sentence *ps = &doc->sent[p->sent];
    for (int32_t i = a; i < b; i++)
        for (int32_t k = p->first; k < p->last; k++)
            if (strcmp(sc->w[i], ps->tok[k].form ? ps->tok[k].form : "") == 0)
                return true;
    return false;
}

/* Registers the name a..b of sentence si with the role lo..hi (code, matches ai, gi). */
static void add(const dyad_doc *doc, dyad_coder_names *nm, const dyad_coder_scan *sc,
                int32_t si, int32_t a, int32_t b, int32_t lo, int32_t hi, const char *code,
                int32_t ai, int32_t gi)
{
    for (int k = 0; k < nm->n; k++) {
        dyad_coder_name *p = &nm->v[k];
        if (strcmp(p->surname, sc->w[b]) != 0)
            continue;
        if (p->name || !same_person(doc, p, sc, a, b))
            p->ambiguous = true; /* two people of one surname: neither */
        else if (strncmp(p->code, "---", 3) == 0 && strncmp(code, "---", 3) != 0)
            strcpy(p->code, code); /* introduced again, with the country this time */
        return;
    }
    if (nm->n == DYAD_CODER_MAX_NAMES)
        return;
    dyad_coder_name *p = &nm->v[nm->n++];
    memset(p, 0, sizeof *p);
    p->surname = sc->w[b];
    strcpy(p->code, code);
    p->sent = si;
    p->first = a;
    p->last = b;
    p->role_lo = lo;
    p->role_hi = hi;
    if (ai >= 0) {
        p->actor_name = sc->am[ai].name;
        p->actor_where = sc->am[ai].where;
    }
    if (gi >= 0) {
        p->agent_name = sc->gm[gi].name;
        p->agent_where = sc->gm[gi].where;
    }
}

/* The role of an apposition starting at word k ("a spokesman for the Kenyan police", "a
 * 23-year-old truck driver from Ohio"): its words lo..*hi, ending before a comma, a stop or the
 * sentence's end; false when the words there are no role. The head part is dictionary words,
 * modifiers and adviser's words, an age and at most two describing words; its last word
 * names one person (role_head), or with body ends any agent ("who heads the Kenyan police").
 * The prepositional phrase after it holds dictionary words, or names after "from". */
static bool apposition_role(const dyad_coder_scan *sc, int32_t k, bool body, int32_t *lo,
                            int32_t *hi)
{
    if (k < sc->n && dyad_coder_is_any(sc->w[k], dets, DYAD_ARRAY_LEN(dets)))
        k++;
    *lo = k;
    int32_t he = -1, described = 0; /* the head part's last word; describing words read */
    while (k < sc->n && k - *lo < MAX_ROLE) {
        int32_t age = age_len(sc, k);
        if (sc->start[k] >= 0) {
            k = sc->start[k] + (sc->am[sc->start[k]].len ? sc->am[sc->start[k]].len
                                                          : sc->gm[sc->start[k]].len);
        } else if (dyad_coder_is_any(sc->w[k], modifiers, DYAD_ARRAY_LEN(modifiers)) ||
                   dyad_coder_is_any(sc->w[k], role_nouns, DYAD_ARRAY_LEN(role_nouns))) {
            k++;
        } else if (age) {
            k += age;
        } else if (described < 2 && describing(sc, k)) {
            k++;
            described++;
        } else {
            break;
        }
        he = k - 1;
    }
    if (he < 0)
        return false;
    if (body ? !(sc->start[he] >= 0 && sc->gm[sc->start[he]].len) : !role_head(sc, he))
        return false;
    if (k < sc->n && dyad_coder_is_any(sc->w[k], role_preps, DYAD_ARRAY_LEN(role_preps))) {
        /* "for the Kenyan police": dictionary words only, as a body the dictionaries do not
         * know gives its spokesman no code (docs/CODEBOOK.md §3.2); where one comes from may
         * be a place they do not know ("from Ohio"), which gives the role no country */
        bool origin = dyad_coder_is(sc->w[k], "from");
        k++;
        if (k < sc->n && dyad_coder_is_any(sc->w[k], dets, DYAD_ARRAY_LEN(dets)))
            k++;
        int32_t from = k;
        while (k < sc->n && k - *lo < 2 * MAX_ROLE &&
               (sc->start[k] >= 0 || (origin && name_word(sc, k)) ||
                dyad_coder_is_any(sc->w[k], modifiers, DYAD_ARRAY_LEN(modifiers))))
            k++;
        if (k == from)
            return false;
    }
    static const char *const stops[] = {",", ".", ";", ":", ")", "!", "?"};
    if (k < sc->n && !dyad_coder_is_any(sc->w[k], stops, DYAD_ARRAY_LEN(stops)))
        return false; /* "Paul Smith, the police said": no role */
    *hi = k - 1;
    return true;
}

/* The role of a relative clause starting at word k, right after a name and its comma: "who
 * is a spokesman for the Kenyan police", "who heads the Kenyan police" (one who leads a body
 * takes its code), its words in lo..*hi as apposition_role; false when it is none. The present
 * tense only: "who was the mayor", "who led the rebels" may tell of a role held no longer. */
static bool relative_role(const dyad_coder_scan *sc, int32_t k, int32_t *lo, int32_t *hi)
{
    static const char *const leads[] = {"heads", "leads", "chairs", "commands", "runs",
                                        "directs"};
    if (k + 2 >= sc->n || !dyad_coder_is(sc->w[k], "who"))
        return false;
    if (dyad_coder_is(sc->w[k + 1], "is"))
        return dyad_coder_is_any(sc->w[k + 2], dets, DYAD_ARRAY_LEN(dets)) &&
               apposition_role(sc, k + 2, false, lo, hi);
    return dyad_coder_is_any(sc->w[k + 1], leads, DYAD_ARRAY_LEN(leads)) &&
           apposition_role(sc, k + 2, true, lo, hi);
}

/* The last word of the run of name words starting at a. */
static int32_t name_end(const dyad_coder_scan *sc, int32_t a)
{
    int32_t b = a;
    while (b + 1 < sc->n && name_word(sc, b + 1))
        b++;
    return b;
}

void dyad_coder_people_introduced(const dyad_doc *doc, const dyad_coder_scan *sc, int32_t si,
                                  dyad_coder_names *nm)
{
    for (int32_t a = 0; a < sc->n; a++) {
        if (!name_word(sc, a))
            continue;
        int32_t b = name_end(sc, a);
        int32_t next = b + 1;
        if (b - a + 1 >= 2 && b - a + 1 <= MAX_NAME) {
            bool comma_after = next < sc->n && strcmp(sc->w[next], ",") == 0;
            int32_t lo = -1, hi = -1;
            /* "Interior Minister Anna Nowak"; "the French foreign minister, Jean Dupont," */
            int32_t re = a - 1;
            if (re >= 1 && strcmp(sc->w[re], ",") == 0 && comma_after)
                re--;
            else if (re >= 0 && strcmp(sc->w[re], ",") == 0)
                re = -1;
            if (re >= 0 && role_head(sc, re)) {
                lo = title_start(sc, re);
                hi = re;
            } else if (comma_after) {
                /* "Paul Smith, a spokesman for the Kenyan police," above; "Karl Brenner, 23, a
                 * truck driver,"; "Lena Voss, who heads the Kenyan police," */
                int32_t at = next + 1;
                if (at + 1 < sc->n && digits(sc->w[at]) && strcmp(sc->w[at + 1], ",") == 0)
                    at += 2;
                /* "Sharif Hotak, of the provincial council,": one of the body, its code */
                bool of_body = at < sc->n && dyad_coder_is(sc->w[at], "of") &&
                               apposition_role(sc, at + 1, true, &lo, &hi);
                if (!of_body && !apposition_role(sc, at, false, &lo, &hi) &&
                    !relative_role(sc, at, &lo, &hi))
                    lo = -1;
            }
            char code[16];
            int32_t ai, gi;
            if (lo >= 0 && lo <= hi && role_code(sc, lo, hi, code, &ai, &gi))
                add(doc, nm, sc, si, a, b, lo, hi, code, ai, gi);
        }
        a = b;
    }
}

/* Names of sentence si ending with a surname of nm and sharing no other word with that
 * person's full name ("Piotr Nowak" after "Anna Nowak") make it ambiguous. The first word of
 * a sentence is capitalised anyhow: it is left out. */
static void others(const dyad_doc *doc, dyad_coder_names *nm, const dyad_coder_scan *sc)
{
    for (int32_t a = 0; a < sc->n; a++) {
        if (!name_word(sc, a))
            continue;
        int32_t b = name_end(sc, a);
        int32_t from = a == 0 ? 1 : a;
        if (b - from + 1 >= 2 && b - a + 1 <= MAX_NAME)
            for (int k = 0; k < nm->n; k++) {
                dyad_coder_name *p = &nm->v[k];
                if (!p->ambiguous && strcmp(p->surname, sc->w[b]) == 0 &&
                    !same_person(doc, p, sc, from, b))
                    p->ambiguous = true;
            }
        a = b;
    }
}

/* Sentence s may hold another name ending with a surname of nm: such a surname after a
 * capitalised word (most sentences hold none, and are not scanned). */
static bool other_may(const dyad_sentence *s, const dyad_coder_names *nm)
{
    for (int32_t i = 1; i < s->n; i++) {
        const char *f = s->tok[i].form ? s->tok[i].form : "";
        const char *g = s->tok[i - 1].form ? s->tok[i - 1].form : "";
        if (!capital(g))
            continue;
        for (int k = 0; k < nm->n; k++)
            if (!nm->v[k].ambiguous && strcmp(nm->v[k].surname, f) == 0)
                return true;
    }
    return false;
}

void dyad_coder_people_others(const dyad_coder *c, const dyad_doc *doc, int32_t date,
                              dyad_coder_names *nm, dyad_coder_scan *sc)
{
    if (!nm->n)
        return;
    for (int32_t si = 0; si < doc->nsent; si++) {
        const dyad_sentence *s = &doc->sent[si];
        if (s->n <= 0 || !other_may(s, nm))
            continue;
        dyad_coder_scan_sentence(c, s, date, sc);
        others(doc, nm, sc);
    }
}

const char *dyad_coder_person_evidence(struct dyad_coder_sent *x, const dyad_coder_name *p)
{
    const dyad_sentence *s = &x->doc->sent[p->sent];
    const char *t = x->doc->text;
    dyad_strbuf sb = DYAD_STRBUF_INIT;
    uint32_t n0 = s->tok[p->first].start, n1 = s->tok[p->last].end;
    uint32_t r0 = s->tok[p->role_lo].start, r1 = s->tok[p->role_hi].end;
    dyad_sb_printf(&sb, "%.*s, introduced as \"%.*s\" (sentence %d):", (int)(n1 - n0), t + n0,
                   (int)(r1 - r0), t + r0, (int)p->sent + 1);
    if (p->actor_name)
        dyad_sb_printf(&sb, " %s (%s)", p->actor_name, p->actor_where ? p->actor_where : "");
    if (p->agent_name)
        dyad_sb_printf(&sb, "%s %s (%s)", p->actor_name ? " +" : "", p->agent_name,
                       p->agent_where ? p->agent_where : "");
    const char *r = sb.data ? dyad_arena_strdup(&x->doc->arena, sb.data) : "";
    dyad_sb_free(&sb);
    return r ? r : "";
}

bool dyad_coder_person_at(const struct dyad_coder_sent *x, const dyad_coder_name *p, int32_t i)
{
    if (p->name)
        return true;
    if (x->si < p->sent || (x->si == p->sent && (i <= p->last || i <= p->role_hi)))
        return false; /* the introduction, or before it */
    if (i == 0)
        return true;
    /* the mention's own role, which the parse may have cut off ("Ukrainian soldier | Hale") */
    const dyad_coder_lex *l = &x->c->lex;
    dyad_agent_match g;
    return !person_role_word(x->form[i - 1]) &&
           !dyad_coder_is_any(x->form[i - 1], role_nouns, DYAD_ARRAY_LEN(role_nouns)) &&
           !(l->agent(l->ctx, x->form + i - 1, 1, &g) && g.len == 1 &&
             x->s->tok[i - 1].upos != DYAD_UPOS_VERB); /* "accused Avenatti": a verb, no role */
}
