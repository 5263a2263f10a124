/* cmd_train.c — `dyad train`: trains tagger, lemmatizer and parser from a UD treebank folder. */
#include "cli/commands.h"
#include "cli/opts.h"
#include "nlp/factuality_train.h"
#include "nlp/nlp.h"
#include "nlp/train.h"

#include <stdarg.h>
#include <stddef.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

typedef struct train_args {
    const char *treebank, *out, *wordnet, *uds, *parsed_test;
    long epochs, folds, max_sentences;
    int factuality;
    dyad_optlist extra;
} train_args;

static const dyad_cmd_usage usage = {
    "train",
    "[OPTIONS]",
    "Trains the XPOS/UPOS tagger, the lemmatizer (treebank tables, suffix rules and the "
    "WordNet exception lists of /usr/share/wordnet, baked into the model) and the dependency "
    "parser (arc-hybrid, dynamic oracle, on jackknifed predicted tags) from "
    "DIR/*-train.conllu. Each epoch is scored on DIR/*-dev.conllu and the best one kept; the "
    "test split is never read. Writes OUT/tagger.dm and OUT/parser.dm. Progress and scores go "
    "to stderr.\n"
    "--extra PATH[:WEIGHT] (repeatable) adds training data: a treebank folder's "
    "*-train.conllu, read WEIGHT times an epoch (1..20, default 1; the copies spread evenly "
    "through the epoch), and its *-dev.conllu, which joins DIR's dev split: epochs are chosen "
    "on the pooled dev words of all of them. PATH may also be one .conllu file (training "
    "sentences only).\n"
    "With --factuality it trains the factuality model instead, on the UDS \"It Happened\" "
    "annotations of EWT (--uds) and the gold trees of DIR: L2, step size and epochs (up to "
    "--epochs) are chosen on dev; sign accuracy, Pearson r and MAE on dev and test (and on "
    "--parsed-test, a parse of the test file) are printed with a majority and a rule "
    "baseline. Writes OUT/factuality.dm.\n"
    "Default DIR: $DYAD_SHARED/ud-english-ewt, else ../shared/data/ud-english-ewt.\n"
    "Exit status: 0 ok, 2 usage, 3 treebank unreadable, 4 model not written, 5 internal error.",
    "  dyad train --out data/models\n"
    "  dyad train --treebank ../shared/data/ud-english-ewt --epochs 12 --folds 10 --out /tmp/m\n"
    "  dyad train --extra ../shared/data/ud-english-gum-wiki:2 --out /tmp/m\n"
    "  dyad train --max-sentences 500 --epochs 2 --out /tmp/small\n"
    "  dyad train --factuality --parsed-test sys.conllu --out data/models",
};

static void log_line(void *ctx, const char *fmt, ...)
{
    (void)ctx;
    va_list ap;
    va_start(ap, fmt);
    fputs("dyad train: ", stderr);
    vfprintf(stderr, fmt, ap);
    fputc('\n', stderr);
    va_end(ap);
}

/* "PATH" or "PATH:WEIGHT" (the last colon, followed by digits only) into src; the path is
 * copied to buf[0..n). Returns 0, or 2 after a message. */
static int parse_source(const char *arg, dyad_train_source *src, char *buf, size_t n)
{
    const char *colon = strrchr(arg, ':');
    snprintf(buf, n, "%s", arg);
    src->path = buf;
    src->weight = 1;
    if (!colon || colon[1] == '\0' || strspn(colon + 1, "0123456789") != strlen(colon + 1))
        return 0;
    long w = strtol(colon + 1, NULL, 10);
    if (colon == arg || w < 1 || w > DYAD_TRAIN_MAX_WEIGHT) {
        fprintf(stderr, "dyad train: --extra %s: the weight must be 1..%d after a path\n", arg,
                DYAD_TRAIN_MAX_WEIGHT);
        return 2;
    }
    buf[colon - arg < (ptrdiff_t)n ? colon - arg : (ptrdiff_t)n - 1] = '\0';
    src->weight = (int)w;
    return 0;
}

int dyad_cmd_train(int argc, char **argv)
{
    static char tbdefault[4096], udsdefault[4096];
    const char *shared = getenv("DYAD_SHARED");
    snprintf(tbdefault, sizeof tbdefault, "%s/ud-english-ewt",
             shared && *shared ? shared : "../shared/data");
    snprintf(udsdefault, sizeof udsdefault, "%s/uds", shared && *shared ? shared : "../shared/data");
    train_args a = {tbdefault, NULL, NULL, udsdefault, NULL, 12, 5, 0, 0, {{0}, 0}};
    const dyad_opt opts[] = {
        {"treebank", 't', DYAD_OPT_STR, &a.treebank, "DIR", "UD treebank folder (train and dev .conllu)"},
        {"out", 'o', DYAD_OPT_STR, &a.out, "DIR", "where to write tagger.dm and parser.dm (default: the model folder)"},
        {"epochs", 'e', DYAD_OPT_INT, &a.epochs, "N", "parser epochs (tagger: the same, at most 8; default 12)"},
        {"folds", 'k', DYAD_OPT_INT, &a.folds, "K", "jackknife folds for predicted training tags (default 5; 0 = gold tags)"},
        {"wordnet", 'w', DYAD_OPT_STR, &a.wordnet, "DIR",
         "WordNet dict folder (default /usr/share/wordnet, Debian wordnet-base)"},
        {"extra", 'x', DYAD_OPT_LIST, &a.extra, "PATH[:W]",
         "more training data: treebank folder (train + dev) or .conllu file, weight W (repeatable)"},
        {"max-sentences", 'n', DYAD_OPT_INT, &a.max_sentences, "N", "train on the first N sentences only (default all; --factuality: N predicates)"},
        {"factuality", 0, DYAD_OPT_FLAG, &a.factuality, NULL, "train the factuality model (OUT/factuality.dm) instead"},
        {"uds", 0, DYAD_OPT_STR, &a.uds, "DIR", "UDS factuality folder (default: $DYAD_SHARED/uds, else ../shared/data/uds)"},
        {"parsed-test", 0, DYAD_OPT_STR, &a.parsed_test, "FILE", "--factuality: also score on this parse of the test file"},
        {NULL, 0, DYAD_OPT_FLAG, NULL, NULL, NULL},
    };
    int npos = 0;
    int r = dyad_opts_parse(opts, &usage, argc, argv, &npos);
    if (r == 1)
        return dyad_finish_stdout(DYAD_EXIT_OK);
    if (r != 0)
        return DYAD_EXIT_USAGE;
    if (npos > 0 || a.epochs < 1 || a.epochs > 100 || a.folds < 0 || a.folds > 20 ||
        a.max_sentences < 0) {
        fprintf(stderr, "dyad train: bad arguments (see dyad train --help)\n");
        return DYAD_EXIT_USAGE;
    }
    static char paths[32][4096];
    dyad_train_source extra[32];
    if (a.factuality && a.extra.n > 0) {
        fprintf(stderr, "dyad train: --extra trains the tagger and parser, not --factuality\n");
        return DYAD_EXIT_USAGE;
    }
    for (int i = 0; i < a.extra.n; i++)
        if (parse_source(a.extra.items[i], &extra[i], paths[i], sizeof paths[i]) != 0)
            return DYAD_EXIT_USAGE;
    dyad_err err;
    dyad_err_clear(&err);
    int rc;
    if (a.factuality) {
        dyad_fact_train_opts fo = {a.uds, a.treebank, a.out ? a.out : dyad_nlp_default_dir(),
                                   a.parsed_test, (int)a.epochs, (size_t)a.max_sentences,
                                   log_line, NULL};
        rc = dyad_fact_train_all(&fo, &err);
    } else {
        dyad_train_opts o = {a.treebank, a.out ? a.out : dyad_nlp_default_dir(), (int)a.epochs,
                             (int)a.folds, a.max_sentences, a.wordnet, log_line, NULL,
                             extra, a.extra.n};
        rc = dyad_nlp_train(&o, &err);
    }
    if (rc != DYAD_OK) {
        fprintf(stderr, "dyad train: %s\n", err.msg);
        if (rc == DYAD_ENOMEM)
            return dyad_finish_stdout(DYAD_EXIT_INTERNAL);
        if (rc == DYAD_EIO && err.msg[0])
            return dyad_finish_stdout(DYAD_EXIT_WRITE);
        return dyad_finish_stdout(DYAD_EXIT_DATA);
    }
    return dyad_finish_stdout(DYAD_EXIT_OK);
}
