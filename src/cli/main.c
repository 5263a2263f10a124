/* main.c — the dyad command: dispatches to one subcommand per file. */
#include "cli/commands.h"

#include <errno.h>
#include <signal.h>
#include <stdio.h>
#include <string.h>

#ifndef DYAD_VERSION
#define DYAD_VERSION "0.1.0"
#endif

static const struct {
    const char *name;
    int (*run)(int, char **);
    const char *about;
} commands[] = {
    {"code", dyad_cmd_code, "code news into CAMEO events (TSV, JSONL, SQLite)"},
    {"parse", dyad_cmd_parse, "tokenize, tag, lemmatize and parse text into CoNLL-U"},
    {"validate", dyad_cmd_validate, "run PETRARCH validation records and score them"},
    {"dict", dyad_cmd_dict, "check, count and look up dictionary entries"},
    {"series", dyad_cmd_series, "dyadic time series (CSV) from events or a database"},
    {"plot", dyad_cmd_plot, "SVG chart of a dyad over time, or of the most active dyads"},
    {"dedup", dyad_cmd_dedup, "one-a-day filter on events; near-duplicate article report"},
    {"load", dyad_cmd_load, "load coded events (JSONL) into a SQLite database"},
    {"train", dyad_cmd_train, "train the tagger, lemmatizer and parser from UD treebanks"},
    {"score", dyad_cmd_score, "score coded events against a hand-coded gold standard"},
    {"eval", dyad_cmd_eval, "score tagging, parsing and segmentation against gold CoNLL-U"},
    {"bench", dyad_cmd_bench, "measure throughput and memory per stage"},
    {"geo", dyad_cmd_geo, "build the gazetteer index; look up place names"},
};

static void usage(FILE *f)
{
    fprintf(f, "usage: dyad COMMAND [OPTIONS] [ARGS]\n\n"
               "dyad codes political events (who did what to whom, when) from news text.\n\n"
               "commands:\n");
    for (size_t i = 0; i < sizeof commands / sizeof commands[0]; i++)
        fprintf(f, "  %-10s %s\n", commands[i].name, commands[i].about);
    fprintf(f, "\nRun 'dyad COMMAND --help' for the options of one command.\n");
}

int dyad_finish_stdout(int rc)
{
    if (fflush(stdout) != 0 || ferror(stdout)) {
        fprintf(stderr, "dyad: writing output failed: %s\n", strerror(errno));
        return DYAD_EXIT_WRITE;
    }
    return rc;
}

int main(int argc, char **argv)
{
    signal(SIGPIPE, SIG_IGN); /* a closed pipe becomes a write error we report */
    if (argc < 2) {
        usage(stderr);
        return DYAD_EXIT_USAGE;
    }
    if (strcmp(argv[1], "--help") == 0 || strcmp(argv[1], "-h") == 0 || strcmp(argv[1], "help") == 0) {
        usage(stdout);
        return dyad_finish_stdout(DYAD_EXIT_OK);
    }
    if (strcmp(argv[1], "--version") == 0) {
        printf("dyad %s\n", DYAD_VERSION);
        return dyad_finish_stdout(DYAD_EXIT_OK);
    }
    for (size_t i = 0; i < sizeof commands / sizeof commands[0]; i++)
        if (strcmp(argv[1], commands[i].name) == 0)
            return commands[i].run(argc - 1, argv + 1);
    fprintf(stderr, "dyad: unknown command '%s'\n\n", argv[1]);
    usage(stderr);
    return DYAD_EXIT_USAGE;
}
