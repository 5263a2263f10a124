/* event.h — a coded event and its evidence: what the coder produces and every writer reads. */
#ifndef DYAD_EVENT_H
#define DYAD_EVENT_H

#include "base/common.h"

/* One side of an event. Strings are borrowed (document arena or dictionary memory). */
typedef struct dyad_actor {
    const char *code;    /* full code, "RUSGOV" ("" when unknown) */
    const char *root;    /* the country / IGO part, "RUS" */
    const char *agent;   /* the agent part, "GOV" ("" when none) */
    const char *text;    /* the words that named it, as in the sentence */
    uint32_t start, end; /* byte offsets of those words in doc->text */
    const char *entry;   /* dictionary entry that fired: "NAME (file:line)" */
} dyad_actor;

/* Where an event happened, as the geo stage (src/geo) placed it. Strings are borrowed (the
 * gazetteer's memory or the document arena). */
typedef struct dyad_location {
    const char *name;     /* the place's gazetteer name, "Kabul" */
    const char *admin1;   /* its first-level division, "Kabul" ("" for a country) */
    const char *country;  /* ISO 3166-1 alpha-3, "AFG" */
    const char *level;    /* "city", "admin1" or "country" */
    double lat, lon;      /* degrees (WGS84); a division or country: a representative point */
    uint32_t geonames_id; /* GeoNames id of a city, 0 when not known */
    const char *how;      /* "sentence", "dateline" or "article" */
    const char *text;     /* the words that named it, as in the text */
    uint32_t start, end;  /* their byte offsets in doc->text */
} dyad_location;

typedef struct dyad_event {
    int32_t sent;         /* 0-based sentence index in the document */
    dyad_actor source, target;
    const char *code;     /* CAMEO code, "040" */
    const char *root;     /* root code, "04" */
    int quad;             /* 1 verbal coop, 2 material coop, 3 verbal conflict, 4 material conflict */
    double goldstein;     /* -10 .. +10 */
    const char *plover;   /* PLOVER category ("CONSULT"), "" when none maps */
    const char *verb;     /* the verb words as in the sentence */
    uint32_t verb_start, verb_end;
    const char *pattern;  /* the verb pattern that fired, "MEET: * WITH + [040] (file:line)" */
    const char *issues;   /* comma-separated issue codes, "" when none */
    const char *note;     /* how it was derived: "passive", "reported", "nominal", ... or "" */
    const char *via;      /* the verb is not in the dictionaries but generalised from one with
                             WordNet ("wordnet:reprove->criticize", dict.h): lower confidence;
                             NULL for a dictionary verb */
    const dyad_location *loc; /* where it happened (geo stage), NULL when not placed */
} dyad_event;

/* A growable list of events for one document (storage in the document arena). */
typedef struct dyad_event_list {
    dyad_event *ev;
    int32_t n, cap;
} dyad_event_list;

#endif
