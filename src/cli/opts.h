/* opts.h — one option table per subcommand drives both parsing and --help (CRFsuite style). */
#ifndef DYAD_OPTS_H
#define DYAD_OPTS_H

#include <stdio.h>

typedef enum {
    DYAD_OPT_FLAG,   /* int field set to 1 */
    DYAD_OPT_STR,    /* const char * field */
    DYAD_OPT_INT,    /* long field */
    DYAD_OPT_DOUBLE, /* double field */
    DYAD_OPT_LIST    /* dyad_optlist field: the option may repeat */
} dyad_opt_kind;

typedef struct dyad_optlist {
    const char *items[32];
    int n;
} dyad_optlist;

typedef struct dyad_opt {
    const char *name;  /* long name without dashes: "input" */
    char short_name;   /* 'i' or 0 */
    dyad_opt_kind kind;
    void *field;       /* where the value goes; defaults are whatever it holds before parsing */
    const char *arg;   /* value placeholder for help ("FORMAT"); NULL for flags */
    const char *help;  /* one line; NULL: an alias of the entry above, not listed in --help */
} dyad_opt;

typedef struct dyad_cmd_usage {
    const char *name;     /* "code" */
    const char *synopsis; /* "[OPTIONS] [FILE|-]..." */
    const char *about;    /* a paragraph shown above the options */
    const char *examples; /* lines shown below the options, or NULL */
} dyad_cmd_usage;

/* Parses argv[1..argc) (argv[0] is the subcommand name) against opts, which ends with a
 * {NULL} entry. Non-option arguments are moved, in order, to the front of argv+1 and their
 * count stored in *npos. "--help"/"-h" prints the usage to stdout and returns 1.
 * Returns 0 on success, 1 after help, 2 after printing an error to stderr. */
int dyad_opts_parse(const dyad_opt *opts, const dyad_cmd_usage *usage, int argc, char **argv,
                    int *npos);
/* Prints the usage and option table to f. */
void dyad_opts_usage(const dyad_opt *opts, const dyad_cmd_usage *usage, FILE *f);

#endif
