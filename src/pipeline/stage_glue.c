/* stage_glue.c — the pipeline's calls into the CAMEO table, the coder and the writers (see
 * stage_glue.h). dyad_glue_missing() names a stage this build lacks (dyad code then stops
 * with exit status 3). */
#include "pipeline/stage_glue.h"

#include "base/alloc.h"
#include "base/paths.h"

#include <string.h>

#if __has_include("coder/coder.h") && __has_include("io/writer.h")
#define GLUE_HAVE_CODER 1
#include "coder/coder.h"
#include "io/writer.h"
#else
#define GLUE_HAVE_CODER 0
#endif
/* Without the CAMEO table the coder takes Goldstein weights and quad classes from the root
 * code (coder.h); with it, from the table. */
#if GLUE_HAVE_CODER && __has_include("coder/cameo.h")
#define GLUE_HAVE_CAMEO 1
#include "coder/cameo.h"
#else
#define GLUE_HAVE_CAMEO 0
#endif

const char *dyad_glue_missing(void)
{
#if GLUE_HAVE_CODER
    return NULL;
#else
    return "event coder and writers (src/coder/coder.h, src/io/writer.h)";
#endif
}

#if GLUE_HAVE_CODER

struct dyad_glue {
    dyad_glue_cfg cfg;
    dyad_cameo *cameo;        /* NULL without the table */
    dyad_coder *coder;
    dyad_writer *db;
};

int dyad_glue_new(dyad_glue **out, const dyad_glue_cfg *cfg, dyad_err *err)
{
    *out = NULL;
    dyad_glue *g = dyad_calloc(1, sizeof *g);
    if (!g)
        return dyad_err_set(err, DYAD_ENOMEM, "out of memory");
    g->cfg = *cfg;
    int rc = DYAD_OK;
#if GLUE_HAVE_CAMEO
    char buf[4096];
    rc = dyad_cameo_load(&g->cameo, dyad_data_path(buf, sizeof buf, "cameo"), err);
#endif
    if (rc == DYAD_OK)
        rc = dyad_coder_new(&g->coder, cfg->dict, g->cameo, err);
    if (rc == DYAD_OK) {
        dyad_coder_options o = {.require_dyad = true, .literal = cfg->literal,
                                .dyads_only = cfg->dyads_only};
        dyad_coder_set_options(g->coder, &o);
    }
    if (rc == DYAD_OK && cfg->db_path)
        rc = dyad_writer_open(&g->db, "sqlite", cfg->db_path, err);
    if (rc != DYAD_OK) {
        dyad_glue_free(g);
        return rc;
    }
    *out = g;
    return DYAD_OK;
}

void dyad_glue_free(dyad_glue *g)
{
    if (!g)
        return;
    if (g->db)
        dyad_writer_close(g->db);
    dyad_coder_free(g->coder);
#if GLUE_HAVE_CAMEO
    dyad_cameo_free(g->cameo);
#endif
    dyad_free(g);
}

void dyad_glue_set_places(dyad_glue *g,
                          bool (*fn)(const void *ctx, const char *name, size_t n, char iso3[4]),
                          const void *ctx)
{
    dyad_coder_set_places(g->coder, fn, ctx);
}

static bool glue_code_known(void *ctx, const char *code)
{
    return dyad_coder_code_known(((const dyad_glue *)ctx)->cameo, code);
}

long dyad_glue_drop_unknown_codes(const dyad_glue *g, dyad_dict *dict, dyad_dict_diag *diag)
{
    return dyad_dict_check_codes(dict, glue_code_known, (void *)g, true, diag);
}

void dyad_glue_plan(const dyad_glue *g, const dyad_doc *doc, bool tagged, uint8_t *plan,
                    const char **words)
{
    if (tagged)
        dyad_coder_needs_parse(g->coder, doc, plan, words);
    else
        dyad_coder_needs_tags(g->coder, doc, plan, words);
}

int dyad_glue_code(const dyad_glue *g, dyad_doc *doc, dyad_event_list *ev, bool *discarded,
                   dyad_err *err)
{
    return dyad_coder_code(g->coder, doc, ev, discarded, err);
}

/* The coder's account of one event, then a line naming its actors for people:
 * "  actors  Sergey Lavrov (RUSGOV) -> Wang Yi (CHNGOV)". */
static void explain_event(const dyad_glue *g, const dyad_doc *doc, const dyad_event *e,
                          dyad_strbuf *sb)
{
    dyad_coder_explain(g->coder, doc, e, sb);
    dyad_sb_puts(sb, "  actors  ");
    dyad_render_actor_label(sb, &e->source);
    dyad_sb_printf(sb, " (%s) -> ", e->source.code ? e->source.code : "");
    dyad_render_actor_label(sb, &e->target);
    dyad_sb_printf(sb, " (%s)\n", e->target.code ? e->target.code : "");
}

void dyad_glue_render(const dyad_glue *g, const dyad_doc *doc, const dyad_event_list *ev,
                      dyad_strbuf *sb)
{
    if (g->cfg.explain && g->cfg.format[0] == 'j') {
        /* --format jsonl --explain: the records, each with its account as "explain" */
        dyad_strbuf x = DYAD_STRBUF_INIT;
        for (int32_t i = 0; i < ev->n; i++) {
            dyad_sb_clear(&x);
            explain_event(g, doc, &ev->ev[i], &x);
            if (x.failed)
                sb->failed = true;
            dyad_render_jsonl_explained(sb, doc, &ev->ev[i], (int)i, x.data, x.len);
        }
        dyad_sb_free(&x);
    } else if (g->cfg.explain) {
        for (int32_t i = 0; i < ev->n; i++)
            explain_event(g, doc, &ev->ev[i], sb);
    } else if (g->cfg.format[0] == 'j') {
        dyad_render_jsonl_list(sb, doc, ev);
    } else {
        dyad_render_tsv_list(sb, doc, ev);
    }
}

void dyad_glue_render_start(const dyad_glue *g, dyad_strbuf *sb)
{
    if (g->cfg.header && !g->cfg.explain && g->cfg.format[0] == 't')
        dyad_render_tsv_header(sb);
}

int dyad_glue_db_doc(dyad_glue *g, const dyad_doc *doc, const dyad_event_list *ev,
                     bool discarded, dyad_err *err)
{
    return dyad_writer_doc_status(g->db, doc, ev, discarded ? "discarded" : NULL, err);
}

bool dyad_glue_has_db(const dyad_glue *g) { return g->db != NULL; }

int dyad_glue_finish(dyad_glue *g, dyad_err *err)
{
    return g->db ? dyad_writer_finish(g->db, err) : DYAD_OK;
}

#else /* the coder and writers are not in this build: dyad_glue_missing() names them */

int dyad_glue_new(dyad_glue **out, const dyad_glue_cfg *cfg, dyad_err *err)
{
    (void)cfg;
    *out = NULL;
    return dyad_err_set(err, DYAD_ENOTFOUND, "this build of dyad has no %s", dyad_glue_missing());
}

void dyad_glue_free(dyad_glue *g) { DYAD_UNUSED(g); }

void dyad_glue_set_places(dyad_glue *g,
                          bool (*fn)(const void *ctx, const char *name, size_t n, char iso3[4]),
                          const void *ctx)
{
    (void)g, (void)fn, (void)ctx;
}

long dyad_glue_drop_unknown_codes(const dyad_glue *g, dyad_dict *dict, dyad_dict_diag *diag)
{
    (void)g, (void)dict, (void)diag;
    return 0;
}

int dyad_glue_code(const dyad_glue *g, dyad_doc *doc, dyad_event_list *ev, bool *discarded,
                   dyad_err *err)
{
    (void)g, (void)doc, (void)ev, (void)discarded;
    return dyad_err_set(err, DYAD_ENOTFOUND, "no event coder in this build");
}

void dyad_glue_render(const dyad_glue *g, const dyad_doc *doc, const dyad_event_list *ev,
                      dyad_strbuf *sb)
{
    (void)g, (void)doc, (void)ev, (void)sb;
}

void dyad_glue_render_start(const dyad_glue *g, dyad_strbuf *sb) { (void)g, (void)sb; }

void dyad_glue_plan(const dyad_glue *g, const dyad_doc *doc, bool tagged, uint8_t *plan,
                    const char **words)
{
    (void)g, (void)tagged, (void)words;
    memset(plan, 1, (size_t)doc->nsent);
}

int dyad_glue_db_doc(dyad_glue *g, const dyad_doc *doc, const dyad_event_list *ev,
                     bool discarded, dyad_err *err)
{
    (void)g, (void)doc, (void)ev, (void)discarded;
    return dyad_err_set(err, DYAD_ENOTFOUND, "no SQLite writer in this build");
}

bool dyad_glue_has_db(const dyad_glue *g) { return g != NULL && false; }

int dyad_glue_finish(dyad_glue *g, dyad_err *err)
{
    (void)g, (void)err;
    return DYAD_OK;
}

#endif
