/* cmd_series.c — placeholder until the subcommand lands; replaced by its implementation. */
#include "cli/commands.h"

#include <stdio.h>

int dyad_cmd_series(int argc, char **argv)
{
    (void)argc;
    (void)argv;
    fprintf(stderr, "dyad series: not built yet\n");
    return DYAD_EXIT_INTERNAL;
}
