/* coder.h — the CAMEO event coder: events from dependency-parsed sentences and dictionaries. */
#ifndef DYAD_CODER_H
#define DYAD_CODER_H

#include "base/strbuf.h"
#include "coder/event.h"
#include "dict/dict.h"
#include "text/doc.h"

typedef struct dyad_coder dyad_coder; /* opaque, immutable after dyad_coder_new */
typedef struct dyad_cameo dyad_cameo; /* the CAMEO code table (coder/cameo.h) */

/* Makes a coder over finished dictionaries (borrowed, must outlive the coder). cameo may be
 * NULL: then goldstein/quad come from the root code and plover is "". */
DYAD_INTERNAL int dyad_coder_new(dyad_coder **out, const dyad_dict *dict, const dyad_cameo *cameo,
                                 dyad_err *err);
DYAD_INTERNAL void dyad_coder_free(dyad_coder *c);

/* Codes every sentence of an annotated doc (tokens with heads); appends events to *out
 * (storage in doc->arena); *discarded is set when a story-level discard fired (then no events
 * are added). Thread-safe: the coder is const, all state lives in doc->arena. */
DYAD_INTERNAL int dyad_coder_code(const dyad_coder *c, dyad_doc *doc, dyad_event_list *out,
                                  bool *discarded, dyad_err *err);

/* Human-readable evidence for one event (--explain), appended to sb (several lines, the last
 * one ends with a newline). c may be NULL. */
DYAD_INTERNAL void dyad_coder_explain(const dyad_coder *c, const dyad_doc *doc,
                                      const dyad_event *ev, dyad_strbuf *sb);

/* The dictionary lookups the coder makes, as function pointers: dyad_coder_new uses the
 * src/dict functions; tests and tools may give their own (dyad_coder_new_lex). */
typedef struct dyad_coder_lex {
    const void *ctx;
    bool (*actor)(const void *ctx, const char *const *words, int n, int32_t date,
                  dyad_actor_match *out);
    bool (*agent)(const void *ctx, const char *const *words, int n, dyad_agent_match *out);
    const dyad_verb *(*verb)(const void *ctx, const char *const *words, int n, int32_t *len);
    int (*synset)(const void *ctx, const char *name, const char *const *words, int n);
    int (*discard)(const void *ctx, const char *const *words, int n, bool *story);
    int (*issue)(const void *ctx, const char *const *words, int n, const char **code);
} dyad_coder_lex;

/* As dyad_coder_new with explicit lookups (copied; lex->ctx borrowed). */
DYAD_INTERNAL int dyad_coder_new_lex(dyad_coder **out, const dyad_coder_lex *lex,
                                     const dyad_cameo *cameo, dyad_err *err);

/* Validation (PETRARCH records, doc->expected): true when the events of doc (ev, with the
 * story-level discard flag) are what the record expects. Expected and coded events compare
 * as multisets of (source, target, code). noevents="True" expects none. A record with
 * error="..." (bad_input_parse, dateline, sentencediscard, storydiscard: PETRARCH's reasons
 * to code nothing) passes when nothing was coded. */
DYAD_INTERNAL bool dyad_coder_check_expected(const dyad_doc *doc, const dyad_event_list *ev,
                                             bool discarded);
/* "SRC TGT CODE, ..." of the expected events (or "none" / "error:REASON"), into sb. */
DYAD_INTERNAL void dyad_coder_format_expected(const dyad_doc *doc, dyad_strbuf *sb);
/* "SRC TGT CODE, ..." of coded events ("none" when empty), into sb. */
DYAD_INTERNAL void dyad_coder_format_events(const dyad_event_list *ev, dyad_strbuf *sb);

#endif
