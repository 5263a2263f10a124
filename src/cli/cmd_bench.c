/* cmd_bench.c — placeholder until the subcommand lands; replaced by its implementation. */
#include "cli/commands.h"

#include <stdio.h>

int dyad_cmd_bench(int argc, char **argv)
{
    (void)argc;
    (void)argv;
    fprintf(stderr, "dyad bench: not built yet\n");
    return DYAD_EXIT_INTERNAL;
}
