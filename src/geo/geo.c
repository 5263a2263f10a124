/* geo.c — the geo stage (geo.h): finds the document's place names once, weighs the story's
 * countries, then gives each event the place of its sentence, its dateline or its article. */
#include "geo/geo.h"

#include "base/alloc.h"
#include "geo/gaz.h"
#include "geo/geo_mention.h"
#include "geo/geo_resolve.h"

#include <stdlib.h>
#include <string.h>

struct dyad_geo {
    dyad_gaz *gaz;
    const char **iso3;  /* the countries' alpha-3 codes, sorted */
    uint32_t *country;  /* their place ids, in the same order */
    size_t ncountry;
};

static int cmp_str(const void *a, const void *b)
{
    return strcmp(*(const char *const *)a, *(const char *const *)b);
}

int dyad_geo_new(dyad_geo **out, const char *path, dyad_err *err)
{
    *out = NULL;
    char buf[4096];
    if (!path)
        path = dyad_gaz_default_path(buf, sizeof buf);
    dyad_geo *g = dyad_calloc(1, sizeof *g);
    if (!g)
        return dyad_err_set(err, DYAD_ENOMEM, "out of memory");
    int rc = dyad_gaz_open(&g->gaz, path, err);
    uint32_t n = rc == DYAD_OK ? dyad_gaz_count(g->gaz) : 0;
    size_t nc = 0;
    for (uint32_t i = 0; i < n; i++) {
        dyad_place p;
        dyad_gaz_place(g->gaz, i, &p);
        nc += p.level == DYAD_GEO_COUNTRY;
    }
    if (rc == DYAD_OK && (!(g->iso3 = dyad_calloc(nc + 1, sizeof *g->iso3)) ||
                          !(g->country = dyad_calloc(nc + 1, sizeof *g->country))))
        rc = dyad_err_set(err, DYAD_ENOMEM, "out of memory");
    for (uint32_t i = 0; rc == DYAD_OK && i < n; i++) {
        dyad_place p;
        dyad_gaz_place(g->gaz, i, &p);
        if (p.level == DYAD_GEO_COUNTRY)
            g->iso3[g->ncountry++] = p.country;
    }
    if (rc == DYAD_OK) {
        qsort(g->iso3, g->ncountry, sizeof *g->iso3, cmp_str);
        for (uint32_t i = 0; i < n; i++) {
            dyad_place p;
            dyad_gaz_place(g->gaz, i, &p);
            const char **hit = p.level == DYAD_GEO_COUNTRY
                                   ? bsearch(&p.country, g->iso3, g->ncountry, sizeof *g->iso3, cmp_str)
                                   : NULL;
            if (hit)
                g->country[hit - g->iso3] = i;
        }
    }
    if (rc != DYAD_OK) {
        dyad_geo_free(g);
        return rc;
    }
    *out = g;
    return DYAD_OK;
}

void dyad_geo_free(dyad_geo *g)
{
    if (!g)
        return;
    dyad_gaz_free(g->gaz);
    dyad_free(g->iso3);
    dyad_free(g->country);
    dyad_free(g);
}

const struct dyad_gaz *dyad_geo_gazetteer(const dyad_geo *g) { return g->gaz; }

/* The place id of the country with alpha-3 code iso3, or -1. */
static int64_t country_place(const dyad_geo *g, const char *iso3)
{
    if (!iso3 || strlen(iso3) != 3)
        return -1;
    const char **hit = bsearch(&iso3, g->iso3, g->ncountry, sizeof *g->iso3, cmp_str);
    return hit ? (int64_t)g->country[hit - g->iso3] : -1;
}

/* Whether a mention may say where something happened (not only what the story is about). */
static bool placing(const dyad_geo_mention *m)
{
    return m->strength >= GEO_TOWARDS && !m->is_qualifier;
}

/* The story's countries: its dateline (3), every country or clear place it names (1; a
 * personal-looking name only where it places something) and its events' actors (1). */
static void build_story(const dyad_geo *g, const dyad_geo_mentions *ms,
                        const dyad_event_list *ev, dyad_geo_story *st)
{
    memset(st, 0, sizeof *st);
    for (int32_t i = 0; i < ms->n; i++) {
        const dyad_geo_mention *m = &ms->m[i];
        if (m->person_like && m->strength < GEO_TOWARDS)
            continue;
        if (!dyad_geo_unambiguous(g->gaz, m))
            continue;
        dyad_place p;
        dyad_gaz_place(g->gaz, m->ids[0], &p);
        dyad_geo_story_add(st, p.country, m->strength == GEO_DATELINE ? 3.0 : 1.0);
    }
    for (int32_t i = 0; ev && i < ev->n; i++) {
        const dyad_actor *side[2] = {&ev->ev[i].source, &ev->ev[i].target};
        for (int k = 0; k < 2; k++)
            if (country_place(g, side[k]->root) >= 0)
                dyad_geo_story_add(st, side[k]->root, 1.0);
    }
}

/* The word of sentence s at byte offset off, or -1. */
static int32_t word_at(const dyad_sentence *s, uint32_t off)
{
    for (int32_t i = 0; i < s->n; i++)
        if (s->tok[i].start <= off && off < s->tok[i].end + (s->tok[i].start == s->tok[i].end))
            return i;
    return -1;
}

/* Tree steps from the mention's head word up to word v, or -1 when v does not govern it
 * (or the sentence has no parse). */
static int governed_by(const dyad_sentence *s, const dyad_geo_mention *m, int32_t v)
{
    if (v < 0)
        return -1;
    int32_t h = m->last;
    for (int32_t k = m->first; k <= m->last; k++) {
        int32_t hd = s->tok[k].head - 1;
        if (s->tok[k].head >= 0 && (hd < m->first || hd > m->last)) {
            h = k;
            break;
        }
    }
    for (int steps = 0; steps < 10 && h >= 0 && h < s->n; steps++) {
        if (h == v)
            return steps;
        if (s->tok[h].head <= 0)
            return -1;
        h = s->tok[h].head - 1;
    }
    return -1;
}

/* The mention of event e's sentence that places it best: one its verb governs, a locative
 * over a destination, a city over a division over a country, then the nearest. -1 when the
 * sentence names no place. */
static int32_t sentence_place(const dyad_geo *g, const dyad_doc *doc, const dyad_geo_mentions *ms,
                              const dyad_event *e)
{
    if (e->sent < 0 || e->sent >= doc->nsent)
        return -1;
    const dyad_sentence *s = &doc->sent[e->sent];
    int32_t v = word_at(s, e->verb_start);
    int32_t best = -1;
    double best_key = -1e9;
    for (int32_t i = 0; i < ms->n; i++) {
        const dyad_geo_mention *m = &ms->m[i];
        if (m->sent != e->sent || !placing(m))
            continue;
        dyad_place p;
        dyad_gaz_place(g->gaz, m->ids[0], &p);
        int steps = governed_by(s, m, v);
        int dist = v >= 0 ? abs(m->first - v) : m->first;
        double key = (steps >= 0 ? 1000.0 : 0) + 100.0 * m->strength + 10.0 * p.level - dist * 0.01;
        if (key > best_key) {
            best_key = key;
            best = i;
        }
    }
    return best;
}

/* The article's place: the reading named most often where it places something (the first
 * on a tie); else the main country of the text (st: the story without its actors, so that a
 * place always comes from words of the article). -1 when neither. */
static int64_t article_place(const dyad_geo *g, const dyad_geo_mentions *ms,
                            const uint32_t *reading, const dyad_geo_story *st)
{
    int64_t best = -1;
    int best_n = 0;
    for (int32_t i = 0; i < ms->n; i++) {
        if (!placing(&ms->m[i]) || ms->m[i].strength == GEO_DATELINE)
            continue;
        int n = 0;
        for (int32_t j = 0; j < ms->n; j++)
            n += placing(&ms->m[j]) && reading[j] == reading[i];
        if (n > best_n) {
            best_n = n;
            best = reading[i];
        }
    }
    if (best >= 0)
        return best;
    int top = -1;
    for (int i = 0; i < st->n; i++)
        if (top < 0 || st->weight[i] > st->weight[top])
            top = i;
    return top >= 0 ? country_place(g, st->code[top]) : -1;
}

static dyad_location *make_location(const dyad_geo *g, dyad_doc *doc, uint32_t id,
                                    const char *how, uint32_t start, uint32_t end)
{
    dyad_location *l = dyad_arena_calloc(&doc->arena, sizeof *l);
    if (!l)
        return NULL;
    dyad_place p;
    dyad_gaz_place(g->gaz, id, &p);
    static const char *const levels[] = {"country", "admin1", "city"};
    l->name = p.name;
    l->admin1 = p.admin1;
    l->country = p.country;
    l->level = levels[p.level <= 2 ? p.level : 2];
    l->lat = p.lat;
    l->lon = p.lon;
    l->geonames_id = p.geonames_id;
    l->how = how;
    l->start = start;
    l->end = end;
    l->text = end > start && end <= doc->text_len
                  ? dyad_arena_strndup(&doc->arena, doc->text + start, end - start)
                  : "";
    return l->text ? l : NULL;
}

int dyad_geo_locate(const dyad_geo *g, dyad_doc *doc, dyad_event_list *ev, dyad_err *err)
{
    if (!ev || ev->n == 0)
        return DYAD_OK;
    dyad_geo_mentions ms;
    if (dyad_geo_find_mentions(g->gaz, doc, &ms) != DYAD_OK)
        return dyad_err_set(err, DYAD_ENOMEM, "out of memory placing events");
    dyad_geo_story st, text_st;
    build_story(g, &ms, ev, &st);
    build_story(g, &ms, NULL, &text_st);
    uint32_t *reading = ms.n ? dyad_arena_alloc(&doc->arena, (size_t)ms.n * sizeof *reading) : NULL;
    if (ms.n && !reading)
        return dyad_err_set(err, DYAD_ENOMEM, "out of memory placing events");
    int32_t dateline = -1;
    for (int32_t i = 0; i < ms.n; i++) {
        dyad_place p;
        reading[i] = dyad_geo_resolve(g->gaz, &ms, i, &st, NULL, &p);
        if (ms.m[i].strength == GEO_DATELINE)
            dateline = i;
    }
    int64_t article = -2; /* computed on first need */
    dyad_location *article_loc = NULL, *dateline_loc = NULL;
    for (int32_t k = 0; k < ev->n; k++) {
        dyad_event *e = &ev->ev[k];
        int32_t mi = sentence_place(g, doc, &ms, e);
        dyad_location *l = NULL;
        if (mi >= 0) {
            dyad_geo_actors actors = {{e->source.root, e->target.root}};
            dyad_place p;
            uint32_t id = dyad_geo_resolve(g->gaz, &ms, mi, &st, &actors, &p);
            l = make_location(g, doc, id, "sentence", ms.m[mi].start, ms.m[mi].end);
        } else if (dateline >= 0) {
            if (!dateline_loc)
                dateline_loc = make_location(g, doc, reading[dateline], "dateline",
                                             ms.m[dateline].start, ms.m[dateline].end);
            l = dateline_loc;
        } else {
            if (article == -2)
                article = article_place(g, &ms, reading, &text_st);
            if (article >= 0 && !article_loc)
                article_loc = make_location(g, doc, (uint32_t)article, "article", 0, 0);
            l = article_loc;
            if (article < 0) {
                e->loc = NULL;
                continue;
            }
        }
        if (!l)
            return dyad_err_set(err, DYAD_ENOMEM, "out of memory placing events");
        e->loc = l;
    }
    return DYAD_OK;
}
