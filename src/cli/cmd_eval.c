/* cmd_eval.c — `dyad eval GOLD SYSTEM`: segmentation, tagging and parsing scores as a table or JSON. */
#include "cli/commands.h"
#include "cli/opts.h"

#include <stdio.h>

#include "base/strbuf.h"
#include "nlp/eval.h"
#include "nlp/eval_roots.h"

static const dyad_cmd_usage usage = {
    "eval",
    "[--json] GOLD.conllu SYSTEM.conllu | --roots [--json | --list] SYSTEM.conllu",
    "Scores SYSTEM against GOLD, two CoNLL-U files over the same text (whitespace aside), "
    "the way the CoNLL 2018 shared task does: words are aligned by character offsets, "
    "sentences and tokens (surface tokens, multiword tokens whole) count when their span "
    "matches. Prints precision, recall and F1 for Sentences, Tokens, Words, UPOS, XPOS, Lemmas, "
    "UAS and LAS, and the accuracy over aligned words (with gold tokenization F1 equals that "
    "accuracy). Punctuation is included. Both files also get the non-verb root share, a "
    "measure that needs no gold: of the sentences with a finite verb (XPOS VBD, VBZ, VBP or "
    "MD), those whose root is neither VERB nor AUX and has no cop dependent. With --roots, "
    "only that share is printed, for one file; --roots --list prints instead the sentences it "
    "counts, one a line: sent_id (or the sentence's number), the root's form/UPOS, the text.",
    "  dyad eval en_ewt-ud-dev.conllu parsed.conllu\n"
    "  dyad eval --json gold.conllu system.conllu\n"
    "  dyad parse --input text news.txt > news.conllu && dyad eval --roots news.conllu\n"
    "  dyad eval --roots --list news.conllu | cut -f2 | sort | uniq -c | sort -rn"};

/* Appends "label: N of M sentences with a finite verb (P%) have a non-verb root". */
static void roots_line(dyad_strbuf *sb, const char *label, const dyad_roots_result *r)
{
    dyad_sb_printf(sb, "%s non-verb roots: %ld of %ld sentences with a finite verb (", label,
                   r->nonverb, r->finite);
    dyad_sb_fixed(sb, 100.0 * dyad_roots_share(r), 2);
    dyad_sb_printf(sb, "%%); %ld sentences\n", r->sentences);
}

/* Appends "name":{"sentences":..,"finite":..,"nonverb":..,"share":..}. */
static void roots_json(dyad_strbuf *sb, const char *name, const dyad_roots_result *r)
{
    dyad_sb_printf(sb, "\"%s\":{\"sentences\":%ld,\"finite\":%ld,\"nonverb\":%ld,"
                   "\"share\":", name, r->sentences, r->finite, r->nonverb);
    dyad_sb_fixed(sb, dyad_roots_share(r), 6);
    dyad_sb_putc(sb, '}');
}

/* Reads the root counts of path, listing the non-verb root sentences to list unless it is
 * NULL; prints the error and returns the exit code on failure. */
static int read_roots(const char *path, dyad_roots_result *r, FILE *list)
{
    dyad_err err;
    dyad_err_clear(&err);
    int rc = dyad_roots_file_list(path, r, list, &err);
    if (rc == DYAD_OK)
        return DYAD_EXIT_OK;
    fprintf(stderr, "dyad eval: %s\n", err.msg);
    return rc == DYAD_ENOMEM ? DYAD_EXIT_INTERNAL : DYAD_EXIT_DATA;
}

/* dyad eval --roots FILE: the non-verb root share alone, or with list the sentences counted. */
static int roots_only(const char *path, int json, int list)
{
    dyad_roots_result r;
    int rc = read_roots(path, &r, list ? stdout : NULL);
    if (rc != DYAD_EXIT_OK)
        return rc;
    if (list)
        return dyad_finish_stdout(DYAD_EXIT_OK);
    dyad_strbuf sb = DYAD_STRBUF_INIT;
    if (json) {
        dyad_sb_putc(&sb, '{');
        roots_json(&sb, "roots", &r);
        dyad_sb_puts(&sb, "}\n");
    } else {
        roots_line(&sb, "system", &r);
    }
    int out = sb.failed ? DYAD_EXIT_INTERNAL : DYAD_EXIT_OK;
    if (!sb.failed)
        fwrite(sb.data, 1, sb.len, stdout);
    dyad_sb_free(&sb);
    return out == DYAD_EXIT_OK ? dyad_finish_stdout(DYAD_EXIT_OK) : out;
}

/* Appends a percentage with two decimals. */
static void pct(dyad_strbuf *sb, double v)
{
    dyad_sb_fixed(sb, 100.0 * v, 2);
}

int dyad_cmd_eval(int argc, char **argv)
{
    int json = 0, roots = 0, list = 0, npos = 0;
    const dyad_opt opts[] = {
        {"json", 0, DYAD_OPT_FLAG, &json, NULL, "print one JSON object instead of the table"},
        {"roots", 0, DYAD_OPT_FLAG, &roots, NULL,
         "only the non-verb root share of one CoNLL-U file (no gold needed)"},
        {"list", 0, DYAD_OPT_FLAG, &list, NULL,
         "with --roots: print the sentences counted (sent_id, root form/UPOS, text)"},
        {NULL, 0, DYAD_OPT_FLAG, NULL, NULL, NULL},
    };
    int r = dyad_opts_parse(opts, &usage, argc, argv, &npos);
    if (r == 1)
        return dyad_finish_stdout(DYAD_EXIT_OK);
    if (r != 0)
        return DYAD_EXIT_USAGE;
    if (list && (!roots || json)) {
        fprintf(stderr,
                "dyad eval: --list goes with --roots, without --json (see dyad eval --help)\n");
        return DYAD_EXIT_USAGE;
    }
    if (roots) {
        if (npos != 1) {
            fprintf(stderr, "dyad eval: --roots takes one CoNLL-U file (see dyad eval --help)\n");
            return DYAD_EXIT_USAGE;
        }
        return roots_only(argv[1], json, list);
    }
    if (npos != 2) {
        fprintf(stderr, "dyad eval: expected GOLD and SYSTEM files (see dyad eval --help)\n");
        return DYAD_EXIT_USAGE;
    }
    dyad_err err;
    dyad_err_clear(&err);
    dyad_eval_result res;
    int rc = dyad_eval_files(argv[1], argv[2], &res, &err);
    if (rc != DYAD_OK) {
        fprintf(stderr, "dyad eval: %s\n", err.msg);
        return rc == DYAD_ENOMEM ? DYAD_EXIT_INTERNAL : DYAD_EXIT_DATA;
    }
    dyad_roots_result groots, sroots;
    if ((rc = read_roots(argv[1], &groots, NULL)) != DYAD_EXIT_OK ||
        (rc = read_roots(argv[2], &sroots, NULL)) != DYAD_EXIT_OK)
        return rc;
    dyad_strbuf sb = DYAD_STRBUF_INIT;
    if (json) {
        dyad_sb_putc(&sb, '{');
        for (int m = 0; m < DYAD_EVAL_NMETRICS; m++) {
            const dyad_eval_score *s = &res.m[m];
            dyad_sb_printf(&sb, "%s\"%s\":{\"gold\":%ld,\"system\":%ld,\"correct\":%ld,"
                           "\"precision\":", m ? "," : "", dyad_eval_metric_name(m), s->gold,
                           s->system, s->correct);
            dyad_sb_fixed(&sb, dyad_eval_precision(s), 6);
            dyad_sb_puts(&sb, ",\"recall\":");
            dyad_sb_fixed(&sb, dyad_eval_recall(s), 6);
            dyad_sb_puts(&sb, ",\"f1\":");
            dyad_sb_fixed(&sb, dyad_eval_f1(s), 6);
            dyad_sb_puts(&sb, ",\"aligned_accuracy\":");
            dyad_sb_fixed(&sb, dyad_eval_aligned_acc(s), 6);
            dyad_sb_putc(&sb, '}');
        }
        dyad_sb_putc(&sb, ',');
        roots_json(&sb, "gold_roots", &groots);
        dyad_sb_putc(&sb, ',');
        roots_json(&sb, "system_roots", &sroots);
        dyad_sb_puts(&sb, "}\n");
    } else {
        dyad_sb_puts(&sb, "Metric     | Precision |    Recall |  F1 Score | AligndAcc\n"
                          "-----------+-----------+-----------+-----------+-----------\n");
        for (int m = 0; m < DYAD_EVAL_NMETRICS; m++) {
            const dyad_eval_score *s = &res.m[m];
            double v[4] = {dyad_eval_precision(s), dyad_eval_recall(s), dyad_eval_f1(s),
                           dyad_eval_aligned_acc(s)};
            dyad_sb_printf(&sb, "%-11s", dyad_eval_metric_name(m));
            for (int k = 0; k < 4; k++) {
                dyad_strbuf cell = DYAD_STRBUF_INIT;
                if (k == 3 && m < DYAD_EVAL_UPOS)
                    dyad_sb_puts(&cell, "");
                else
                    pct(&cell, v[k]);
                dyad_sb_printf(&sb, "| %9s ", cell.data ? cell.data : "");
                dyad_sb_free(&cell);
            }
            dyad_sb_putc(&sb, '\n');
        }
        roots_line(&sb, "gold  ", &groots);
        roots_line(&sb, "system", &sroots);
    }
    if (sb.failed) {
        dyad_sb_free(&sb);
        fprintf(stderr, "dyad eval: out of memory\n");
        return DYAD_EXIT_INTERNAL;
    }
    fwrite(sb.data, 1, sb.len, stdout);
    dyad_sb_free(&sb);
    return dyad_finish_stdout(DYAD_EXIT_OK);
}
