/* outputs.h — refuses an output path that would overwrite an input or another output. */
#ifndef DYAD_CLI_OUTPUTS_H
#define DYAD_CLI_OUTPUTS_H

/* One file a subcommand writes: the option that names it ("-o", "--db") and its path. A NULL
 * path (option not given) is skipped; "-" or NULL as the output of `stdout_opt` stands for
 * standard output, checked only when stdout is a regular file. */
typedef struct dyad_outpath {
    const char *opt;  /* "-o", "--rejects", "--db" */
    const char *path; /* borrowed; NULL when the option was not given */
} dyad_outpath;

/* Checks that no output is the same file as an input (same st_dev and st_ino once links are
 * followed; "-" as an input is standard input) and that no two outputs name one file (an output
 * that does not exist yet is compared by its resolved folder and name). On a clash prints
 * "dyad CMD: OPT PATH is also the input PATH; refusing to overwrite it" (or "... is also
 * OPT2 PATH2") and returns DYAD_EXIT_USAGE; else 0. `stdout_is_output`: records go to standard
 * output, so a regular file redirected there counts as one more output. */
int dyad_check_outputs(const char *cmd, const char *const *inputs, int ninputs,
                       const dyad_outpath *outs, int nouts, int stdout_is_output);

#endif
