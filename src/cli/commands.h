/* commands.h — the subcommands of the dyad CLI (one file each) and the exit codes they share. */
#ifndef DYAD_COMMANDS_H
#define DYAD_COMMANDS_H

/* Exit codes, documented in README.md ("Exit codes"). */
enum {
    DYAD_EXIT_OK = 0,       /* everything read was processed */
    DYAD_EXIT_REJECTED = 1, /* the run finished, but some input records were rejected */
    DYAD_EXIT_USAGE = 2,    /* bad command line */
    DYAD_EXIT_DATA = 3,     /* a model, dictionary or input file could not be opened or loaded */
    DYAD_EXIT_WRITE = 4,    /* writing output failed (full disk, closed pipe, database error) */
    DYAD_EXIT_INTERNAL = 5  /* out of memory or another internal failure */
};

/* Each takes argv[0] = subcommand name and returns an exit code. */
int dyad_cmd_parse(int argc, char **argv);
int dyad_cmd_train(int argc, char **argv);
int dyad_cmd_eval(int argc, char **argv);
int dyad_cmd_score(int argc, char **argv);
int dyad_cmd_code(int argc, char **argv);
int dyad_cmd_validate(int argc, char **argv);
int dyad_cmd_dict(int argc, char **argv);
int dyad_cmd_load(int argc, char **argv);
int dyad_cmd_series(int argc, char **argv);
int dyad_cmd_plot(int argc, char **argv);
int dyad_cmd_dedup(int argc, char **argv);
int dyad_cmd_bench(int argc, char **argv);
int dyad_cmd_geo(int argc, char **argv);

/* Checks stdout for a failed write and closes it; prints the error. Returns DYAD_EXIT_WRITE on
 * failure, else `rc`. Every command calls this last. */
int dyad_finish_stdout(int rc);

#endif
